"""Fieldwork-tour model: the tour, the places it uses and the timetable items.

Items are stored per tour day (day 1 = start date) rather than as absolute datetimes so a tour can be
copied to new dates without touching its timetable. Attendees default to the whole party (None), which
is by far the common case; a subset names party-member ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cached_property

from colead_desktop.domain.b5_answers import B5Answers
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.tour_template_titles import item_title, tour_title
from colead_desktop.domain.types import Facility, LabelledEnum, TransportMode, VenueType


class ItemKind(LabelledEnum):
    TRAVEL = "travel"
    ORIENTATION = "orientation"
    COMPANY_VISIT = "company_visit"
    COMPANY_BRIEFING = "company_briefing"
    FACILITY_VISIT = "facility_visit"
    TALENT_DISCUSSION = "talent_discussion"
    EXCHANGE = "exchange"
    LUNCH = "lunch"
    PREPARATION = "preparation"
    PRESENTATION = "presentation"
    REMOTE_WORK = "remote_work"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"travel": ("移動", "Travel"), "orientation": ("オリエンテーション", "Orientation"),
                "company_visit": ("企業訪問", "Company visit"),
                "company_briefing": ("企業説明", "Company briefing"),
                "facility_visit": ("地元施設見学", "Local facility visit"),
                "talent_discussion": ("人材間ディスカッション", "Talent-only discussion"),
                "exchange": ("意見交換", "Exchange of views"),
                "lunch": ("昼食・ランチミーティング", "Lunch / lunch meeting"),
                "preparation": ("プレゼン準備", "Presentation preparation"),
                "presentation": ("企業へのプレゼンテーション", "Presentation to companies"),
                "remote_work": ("リモートワーク", "Remote work"), "other": ("その他", "Other")}


class PlaceKind(LabelledEnum):
    VENUE = "venue"
    COMPANY = "company"
    FACILITY = "facility"
    GATEWAY = "gateway"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"venue": ("拠点会場", "Base venue"), "company": ("企業", "Company"),
                "facility": ("施設", "Facility"), "gateway": ("発着地", "Gateway")}


class Role(LabelledEnum):
    TALENT = "talent"
    LAB_STAFF = "lab_staff"
    SECRETARIAT = "secretariat"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"talent": ("高度デジタル人材", "Digital talent"),
                "lab_staff": ("地方版IoT推進ラボ", "Lab staff"), "secretariat": ("事務局", "Secretariat")}


@dataclass(frozen=True)
class Place:
    """Somewhere the tour goes. None in an optional field means "not known", and checks skip it."""

    id: str
    name: str
    kind: PlaceKind
    lat: float | None  # None (with lon): not known; travel to and from it is not estimated, the map leaves it out
    lon: float | None
    address: str = ""
    capacity: int | None = None
    facilities: frozenset[Facility] | None = None
    opens: time | None = None
    closes: time | None = None
    closed_weekdays: frozenset[int] = frozenset()  # Monday = 0
    venue_type: VenueType | None = None
    approximate: bool = False  # coordinates or details estimated, not surveyed
    venue_id: int | None = None  # the venue record it was copied from: the same hall across tours and events

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    role: Role
    organisation: str = ""


@dataclass(frozen=True)
class Contact:
    name: str
    organisation: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Lodging:
    hotel: str
    address: str = ""
    nights: int | None = None


@dataclass(frozen=True)
class Transport:
    """The vehicle in the region. `mode` None (not chosen) exists only in a tour being edited: seats without a
    mode break a rule of domain/tour_rules.py, so no saved or checked tour has it."""

    mode: TransportMode | None
    seats: int | None = None
    notes: str = ""

    @property
    def shown_seats(self) -> int | None:
        """The seats to print beside the mode: none for public transport, whose seats are not the party's."""
        return None if self.mode is TransportMode.PUBLIC_TRANSIT else self.seats


@dataclass(frozen=True)
class Movement:
    """An arrival at or departure from a gateway; `members` None means the whole party travels together."""

    place_id: str
    at: datetime
    members: frozenset[str] | None = None


def end_problem(start: time, end: time) -> str | None:
    """Why an item from `start` to `end` cannot be, or None: it ends after it starts, on its one day."""
    if end <= start:
        return msg("{start}〜{end}: 終了は開始より後にしてください", "{start}-{end}: the end must be after the start",
                   start=start.strftime("%H:%M"), end=end.strftime("%H:%M"))
    return None


@dataclass(frozen=True)
class Item:
    day: int
    start: time
    end: time
    kind: ItemKind
    place_id: str | None = None
    attendees: frozenset[str] | None = None
    title: str = ""
    notes: str = ""
    key: str = ""  # stable identity (e.g. database id) used for calendar UIDs

    def __post_init__(self) -> None:
        if self.day < 1:
            raise InputError(msg("日目は1以上にしてください", "The day must be 1 or later"))
        if (problem := end_problem(self.start, self.end)) is not None:
            raise InputError(problem)

    @property
    def display_title(self) -> str:
        """The title as printed now: the template's texts in the current language (tour_template_titles), a typed
        title as typed, the kind's label when there is none."""
        return item_title(self.title) or self.kind.label


@dataclass(frozen=True)
class Tour:
    region: str
    start_date: date
    days: int = 3
    title: str = ""
    id: str = ""
    members: tuple[Member, ...] = ()
    party_size: int | None = None  # used when members are not listed individually
    base_venue_id: str | None = None
    lodging: Lodging | None = None
    transport: Transport | None = None
    arrivals: tuple[Movement, ...] = ()
    departures: tuple[Movement, ...] = ()
    remote_mornings: bool = False
    online_fallback: bool = True
    places: tuple[Place, ...] = ()
    items: tuple[Item, ...] = ()
    contacts: tuple[Contact, ...] = ()
    b5: B5Answers = B5Answers()  # a lab's B-5 worksheet answers the fields above cannot hold
    # The stored row's version when the tour was read (0: not read from the database); bookkeeping, not content,
    # so not compared: a save from an older version is refused (services/tours.replace_tour).
    version: int = field(default=0, compare=False)

    @property
    def display_title(self) -> str:
        """The tour's name as printed now: the template's title in the current language, else as typed or the
        region."""
        return tour_title(self.title, self.region)

    @cached_property
    def place_by_id(self) -> dict[str, Place]:
        return {place.id: place for place in self.places}

    def place(self, place_id: str | None) -> Place | None:
        return self.place_by_id.get(place_id) if place_id else None

    @property
    def headcount(self) -> int:
        return self.party_size if self.party_size is not None else len(self.members)

    @property
    def end_date(self) -> date:
        return self.start_date + timedelta(days=self.days - 1)

    def moved_to(self, start_date: date) -> Tour:
        """The same tour starting on `start_date` (a new date in the settings, or a copy).

        Items are stored per tour day, so they follow the start on their own; arrivals and departures are
        absolute date-times, so they move by the same number of days, keeping their clock times.
        """
        shift = start_date - self.start_date
        return replace(self, start_date=start_date,
                       arrivals=tuple(replace(m, at=m.at + shift) for m in self.arrivals),
                       departures=tuple(replace(m, at=m.at + shift) for m in self.departures))

    def date_of(self, day: int) -> date:
        return self.start_date + timedelta(days=day - 1)

    def starts_at(self, item: Item) -> datetime:
        return datetime.combine(self.date_of(item.day), item.start)

    def ends_at(self, item: Item) -> datetime:
        return datetime.combine(self.date_of(item.day), item.end)

    def attendance(self, item: Item) -> int:
        return len(item.attendees) if item.attendees is not None else self.headcount

    def attends(self, member_id: str, item: Item) -> bool:
        return item.attendees is None or member_id in item.attendees

    def travels(self, member_id: str, movement: Movement) -> bool:
        """Whether the member is in the arrival or departure (None: the whole party travels together)."""
        return movement.members is None or member_id in movement.members

    def ordered(self) -> list[int]:
        """Item indexes in timetable order; indexes, not items, so findings can point back at the list."""
        return sorted(range(len(self.items)), key=lambda i: (self.items[i].day, self.items[i].start,
                                                             self.items[i].end))
