"""A ranked list of names, best first, kept by id: add from a choice, remove, move up or down, or drag.

The talent's SMEs and the lab's talents for an SME are both such lists (ui/matching/wishes_dialog.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from colead_desktop.ui.widgets import button, data_combo, enable, set_choices

_ID = Qt.ItemDataRole.UserRole


class RankedList(QWidget):
    changed = Signal()
    """The list's ids or their order changed (by the user or by set_ids)."""

    def __init__(self, name: str, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        """`name` prefixes the object names; `names` gives every id its name (an id without one shows as is)."""
        super().__init__(parent, objectName=name)
        self._names = names
        self._candidates: list[str] = []
        self.list = QListWidget(objectName=f"{name}_list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.choice = data_combo(f"{name}_choice", 16)
        self.add_button = button(self.tr("追加"), f"{name}_add", self.add)
        self.remove_button = button(self.tr("削除"), f"{name}_remove", self.remove)
        self.up_button = button(self.tr("上へ"), f"{name}_up", lambda: self.shift(-1))
        self.down_button = button(self.tr("下へ"), f"{name}_down", lambda: self.shift(1))
        adding = QHBoxLayout()
        adding.addWidget(self.choice, 1)
        adding.addWidget(self.add_button)
        moving = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            moving.addWidget(widget)
        moving.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.list, 1)
        layout.addLayout(moving)
        self._update_buttons()

    def ids(self) -> list[str]:
        return [str(self.list.item(row).data(_ID)) for row in range(self.list.count())]

    def set_ids(self, ids: Sequence[str]) -> None:
        self.list.clear()
        for value in ids:
            item = QListWidgetItem()
            item.setData(_ID, value)
            self.list.addItem(item)
        self._renumber()

    def set_candidates(self, ids: Sequence[str]) -> None:
        """What may be added, in the order offered (those listed already are left out of the choice)."""
        self._candidates = list(ids)
        self._fill_choice()

    def add(self) -> None:
        value = self.choice.currentData()
        if value is None:
            return
        self.set_ids([*self.ids(), str(value)])
        self.list.setCurrentRow(self.list.count() - 1)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            ids = self.ids()
            del ids[row]
            self.set_ids(ids)
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def shift(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + step < self.list.count() and row >= 0:
            ids = self.ids()
            ids.insert(row + step, ids.pop(row))
            self.set_ids(ids)
            self.list.setCurrentRow(row + step)

    def _moved(self, *_args: QModelIndex | QPersistentModelIndex | int) -> None:
        """A drag put an item elsewhere: the ranks follow."""
        self._renumber()

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            value = str(item.data(_ID))
            item.setText(f"{row + 1}. {self._names.get(value, value)}")
        self._fill_choice()
        self._update_buttons()
        self.changed.emit()

    def _fill_choice(self) -> None:
        listed = set(self.ids())
        set_choices(self.choice, [(self._names.get(value, value), value) for value in self._candidates
                                  if value not in listed])
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        enable(self.add_button, self.choice.count() > 0, self.tr("追加できる相手はもうありません"))
        chosen = self.tr("順位の行を選んでください")
        enable(self.remove_button, row >= 0, chosen)
        enable(self.up_button, row > 0, chosen)
        enable(self.down_button, 0 <= row < count - 1, chosen)
