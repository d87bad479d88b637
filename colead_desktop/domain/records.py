"""The programme's core records as frozen dataclasses: what the GUI, CLI and reports see of the database.

`id` is None for a record not yet saved. `uuid` is the record's stable identity ("" until saved; the
database gives one on insert): undo and redo find their row by it, so they can never write onto another
record that happens to hold the same id. `version` is the row's version when the record was read (0 before it
is saved): a save from an older version is refused (services/versions.py), never written over the newer one;
it is bookkeeping, not content, so it takes no part in comparing records. Field names match the database
columns one to one, so the mapping between the two stays mechanical, with one exception: a TalentRecord is the
person (shared by every programme) plus their participation in `programme_id` (assigned region, region wishes,
motivation and the rest of the self-introduction), two rows in the database (db/mapping.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int | None
    name: str
    fiscal_year: int
    secretariat: str = ""
    ministry: str = ""
    is_demo: bool = False
    uuid: str = ""
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class RegionRecord:
    id: int | None
    name: str
    prefecture: str = ""
    municipality: str = ""
    lab_name: str = ""
    issues: str = ""
    past_initiatives: str = ""
    attractions: str = ""
    gateway_name: str = ""
    gateway_lat: float | None = None
    gateway_lon: float | None = None
    data_note: str = ""
    uuid: str = ""
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class CompanyRecord:
    id: int | None
    region_id: int
    name: str
    industry: str = ""
    postal_code: str = ""
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    opens: str = ""
    closes: str = ""
    closed_weekdays: tuple[int, ...] = ()
    tour_role: str = ""
    project_summary: str = ""
    b1_checklist: dict[str, bool] = field(default_factory=dict, hash=False)
    b3_profile: dict[str, str] = field(default_factory=dict, hash=False)
    data_note: str = ""
    uuid: str = ""
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class TalentRecord:
    """The person (id and uuid are theirs: events and payments refer to them) taking part in `programme_id`."""

    id: int | None
    programme_id: int
    name: str
    kana: str = ""
    affiliation: str = ""
    email: str = ""
    phone: str = ""
    home_city: str = ""
    gateway: str = ""
    skills: tuple[str, ...] = ()
    career_stage: str = "middle"
    employment: str = "employee"
    strong_areas: tuple[str, ...] = ()
    region_preferences: tuple[int, ...] = ()
    assigned_region_id: int | None = None
    # The self-introduction sheet's six fields (domain/self_intro.py), written for this programme, in the
    # sheet's order (so are the roster template's columns).
    intro_projects: str = ""
    intro_learning: str = ""
    intro_sme_digital: str = ""
    motivation: str = ""
    intro_regional_issues: str = ""
    intro_future: str = ""
    data_note: str = ""
    uuid: str = ""
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class StaffRecord:
    id: int | None
    name: str
    organisation: str
    region_id: int | None = None
    company_id: int | None = None
    role: str = ""
    email: str = ""
    phone: str = ""
    data_note: str = ""
    uuid: str = ""
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class VenueRecord:
    id: int | None
    name: str
    region_id: int | None = None
    venue_type: str = "other"
    postal_code: str = ""
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    capacity: int = 10
    facilities: tuple[str, ...] = ()
    transit_access: str = ""
    free_of_charge: bool = False
    opens: str = ""
    closes: str = ""
    closed_weekdays: tuple[int, ...] = ()
    data_note: str = ""
    uuid: str = ""
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class EventRecord:
    id: int | None
    programme_id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    event_format: str = "online"
    tool: str = ""
    join_url: str = ""
    region_id: int | None = None
    venue_id: int | None = None
    note: str = ""
    data_note: str = ""
    uuid: str = ""
    version: int = field(default=0, compare=False)


NEW_EVENT_START = time(10, 0)
NEW_EVENT_LENGTH = timedelta(hours=2)


def next_free_slot(now: datetime, busy: Iterable[tuple[datetime, datetime]],
                   at: time = NEW_EVENT_START, length: timedelta = NEW_EVENT_LENGTH) -> datetime:
    """The first `at` o'clock after `now` whose `length` overlaps none of the `busy` (start, end) spans: where a
    new event starts by default, a working hour on a day the programme has nothing else (all naive JST)."""
    spans = sorted(busy)
    start = datetime.combine(now.date(), at)
    if start <= now:
        start += timedelta(days=1)
    while any(s < start + length and start < e for s, e in spans):
        start += timedelta(days=1)  # the spans are finite, so a free day comes
    return start


@dataclass(frozen=True)
class ParticipationRecord:
    id: int | None
    event_id: int
    talent_id: int | None = None
    staff_id: int | None = None
    role: str = ""
    attendance: str = "planned"
    uuid: str = ""
    version: int = field(default=0, compare=False)


AnyRecord = (ProgrammeRecord | RegionRecord | CompanyRecord | TalentRecord | StaffRecord | VenueRecord
             | EventRecord | ParticipationRecord)
