"""Widget helpers shared by the payments page and its dialogs: read-only table cells and yen inputs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.domain.validation import MAX_YEN_PER_LINE
from colead_desktop.ui import palette
from colead_desktop.ui.number_input import YenSpin


def yen(amount: int) -> str:
    return f"{amount:,}"


def item(text: str, align_right: bool = False, data: Any = None) -> QTableWidgetItem:
    """A read-only cell; `data` (e.g. a row id) is kept under UserRole."""
    cell = QTableWidgetItem(text)
    cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if align_right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


def warning_item(text: str) -> QTableWidgetItem:
    """A read-only cell with a warning (empty when there is none), in the warning colour, the text as tooltip."""
    cell = item(f"⚠ {text}" if text else "")
    if text:
        cell.setForeground(QBrush(QColor(palette.WARNING_TEXT)))
        cell.setToolTip(text)
    return cell


def table(name: str, headers: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers), objectName=name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().setVisible(False)
    widget.setAlternatingRowColors(True)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def selected_data(widget: QTableWidget) -> Any:
    """The UserRole data of the current row's first cell, or None when no row is selected."""
    row = widget.currentRow()
    item = widget.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def yen_spin(name: str, suffix: str, maximum: int = MAX_YEN_PER_LINE) -> YenSpin:
    """A whole-yen input bounded by the domain's per-line limit; `suffix` is the caller's translated " 円"."""
    spin = YenSpin(objectName=name)
    spin.setRange(0, min(maximum, MAX_YEN_PER_LINE))
    spin.setSingleStep(100)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    return spin


def table_tab(grid: QAbstractItemView, buttons: list[QWidget]) -> QWidget:
    """A tab with a row of buttons above a table."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(grid, 1)
    return tab
