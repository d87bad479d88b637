"""Small widget builders and date conversions every page shares, so buttons and date fields behave alike across the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QPushButton, QWidget

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


def enable(widget: QWidget, on: bool, why: str) -> None:
    """Enable `widget`, or disable it with `why` as its tooltip: no button is disabled without saying why.
    Its own tooltip comes back once it is enabled again. A widget the signed-in role may not use at all
    (AppContext.guard) stays disabled, saying so."""
    refused = widget.property("role_refusal")
    if refused:
        on, why = False, str(refused)
    if widget.property("enabled_tip") is None:
        widget.setProperty("enabled_tip", widget.toolTip())
    widget.setEnabled(on)
    widget.setToolTip(str(widget.property("enabled_tip")) if on else why)
