"""The payments page's programme-wide tables as models over plain rows (never a QTableWidget filled cell by cell):
the payees with their latest statement, and the withholding tax by month of payment.

Column widths come from the rows in view only (header precision 0), so a programme of 10,000 payees costs what
one screenful costs (ui/column_widths.py); the header never re-measures every row as ResizeToContents would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import Qt
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
