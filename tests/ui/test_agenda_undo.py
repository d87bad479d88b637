"""Agenda undo on the demo meetup: a saved agenda is one named step; undo and redo move the stored agenda back
and forth (read back through the service), and an undo meeting another session's save is refused without
writing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.meetup.agenda_tab import AgendaTab
from colead_desktop.ui.pages.meetup_page import MeetupPage


@pytest.fixture
def tab(demo_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> AgendaTab:
    """The アジェンダ tab of the demo meetup; warnings recorded in `tab.shown`."""
    page = MeetupPage(demo_context)
    qtbot.addWidget(page)
    tab = page.agenda_tab
    tab.shown = []  # type: ignore[attr-defined]  # test-only record of the warnings
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: tab.shown.append((title, text)))
    return tab


def _edit(tab: AgendaTab) -> None:
    """Remove the first block and change the tool, as the user would."""
    tab.table.selectRow(0)
    tab.remove_block()
    tab.tool_edit.setText("Teams ")
    tab.tool_edit.textEdited.emit("Teams ")


def test_a_saved_agenda_is_one_step(tab: AgendaTab, demo_db: Database) -> None:
    assert tab.event_id is not None
    original = service.agenda_content(demo_db, tab.event_id)
    _edit(tab)
    assert tab.dirty and tab.undo_stack.count() == 0  # edits wait for 保存
    assert tab.save()
    edited = service.agenda_content(demo_db, tab.event_id)
    assert edited.blocks == original.blocks[1:] and edited.tool == "Teams" and not tab.dirty
    assert tab.undo_stack.undoText().startswith("アジェンダを保存（")

    tab.undo_stack.undo()
    assert service.agenda_content(demo_db, tab.event_id) == original
    assert tab.blocks() == original.blocks and tab.tool_edit.text() == original.tool and not tab.dirty
    tab.undo_stack.redo()
    assert service.agenda_content(demo_db, tab.event_id) == edited
    assert tab.blocks() == edited.blocks and tab.tool_edit.text() == "Teams"

    assert tab.save() and tab.undo_stack.count() == 1  # saving nothing new adds no step
    assert tab.shown == []  # type: ignore[attr-defined]


def test_undo_refused_when_another_session_saved_the_agenda(tab: AgendaTab, demo_db: Database) -> None:
    assert tab.event_id is not None
    _edit(tab)
    assert tab.save()
    theirs = service.agenda_content(demo_db, tab.event_id).blocks[:3]
    service.save_agenda(demo_db, tab.event_id, theirs)  # another window saves meanwhile

    tab.undo_stack.undo()
    assert service.agenda_content(demo_db, tab.event_id).blocks == theirs  # nothing written
    title, text = tab.shown[0]  # type: ignore[attr-defined]
    assert title == "元に戻せません" and "ほかの操作で変更" in text
    assert tab.blocks() == theirs and not tab.undo_stack.canUndo()
