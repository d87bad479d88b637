"""Ctrl+S saves where there is a 保存 button (review 14c item 10): on the editor on show, only when there is
something to save, and the button's tooltip says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup as meetup_service
from colead_desktop.ui.pages.meetup_page import MeetupPage


def save_action(editor: QWidget, button: str) -> QAction:
    action = editor.findChild(QAction, f"{button}_key")
    assert action is not None
    return action


def press_ctrl_s(qtbot: QtBot, target: QWidget) -> None:
    window = target.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_s_saves_the_agenda_being_edited(meetup_page: MeetupPage, db: Database, qtbot: QtBot) -> None:
    agenda = meetup_page.agenda_tab
    action = save_action(agenda, "agenda_save")
    assert not action.isEnabled()  # nothing to save yet
    assert "Ctrl+S" in agenda.save_button.toolTip()
    minutes = agenda.table.cellWidget(6, 3)
    assert isinstance(minutes, QSpinBox)
    minutes.setValue(minutes.value() + 5)
    assert agenda.dirty and action.isEnabled()

    press_ctrl_s(qtbot, minutes)

    assert not agenda.dirty and not action.isEnabled()
    assert meetup_page.event_id is not None
    assert meetup_service.load_agenda(db, meetup_page.event_id).blocks[6].minutes == minutes.value()
