"""One tour day as a route map: numbered stops, the legs between them with minutes, a projection into a box.

Drawn offline (PDF and the Tours page) from the places' coordinates alone, so no map tiles are needed. The
projection is equirectangular with the east-west axis scaled by cos(latitude): over the few tens of km a
tour day covers this keeps distances true to within a fraction of a percent, which is all a scale bar needs.
Coordinates in a `MapLayout` are measured from the box's top-left corner, y downwards (screen convention);
the PDF flips y itself. North is always up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Place, Tour
from colead_desktop.domain.travel import DEFAULT_TRAVEL, TravelParams, legs

KM_PER_DEG_LAT = 111.32  # mean length of one degree of latitude; the cos(lat) factor does the longitude
_MIN_SPAN_KM = 1.0  # a day with one stop (or all at one spot) is still drawn at a readable scale


@dataclass(frozen=True)
class Stop:
    number: int  # 1-based, in the order the day first reaches the place
    place: Place
    at: tuple[float, float]  # the place's (latitude, longitude): a stop is a place with coordinates


@dataclass(frozen=True)
class MapLeg:
    """A move between two stops (by number). `minutes` is the tour check's estimate, rounded for print."""

    from_stop: int
    to_stop: int
    minutes: int
    distance_km: float


@dataclass(frozen=True)
class DayRoute:
    day: int
    stops: tuple[Stop, ...]
    legs: tuple[MapLeg, ...]
    unplaced: tuple[Place, ...] = ()
    """The day's places without coordinates: not on the map, named beside it."""


@dataclass(frozen=True)
class MapLayout:
    """Stops projected into a width × height box, plus the scale bar (its km and its length in box units)."""

    width: float
    height: float
    points: dict[int, tuple[float, float]]  # stop number -> (x, y), y downwards
    units_per_km: float
    scale_km: float
    scale_length: float


def day_route(tour: Tour, day: int, participant: str | None = None,
              params: TravelParams = DEFAULT_TRAVEL) -> DayRoute:
    """The day's placed items as numbered stops and the legs the tour check computes between them.

    A place visited twice keeps its first number (the hotel in the morning and the evening is one circle);
    with `participant`, only the items that person attends count, as in their printed itinerary. A place
    without coordinates is no stop (and no leg goes to it): it is listed in `unplaced`.
    """
    indexes = [i for i in tour.ordered() if tour.items[i].day == day
               and (participant is None or tour.attends(participant, tour.items[i]))]
    numbers: dict[str, int] = {}
    stops: list[Stop] = []
    unplaced: dict[str, Place] = {}
    for index in indexes:
        place = tour.place(tour.items[index].place_id)
        if place is None or place.id in numbers:
            continue
        if place.lat is None or place.lon is None:
            unplaced.setdefault(place.id, place)
        else:
            numbers[place.id] = len(stops) + 1
            stops.append(Stop(numbers[place.id], place, (place.lat, place.lon)))
    kept = set(indexes)
    found: dict[tuple[int, int], MapLeg] = {}
    for leg in legs(tour, params):
        if leg.from_item in kept and leg.to_item in kept:
            key = (numbers[leg.from_place], numbers[leg.to_place])
            # Several people's streams can make the same move; one line with one label is enough.
            found.setdefault(key, MapLeg(key[0], key[1], round(leg.minutes), leg.distance_km))
    return DayRoute(day, tuple(stops), tuple(found.values()), tuple(unplaced.values()))


def unplaced_note(route: DayRoute) -> str:
    """The day's places left off the map for want of coordinates, for under its list of stops ("" when none)."""
    if not route.unplaced:
        return ""
    return msg("地図に表示なし（緯度・経度なし）: {places}", "Not on the map (no coordinates): {places}",
               places=msg("、", ", ").join(place.name for place in route.unplaced))


def nice_scale_km(max_km: float) -> float:
    """The longest 1, 2 or 5 × 10^n km that is at most `max_km` (a scale bar of a round length)."""
    if max_km <= 0:
        raise ValueError("a scale bar needs a positive length")
    power = 10.0 ** math.floor(math.log10(max_km))
    for step in (5.0, 2.0, 1.0):
        if step * power <= max_km * (1 + 1e-9):
            return step * power
    return power  # unreachable: 1 × 10^floor(log10(x)) <= x


def layout(route: DayRoute, width: float, height: float, padding: float,
           scale_fraction: float = 0.3, min_separation: float = 0.0) -> MapLayout:
    """Fit the stops into the box inside `padding`, same scale on both axes, centred, north up.

    The scale bar is the roundest length no longer than `scale_fraction` of the box width. Stops closer than
    `min_separation` (say, a company next to the station on a 30 km day) are nudged apart so that both
    numbered circles can be read; the nudge is a fraction of the drawn circle, far below the scale bar's
    precision.
    """
    inner_w, inner_h = width - 2 * padding, height - 2 * padding
    if inner_w <= 0 or inner_h <= 0:
        raise ValueError("the padding leaves no room for the map")
    coordinates = [stop.at for stop in route.stops]
    if coordinates:
        mid_lat = (min(lat for lat, _ in coordinates) + max(lat for lat, _ in coordinates)) / 2
        mid_lon = (min(lon for _, lon in coordinates) + max(lon for _, lon in coordinates)) / 2
    else:
        mid_lat = mid_lon = 0.0
    km_per_deg_lon = KM_PER_DEG_LAT * math.cos(math.radians(mid_lat))

    def km_xy(at: tuple[float, float]) -> tuple[float, float]:
        return (at[1] - mid_lon) * km_per_deg_lon, (at[0] - mid_lat) * KM_PER_DEG_LAT

    projected = {stop.number: km_xy(stop.at) for stop in route.stops}
    span_x = max((abs(x) for x, _ in projected.values()), default=0.0) * 2
    span_y = max((abs(y) for _, y in projected.values()), default=0.0) * 2
    units_per_km = min(inner_w / max(span_x, _MIN_SPAN_KM), inner_h / max(span_y, _MIN_SPAN_KM))
    points = {number: (width / 2 + x * units_per_km, height / 2 - y * units_per_km)
              for number, (x, y) in projected.items()}
    if min_separation > 0:
        points = _spread(points, min_separation)
    scale_km = nice_scale_km(width * scale_fraction / units_per_km)
    return MapLayout(width, height, points, units_per_km, scale_km, scale_km * units_per_km)


def _spread(points: dict[int, tuple[float, float]], gap: float) -> dict[int, tuple[float, float]]:
    """Push pairs closer than `gap` apart along the line joining them (sideways when they coincide), both by
    half the shortfall; a few rounds settle the small clusters a tour day has."""
    moved = dict(points)
    numbers = sorted(moved)
    for _ in range(20):
        settled = True
        for i, a in enumerate(numbers):
            for b in numbers[i + 1:]:
                (x1, y1), (x2, y2) = moved[a], moved[b]
                distance = math.hypot(x2 - x1, y2 - y1)
                if distance >= gap - 1e-9:
                    continue
                settled = False
                ux, uy = ((x2 - x1) / distance, (y2 - y1) / distance) if distance > 1e-9 else (1.0, 0.0)
                push = (gap - distance) / 2
                moved[a] = (x1 - ux * push, y1 - uy * push)
                moved[b] = (x2 + ux * push, y2 + uy * push)
        if settled:
            break
    return moved


def scale_label(km: float) -> str:
    """'500 m' below a kilometre, else '2 km' (no trailing .0)."""
    return f"{km * 1000:.0f} m" if km < 1 else f"{km:g} km"


_LABEL_SPOTS = ((0.5, 1), (0.5, -1), (0.35, 1), (0.65, 1), (0.35, -1), (0.65, -1), (0.2, 1), (0.8, 1), (0.2, -1),
                (0.8, -1), (0.5, 2.5), (0.5, -2.5), (0.5, 4), (0.5, -4))
"""Where along a leg (fraction of its length) and on which side of it (in offsets) a label may go, the usual spot
first; the last ones stand farther off, for a leg too short to hold its label between its two stop circles."""


def label_places(layout: MapLayout, legs: Sequence[MapLeg], sizes: Sequence[tuple[float, float]], offset: float,
                 stop_radius: float = 0.0) -> list[tuple[float, float]]:
    """The centre of each leg's label (`sizes`: its width and height), so that no two labels overlap.

    Each label goes to the leg's midpoint moved `offset` to the left of the direction of travel (so the way out
    and the way back between two stops get separate labels) when that is free; else it slides along its leg or
    to the other side, to the first spot that overlaps no label placed before it and covers no stop circle
    (`stop_radius`). Two legs leaving neighbouring stops in the same direction (74 and 75 minutes to the same
    company) would otherwise print one number over the other. When no spot is free the usual one is kept."""
    placed: list[tuple[float, float, float, float]] = []  # left, top, right, bottom
    centres = []
    for leg, (width, height) in zip(legs, sizes, strict=True):
        (x1, y1), (x2, y2) = layout.points[leg.from_stop], layout.points[leg.to_stop]
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        left = ((y2 - y1) / length * offset, -(x2 - x1) / length * offset)  # y downwards: the traveller's left
        spots = [(x1 + (x2 - x1) * t + left[0] * side, y1 + (y2 - y1) * t + left[1] * side) for t, side in _LABEL_SPOTS]
        free = [spot for spot in spots if _free(_rect(spot, width, height), placed, layout, stop_radius)]
        centre = free[0] if free else spots[0]
        placed.append(_rect(centre, width, height))
        centres.append(centre)
    return centres


def _rect(centre: tuple[float, float], width: float, height: float) -> tuple[float, float, float, float]:
    return centre[0] - width / 2, centre[1] - height / 2, centre[0] + width / 2, centre[1] + height / 2


def _free(rect: tuple[float, float, float, float], placed: Sequence[tuple[float, float, float, float]],
          layout: MapLayout, radius: float) -> bool:
    left, top, right, bottom = rect
    if any(left < p_right and p_left < right and top < p_bottom and p_top < bottom
           for p_left, p_top, p_right, p_bottom in placed):
        return False
    # A stop is covered when the rectangle comes nearer its centre than the circle's radius.
    return all(math.hypot(x - min(max(x, left), right), y - min(max(y, top), bottom)) >= radius
               for x, y in layout.points.values())
