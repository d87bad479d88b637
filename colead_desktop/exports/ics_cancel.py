"""Cancellations for a person's calendar file when the person no longer attends (RFC 5545/5546).

A per-person file already imported into someone's calendar stays there until a file tells the calendar to
remove its events: the same UIDs, METHOD:CANCEL, STATUS:CANCELLED and a higher SEQUENCE. A person who still
attends but no longer some of the events (absent from one round) gets them in their rewritten file as
STATUS:CANCELLED entries, carried on in later exports so that whichever file they import removes them. Only files
this app wrote are read (their PRODID, checked by the caller's name pattern too), never other files in the folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event

from colead_desktop.exports.ics import new_calendar, prodid

CANCEL = "CANCEL"


@dataclass(frozen=True)
class OldEvent:
    """What a cancellation repeats of an event the person's file held."""

    uid: str
    sequence: int
    summary: str
    start: datetime
    end: datetime
    cancelled: bool = False  # the file held it as STATUS:CANCELLED already


def events_to_cancel(data: bytes, product: str) -> list[OldEvent] | None:
    """The events of a per-person file this app wrote for `product`; None for a file it did not write or one
    that already is a cancellation (rewriting it would only raise the numbers again)."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError:
        return None
    if str(calendar.get("prodid", "")) != prodid(product) or str(calendar.get("method", "")).upper() == CANCEL:
        return None
    events = []
    for event in calendar.walk("VEVENT"):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        if not (isinstance(start, datetime) and isinstance(end, datetime)):  # the app writes times, never dates
            return None
        events.append(OldEvent(str(event["uid"]), int(event.get("sequence", 0)), str(event.get("summary", "")),
                               start, end, str(event.get("status", "")).upper() == "CANCELLED"))
    return events


def cancelled_uids(data: bytes, product: str) -> set[str]:
    """The UIDs a file this app wrote for `product` holds cancelled: every event of a cancellation (METHOD:CANCEL),
    the STATUS:CANCELLED ones of another file; none for a file it did not write."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError:
        return set()
    if str(calendar.get("prodid", "")) != prodid(product):
        return set()
    every = str(calendar.get("method", "")).upper() == CANCEL
    return {str(event["uid"]) for event in calendar.walk("VEVENT")
            if every or str(event.get("status", "")).upper() == "CANCELLED"}


def cancelled_event(old: OldEvent, stamp: datetime, sequence: int) -> Event:
    """The VEVENT that removes `old` from a calendar holding it."""
    event = Event()
    event.add("uid", old.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", sequence)
    event.add("status", "CANCELLED")
    event.add("summary", old.summary)
    event.add("dtstart", old.start)
    event.add("dtend", old.end)
    return event


def cancel_bytes(product: str, name: str, events: list[OldEvent], stamp: datetime,
                 sequences: Mapping[str, int]) -> bytes:
    """A calendar that removes `events` from the calendar that imported them; `sequences` gives each UID's
    new (higher) SEQUENCE."""
    calendar = new_calendar(product, name)
    calendar.add("method", CANCEL)
    for old in events:
        calendar.add_component(cancelled_event(old, stamp, sequences[old.uid]))
    data: bytes = calendar.to_ical()
    return data
