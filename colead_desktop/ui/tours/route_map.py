"""The day's route map beside the tour timeline: the same geometry as the printed itinerary, painted with QPainter.

The geometry (stops, legs with the tour check's minutes, projection, scale bar) is domain/route_map.py; this
widget only paints it, so the screen and the paper agree. A day picker chooses the day; selecting a block on
the timeline shows that block's day.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from colead_desktop.domain.itinerary import Tour
from colead_desktop.domain.jp_calendar import weekday_name
from colead_desktop.domain.route_map import (DayRoute, MapLayout, day_route, label_places, layout, scale_label,
                                             unplaced_note)
from colead_desktop.domain.travel import DEFAULT_TRAVEL, TravelParams, duration_text
from colead_desktop.ui import palette

_PADDING = 28.0  # room for circles and labels at the edge and for the scale bar under the lowest stop
_RADIUS = 9.0


class RouteMapView(QWidget):
    """Paints one DayRoute; `route` None shows a placeholder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("route_map_view")
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.route: DayRoute | None = None

    def set_route(self, route: DayRoute | None) -> None:
        self.route = route
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 260)

    def map_layout(self) -> MapLayout | None:
        """Where the stops are drawn (widget coordinates); None when there is nothing to place."""
        if self.route is None or not self.route.stops:
            return None
        return layout(self.route, self.width(), self.height(), _PADDING, min_separation=2 * _RADIUS + 3)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.ROUTE_BACKGROUND))
        painter.setPen(QPen(QColor(palette.ROUTE_FRAME), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        box = self.map_layout()
        if self.route is None or box is None:
            painter.setPen(QColor(palette.TIMELINE_PLACEHOLDER_TEXT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("この日は場所のある予定がありません"))
            return
        points = {n: QPointF(x, y) for n, (x, y) in box.points.items()}
        painter.setPen(QPen(QColor(palette.ROUTE_LINE), 2))
        for leg in self.route.legs:
            painter.drawLine(points[leg.from_stop], points[leg.to_stop])
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        texts = [duration_text(leg.minutes) for leg in self.route.legs]
        sizes = [(metrics.horizontalAdvance(text) + 4, float(metrics.height())) for text in texts]
        for text, (x, y) in zip(texts, label_places(box, self.route.legs, sizes, metrics.height() * 0.7, _RADIUS),
                                strict=True):
            width = metrics.horizontalAdvance(text) + 4
            rect = QRectF(x - width / 2, y - metrics.height() / 2, width, metrics.height())
            painter.fillRect(rect, QColor(palette.ROUTE_LABEL_BACKING))
            painter.setPen(QColor(palette.ROUTE_LINE))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        for number, point in points.items():
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QColor(palette.ROUTE_STOP))
            painter.drawEllipse(point, _RADIUS, _RADIUS)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(point.x() - _RADIUS, point.y() - _RADIUS, 2 * _RADIUS, 2 * _RADIUS),
                             Qt.AlignmentFlag.AlignCenter, str(number))
        painter.setFont(small)
        self._paint_scale_bar(painter, box, metrics)
        self._paint_north(painter)

    def _paint_scale_bar(self, painter: QPainter, box: MapLayout, metrics: QFontMetrics) -> None:
        x, y = 10.0, self.height() - 10.0
        painter.setPen(QPen(QColor(palette.ROUTE_TEXT), 1.5))
        painter.drawLine(QPointF(x, y), QPointF(x + box.scale_length, y))
        for tick in (x, x + box.scale_length):
            painter.drawLine(QPointF(tick, y - 4), QPointF(tick, y + 2))
        painter.drawText(QPointF(x + box.scale_length + 5, y + metrics.ascent() / 2 - 1), scale_label(box.scale_km))

    def _paint_north(self, painter: QPainter) -> None:
        x, y = self.width() - 16.0, 12.0
        painter.setPen(QColor(palette.ROUTE_TEXT))
        painter.drawText(QRectF(x - 8, y - 2, 16, 14), Qt.AlignmentFlag.AlignCenter, "N")
        painter.setBrush(QColor(palette.ROUTE_TEXT))
        painter.drawPolygon(QPolygonF([QPointF(x, y + 13), QPointF(x - 5, y + 30), QPointF(x, y + 26),
                                       QPointF(x + 5, y + 30)]))


class RouteMapPanel(QWidget):
    """Day picker, the map and the numbered stop list, for the tour shown on the timeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("route_map_panel")
        self.tour: Tour | None = None
        self.travel = DEFAULT_TRAVEL
        self.day_picker = QComboBox(objectName="route_map_day")
        self.day_picker.setAccessibleName(self.tr("地図の日"))
        self.day_picker.currentIndexChanged.connect(lambda _i: self._refresh())
        self.view = RouteMapView()
        self.stops = QLabel(objectName="route_map_stops")
        self.stops.setWordWrap(True)
        self.stops.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.day_picker)
        column.addWidget(self.view, 1)
        column.addWidget(self.stops)

    def set_tour(self, tour: Tour | None, travel: TravelParams = DEFAULT_TRAVEL) -> None:
        """Show `tour`, staying on the same day when the tour still has it (an edit, not a new tour)."""
        kept = self.day()
        self.tour, self.travel = tour, travel
        self.day_picker.blockSignals(True)
        self.day_picker.clear()
        for day in range(1, (tour.days if tour else 0) + 1):
            assert tour is not None
            on = tour.date_of(day)
            self.day_picker.addItem(self.tr("{0}日目  {1}/{2}（{3}）").format(day, on.month, on.day,
                                                                        weekday_name(on.weekday())), day)
        if kept is not None and tour is not None and kept <= tour.days:
            self.day_picker.setCurrentIndex(kept - 1)
        self.day_picker.blockSignals(False)
        self._refresh()

    def day(self) -> int | None:
        value = self.day_picker.currentData()
        return int(value) if value is not None else None

    def show_day(self, day: int) -> None:
        if 1 <= day <= self.day_picker.count():
            self.day_picker.setCurrentIndex(day - 1)

    def _refresh(self) -> None:
        day = self.day()
        route = day_route(self.tour, day, params=self.travel) if self.tour is not None and day is not None else None
        self.view.set_route(route)
        lines = [f"{stop.number}. {stop.place.name}" for stop in route.stops] + [unplaced_note(route)] if route else []
        self.stops.setText("\n".join(line for line in lines if line))
