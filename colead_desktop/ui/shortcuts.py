"""The keyboard conventions of the window (issue 17): one table of keys, read by the menus, the buttons' tooltips
and ヘルプ > キーボードショートカット, so what the help says is what the keys do.

The list keys act on the list on show (a page's `current_list()`): Ctrl+N adds to it, Ctrl+F goes to its search,
and Enter and Delete open and delete its selection while the list itself has the keyboard focus, so that the
same keys keep their meaning in a text field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

translate = QCoreApplication.translate

# each action's keys; the first is the one menus and tooltips show
KEYS: dict[str, tuple[str, ...]] = {
    "add": ("Ctrl+N",),
    "open": ("Return", "Enter"),  # Enter: the keypad's
    "delete": ("Delete",),
    "find": ("Ctrl+F",),
    "reload": ("F5",),
    "next_page": ("Ctrl+Tab",),
    "previous_page": ("Ctrl+Shift+Tab",),
    "undo": ("Ctrl+Z",),
    "redo": ("Ctrl+Shift+Z",),
    "save": ("Ctrl+S",),  # QKeySequence.Save: ui/save_key.py
}


def sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(key) for key in KEYS[name]]


def shown(name: str) -> str:
    """The keys as this platform writes them (Ctrl+N, ⌘N)."""
    return " / ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in KEYS[name])


def describe(name: str) -> str:
    return {
        "add": translate("Shortcuts", "一覧に追加する"),
        "open": translate("Shortcuts", "選択した行を開く（編集）"),
        "delete": translate("Shortcuts", "選択した行を削除する（確認あり、元に戻せます）"),
        "find": translate("Shortcuts", "一覧の検索欄へ移動する"),
        "reload": translate("Shortcuts", "ページを再読み込みする"),
        "next_page": translate("Shortcuts", "次のページへ"),
        "previous_page": translate("Shortcuts", "前のページへ"),
        "undo": translate("Shortcuts", "元に戻す"),
        "redo": translate("Shortcuts", "やり直し"),
        "save": translate("Shortcuts", "保存する（「保存」ボタンのある画面）"),
    }[name]


def tooltip(name: str) -> str:
    """A button's tooltip naming what it does and its key: 「一覧に追加する（Ctrl+N）」."""
    return translate("Shortcuts", "{0}（{1}）").format(describe(name), shown(name))


@dataclass(frozen=True)
class RecordList:
    """A list the list keys act on: its view (Enter and Delete act while it has the focus), its search field if
    any, and what adding, opening and deleting do."""

    view: QAbstractItemView
    add: Callable[[], None]
    edit_selected: Callable[[], None]
    delete_selected: Callable[[], None]
    search: QLineEdit | None = None


def current_list(page: QWidget | None) -> RecordList | None:
    """The list on show in `page` (pages with lists answer `current_list()`), or None."""
    find = getattr(page, "current_list", None)
    return find() if find is not None else None


def show_shortcuts(parent: QWidget) -> None:
    """ヘルプ > キーボードショートカット: every key of the table with what it does."""
    dialog = QDialog(parent, objectName="shortcuts_dialog")
    dialog.setWindowTitle(translate("Shortcuts", "キーボードショートカット"))
    grid = QTableWidget(len(KEYS), 2, objectName="shortcuts_table")
    grid.setHorizontalHeaderLabels([translate("Shortcuts", "キー"), translate("Shortcuts", "操作")])
    grid.verticalHeader().hide()
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for row, name in enumerate(KEYS):
        grid.setItem(row, 0, QTableWidgetItem(shown(name)))
        grid.setItem(row, 1, QTableWidgetItem(describe(name)))
    grid.resizeColumnsToContents()
    grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(grid)
    layout.addWidget(buttons)
    dialog.resize(560, 380)
    dialog.exec()
