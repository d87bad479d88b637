"""The round-table setup editors used as a planner would: change a capacity, attendance, a keep-apart pair,
tables and staff, press 保存して再計画, and check the database, the re-planned grid and the exported .ics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ics
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.ui.meetup.setup_dialog import SetupDialog
from colead_desktop.ui.pages.meetup_page import MeetupPage
from tests.conftest import shots_dir
from tests.ui.modal import when_modal
from tests.ui.sync_runner import SyncRunner


def _open(meetup_page: MeetupPage, qtbot: QtBot, which: str) -> SetupDialog:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    button = meetup_page.roundtable_tab.findChild(QPushButton, f"rt_setup_{which}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in meetup_page.roundtable_tab.findChildren(SetupDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def _save(dialog: SetupDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _table_of(plan, label: str, round_no: int) -> str | None:  # noqa: ANN001
    return next((t for t, people in plan.rounds[round_no - 1].items() if label in people), None)


def test_capacity_below_need_shows_the_reason_and_keeps_the_setup(meetup_page: MeetupPage, db: Database,
                                                                   qtbot: QtBot, artifacts: Path) -> None:
    dialog = _open(meetup_page, qtbot, "tables")
    dialog.grab().save(str(artifacts / "meetup_setup_tables.png"))
    name = dialog.tables_editor.tables()[0].name
    dialog.tables_editor.capacity_box(0).setValue(2)
    _save(dialog, qtbot)
    assert dialog.isVisible()
    assert "定員2名" in dialog.error.text() and name in dialog.error.text()
    dialog.grab().save(str(artifacts / "meetup_setup_infeasible.png"))
    assert setups.load_setup(db, meetup_page.event_id).tables[0].capacity > 2  # type: ignore[arg-type, union-attr]
    when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)  # 変更を破棄しますか
    dialog.reject()  # a modal dialog left open would catch later tests' modal-dialog helpers
    assert dialog.isHidden()


def test_a_table_renamed_with_an_emoji_is_refused_naming_its_row(meetup_page: MeetupPage, db: Database,
                                                                  qtbot: QtBot) -> None:
    dialog = _open(meetup_page, qtbot, "tables")
    before = [t.name for t in setups.load_setup(db, meetup_page.event_id).tables]  # type: ignore[union-attr]
    dialog.tables_editor.table.item(1, 0).setText("桑名🍵")
    _save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.error.text() == ("保存できません（何も変更していません）: "
                                   "2番目のテーブル名: 「🍵」（U+1F375）は印刷できないため使えません"
                                   "（PDFの書体にない文字です）。")
    dialog.grab().save(str(shots_dir("input12") / "meetup_table_emoji_refused.png"))
    assert [t.name for t in setups.load_setup(db, meetup_page.event_id).tables] == before  # type: ignore[union-attr]
    when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)  # 変更を破棄しますか
    dialog.reject()


def test_talent_absent_from_round_two_leaves_the_grid_there(meetup_page: MeetupPage, db: Database,
                                                           qtbot: QtBot, artifacts: Path) -> None:
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None
    who = rt.setup.talents[3]
    assert rt.grid.chip(who.label, 2) is not None
    dialog = _open(meetup_page, qtbot, "talents")
    dialog.grab().save(str(artifacts / "meetup_setup_talents.png"))
    dialog.talents_editor.round_item(who.talent_id, 2).setCheckState(Qt.CheckState.Unchecked)
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    assert rt.grid.chip(who.label, 2) is None
    assert rt.grid.chip(who.label, 1) is not None and rt.grid.chip(who.label, 3) is not None
    assert rt.problems == []
    plan = setups.load_plan(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert plan is not None and _table_of(plan, who.label, 2) is None and _table_of(plan, who.label, 1)
    assert setups.load_setup(db, meetup_page.event_id).talent(who.label).rounds == (1, 3)  # type: ignore[arg-type, union-attr]


def test_the_replan_runs_as_a_job_and_a_cancel_keeps_the_edits(meetup_page: MeetupPage, db: Database, qtbot: QtBot,
                                                               runner: SyncRunner,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """保存して再計画 re-plans on the job runner with progress and Cancel: while it runs, OK and the editors
    wait; a cancel writes nothing and leaves the dialog open with the edits, and OK again saves them."""
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None
    who = rt.setup.talents[3]
    dialog = _open(meetup_page, qtbot, "talents")
    dialog.talents_editor.round_item(who.talent_id, 2).setCheckState(Qt.CheckState.Unchecked)
    real_apply, seen = edits.apply_setup, []

    def watched(*args: Any) -> edits.AppliedSetup:
        seen.append((dialog.ok_button.isEnabled(), dialog.pages.isEnabled()))
        return real_apply(*args)

    monkeypatch.setattr(edits, "apply_setup", watched)
    runner.cancel_at = 0
    _save(dialog, qtbot)
    assert runner.labels[-1] == "ラウンドテーブルを再計画しています…" and seen == [(False, False)]
    assert dialog.isVisible() and "取り消しました" in dialog.error.text()
    assert dialog.ok_button.isEnabled() and dialog.pages.isEnabled()
    assert setups.load_setup(db, meetup_page.event_id).talent(who.label).rounds is None  # type: ignore[arg-type, union-attr]
    runner.cancel_at = None
    _save(dialog, qtbot)
    assert not dialog.isVisible() and rt.grid.chip(who.label, 2) is None
    assert setups.load_setup(db, meetup_page.event_id).talent(who.label).rounds == (1, 3)  # type: ignore[arg-type, union-attr]


def test_keep_apart_pair_never_shares_a_table(meetup_page: MeetupPage, db: Database, qtbot: QtBot,
                                              artifacts: Path) -> None:
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.plan is not None
    first = rt.setup.tables[0].name
    a, b = rt.plan.rounds[0][first][:2]  # seated together now
    ids = {t.label: t.talent_id for t in rt.setup.talents}
    dialog = _open(meetup_page, qtbot, "apart")
    editor = dialog.apart_editor
    editor.first.setCurrentIndex(editor.first.findData(ids[a]))
    editor.second.setCurrentIndex(editor.second.findData(ids[a]))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.list.count() == 0 and editor.message.text()  # the same person twice is refused
    editor.second.setCurrentIndex(editor.second.findData(ids[b]))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.list.count() == 1 and a in editor.list.item(0).text()
    dialog.grab().save(str(artifacts / "meetup_setup_apart.png"))
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    plan = setups.load_plan(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert plan is not None
    assert all(_table_of(plan, a, r) != _table_of(plan, b, r) for r in (1, 2, 3))
    assert setups.load_setup(db, meetup_page.event_id).apart == ((a, b),)  # type: ignore[arg-type, union-attr]
    # removing the pair in the editor removes it from the database
    dialog = _open(meetup_page, qtbot, "apart")
    dialog.apart_editor.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.apart_editor.remove_button, Qt.MouseButton.LeftButton)
    _save(dialog, qtbot)
    assert setups.load_setup(db, meetup_page.event_id).apart == ()  # type: ignore[arg-type, union-attr]


def test_rename_add_remove_tables_and_seat_staff(meetup_page: MeetupPage, db: Database, qtbot: QtBot,
                                                 artifacts: Path) -> None:
    dialog = _open(meetup_page, qtbot, "tables")
    editor = dialog.tables_editor
    editor.table.item(0, 0).setText("北見・オホーツク")
    editor.table.selectRow(1)
    seated = {s for t in editor.tables() for s in t.staff_ids}
    outsider = next(c.id for c in editor.choices.staff if c.id not in seated)  # one person, one table
    editor.staff_item(outsider).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.findChild(QPushButton, "tables_add"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.findChild(QPushButton, "tables_add"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.findChild(QPushButton, "tables_remove"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.findChild(QPushButton, "tables_add_regions"), Qt.MouseButton.LeftButton)
    assert len(editor.tables()) == 4  # every region already has its table
    _save(dialog, qtbot)
    assert not dialog.isVisible(), dialog.error.text()
    setup = setups.load_setup(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert setup is not None
    assert [t.name for t in setup.tables] == ["北見・オホーツク", "桑名", "沖縄", "テーブル4"]
    assert outsider in setup.tables[1].staff_ids
    assert setup.tables[0].purpose  # the renamed table kept its brief
    rt = meetup_page.roundtable_tab
    assert (1, "テーブル4") in rt.grid.cells and rt.problems == []
    QApplication.processEvents()
    meetup_page.grab().save(str(artifacts / "meetup_roundtables_edited.png"))


def test_room_url_reaches_the_talent_calendar(meetup_page: MeetupPage, db: Database, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.docs_tab)
    docs = meetup_page.docs_tab
    docs.table_combo.setCurrentIndex(1)
    docs.url_edit.setText("https://ovice.example/kuwana-room")
    docs.room_edit.setText("桑名の部屋")
    qtbot.mouseClick(docs.findChild(QPushButton, "docs_save"), Qt.MouseButton.LeftButton)
    setup = setups.load_setup(db, meetup_page.event_id)  # type: ignore[arg-type]
    plan = setups.load_plan(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert setup is not None and plan is not None and setup.tables[1].join_url == "https://ovice.example/kuwana-room"
    who = plan.rounds[0][setup.tables[1].name][0]
    docs.export_talent_ics(tmp_path)
    calendar = ics.Calendar(Path(docs.last_export[who]).read_text(encoding="utf-8"))
    event = min(calendar.events, key=lambda e: e.begin)  # round 1
    assert event.url == "https://ovice.example/kuwana-room"
    assert "桑名の部屋" in event.location and "https://ovice.example/kuwana-room" in event.location


def test_absences_on_the_day_keep_the_started_round_and_name_who_moved(meetup_page: MeetupPage, db: Database,
                                                                       qtbot: QtBot) -> None:
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.plan is not None
    before = rt.plan.rounds
    smallest = min(before[1], key=lambda t: len(before[1][t]))
    leaving = list(before[1][smallest][:2])  # two from round 2's smallest table: it needs someone moved in
    ids = {t.label: t.talent_id for t in rt.setup.talents}
    dialog = _open(meetup_page, qtbot, "talents")
    for person in leaving:
        for r in (1, 2, 3):
            dialog.talents_editor.round_item(ids[person], r).setCheckState(Qt.CheckState.Unchecked)
    dialog.first_round.setValue(2)
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    assert rt.plan.rounds[0] == {t: tuple(p for p in people if p not in leaving) for t, people in before[0].items()}
    notes = [rt.feedback.item(i).text() for i in range(rt.feedback.count())]
    moved = [(r, p) for r in (2, 3) for t, people in rt.plan.rounds[r - 1].items() for p in people
             if p not in before[r - 1][t]]
    assert moved and all(r > 1 for r, _ in moved)
    assert any(note.startswith(f"席の移動 {len(moved)}件") and all(p in note for _, p in moved)
               for note in notes)
    meetup_page.window().grab().save(str(shots_dir("meetup15") / "meetup15_moved_note.png"))
