"""Parts of the Tours page around the timeline: the findings panel and the tour summary line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from colead_desktop.domain.i18n import listed
from colead_desktop.domain.itinerary import Tour
from colead_desktop.domain.tourcheck import Finding, Severity
from colead_desktop.ui import palette
from colead_desktop.ui.style import set_role, styled


_DOTS: dict[str, QIcon] = {}  # by colour: a few severities, each painted once (a tour's 30 findings cost 9 ms)


def _dot(colour: str) -> QIcon:
    if colour not in _DOTS:
        _DOTS[colour] = _painted_dot(colour)
    return _DOTS[colour]


def _painted_dot(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class FindingsPanel(QWidget):
    """The check results, errors first; choosing one emits the indexes of the items it concerns."""

    chosen = Signal(object)  # set[int]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(objectName="tour_findings")
        styled(self.list)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        # Wrapped rows of different heights are measured one by one: laid out a batch per turn of the event loop, a
        # tour with 60 findings paints its first rows at once instead of holding the window for all of them (issue 15).
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(12)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # its rows wrap
        self.list.currentItemChanged.connect(self._current_changed)
        self.title = QLabel(objectName="tour_findings_title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def show_findings(self, tour: Tour | None, findings: list[Finding]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for finding in findings:
            day = self.tr("{0}日目").format(finding.day) if finding.day else self.tr("全体")
            row = QListWidgetItem(_dot(palette.TOUR_SEVERITY[finding.severity]),
                                  listed((finding.severity.label, day, finding.label)) + "\n" + finding.message)
            row.setBackground(QColor(palette.TOUR_SEVERITY_BACKGROUND[finding.severity]))
            # The code is for support and help pages, not for reading: it stays in the tooltip.
            # The detail (the names of the people concerned) shows only when the finding is pointed at.
            row.setToolTip("\n".join(filter(None, (finding.message, finding.detail, f"({finding.code})"))))
            row.setData(Qt.ItemDataRole.UserRole, list(finding.items))
            self.list.addItem(row)
        self.list.blockSignals(False)
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
        if not tour:
            text = ""
        elif not findings:
            text = self.tr("チェック: 問題は見つかりませんでした")
        else:
            text = self.tr("チェック: エラー {0}件、警告 {1}件（クリックで該当項目を表示）").format(errors, warnings)
        self.title.setText(text)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.chosen.emit(set(current.data(Qt.ItemDataRole.UserRole) or []) if current else set())


class SummaryLabel(QLabel):
    """The tour's one-line summary; double-clicking it opens the tour settings."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour_summary")
        self.setWordWrap(True)
        set_role(self, "note")
        self.setToolTip(self.tr("ダブルクリックでツアー設定を開きます"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.activated.emit()
        super().mouseDoubleClickEvent(event)

    def show_tour(self, tour: Tour | None) -> None:
        if tour is None:
            self.setText("")
            return
        parts = [tour.region, self.tr("{0}〜{1}").format(f"{tour.start_date:%Y-%m-%d}", f"{tour.end_date:%m-%d}")]
        if tour.transport and tour.transport.mode:
            seats = self.tr("（{0}席）").format(tour.transport.shown_seats) if tour.transport.shown_seats else ""
            parts.append(self.tr("移動: {0}").format(tour.transport.mode.label) + seats)
        parts.append(self.tr("参加者 {0}名").format(tour.headcount))
        venue = tour.place(tour.base_venue_id)
        if venue:
            parts.append(self.tr("拠点会場: {0}").format(venue.name))
        if tour.lodging and tour.lodging.hotel:
            parts.append(self.tr("宿泊: {0}").format(tour.lodging.hotel))
        self.setText(self.tr(" ・ ").join(parts))  # English: ", "
