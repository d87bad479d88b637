"""What a programme has planned, for the dashboard: its events and its tours in one list by date.

Tours made on the ツアー page are not events (a tour links to its programme's fieldwork_tour event only when one
exists for its region and first day), so a list of events alone told a user with two tours that nothing was
planned. A tour linked to a listed event is that event and is not listed twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from colead_desktop.domain.records import EventRecord
from colead_desktop.domain.tour_template_titles import tour_title
from colead_desktop.domain.types import EventKind


class TourDates(Protocol):
    """What the list needs of a tour (services/tours.TourSummary has it)."""

    @property
    def title(self) -> str: ...
    @property
    def region(self) -> str: ...
    @property
    def start_date(self) -> date: ...
    @property
    def days(self) -> int: ...
    @property
    def event_id(self) -> int | None: ...


@dataclass(frozen=True)
class Planned:
    kind: str
    """An EventKind value: a tour is a fieldwork_tour."""
    title: str
    starts_at: datetime
    ends_at: datetime
    region: str
    whole_days: bool = False
    """A tour is planned by the day: its times are the first day's start and the last day's end."""

    @property
    def when(self) -> str:
        if self.whole_days:
            return f"{self.starts_at:%Y-%m-%d} – {self.ends_at:%m-%d}"
        return f"{self.starts_at:%Y-%m-%d %H:%M} – {self.ends_at:%m-%d %H:%M}"


def planned(events: Sequence[EventRecord], tours: Sequence[TourDates], regions: Mapping[int, str]) -> list[Planned]:
    """The events, and the tours without one of those events, by start (`regions`: region names by id)."""
    listed = {event.id for event in events}
    out = [Planned(event.kind, event.title, event.starts_at, event.ends_at, regions.get(event.region_id or 0, ""))
           for event in events]
    out += [Planned(EventKind.FIELDWORK_TOUR.value, tour_title(tour.title, tour.region),
                    datetime.combine(tour.start_date, time.min),
                    datetime.combine(tour.start_date + timedelta(days=tour.days - 1), time(23, 59)), tour.region,
                    whole_days=True)
            for tour in tours if tour.event_id is None or tour.event_id not in listed]
    return sorted(out, key=lambda entry: entry.starts_at)


def lanes(entries: Sequence[Planned], near: timedelta = timedelta(0)) -> list[int]:
    """A row for each entry within its kind, so that no two entries of a kind closer than `near` share one.

    Two tours on overlapping dates drew as one bar; each now gets the first row free at its start (entries
    taken by start). `near` is what the timeline's smallest mark covers, so that two one-day events side by
    side stay apart too.
    """
    rows: list[int] = [0] * len(entries)
    ends: dict[str, list[datetime]] = {}  # per kind, the end of the last entry in each row
    for index in sorted(range(len(entries)), key=lambda i: entries[i].starts_at):
        entry = entries[index]
        taken = ends.setdefault(entry.kind, [])
        row = next((r for r, end in enumerate(taken) if end <= entry.starts_at), len(taken))
        drawn_end = max(entry.ends_at, entry.starts_at + near)
        if row == len(taken):
            taken.append(drawn_end)
        else:
            taken[row] = drawn_end
        rows[index] = row
    return rows
