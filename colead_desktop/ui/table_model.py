"""A read-only table model over a list of records, with one getter per column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index Qt passes for "no parent"; one shared default is enough


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[Any] = []
        self.muted: Callable[[Any], bool] = lambda _record: False  # rows shown greyed (an archived talent)

    def set_rows(self, rows: Sequence[Any], columns: Sequence[Column] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self._columns = list(columns)
        self.endResetModel()

    def row_record(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._columns[index.column()].value(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers sort as numbers
            return value if isinstance(value, (int, float)) else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(self._rows[index.row()]):
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None
