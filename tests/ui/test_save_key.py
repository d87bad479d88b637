"""Ctrl+S saves where there is a 保存 button (review 14c item 10): on the editor on show, only when there is
something to save, and the button's tooltip says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QVBoxLayout, QWidget)
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup as meetup_service
from colead_desktop.ui.meetup.agenda_tab import COL_OWNER, COL_TITLE
from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.save_key import add_save_key


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


def _open_cell_editor(qtbot: QtBot, table: QTableWidget, row: int, column: int) -> QLineEdit:
    """Start typing in a cell, as a double-click does: its editor open, holding the focus."""
    window = table.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    item = table.item(row, column)
    assert item is not None
    table.setCurrentItem(item)
    table.editItem(item)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parentWidget() is table.viewport()
    return editor


def test_ctrl_s_in_a_cell_still_being_typed_in_saves_what_is_typed(meetup_page: MeetupPage, db: Database,
                                                                  qtbot: QtBot) -> None:
    agenda = meetup_page.agenda_tab
    action = save_action(agenda, "agenda_save")
    assert not agenda.dirty
    editor = _open_cell_editor(qtbot, agenda.table, 2, COL_TITLE)
    assert action.isEnabled()  # the cell being typed in is something to save
    editor.setText("地域紹介（北見・桑名・沖縄）")

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert meetup_page.event_id is not None
    assert meetup_service.load_agenda(db, meetup_page.event_id).blocks[2].title == "地域紹介（北見・桑名・沖縄）"
    assert not agenda.dirty and not action.isEnabled()
    assert agenda.table.state() != QAbstractItemView.State.EditingState  # the cell was left, as Enter leaves it


def test_ctrl_s_after_other_edits_saves_the_open_cell_too(meetup_page: MeetupPage, db: Database,
                                                          qtbot: QtBot) -> None:
    agenda = meetup_page.agenda_tab
    minutes = agenda.table.cellWidget(6, 3)
    assert isinstance(minutes, QSpinBox)
    minutes.setValue(minutes.value() + 5)
    editor = _open_cell_editor(qtbot, agenda.table, 1, COL_OWNER)
    editor.setText("事務局 山田")

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert meetup_page.event_id is not None
    saved = meetup_service.load_agenda(db, meetup_page.event_id).blocks
    assert saved[6].minutes == minutes.value() and saved[1].owner == "事務局 山田"
    assert not agenda.dirty


class _Fields(QWidget):
    """An editor whose unsaved state reads its fields, as the 受取人情報 tab does."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.fields = [QLineEdit(self) for _ in range(3)]
        for field in self.fields:
            layout.addWidget(field)
        self.button = QPushButton("保存", self)
        layout.addWidget(self.button)
        self.shown = ["", "", ""]
        add_save_key(self, self.button, self.has_unsaved, self.fields[0].textEdited)

    def has_unsaved(self) -> bool:
        return [field.text() for field in self.fields] != self.shown


def test_an_editor_deleted_with_the_focus_in_its_last_field_asks_nothing_of_its_deleted_fields(qtbot: QtBot) -> None:
    """The focus leaving a field as the editor's children are deleted (the window closing) asked the save key's
    has_unsaved() about fields deleted before it: an unhandled RuntimeError, whose crash dialog moved the focus
    again, over and over (a hung exit of the app)."""
    window = QWidget()
    qtbot.addWidget(window)
    editor = _Fields()
    QVBoxLayout(window).addWidget(editor)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.fields[-1].setFocus()
    qtbot.waitUntil(editor.fields[-1].hasFocus)
    editor.deleteLater()  # a page's editor going with its page: shown, not hidden first
    qtbot.wait(50)  # pytest-qt fails the test on an exception raised in a slot meanwhile
