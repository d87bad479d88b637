"""Column widths from a screenful of rows, whether or not the table is on screen yet (issue 15).

Qt's resizeColumnToContents measures every row of a table that is not visible (a page being built, before it
is shown), whatever the header's resize precision: 10,000 payees cost seconds on the GUI thread. Here a column
is as wide as its header and the rows from the top of the view down one screenful: the rows the view has room
for when it is laid out, else at most SCREENFUL rows.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView

from colead_desktop.ui.table_model import RecordTableModel

SCREENFUL = 60  # rows measured: more than a maximised window shows
_MEASURED = 4  # lines of a column measured in the font
WIDEST_FIT = 25
"""A fitted column is at most this many full-width characters wide (its header still fits): one long 所属 made
its column so wide that the columns after it scrolled out of a 1366 px window (review 14c item 14). The user
can still drag the column wider."""


def fit_columns(view: QTableView, columns: Iterable[int] | None = None) -> None:
    """Size `columns` (every column if None) to the header and the rows in view."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    first = max(view.rowAt(0), 0)
    rows = range(first, min(model.rowCount(), first + _rows_in_view(view)))
    grid = 1 if view.showGrid() else 0
    metrics = view.fontMetrics()
    text = _cell_text(model)
    widest_fit = metrics.horizontalAdvance("あ" * WIDEST_FIT)
    for column in range(header.count()) if columns is None else columns:
        if view.isColumnHidden(column):
            continue
        # The delegate measures a cell asking the model for a dozen roles; the cells are plain text in the
        # view's font, alike but for their text, so only the widest text is measured the delegate's way. Which
        # is widest is measured in the font among the few longest lines by their UTF-8 length (a Japanese
        # character three bytes, about twice a Latin letter's width): measuring every line of a screenful
        # cost the turn that shows 10,000 talents 8 ms of its 12.
        lines = [(line, row) for row in rows for line in text(row, column).split("\n")]
        longest = heapq.nlargest(_MEASURED, lines, key=lambda line: len(line[0].encode()))
        widest = max(longest, default=None, key=lambda line: metrics.horizontalAdvance(line[0]))
        width = 0 if widest is None else view.sizeHintForIndex(model.index(widest[1], column)).width() + grid
        view.setColumnWidth(column, max(min(width, widest_fit), header.sectionSizeHint(column)))


def _cell_text(model: QAbstractItemModel) -> Callable[[int, int], str]:
    """A cell's display text: a record model's own list (through Qt's data(), fitting the payments page's audit
    table took 4.5 ms instead of 2.7: issue 15), else what data() says."""
    if isinstance(model, RecordTableModel):
        return model.text
    return lambda row, column: str(model.index(row, column).data() or "")


def _rows_in_view(view: QTableView) -> int:
    """How many rows the view shows at once (one more for a row cut at the bottom); SCREENFUL before it has a
    size of its own (not yet shown)."""
    if not view.isVisible() or view.model() is None or view.model().rowCount() == 0:
        return SCREENFUL
    height = view.rowHeight(max(view.rowAt(0), 0)) or view.verticalHeader().defaultSectionSize()
    return min(SCREENFUL, view.viewport().height() // max(height, 1) + 1)
