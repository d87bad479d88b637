"""The grid and the status line show the two rules the old checks missed: a staff member seated at two
tables, and more rounds than the agenda has round-table blocks. The status is never green with either."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from colead_desktop.domain.roundtables_check import Rule
from colead_desktop.ui.meetup.roundtable_tab import RoundTableTab
from colead_desktop.ui.meetup.setup_dialog import SetupDialog
from colead_desktop.ui.pages.meetup_page import MeetupPage


def _tab(meetup_page: MeetupPage) -> RoundTableTab:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.problems == [] and rt.status_label.property("state") == "ok"
    return rt


def test_staff_seated_at_two_tables_turns_the_cell_and_the_status_red(meetup_page: MeetupPage, qtbot: QtBot,
                                                                      artifacts: Path) -> None:
    rt = _tab(meetup_page)
    assert rt.setup is not None
    first, second = rt.setup.tables[0], rt.setup.tables[1]
    dialog = rt.open_setup("tables")
    assert isinstance(dialog, SetupDialog)
    qtbot.waitExposed(dialog)
    editor = dialog.tables_editor
    editor.table.selectRow(1)
    editor.staff_item(first.staff_ids[0]).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()

    twice = [(v.round, v.table) for v in rt.problems if v.code is Rule.STAFF_TWICE]
    assert twice == [(r, second.name) for r in (1, 2, 3)]
    assert all(rt.grid.cells[(r, second.name)].bad for r in (1, 2, 3))
    assert not any(rt.grid.cells[(r, first.name)].bad for r in (1, 2, 3))
    assert first.staff[0] in rt.grid.cells[(1, second.name)].toolTip()
    assert rt.status_label.text() == f"制約違反 {len(rt.problems)}件" and rt.status_label.property("state") == "error"
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "roundtable_staff_twice.png"))


def test_a_round_beyond_the_agendas_blocks_is_flagged_in_its_row_and_the_status(meetup_page: MeetupPage,
                                                                                artifacts: Path) -> None:
    rt = _tab(meetup_page)
    rt.rounds_spin.setValue(4)  # the demo agenda has three round-table blocks
    assert [(v.round, v.table, v.code) for v in rt.problems] == [(4, None, Rule.AGENDA_ROUNDS)]
    header = rt.grid.findChild(QLabel, "round_4")
    assert header is not None and header.property("state") == "error" and "第4ラウンド" in header.toolTip()
    assert rt.grid.findChild(QLabel, "round_3").property("state") == ""  # type: ignore[union-attr]
    assert rt.status_label.text() == "制約違反 1件" and rt.status_label.property("state") == "error"
    assert rt.feedback.item(0).text() == rt.problems[0].message
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "roundtable_rounds_vs_agenda.png"))

    rt.rounds_spin.setValue(3)
    assert rt.problems == [] and rt.status_label.property("state") == "ok"
