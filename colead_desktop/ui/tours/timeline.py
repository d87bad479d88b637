"""Week-style tour timeline: one column per day, items as blocks by time, travel legs between them.

Blocks can be dragged (in time and to another day) and resized from their bottom edge, snapping to
5 minutes. The widget only previews while the mouse is down; on release it emits `itemChanged` with the
new Item and the page applies the edit (saves, re-checks, pushes an undo step).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen,
                           QPixmap)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from colead_desktop.domain.itinerary import Item, Tour
from colead_desktop.domain.jp_calendar import holiday_name, weekday_name
from colead_desktop.domain.tour_templates import heading
from colead_desktop.domain.travel import DEFAULT_TRAVEL, Leg, TravelParams, duration_text, legs, unknown_moves
from colead_desktop.ui import palette

SNAP = 5


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def clock(total: int) -> time:
    total = max(0, min(total, 23 * 60 + 55))
    return time(total // 60, total % 60)


def snap(value: float) -> int:
    return int(round(value / SNAP) * SNAP)


@dataclass(frozen=True)
class _BlockFonts:
    bold: QFont  # an item's times
    bold_line: int
    normal: QFont  # its heading
    normal_line: int


@dataclass
class _Drag:
    index: int
    mode: str  # "move" or "resize"
    pressed: QPointF
    original: Item
    started: bool = False


class TourTimeline(QWidget):
    itemChanged = Signal(int, object)  # index, new Item  # noqa: N815
    itemActivated = Signal(int)  # double-click  # noqa: N815
    itemSelected = Signal(int)  # noqa: N815

    HEADER = 40
    GUTTER = 52
    PPM = 1.0  # pixels per minute
    EDGE = 7  # px at a block's bottom that resize instead of move

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour_timeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tour: Tour | None = None
        self.preview: Tour | None = None
        self.highlighted: set[int] = set()
        self.selected: int | None = None
        self._legs: list[Leg] = []
        self._unknown: list[tuple[int, int]] = []
        self._drag: _Drag | None = None
        self.first_hour, self.last_hour = 7, 21
        self._painted: QPixmap | None = None
        self._painted_shows: tuple[object, ...] = ()

    # --- data -------------------------------------------------------------------------------------------
    def set_tour(self, tour: Tour | None, travel: TravelParams = DEFAULT_TRAVEL) -> None:
        self.tour, self.preview, self._drag = tour, None, None
        self.highlighted = {i for i in self.highlighted if tour and i < len(tour.items)}
        if self.selected is not None and (tour is None or self.selected >= len(tour.items)):
            self.selected = None
        self._legs = legs(tour, travel) if tour else []
        self._unknown = sorted(unknown_moves(tour)) if tour else []  # moves to or from a place without coordinates
        items = tour.items if tour else ()
        self.first_hour = min([7, *(i.start.hour for i in items)])
        self.last_hour = max([21, *(min(24, i.end.hour + (1 if i.end.minute else 0)) for i in items)])
        self.setFixedHeight(self.HEADER + int((self.last_hour - self.first_hour) * 60 * self.PPM) + 8)
        self.update()

    def set_highlighted(self, indexes: set[int]) -> None:
        self.highlighted = set(indexes)
        self.update()

    def shown(self) -> Tour | None:
        return self.preview or self.tour

    # --- geometry ---------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self.height())

    def column_width(self) -> float:
        days = self.tour.days if self.tour else 1
        return max(80.0, (self.width() - self.GUTTER - 4) / days)

    def y_of(self, total_minutes: float) -> float:
        return self.HEADER + (total_minutes - self.first_hour * 60) * self.PPM

    def day_at(self, x: float) -> int:
        days = self.tour.days if self.tour else 1
        return max(1, min(days, int((x - self.GUTTER) // self.column_width()) + 1))

    def _lanes(self, tour: Tour) -> dict[int, tuple[int, int]]:
        """index -> (lane, lanes in its overlap cluster), so overlapping items sit side by side."""
        result: dict[int, tuple[int, int]] = {}
        for day in range(1, tour.days + 1):
            order = sorted((i for i, it in enumerate(tour.items) if it.day == day),
                           key=lambda i: (tour.items[i].start, tour.items[i].end))
            cluster: list[int] = []
            lane_ends: list[time] = []
            cluster_end = time(0, 0)

            def close() -> None:
                # reads this day's current cluster on purpose: close() is only called within the day's loop
                for member in cluster:  # noqa: B023  (late binding intended, see above)
                    result[member] = (result[member][0], len(lane_ends))  # noqa: B023  (as above)

            for index in order:
                item = tour.items[index]
                if cluster and item.start >= cluster_end:
                    close()
                    cluster, lane_ends = [], []
                lane = next((n for n, end in enumerate(lane_ends) if end <= item.start), len(lane_ends))
                if lane == len(lane_ends):
                    lane_ends.append(item.end)
                else:
                    lane_ends[lane] = item.end
                result[index] = (lane, 0)
                cluster.append(index)
                cluster_end = max(cluster_end, item.end)
            close()
        return result

    def block_rects(self) -> dict[int, QRectF]:
        tour = self.shown()
        if tour is None:
            return {}
        width = self.column_width()
        rects: dict[int, QRectF] = {}
        for index, (lane, lanes) in self._lanes(tour).items():
            item = tour.items[index]
            left = self.GUTTER + (item.day - 1) * width + 3
            lane_width = (width - 6) / max(lanes, 1)
            top, bottom = self.y_of(minutes(item.start)), self.y_of(minutes(item.end))
            rects[index] = QRectF(left + lane * lane_width, top, lane_width - 2, max(bottom - top - 1, 6))
        return rects

    def item_at(self, pos: QPointF) -> int | None:
        for index, rect in sorted(self.block_rects().items(), reverse=True):
            if rect.contains(pos):
                return index
        return None

    # --- painting ---------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """The timeline as last painted, unless what it shows has changed: a visit of the ツアー page repaints
        the same tour twice (shown, then read again), each paint some 30 ms of the GUI thread (issue 15)."""
        if self.width() <= 0 or self.height() <= 0:
            return
        ratio = self.devicePixelRatioF()
        shows = (self.size().toTuple(), ratio, self.shown(), self.preview is None, self.selected,
                 frozenset(self.highlighted), tuple(self._legs), tuple(self._unknown), self.first_hour, self.last_hour)
        if self._painted is None or shows != self._painted_shows:
            self._painted = QPixmap(self.size() * ratio)
            self._painted.setDevicePixelRatio(ratio)
            painter = QPainter(self._painted)
            self._paint(painter)
            painter.end()
            self._painted_shows = shows
        QPainter(self).drawPixmap(0, 0, self._painted)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange):
            self._painted = None  # texts, fonts or colours of the last paint are stale
        super().changeEvent(event)

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.CHART_BACKGROUND))
        tour = self.shown()
        if tour is None:
            painter.setPen(QColor(palette.TIMELINE_PLACEHOLDER_TEXT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("ツアーを選択するか、新規作成してください"))
            return
        self._paint_grid(painter, tour)
        rects = self.block_rects()
        fonts = self._block_fonts()
        for index, rect in rects.items():
            self._paint_block(painter, tour, tour.items[index], rect, index, fonts)
        if self.preview is None:
            self._paint_legs(painter, tour, rects)

    def _paint_grid(self, painter: QPainter, tour: Tour) -> None:
        width = self.column_width()
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        painter.setFont(small)
        for day in range(1, tour.days + 1):  # days off first, so the hour rules stay visible over the tint
            column_colour = self.day_tint(day)[1]
            if column_colour is not None:
                painter.fillRect(QRectF(self.GUTTER + (day - 1) * width, self.HEADER - 2, width,
                                        self.height() - self.HEADER + 2), QColor(column_colour))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(QColor(palette.TIMELINE_HOUR_RULE), 1))
            painter.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            painter.setPen(QPen(QColor(palette.TIMELINE_HALF_HOUR_RULE), 1, Qt.PenStyle.DashLine))
            if hour < self.last_hour:
                painter.drawLine(QPointF(self.GUTTER, y + 30 * self.PPM), QPointF(self.width(), y + 30 * self.PPM))
            painter.setPen(QColor(palette.TIMELINE_HOUR_TEXT))
            painter.drawText(QRectF(0, y - 8, self.GUTTER - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        header = QFont(base)
        header.setBold(True)
        painter.setFont(header)
        for day in range(1, tour.days + 1):
            x = self.GUTTER + (day - 1) * width
            on = tour.date_of(day)
            holiday = holiday_name(on)
            painter.fillRect(QRectF(x, 0, width, self.HEADER - 2), QColor(self.day_tint(day)[0]))
            painter.setPen(QPen(QColor(palette.TIMELINE_DAY_RULE), 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setPen(QColor(palette.TIMELINE_HEADER_TEXT))
            label = self.tr("{0}日目  {1}/{2}（{3}）").format(day, on.month, on.day, weekday_name(on.weekday()))
            if holiday:
                label += f"\n{holiday}"  # Japanese holiday names are proper nouns, shown as the calendar has them
            painter.drawText(QRectF(x, 0, width, self.HEADER - 2), Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(base)

    def day_tint(self, day: int) -> tuple[str, str | None]:
        """(header colour, column colour or None) of a tour day: public holidays and weekends are days off,
        when companies are usually closed, so their columns are tinted and a holiday's header is stronger."""
        assert self.tour is not None
        on = self.tour.date_of(day)
        if holiday_name(on):
            return palette.TIMELINE_HOLIDAY_HEADER, palette.TIMELINE_DAY_OFF_COLUMN
        if on.weekday() >= 5:
            return palette.TIMELINE_WEEKEND_HEADER, palette.TIMELINE_DAY_OFF_COLUMN
        return palette.TIMELINE_WEEKDAY_HEADER, None

    def _block_fonts(self) -> _BlockFonts:
        """The blocks' fonts and line heights, made once a paint (per block they cost the tours page a third of
        its repaint)."""
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        normal = QFont(self.font())
        normal.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        return _BlockFonts(bold, QFontMetrics(bold).height(), normal, QFontMetrics(normal).height())

    def _paint_block(self, painter: QPainter, tour: Tour, item: Item, rect: QRectF, index: int,
                     fonts: _BlockFonts) -> None:
        colour = QColor(palette.TOUR_ITEM_KIND[item.kind])
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setBrush(fill)
        if index in self.highlighted:
            painter.setPen(QPen(QColor(palette.TIMELINE_HIGHLIGHT), 3))
        elif index == self.selected:
            painter.setPen(QPen(colour.darker(140), 2))
        else:
            painter.setPen(QPen(colour, 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour)
        painter.setPen(QColor(palette.TEXT))
        inner = rect.adjusted(7, 2, -3, -2)
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(fonts.bold)
        times = f"{item.start:%H:%M}–{item.end:%H:%M}"
        line = fonts.bold_line
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, times)
        painter.setFont(fonts.normal)
        text_rect = QRectF(inner.left(), inner.top() + line, inner.width(), max(inner.height() - line, 0))
        if text_rect.height() >= fonts.normal_line - 2:
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, heading(tour, item))
        painter.restore()

    def _paint_legs(self, painter: QPainter, tour: Tour, rects: dict[int, QRectF]) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 2, 7))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        pills = [(leg.from_item, leg.to_item, self.tr("移動 {0:.1f} km・{1}").format(leg.distance_km, duration_text(leg.minutes)),
                  palette.LEG_TOO_SHORT if leg.gap_minutes < leg.minutes else palette.LEG_ENOUGH) for leg in self._legs]
        pills += [(i, j, self.tr("移動 時間不明"), palette.LEG_ENOUGH) for i, j in self._unknown]
        for from_item, to_item, text, colours in pills:
            if from_item not in rects or to_item not in rects:
                continue
            before, after = rects[from_item], rects[to_item]
            width = min(metrics.horizontalAdvance(text) + 10, after.width())
            height = metrics.height() + 2
            # Just above the arriving block, right-aligned so the block's times stay readable.
            y = after.top() - height - 1 if after.top() - before.bottom() >= height + 2 else after.top() - height / 2
            pill = QRectF(after.right() - width - 2, y, width, height)
            fill, outline, ink = colours
            painter.setBrush(QColor(fill))
            painter.setPen(QPen(QColor(outline), 1))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor(ink))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 6)))

    # --- mouse ------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        index = self.item_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if index is None or self.tour is None:
            super().mousePressEvent(event)
            return
        rect = self.block_rects()[index]
        mode = "resize" if pos.y() >= rect.bottom() - self.EDGE else "move"
        self._drag = _Drag(index, mode, pos, self.tour.items[index])
        self.selected = index
        self.itemSelected.emit(index)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        drag = self._drag
        if drag is None or self.tour is None:
            index = self.item_at(pos)
            if index is None:
                self.unsetCursor()
            elif pos.y() >= self.block_rects()[index].bottom() - self.EDGE:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if not drag.started and (pos - drag.pressed).manhattanLength() < 4:
            return
        drag.started = True
        item = drag.original
        delta = (pos.y() - drag.pressed.y()) / self.PPM
        start, end = minutes(item.start), minutes(item.end)
        if drag.mode == "move":
            length = end - start
            new_start = max(0, min(snap(start + delta), 23 * 60 + 55 - length))
            moved = replace(item, day=self.day_at(pos.x()), start=clock(new_start), end=clock(new_start + length))
        else:
            moved = replace(item, end=clock(max(start + SNAP, snap(end + delta))))
        items = list(self.tour.items)
        items[drag.index] = moved
        self.preview = replace(self.tour, items=tuple(items))
        self.setCursor(Qt.CursorShape.ClosedHandCursor if drag.mode == "move" else Qt.CursorShape.SizeVerCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, preview = self._drag, self.preview
        self._drag, self.preview = None, None
        if drag is not None and preview is not None and preview.items[drag.index] != drag.original:
            self.itemChanged.emit(drag.index, preview.items[drag.index])
        self.update()
        super().mouseReleaseEvent(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """The block's full heading and time: a short block has no room to print the company or venue."""
        index = self.item_at(pos)
        tour = self.shown()
        if index is None or tour is None:
            return ""
        item = tour.items[index]
        return f"{item.start:%H:%M}–{item.end:%H:%M} {heading(tour, item)}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.item_at(event.position())
        if index is not None:
            self._drag, self.preview = None, None
            self.itemActivated.emit(index)

    def block_center(self, index: int) -> QPoint:
        """For tests and keyboard users: the centre of an item's block in widget coordinates."""
        return self.block_rects()[index].center().toPoint()
