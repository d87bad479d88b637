"""A read-only table model over a list of records, with one getter per column, sorting and filtering itself.

A programme lists 10,000 talents: every cell's text and sort key is computed once when the rows arrive, so
data() is a list lookup, and sorting and filtering are one Python sort or scan over those values instead of
a QSortFilterProxyModel calling data() a million times across the Python boundary (issue 15).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette

from colead_desktop.domain.normalise import folded

Index = QModelIndex | QPersistentModelIndex
DISPLAY, FOREGROUND, TOOLTIP, ALIGNMENT = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole))
_ANSWERED = frozenset((DISPLAY, FOREGROUND, TOOLTIP))
NO_PARENT = QModelIndex()  # the invalid index Qt passes for "no parent"; one shared default is enough


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]


@dataclass(frozen=True)
class Selection:
    """Which of a model's records it shows, in which order: its filter and its sort."""
    search: str = ""  # folded as domain/normalise.folded folds
    matches: Callable[[Any], bool] | None = None
    hide_muted: bool = False
    sort: tuple[int, Qt.SortOrder] | None = None  # None: in the order given, until a view sorts


EVERY = Selection()


@dataclass
class Rows:
    """Records with each column's value and text, and those a selection shows, made by `prepare` on any thread
    (a page's read: issue 15)."""
    records: list[Any]
    columns: list[Column]
    values: list[list[object]]  # per record, the value of each column
    cells: list[tuple[str, ...]]  # per record, the text of each column
    muted: list[bool]  # per record, whether it is shown greyed
    selection: Selection = EVERY
    shown: list[int] = field(default_factory=list)  # indexes into records: those `selection` shows, in its order
    # made when first needed: the sort keys of a column sorted by, and the search's haystacks (per record, every
    # column's text folded); most lists are sorted by one column and never searched
    keys: dict[int, list[tuple[int, Any]]] = field(default_factory=dict)
    haystacks: list[str] | None = None

    def select(self, selection: Selection) -> list[int]:
        """The indexes of the records `selection` shows, in its order."""
        order: list[int] | range = range(len(self.records))
        if selection.sort is not None and selection.sort[0] < len(self.columns):
            column, direction = selection.sort
            if column not in self.keys:
                self.keys[column] = [_sort_key(row[column]) for row in self.values]
            order = sorted(order, key=self.keys[column].__getitem__,
                           reverse=direction == Qt.SortOrder.DescendingOrder)
        search, matches, muted = selection.search, selection.matches, self.muted if selection.hide_muted else None
        if not search and matches is None and muted is None:
            return list(order)
        if search and self.haystacks is None:  # folded as the query is, once per set of rows, not per keystroke
            self.haystacks = [folded("\t".join(cells)) for cells in self.cells]
        haystacks, records = self.haystacks if search else None, self.records
        return [i for i in order if (haystacks is None or search in haystacks[i]) and (muted is None or not muted[i])
                and (matches is None or matches(records[i]))]


def prepare(records: Sequence[Any], columns: Sequence[Column], muted: Callable[[Any], bool] | None = None,
            selection: Selection = EVERY) -> Rows:
    """Every cell's value and text, computed once: data() is then a list lookup. With `muted`, which records
    show greyed; and those `selection` shows, in its order: on a page's read, off the GUI thread, the GUI thread
    only shows them (10,000 talents: 30-80 ms of the GUI thread's time before, and 2-4 ms to select them)."""
    values = [[column.value(record) for column in columns] for record in records]
    cells = [tuple(["" if v is None else str(v) for v in row]) for row in values]
    flags = [False] * len(values) if muted is None else [muted(record) for record in records]
    rows = Rows(list(records), list(columns), values, cells, flags, selection)
    rows.shown = rows.select(selection)
    return rows


def _sort_key(value: object) -> tuple[int, Any]:
    """Numbers sort as numbers, before text; an empty cell is empty text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    return (1, "" if value is None else str(value))


class RecordTableModel(QAbstractTableModel):
    """The rows shown are those passing the filter, in the chosen order; row numbers are the shown rows'."""

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._rows = prepare([], columns)
        self._shown: list[int] = []  # indexes into the records
        self._selection = EVERY
        self.muted: Callable[[Any], bool] = lambda _record: False  # rows shown greyed (an archived talent)
        self.tooltip: Callable[[Any], str] | None = None  # a row's tooltip, made when the pointer rests on it

    def set_rows(self, rows: Sequence[Any], columns: Sequence[Column] | None = None) -> None:
        self.set_prepared(prepare(rows, self._rows.columns if columns is None else columns, self.muted,
                                  self._selection))

    def prepared(self, records: Sequence[Any]) -> Rows:
        """`records` ready for set_prepared, in this model's columns; may run off the GUI thread (it only
        reads the columns, which never change after construction unless set_rows is given new ones)."""
        return prepare(records, self._rows.columns, self.muted, self._selection)

    def selection(self) -> Selection:
        """The filter and sort the rows are shown with, for `prepare` on a page's read."""
        return self._selection

    def set_prepared(self, rows: Rows) -> None:
        """Show `rows` (made by `prepare`, perhaps off the GUI thread), in one reset; they are selected again
        only if the filter or sort changed since."""
        self.beginResetModel()
        self._rows = rows
        self._shown = rows.shown if rows.selection == self._selection else rows.select(self._selection)
        self.endResetModel()

    def set_filter(self, search: str, matches: Callable[[Any], bool] | None = None, *, hide_muted: bool = False,
                   now: bool = True) -> None:
        """Show the records whose text contains `search` (any case, full- or half-width, the spaces around it
        not counted), that `matches` accepts (all if None) and, with `hide_muted`, are not greyed. Not `now`:
        only kept for the next set_prepared (one selection)."""
        self._selection = replace(self._selection, search=folded(search), matches=matches, hide_muted=hide_muted)
        if now:
            self.beginResetModel()
            self._shown = self._rows.select(self._selection)
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header click; the selection stays on the same records."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        records = [self._shown[index.row()] for index in kept]
        self._selection = replace(self._selection, sort=(column, order))
        self._shown = self._rows.select(self._selection)
        position = {record: row for row, record in enumerate(self._shown)}
        self.changePersistentIndexList(kept, [self.index(position[record], index.column())
                                              for record, index in zip(records, kept, strict=True)])
        self.layoutChanged.emit()

    def row_record(self, row: int) -> Any:
        return self._rows.records[self._shown[row]]

    def rows_with_ids(self, record_ids: set[Any]) -> list[int]:
        """The shown rows of the records with these ids, in row order (none asked: a page's first load, with
        10,000 talents, asks nothing of them)."""
        if not record_ids:
            return []
        records = self._rows.records
        return [row for row, at in enumerate(self._shown) if records[at].id in record_ids]

    def text(self, row: int, column: int) -> str:
        """What a shown cell reads: data()'s display text without the call through Qt (column widths)."""
        return self._rows.cells[self._shown[row]][column]

    def total(self) -> int:
        """Every record, shown or filtered out."""
        return len(self._rows.records)

    def muted_total(self) -> int:
        """The records shown greyed (archived), shown or filtered out."""
        return sum(self._rows.muted)

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows.columns)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        # Asked for some seven roles of every cell in view at each repaint: the roles are compared as plain ints,
        # the roles this model has no answer for first (a table's repaint spent 10-20 ms here: issue 15).
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == DISPLAY:
            return self._rows.cells[self._shown[index.row()]][index.column()]
        if role == FOREGROUND:
            return _muted_text() if self._rows.muted[self._shown[index.row()]] else None
        return self.tooltip(self.row_record(index.row())) if self.tooltip is not None else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._rows.columns[section].header
        return None


def _muted_text() -> QColor:
    """The colour of an archived record's text: the palette's disabled text."""
    return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
