"""Building blocks shared by the tour settings tabs: a read-only row table and a row of buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableWidget

from colead_desktop.ui.widgets import button


def row_table(name: str, headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """Whole rows selected, edited through a dialog rather than in the cell; `stretch` takes the spare width
    (default: the last column)."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def button_row(buttons: Sequence[tuple[str, str, Callable[[], object]]]) -> QHBoxLayout:
    """(text, objectName, slot) buttons, left-aligned."""
    row = QHBoxLayout()
    for text, name, slot in buttons:
        row.addWidget(button(text, name, slot))
    row.addStretch(1)
    return row
