"""Calendar export (.ics) of a tour: one event per item, so talents see the tour in their own calendar.

UIDs must survive re-exports (otherwise a calendar that imports the file twice shows every event twice),
so they come from the tour id and the item's key when it has one, else from the item's day, kind, place
and its rank among same-kind items that day, which do not change when a time is edited.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, UTC
from pathlib import Path

from icalendar import Event

from colead_desktop.domain.itinerary import Tour
from colead_desktop.domain.jp_calendar import as_tokyo
from colead_desktop.exports.atomic import write_bytes_atomically
from colead_desktop.exports.ics import calendar_bytes, new_calendar

_DOMAIN = "colead-desktop"


def item_uids(tour: Tour) -> list[str]:
    """A stable UID per item, in item order."""
    tour_key = tour.id or f"{tour.region}-{tour.start_date.isoformat()}"
    ranks: dict[tuple[int, str, str], int] = {}
    uids: dict[int, str] = {}
    for index in tour.ordered():
        item = tour.items[index]
        group = (item.day, item.kind.value, item.place_id or "")
        ranks[group] = ranks.get(group, 0) + 1
        local = item.key or "{}-{}-{}-{}".format(*group, ranks[group])
        digest = hashlib.sha1(f"{tour_key}|{local}".encode()).hexdigest()[:20]
        uids[index] = f"{digest}@{_DOMAIN}"
    return [uids[i] for i in range(len(tour.items))]


def tour_calendar(tour: Tour, stamp: datetime | None = None) -> bytes:
    """The .ics bytes; `stamp` (DTSTAMP) defaults to now, and tests pin it."""
    calendar = new_calendar("Fieldwork tour", tour.title or tour.region)
    stamp = stamp or datetime.now(UTC)
    for item, uid in zip(tour.items, item_uids(tour), strict=True):
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", as_tokyo(tour.starts_at(item)))
        event.add("dtend", as_tokyo(tour.ends_at(item)))
        event.add("summary", item.display_title)
        event.add("categories", [item.kind.label])
        place = tour.place(item.place_id)
        if place is not None:
            event.add("location", f"{place.name} {place.address}".strip())
            event.add("geo", (place.lat, place.lon))
        if item.notes:
            event.add("description", item.notes)
        calendar.add_component(event)
    return calendar_bytes(calendar)


def write_tour_ics(tour: Tour, target: Path) -> Path:
    return write_bytes_atomically(Path(target), tour_calendar(tour))
