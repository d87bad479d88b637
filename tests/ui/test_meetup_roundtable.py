"""The round-table tab as a planner reads it: a new mode, round count or seed re-plans at once (keeping
pins; pins that do not fit are explained and the settings go back), and capacities read as talents only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain import roundtables_repair as repair
from colead_desktop.domain.roundtables_check import Rule
from colead_desktop.services import meetup_grid as rules
from colead_desktop.services import meetup_setup as setups
from colead_desktop.ui.meetup.roundtable_tab import RoundTableTab
from colead_desktop.ui.meetup.setup_dialog import SetupDialog
from colead_desktop.ui.meetup.tables_editor import COL_CAPACITY
from colead_desktop.ui.pages.meetup_page import MeetupPage
from tests.programmes import demo_programme, talent_in
from tests.ui.modal import when_modal


def _pin(rt: RoundTableTab, db: Database, pinned: setups.RoundSetup) -> None:
    """Store the pins of `pinned` over the shown plan, as pinning chips does, and show them: 「再計画」 plans what is stored."""
    assert rt.event_id is not None
    rules.save_planning(db, rt.event_id, pinned, rt.plan)
    rt.load(rt.event_id)


def test_mode_rounds_and_seed_replan_at_once_keeping_pins(meetup_page: MeetupPage, db: Database,
                                                          artifacts: Path) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.plan is not None and rt.setup.mode == "fixed_groups"
    who, table = rt.setup.talents[0].label, rt.setup.tables[2].name
    _pin(rt, db, rt.setup.with_pin(who, 1, table))
    rt.replan()
    fixed = rt.plan.metrics.repeat_pairs
    assert rt.metric_labels["repeat_pairs"].text() == str(fixed)

    rt.mode_combo.setCurrentIndex(rt.mode_combo.findData("mix"))
    assert rt.setup.mode == "mix"
    assert rt.plan.metrics.repeat_pairs < fixed
    assert rt.metric_labels["repeat_pairs"].text() == str(rt.plan.metrics.repeat_pairs)
    metrics = rt.plan.metrics
    assert rt.bound_label.text() == ("最適" if metrics.optimal else f"下限 {metrics.repeat_pairs_bound}")
    assert who in rt.plan.rounds[0][table] and rt.problems == []
    assert setups.load_plan(db, meetup_page.event_id).rounds == rt.plan.rounds  # type: ignore[arg-type, union-attr]
    QApplication.processEvents()  # the redrawn grid is laid out by the event loop
    meetup_page.grab().save(str(artifacts / "meetup_roundtables_mix.png"))

    rt.rounds_spin.setValue(4)
    assert len(rt.plan.rounds) == 4 and len({r for r, _t in rt.grid.cells}) == 4
    # the demo agenda has three round-table blocks: round 4 has no time, and the status says so
    assert [(v.round, v.code) for v in rt.problems] == [(4, Rule.AGENDA_ROUNDS)]
    before = rt.plan.rounds
    rt.seed_spin.setValue(7)
    assert rt.setup.seed == 7 and rt.plan.rounds != before
    assert who in rt.plan.rounds[0][table]
    saved = setups.load_setup(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert saved is not None and (saved.mode, saved.rounds, saved.seed) == ("mix", 4, 7)


def test_pins_that_contradict_the_new_mode_explain_why_and_keep_the_plan(meetup_page: MeetupPage,
                                                                         db: Database, qtbot: QtBot) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    rt.mode_combo.setCurrentIndex(rt.mode_combo.findData("mix"))
    assert rt.setup is not None
    who, table = rt.setup.talents[0].label, rt.setup.tables[0].name
    _pin(rt, db, rt.setup.with_pin(who, 1, table).with_pin(who, 2, table))  # one table twice: no rotating group
    rt.replan()
    plan = rt.plan
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    when_modal(read, QMessageBox)
    rt.mode_combo.setCurrentIndex(rt.mode_combo.findData("fixed_groups"))
    QApplication.processEvents()
    assert shown and who in shown[0] and "固定グループ" in shown[0]
    assert rt.mode_combo.currentData() == "mix" and rt.setup.mode == "mix" and rt.plan is plan
    assert rt.status_label.text().startswith("制約はすべて満たされています") and rt.solve_button.isEnabled()
    assert setups.load_setup(db, meetup_page.event_id).mode == "mix"  # type: ignore[arg-type, union-attr]


def test_capacity_reads_as_talents_only_in_the_grid_and_the_editor(meetup_page: MeetupPage, qtbot: QtBot,
                                                                   artifacts: Path) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.plan is not None
    first, second = rt.setup.tables[0], rt.setup.tables[1]
    assert len(first.staff) == first.capacity  # the demo seats as many staff as talents: "7席" was ambiguous
    headers = [label.text() for label in rt.grid.findChildren(QLabel) if first.staff[0] in label.text()]
    assert headers and f"（人材 {first.capacity}名まで）" in headers[0]
    for person in rt.plan.rounds[0][second.name]:
        rt.move_talent(person, 1, first.name)
    assert "人材の定員" in rt.grid.cells[(1, first.name)].toolTip()
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "meetup_roundtables_capacity.png"))

    button = rt.findChild(QPushButton, "rt_setup_tables")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in rt.findChildren(SetupDialog) if d.isVisible()]
    table = dialog.tables_editor.table
    assert table.horizontalHeaderItem(COL_CAPACITY).text() == "人材の定員"
    dialog.grab().save(str(artifacts / "meetup_setup_capacity.png"))
    dialog.reject()


def test_who_is_out_of_which_round_shows_under_the_grid(meetup_page: MeetupPage, qtbot: QtBot,
                                                        artifacts: Path) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.absent_label.isHidden()
    gone, away = rt.setup.talents[0], rt.setup.talents[1]
    qtbot.mouseClick(rt.findChild(QPushButton, "rt_setup_talents"), Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in rt.findChildren(SetupDialog) if d.isVisible()]
    for r in (1, 2, 3):
        dialog.talents_editor.round_item(gone.talent_id, r).setCheckState(Qt.CheckState.Unchecked)
    dialog.talents_editor.round_item(away.talent_id, 2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()
    assert rt.absent_label.text().splitlines() == [f"不参加: 全ラウンド {gone.label}", f"不参加: 第2ラウンド {away.label}"]
    assert not rt.absent_label.isHidden()
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "meetup_roundtables_absent.png"))

    rt.load(meetup_page.event_id)  # reopening the tab reads who is left out from the database
    assert rt.absent_label.text().splitlines()[0] == f"不参加: 全ラウンド {gone.label}"


def test_a_talent_added_after_planning_is_named_as_new_and_replan_seats_them(meetup_page: MeetupPage, db: Database,
                                                                             artifacts: Path) -> None:
    """Not 「不参加」: a talent who joined the programme after planning is named as not yet in the plan, and
    「再計画」 seats them in every round (one undo step); a recorded absence stays as it was."""
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.event_id is not None
    talent_in(db, demo_programme(db), "小林 新", "ｺﾊﾞﾔｼ ｼﾝ")
    rt.load(rt.event_id)
    assert rt.absent_label.text().splitlines() == [
        "計画にまだ入っていない人材 1名: 小林 新（「再計画」で全ラウンドに加わります）"]
    assert rt.absent_label.property("state") == "warning"
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "meetup_roundtables_not_in_plan.png"))
    steps = rt.undo_stack.count()
    rt.replan()
    assert all("小林 新" in {p for people in seating.values() for p in people} for seating in rt.plan.rounds)
    assert rt.absent_label.isHidden() and rt.undo_stack.count() == steps + 1
    assert rt.undo_stack.undoText() == "新しい人材1名を加えて再計画"
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "meetup_roundtables_new_talent.png"))
    rt.undo_stack.undo()
    assert rt.absent_label.text().startswith("計画にまだ入っていない人材 1名")


def test_replan_lists_who_moved_from_which_table_to_which(meetup_page: MeetupPage, db: Database,
                                                          artifacts: Path) -> None:
    """Review 16 item 4: after 「再計画」 the feedback names each move (round, name, table → table), not a count."""
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.plan is not None
    before = rt.plan
    who = rt.setup.talents[0].label
    seat = next(t for t, people in before.rounds[0].items() if who in people)
    other = next(t.name for t in rt.setup.tables if t.name != seat)
    _pin(rt, db, rt.setup.with_pin(who, 1, other))
    rt.replan()
    moved = repair.moves(before.rounds, rt.plan.rounds)
    assert any((m.round, m.talent, m.from_table, m.to_table) == (1, who, seat, other) for m in moved)
    note = rt.feedback.item(0).text()
    listed = "\n".join(f"第{m.round}ラウンド {m.talent}（{m.from_table}→{m.to_table}）" for m in moved)
    assert note == f"席の移動 {len(moved)}件:\n{listed}"
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "meetup_roundtables_replan_moves.png"))
    rt.replan()  # the same plan again: nobody moved
    assert rt.feedback.item(0).text() == "席を移した人材はいません"


def test_the_grid_fits_a_narrow_window_one_chip_to_a_row(meetup_page: MeetupPage, qtbot: QtBot) -> None:
    """Review 15, item 11: at 1366 px (the page beside the navigation) the third table was cut off behind a
    horizontal scroll bar; a narrow grid now lays each cell's chips one to a row, so every table shows."""
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    grid = meetup_page.roundtable_tab.grid
    scroll = meetup_page.roundtable_tab.findChild(QScrollArea, "rt_grid_scroll")
    assert grid.columns == 2
    meetup_page.resize(900, 900)
    qtbot.waitUntil(lambda: grid.columns == 1)
    QApplication.processEvents()
    assert scroll.horizontalScrollBar().maximum() == 0
    right = max(cell.geometry().right() for cell in grid.cells.values())
    assert right <= scroll.viewport().width()
    meetup_page.resize(1400, 900)
    qtbot.waitUntil(lambda: grid.columns == 2)
