"""The payments page's programme-wide tables as models over plain rows (never a QTableWidget filled cell by cell):
the payees with their latest statement, and the withholding tax by month of payment.

Column widths come from the rows in view only (header precision 0), so a programme of 10,000 payees costs what
one screenful costs (ui/column_widths.py); the header never re-measures every row as ResizeToContents would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from colead_desktop.ui.column_widths import fit_columns
from colead_desktop.ui.table_model import ALIGNMENT, DISPLAY, FOREGROUND, Column, Index, RecordTableModel

_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class StyledTableModel(RecordTableModel):
    """A RecordTableModel whose amount columns align right and whose rows may carry a text colour per column."""

    def __init__(self, columns: Sequence[Column], right_aligned: set[int],
                 colours: dict[int, Callable[[Any], str]] | None = None) -> None:
        super().__init__(columns)
        self._right = right_aligned
        self._colours = colours or {}

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role == ALIGNMENT:
            return _RIGHT if index.column() in self._right else None
        if role == FOREGROUND and index.column() in self._colours:
            return _colour(self._colours[index.column()](self.row_record(index.row())))
        return super().data(index, role)


@lru_cache(maxsize=64)
def _colour(name: str) -> QColor:
    """A few status colours, each made once rather than at every cell's repaint."""
    return QColor(name)


def record_view(name: str, model: RecordTableModel) -> QTableView:
    """A read-only, single-row-selection view. Columns fit their contents and the last takes the spare width: a
    stretching first column (the name) was squeezed to a few pixels whenever the pane was narrower than the rest."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(0)  # measure the rows in view, never all of them
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def fit_all_but_last(view: QTableView) -> None:
    """Size the columns before the last (which takes the spare width) to the rows now in view."""
    header = view.horizontalHeader()
    last = header.count() - 1
    fit_columns(view, range(last))
    # Without spare width the stretched last column falls back to the default section size (100 px), narrower
    # than 差引支払額 at 150 % (cut to 「差引」, review 14c item 14): at least its heading, then.
    if last >= 0:
        header.setDefaultSectionSize(max(header.defaultSectionSize(), header.sectionSizeHint(last)))


class GivingColumn(QObject):
    """A column that gives way so the others fit the view uncut and unscrolled: the payees' name, which left
    差引支払額 behind a horizontal scroll at 1366 × 768 (review 19). Every column fits its rows in view; whenever
    the view's width changes, this one narrows to the room the others leave, never below `least` characters (a long
    name ends in 「…」, and is shown whole in the statement beside it), and the last column takes what is spare.
    The widths are set here, not by the header's stretching last section, whose fallback when there is no room is
    the width it had when the stretching began (100 px), not what its rows need. `shortfall` says how much wider
    the view must be for all that."""

    def __init__(self, view: QTableView, column: int = 0, least: int = 8) -> None:
        super().__init__(view)
        self.view, self.column, self.fitted, self.last_fitted = view, column, 0, 0
        self.least = view.fontMetrics().horizontalAdvance("あ" * least)
        view.horizontalHeader().setStretchLastSection(False)
        view.viewport().installEventFilter(self)

    @property
    def _last(self) -> int:
        return self.view.horizontalHeader().count() - 1

    def fit(self) -> None:
        """After the rows changed: every column fits its rows, then this one gives way."""
        fit_columns(self.view)
        self.fitted = self.view.columnWidth(self.column)
        self.last_fitted = self.view.columnWidth(self._last)
        self.give_way()

    def _others(self) -> int:
        """The width of the columns that do not give way, the last at what its rows need."""
        return sum(self.view.columnWidth(c) for c in range(self._last) if c != self.column) + self.last_fitted

    def shortfall(self) -> int:
        """How many pixels the view lacks for the other columns and this one at its least (0: none, or not fitted
        to any rows yet)."""
        if not self.fitted:
            return 0
        return max(0, self._others() + min(self.least, self.fitted) - self.view.viewport().width())

    def give_way(self) -> None:
        width = self.view.viewport().width()
        own = max(min(self.least, self.fitted), min(self.fitted, width - self._others()))
        self.view.setColumnWidth(self.column, own)
        self.view.setColumnWidth(self._last, max(self.last_fitted, width - self._others() - own + self.last_fitted))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self.fitted:
            self.give_way()
        return False
