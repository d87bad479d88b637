"""Travel-time estimates between tour places, and the legs between consecutive items.

Estimates are deliberately simple so a coordinator can see and tune them: straight-line (geodesic)
distance × a detour factor for the road or rail network ÷ an average door-to-door speed, plus a fixed
overhead for boarding, parking and walking. The defaults are conservative regional-Japan figures;
they are parameters, not facts, and the GUI shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Place, Tour
from colead_desktop.domain.types import TransportMode


@dataclass(frozen=True)
class ModeProfile:
    """How one transport mode moves: km/h on the road, network detour factor, fixed minutes per leg."""

    speed_kmh: float
    detour: float
    overhead_min: float


@dataclass(frozen=True)
class TravelParams:
    """Per-mode profiles and thresholds used by the travel checks. Defaults:

    * public transit 25 km/h, detour 1.4, 15 min (waiting, transfers, walking to stops);
    * official car 40 km/h, detour 1.3, 5 min (driver waits at the door);
    * rental car 40 km/h, detour 1.3, 10 min (parking);
    * chartered bus 35 km/h, detour 1.3, 10 min (boarding a group, bus parking);
    * other 30 km/h, detour 1.4, 10 min.

    A leg longer than `public_transit_max_km` by public transit earns a warning, because rural lines
    run rarely; a gap shorter than `severe_ratio` × the estimate is an error rather than a warning.
    """

    public_transit: ModeProfile = ModeProfile(25.0, 1.4, 15.0)
    official_car: ModeProfile = ModeProfile(40.0, 1.3, 5.0)
    rental_car: ModeProfile = ModeProfile(40.0, 1.3, 10.0)
    chartered_bus: ModeProfile = ModeProfile(35.0, 1.3, 10.0)
    other: ModeProfile = ModeProfile(30.0, 1.4, 10.0)
    public_transit_max_km: float = 15.0
    severe_ratio: float = 0.5

    def profile(self, mode: TransportMode) -> ModeProfile:
        profile: ModeProfile = getattr(self, mode.value)
        return profile


DEFAULT_TRAVEL = TravelParams()


def duration_text(minutes: float) -> str:
    """A travel time for people: "45分" / "45 min" under an hour, "55時間59分" / "55 h 59 min" from an hour on
    (thousands of minutes are unreadable), whole hours without "0分"."""
    total = max(round(minutes), 0)
    hours, rest = divmod(total, 60)
    if not hours:
        return msg("{m}分", "{m} min", m=rest)
    if not rest:
        return msg("{h}時間", "{h} h", h=hours)
    return msg("{h}時間{m}分", "{h} h {m} min", h=hours, m=rest)


@lru_cache(maxsize=8192)
def _geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from colead_desktop.domain.geodesic import geodesic_km  # geopy loads on the first tour check, not at start

    return geodesic_km()((lat1, lon1), (lat2, lon2))


def distance_km(a: Place, b: Place) -> float | None:
    """Geodesic distance, cached per coordinate pair (a tour re-checks the same pairs on every edit); None when
    either place has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    first, second = sorted(((a.lat, a.lon), (b.lat, b.lon)))
    return _geodesic_km(*first, *second)


def minutes_between(a: Place, b: Place, mode: TransportMode, params: TravelParams = DEFAULT_TRAVEL) -> float | None:
    """Estimated door-to-door minutes; zero when both ends are the same place, None when one has no coordinates."""
    if a.id == b.id:
        return 0.0
    km = distance_km(a, b)
    if km is None:
        return None
    profile = params.profile(mode)
    return km * profile.detour / profile.speed_kmh * 60.0 + profile.overhead_min


@dataclass(frozen=True)
class Leg:
    """Moving between two consecutive items at different places, for the GUI timeline and the checks."""

    from_item: int
    to_item: int
    from_place: str
    to_place: str
    distance_km: float
    minutes: float
    gap_minutes: float
    mode: TransportMode


def tour_mode(tour: Tour) -> TransportMode:
    return (tour.transport.mode if tour.transport else None) or TransportMode.OTHER


def people(tour: Tour) -> list[str]:
    """Everyone whose day can be followed: listed members plus ids named only as attendees.

    With neither, the whole party moves as one, represented by a single anonymous person.
    """
    ids = {member.id for member in tour.members}
    for item in tour.items:
        ids |= item.attendees or set()
    return sorted(ids) or ["*"]


def streams(tour: Tour) -> list[list[int]]:
    """Each person's items (indexes, timetable order). Identical streams are merged."""
    order = tour.ordered()
    seen: dict[tuple[int, ...], None] = {}
    for person in people(tour):
        stream = tuple(i for i in order if person == "*" or tour.attends(person, tour.items[i]))
        seen.setdefault(stream, None)
    return [list(stream) for stream in seen]


def legs(tour: Tour, params: TravelParams = DEFAULT_TRAVEL) -> list[Leg]:
    """Legs between consecutive placed items on the same day for the same people.

    Items without a place (online, lunch at an unknown spot) are stepped over; nights are spent at the
    lodging, so a new day starts afresh. A move to or from a place without coordinates is no leg: its time is
    not known (the tour check says so: transport.no_coordinates).
    """
    mode = tour_mode(tour)
    found = [leg for (i, j), (origin, target) in _moves(tour).items()
             if (leg := _leg(tour, i, j, origin, target, mode, params)) is not None]
    return sorted(found, key=lambda leg: (tour.items[leg.to_item].day, tour.items[leg.to_item].start))


def unknown_moves(tour: Tour) -> set[tuple[int, int]]:
    """The moves (from item, to item) that are no leg because one of the two places has no coordinates."""
    return {pair for pair, (origin, target) in _moves(tour).items() if not (origin.located and target.located)}


def _moves(tour: Tour) -> dict[tuple[int, int], tuple[Place, Place]]:
    """Consecutive placed items at different places on the same day for the same people, with the two places."""
    found: dict[tuple[int, int], tuple[Place, Place]] = {}
    for stream in streams(tour):
        previous: int | None = None
        for index in stream:
            item = tour.items[index]
            place = tour.place(item.place_id)
            if place is None:
                continue
            if previous is not None and tour.items[previous].day == item.day:
                origin = tour.place(tour.items[previous].place_id)
                if origin is not None and origin.id != place.id:
                    found.setdefault((previous, index), (origin, place))
            previous = index
    return found


def _leg(tour: Tour, i: int, j: int, origin: Place, target: Place, mode: TransportMode,
         params: TravelParams) -> Leg | None:
    km, minutes = distance_km(origin, target), minutes_between(origin, target, mode, params)
    if km is None or minutes is None:
        return None
    gap = (tour.starts_at(tour.items[j]) - tour.ends_at(tour.items[i])).total_seconds() / 60.0
    return Leg(i, j, origin.id, target.id, km, minutes, gap, mode)

