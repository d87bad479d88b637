"""The one path every calendar file (.ics) we write goes through: entries in, RFC 5545 bytes out.

A calendar app recognises an entry it already holds by its UID and takes a re-sent entry as an update only
when its SEQUENCE is higher (RFC 5546), so:
- UIDs come from record identity (event uuid, tour key, item key, talent uuid) and this fixed domain,
  never from a name or a time, so they survive renames and time edits (`make_uid`);
- SEQUENCE is the caller's (services/calendars.py keeps one per UID and raises it when the entry's
  `content_hash` changes); DTSTAMP is the export time, given by the caller's clock.
Times are written with TZID=Asia/Tokyo and the matching VTIMEZONE.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import astuple, dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event, Timezone, TimezoneStandard

from colead_desktop.domain.jp_calendar import TOKYO

UID_DOMAIN = "colead-desktop"
_UID_PART = re.compile(r"[A-Za-z0-9_.-]+")


def make_uid(*parts: object) -> str:
    """`part-part-…@colead-desktop`; parts are record identities (ids, uuids, keys), checked to be plain ASCII
    so that nothing typed by a user (a name) can end up in a UID."""
    texts = [str(p) for p in parts]
    for text in texts:
        if not _UID_PART.fullmatch(text):
            raise ValueError(f"not a record identity for a calendar UID: {text!r}")
    return f"{'-'.join(texts)}@{UID_DOMAIN}"


@dataclass(frozen=True)
class CalendarEntry:
    """One VEVENT. `start` and `end` are timezone-aware."""

    uid: str
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    location: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()
    geo: tuple[float, float] | None = None

    @property
    def content_hash(self) -> str:
        """What a calendar shows of the entry; its change is what raises SEQUENCE. Times compare as instants,
        so the same moment given in another zone is no change."""
        fields = list(astuple(self))
        fields[2], fields[3] = self.start.timestamp(), self.end.timestamp()
        return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def _vtimezone() -> Timezone:
    """Japan has had no daylight saving since 1951, so one STANDARD block is the whole story."""
    zone = Timezone()
    zone.add("tzid", "Asia/Tokyo")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", TOKYO.utcoffset(datetime(1970, 1, 1)))
    standard.add("tzoffsetto", TOKYO.utcoffset(datetime(1970, 1, 1)))
    standard.add("tzname", "JST")
    zone.add_component(standard)
    return zone


def prodid(product: str) -> str:
    """The PRODID of the app's calendars of `product`: how a file the app wrote is recognised."""
    return f"-//Co-LEAD Desktop//{product}//JA"


def new_calendar(product: str, name: str) -> Calendar:
    """An empty VCALENDAR named `name`, from `product` (e.g. "Meetup"), in Asia/Tokyo."""
    calendar = Calendar()
    calendar.add("prodid", prodid(product))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Tokyo")
    calendar.add_component(_vtimezone())
    return calendar


def _vevent(entry: CalendarEntry, stamp: datetime, sequence: int) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", sequence)
    event.add("summary", entry.summary)
    event.add("dtstart", entry.start.astimezone(TOKYO))
    event.add("dtend", entry.end.astimezone(TOKYO))
    if entry.categories:
        event.add("categories", list(entry.categories))
    if entry.location:
        event.add("location", entry.location)
    if entry.url:
        event.add("url", entry.url)
    if entry.geo is not None:
        event.add("geo", entry.geo)
    if entry.description:
        event.add("description", entry.description)
    return event


def calendar_bytes(product: str, name: str, entries: Iterable[CalendarEntry], stamp: datetime,
                   sequences: Mapping[str, int] | None = None, cancelled: Iterable[Event] = ()) -> bytes:
    """The .ics file's content. `stamp` (DTSTAMP, written in UTC) is the export time and must be aware;
    an entry whose UID is not in `sequences` has SEQUENCE 0 (a first export)."""
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError("the calendar's DTSTAMP needs a timezone-aware time")
    calendar = new_calendar(product, name)
    for entry in entries:
        calendar.add_component(_vevent(entry, stamp, (sequences or {}).get(entry.uid, 0)))
    for event in cancelled:  # entries the file held before and no longer does (exports/ics_cancel.py)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()  # icalendar leaves to_ical() unannotated, so its type is stated here once
    return data
