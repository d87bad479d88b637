"""Ctrl+S (QKeySequence.Save) on the 保存 button of an editor or dialog that holds its edits until saved (review 14c
item 10): the key works wherever the focus is in the window while the editor shows, only when there is something
to save, and the button's tooltip names it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from colead_desktop.ui import shortcuts


def add_save_key(editor: QWidget, button: QAbstractButton, has_unsaved: Callable[[], bool],
                 edited: SignalInstance | None = None) -> QAction:
    """The save action of `editor`, clicking `button` (whose own rules, a disabled button, still hold) when
    `has_unsaved()`. With `edited`, a signal after each change, the action is disabled while there is nothing to
    save; without it (a dialog comparing what it showed, ui/unsaved.DiscardGuard), the key does nothing then."""
    name = f"{button.objectName()}_key" if button.objectName() else f"{editor.objectName()}_save_key"
    action = QAction(button.text(), editor, objectName=name)
    action.setShortcuts(QKeySequence.StandardKey.Save)
    # the editor's window, while the editor is on show (Qt ignores the key of a hidden widget's action)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def save() -> None:
        if has_unsaved():
            button.click()

    action.triggered.connect(save)
    editor.addAction(action)
    if edited is not None:
        edited.connect(lambda: action.setEnabled(has_unsaved()))
        action.setEnabled(has_unsaved())
    button.setToolTip(shortcuts.tooltip("save"))
    return action
