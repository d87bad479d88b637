"""Small widget builders and date conversions every page shares, so buttons and date fields behave alike across the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QPushButton

from colead_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE


def button(text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button calling `slot` with no arguments (clicked's `checked` flag is dropped)."""
    widget = QPushButton(text, objectName=name)
    widget.clicked.connect(lambda _checked=False: slot())
    if tip:
        widget.setToolTip(tip)
    return widget


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(initial: date, name: str) -> QDateEdit:
    """An ISO-formatted date field with a calendar pop-up."""
    edit = QDateEdit(to_qdate(initial), objectName=name)
    edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))  # the domain's date range
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
