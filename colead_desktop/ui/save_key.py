"""Ctrl+S (QKeySequence.Save) on the 保存 button of an editor or dialog that holds its edits until saved (review 14c
item 10): the key works wherever the focus is in the window while the editor shows, only when there is something
to save, and the button's tooltip names it.

A cell still being typed in (its editor open in a table of the editor) counts as something to save: the key
commits the cell first, as leaving it would, then saves (review 16: the agenda's open cell was not saved)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemDelegate, QAbstractItemView, QApplication, QWidget

from colead_desktop.ui import shortcuts


def open_cell_editor(within: QWidget) -> tuple[QAbstractItemView, QWidget] | None:
    """The item view inside `within` whose cell is being edited, with the cell's editor (holding the focus), or None.
    A widget set on a cell (setCellWidget) is no editor: it writes as it changes."""
    widget = QApplication.focusWidget()
    while widget is not None and widget is not within and within.isAncestorOf(widget):
        holder = widget.parentWidget()
        view = holder.parentWidget() if holder is not None else None
        if isinstance(view, QAbstractItemView) and holder is view.viewport():
            return (view, widget) if view.state() == QAbstractItemView.State.EditingState else None
        widget = holder
    return None


def commit_open_cell(within: QWidget) -> None:
    """Write what is typed in a cell editor open inside `within` to its cell and close the editor, as leaving the
    cell does."""
    editing = open_cell_editor(within)
    if editing is not None:
        view, editor = editing
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class _SaveAction(QAction):
    """Enabled while there is something to save, a cell being typed in included."""

    def __init__(self, text: str, editor: QWidget, name: str, has_unsaved: Callable[[], bool]) -> None:
        super().__init__(text, editor, objectName=name)
        self._editor, self._has_unsaved = editor, has_unsaved

    def refresh(self) -> None:
        self.setEnabled(self._has_unsaved() or open_cell_editor(self._editor) is not None)


def add_save_key(editor: QWidget, button: QAbstractButton, has_unsaved: Callable[[], bool],
                 edited: SignalInstance | None = None) -> QAction:
    """The save action of `editor`, clicking `button` (whose own rules, a disabled button, still hold) when
    `has_unsaved()` once an open cell editor is committed. With `edited`, a signal after each change, the action is
    disabled while there is nothing to save (it follows the focus into and out of a cell editor); without it (a
    dialog comparing what it showed, ui/unsaved.DiscardGuard), the key does nothing then."""
    name = f"{button.objectName()}_key" if button.objectName() else f"{editor.objectName()}_save_key"
    action = _SaveAction(button.text(), editor, name, has_unsaved)
    action.setShortcuts(QKeySequence.StandardKey.Save)
    # the editor's window, while the editor is on show (Qt ignores the key of a hidden widget's action)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def save() -> None:
        commit_open_cell(editor)
        if has_unsaved():
            button.click()

    action.triggered.connect(save)
    editor.addAction(action)
    if edited is not None:
        edited.connect(action.refresh)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(action.refresh)  # a cell editor opened or closed
        # A widget deletes its children in the order they were made, the editor's fields before this action: the
        # focus leaving a field as it is deleted (the window closing) asked has_unsaved() about fields already gone,
        # and the crash dialog that said so moved the focus again, without end. The first child's end (the layout's,
        # deleted first) begins that teardown.
        editor.children()[0].destroyed.connect(lambda: app.focusChanged.disconnect(action.refresh))
        action.refresh()
    button.setToolTip(shortcuts.tooltip("save"))
    return action
