"""A tour day's route map as a reportlab Drawing: numbered stops, legs labelled with minutes, scale bar, N arrow.

The geometry comes from domain/route_map.py (shared with the Tours page); this module only paints it. The
layout's y runs downwards, a PDF's upwards, hence `height - y` throughout.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.route_map import DayRoute, label_places, layout, scale_label
from colead_desktop.domain.travel import duration_text
from colead_desktop.reports.fonts import GOTHIC

_PADDING = 18.0  # room for circles and labels at the edge, and the scale bar below the lowest stop
_RADIUS = 6.5
_LINE = colors.HexColor("#2f6db5")
_STOP = colors.HexColor("#c0392b")
_FRAME = colors.HexColor("#999999")
_TEXT = colors.HexColor("#222222")


def route_drawing(route: DayRoute, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(_box(0, 0, width, height, colors.HexColor("#f7f9fb"), _FRAME))
    if not route.stops:
        drawing.add(String(width / 2, height / 2, msg("場所のある予定はありません", "No stops with a place"),
                           fontName=GOTHIC, fontSize=8, fillColor=_FRAME, textAnchor="middle"))
        return drawing
    # The extra 10 keeps stops clear of the scale bar; circles must not cover each other's numbers.
    box = layout(route, width, height, _PADDING + 10, min_separation=2 * _RADIUS + 2)
    points = {n: (x, height - y) for n, (x, y) in box.points.items()}
    for leg in route.legs:
        (x1, y1), (x2, y2) = points[leg.from_stop], points[leg.to_stop]
        drawing.add(Line(x1, y1, x2, y2, strokeColor=_LINE, strokeWidth=1.2))
    texts = [duration_text(leg.minutes) for leg in route.legs]
    sizes = [(stringWidth(text, GOTHIC, 7) + 2, 8.5) for text in texts]
    for text, (lx, ly) in zip(texts, label_places(box, route.legs, sizes, 7, _RADIUS), strict=True):
        half = stringWidth(text, GOTHIC, 7) / 2 + 1
        # A pale backing keeps the minutes readable where they cross another leg.
        drawing.add(_box(lx - half, height - ly - 4, 2 * half, 8.5, colors.Color(1, 1, 1, 0.85), None))
        drawing.add(String(lx, height - ly - 2.5, text, fontName=GOTHIC, fontSize=7, fillColor=_LINE,
                           textAnchor="middle"))
    for number, (x, y) in points.items():
        drawing.add(Circle(x, y, _RADIUS, fillColor=_STOP, strokeColor=colors.white, strokeWidth=0.8))
        drawing.add(String(x, y - 2.6, str(number), fontName=GOTHIC, fontSize=7.5, fillColor=colors.white,
                           textAnchor="middle"))
    _scale_bar(drawing, box.scale_length, scale_label(box.scale_km))
    _north_arrow(drawing, width - 14, height - 28)
    return drawing


def _box(x: float, y: float, width: float, height: float, fill: colors.Color, stroke: colors.Color | None) -> Rect:
    # Set after construction: the reportlab stubs type Rect's keyword arguments wrongly (no Unpack).
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, 0.5
    return rect


def _scale_bar(drawing: Drawing, length: float, label: str) -> None:
    x, y = 8.0, 8.0
    drawing.add(Line(x, y, x + length, y, strokeColor=_TEXT, strokeWidth=1.2))
    for tick in (x, x + length):
        drawing.add(Line(tick, y - 2, tick, y + 3, strokeColor=_TEXT, strokeWidth=1.2))
    drawing.add(String(x + length + 4, y - 2.5, label, fontName=GOTHIC, fontSize=7, fillColor=_TEXT))


def _north_arrow(drawing: Drawing, x: float, y: float) -> None:
    drawing.add(Polygon([x, y + 16, x - 5, y, x, y + 4, x + 5, y], fillColor=_TEXT, strokeColor=_TEXT,
                        strokeWidth=0.5))
    drawing.add(String(x, y + 18, "N", fontName=GOTHIC, fontSize=8, fillColor=_TEXT, textAnchor="middle"))
