"""Small widget builders and date conversions every page shares, so buttons and date fields behave alike across the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QWidget

from colead_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE


def button(text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button calling `slot` with no arguments (clicked's `checked` flag is dropped)."""
    widget = QPushButton(text, objectName=name)
    widget.clicked.connect(lambda _checked=False: slot())
    if tip:
        widget.setToolTip(tip)
    return widget


def data_combo(name: str, chars: int = 24) -> QComboBox:
    """A combo box of names from the data (tours, events): its minimum width is `chars` characters, not its
    longest item's, so a long name never widens the window. Give it a stretch factor to show more."""
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


class ElidedLabel(QLabel):
    """One line of plain text that gives way first when space is short: cut with … (the whole text in its
    tooltip) instead of setting a minimum width that widens the window. `elide_ok` tells the layout test
    (tests/ui/clipping.py) that the cut is by design."""

    def __init__(self, text: str = "", name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("elide_ok", True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().horizontalAdvance("……"), super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_tip()

    def _shown(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self._shown() != self.text() else "")

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self._shown(), self.foregroundRole())


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
