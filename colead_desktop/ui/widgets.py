"""Small widget builders and date conversions every page shares, so buttons and date fields behave alike across the app."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMessageBox, QPushButton, QWidget

from colead_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE
from colead_desktop.ui.table_model import NO_PARENT


def button(text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button calling `slot` with no arguments (clicked's `checked` flag is dropped)."""
    widget = QPushButton(text, objectName=name)
    widget.clicked.connect(lambda _checked=False: slot())
    if tip:
        widget.setToolTip(tip)
    return widget


class _Choices(QAbstractListModel):
    """A data combo's items, (text, key) pairs, replaced in one reset: a thousand tours added one by one held the
    GUI thread 50 ms (issue 15)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, object]] = []

    def replace(self, items: Iterable[tuple[str, object]]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        text, key = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        return key if role == Qt.ItemDataRole.UserRole else None


def data_combo(name: str, chars: int = 24) -> QComboBox:
    """A combo box of names from the data (tours, events), filled by `set_choices`: its minimum width is `chars`
    characters, not its longest item's, so a long name never widens the window. Give it a stretch factor to show
    more."""
    combo = QComboBox(objectName=name)
    combo.setModel(_Choices(combo))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def set_choices(combo: QComboBox, choices: Iterable[tuple[str, object]], current: object = None) -> None:
    """Show `choices` (text, key) in a `data_combo`, the one keyed `current` chosen (else the first), with no
    currentIndexChanged on the way: the caller acts on the choice as it needs."""
    model = combo.model()
    assert isinstance(model, _Choices), "a combo made by data_combo"
    blocked = combo.blockSignals(True)
    model.replace(choices)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if model.items else -1))
    combo.blockSignals(blocked)


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


def tell_cancellations(parent: QWidget, title: str, summary: str, where: str) -> QMessageBox:
    """After per-person calendars that cancel someone's events: a message naming where the cancellation files went
    (`where`, one path a line), which the people who left must be sent (review 16 item 2). Window-modal but not
    waiting (open()): the export is done, the page goes on showing what it wrote."""
    box = QMessageBox(QMessageBox.Icon.Information, title, summary, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("calendar_cancellations")
    box.setInformativeText(where)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
