"""Meetup page on the demo: agenda editing with live findings, dropping a chip on another table (a real
QDropEvent delivered to the cell), pinning and replanning, exports through the JobRunner, screenshots."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.agenda import Severity
from colead_desktop.domain.meetup_docs import DEFAULT_SHEET_FIELDS
from colead_desktop.reports.meetup_pdf import HandoutPart
from colead_desktop.services import meetup as service
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services.demo import load_demo
from colead_desktop.ui.meetup.grid import MIME, encode
from colead_desktop.ui.pages.meetup_page import MeetupPage
from tests.ui.loading import shown_page


def _drop(cell, label: str, round_no: int) -> QDropEvent:  # noqa: ANN001
    mime = QMimeData()
    mime.setData(MIME, encode(label, round_no))
    event = QDropEvent(QPointF(cell.rect().center()), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    cell.dropEvent(event)
    return event


def test_opens_on_the_demo_meetup(meetup_page: MeetupPage, artifacts: Path) -> None:
    assert "ミートアップ" in meetup_page.event_combo.currentText()
    agenda = meetup_page.agenda_tab
    assert agenda.table.rowCount() == 12
    assert agenda.table.item(0, 0).text() == "13:00–13:05"
    assert agenda.table.item(11, 0).text() == "16:15–16:30"
    meetup_page.grab().save(str(artifacts / "meetup_agenda.png"))
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    QApplication.processEvents()
    rt = meetup_page.roundtable_tab
    assert len(rt.grid.cells) == 9
    assert rt.problems == []
    meetup_page.grab().save(str(artifacts / "meetup_roundtables.png"))


def test_agenda_edit_shows_overrun_and_saves(meetup_page: MeetupPage, db: Database) -> None:
    agenda = meetup_page.agenda_tab
    minutes: QSpinBox = agenda.table.cellWidget(6, 3)  # ラウンドテーブル①
    minutes.setValue(45)
    assert agenda.table.item(7, 0).text().startswith("14:55")
    severities = [agenda.findings_list.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(agenda.findings_list.count())]
    assert Severity.ERROR.value in severities and agenda.dirty
    agenda.table.selectRow(6)
    agenda.move_block(-1)
    assert agenda.blocks()[5].title == "ラウンドテーブル①"
    assert agenda.save()
    saved = service.load_agenda(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert saved.blocks[5].minutes == 45


def test_the_agenda_check_follows_the_typed_tool_and_join_url(meetup_page: MeetupPage, qtbot: QtBot) -> None:
    """An online meetup without its join URL is warned while the planner types, before anything is saved."""
    agenda = meetup_page.agenda_tab
    warning = "オンラインのイベントですが、参加URLが空です（配布資料にURLが載りません）"

    def shown() -> list[str]:
        return [agenda.findings_list.item(i).text() for i in range(agenda.findings_list.count())]

    agenda.url_edit.setFocus()
    agenda.url_edit.selectAll()
    qtbot.keyClick(agenda.url_edit, Qt.Key.Key_Delete)
    assert warning in shown()
    qtbot.keyClicks(agenda.url_edit, "https://zoom.example/j/1")
    assert warning not in shown()


def test_drag_chip_to_another_table_then_pin_and_replan(meetup_page: MeetupPage, db: Database) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.plan is not None and rt.setup is not None
    before = rt.plan
    first = rt.setup.tables[0].name
    who = before.rounds[0][first][0]
    target = rt.setup.tables[1].name
    event = _drop(rt.grid.cells[(1, target)], who, 1)
    assert event.isAccepted()
    assert who in rt.plan.rounds[0][target] and who not in rt.plan.rounds[0][first]
    assert rt.plan.metrics.revisits > before.metrics.revisits
    assert setups.load_plan(db, meetup_page.event_id).rounds == rt.plan.rounds  # type: ignore[union-attr]
    # a chip from another round is refused
    _drop(rt.grid.cells[(2, first)], who, 1)
    assert who not in rt.plan.rounds[1][first] or who in before.rounds[1][first]

    # crowd one table past capacity: the cell turns red and the feedback lists the broken rule
    crowd = [p for p in rt.plan.rounds[0][first]] + list(rt.plan.rounds[0][rt.setup.tables[2].name])
    for person in crowd:
        _drop(rt.grid.cells[(1, target)], person, 1)
    assert rt.grid.cells[(1, target)].bad
    assert rt.feedback.count() > 0 and "定員" in rt.feedback.item(0).text()

    rt.replan()
    assert rt.problems == []
    # pin a chip with a double-click, move it away from its pinned table: flagged; replan puts it back
    who = rt.plan.rounds[1][first][0]
    chip = rt.grid.chip(who, 2)
    assert chip is not None
    chip.mouseDoubleClickEvent(None)  # type: ignore[arg-type]
    assert rt.setup.pinned(who, 2) == first
    assert rt.grid.chip(who, 2).pinned  # type: ignore[union-attr]
    assert "◆" in rt.grid.chip(who, 2).text()  # type: ignore[union-attr]
    _drop(rt.grid.cells[(2, target)], who, 2)
    assert rt.problems and rt.grid.cells[(2, target)].bad
    rt.replan()
    assert who in rt.plan.rounds[1][first]
    assert rt.problems == []
    assert setups.load_setup(db, meetup_page.event_id).pinned(who, 2) == first  # type: ignore[union-attr]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_docs_tab_edits_brief_and_exports(meetup_page: MeetupPage, db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.docs_tab)
    docs = meetup_page.docs_tab
    assert docs.table_combo.count() == 3
    assert docs.purpose_edit.toPlainText()  # defaulted from the region
    docs.purpose_edit.setPlainText("北見の目的を編集")
    docs.part_boxes[next(iter(docs.part_boxes))].setChecked(False)
    assert docs.save()
    setup = setups.load_setup(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert setup is not None and setup.tables[0].purpose == "北見の目的を編集"
    docs.export_handouts(tmp_path / "h.pdf")
    assert Path(docs.last_export).exists()
    docs.last_export = None
    docs.export_rotation(tmp_path / "r.xlsx")
    assert (tmp_path / "r.xlsx").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_self_introduction_fields_chosen_in_the_window_reach_the_pdf(meetup_page: MeetupPage, db: Database,
                                                                     tmp_path: Path, qtbot: QtBot) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.docs_tab)
    docs = meetup_page.docs_tab
    docs.fields_edit.setPlainText("参加の動機\n得意なツールと言語\n")
    for part, box in docs.part_boxes.items():
        box.setChecked(part is HandoutPart.SELF_INTRO)
    qtbot.mouseClick(docs.findChild(QPushButton, "docs_save"), Qt.MouseButton.LeftButton)
    saved = setups.load_setup(db, meetup_page.event_id)  # type: ignore[arg-type]
    assert saved is not None and saved.sheet_fields == ("参加の動機", "得意なツールと言語")
    docs.export_handouts(tmp_path / "intro.pdf")
    text = "".join(subprocess.run(["pdftotext", str(docs.last_export), "-"], check=True, capture_output=True,
                                  text=True).stdout.split())
    assert "得意なツールと言語" in text and "参加の動機" in text and "本業以外での学習履歴" not in text
    qtbot.mouseClick(docs.findChild(QPushButton, "docs_sheet_defaults"), Qt.MouseButton.LeftButton)
    assert docs.fields_edit.toPlainText().splitlines() == list(DEFAULT_SHEET_FIELDS)


def test_print_button_opens_the_print_centre_on_the_events_handouts(db: Database, qtbot: QtBot) -> None:
    from colead_desktop.settings import Settings
    from colead_desktop.ui.main_window import MainWindow
    from colead_desktop.ui.print_centre import PrintCentre

    load_demo(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    page = shown_page(qtbot, window, "meetup")
    assert isinstance(page, MeetupPage) and page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    centre = window.findChild(PrintCentre)
    assert centre is not None and centre.isVisible()
    current = centre.tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
    assert current.key == f"meetup:{page.event_id}/handouts"
    centre.close()
    assert window.context.programme_id is not None  # the demo's, the only programme
    pre = next(e for e in service.list_online_events(db, window.context.programme_id) if e.kind == "pre_meeting")
    page.select_event(pre.id)
    assert not page.print_button.isEnabled()  # handouts are printed for meetups only
