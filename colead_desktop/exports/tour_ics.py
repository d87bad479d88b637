"""Calendar entries of a tour: one per item, for everyone or for one member (only the items they attend).

UIDs must survive re-exports (otherwise a calendar that imports the file twice shows every event twice),
so they come from the tour key and the item's key (every saved item has one, services/tours.py), else
from the item's day, kind, place and its rank among same-kind items that day, which do not change when a
time is edited. They are hashed as before this module used exports/ics.make_uid, so calendars that
imported an earlier file update its entries instead of duplicating them.
"""

from __future__ import annotations

import hashlib
import re

from colead_desktop.domain.itinerary import Member, Tour
from colead_desktop.domain.jp_calendar import as_tokyo
from colead_desktop.exports.ics import CalendarEntry, make_uid

_RECORD_MEMBER = re.compile(r"(talent|staff)-\d+")
"""Member ids that name a talent or staff record (services/tours.party_candidates); others may be typed text."""


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
        uids[index] = make_uid(hashlib.sha1(f"{tour_key}|{local}".encode()).hexdigest()[:20])
    return [uids[i] for i in range(len(tour.items))]


def tour_entries(tour: Tour, member: str | None = None) -> list[CalendarEntry]:
    """The tour's items as calendar entries; with `member` (a member id) only the items that member attends."""
    entries = []
    for item, uid in zip(tour.items, item_uids(tour), strict=True):
        if member is not None and not tour.attends(member, item):
            continue
        place = tour.place(item.place_id)
        entries.append(CalendarEntry(
            uid, item.display_title, as_tokyo(tour.starts_at(item)), as_tokyo(tour.ends_at(item)),
            description=item.notes, location=f"{place.name} {place.address}".strip() if place else "",
            categories=(item.kind.label,),
            geo=(place.lat, place.lon) if place and place.lat is not None and place.lon is not None else None))
    return entries


def member_file_part(member: Member) -> str:
    """How a member is named in a file name: their record id ("talent-3"), else a digest of the id they have in
    the tour ("member-" and 12 hex digits), never their name (a typed member's id may be their name). Both stay
    the same while others join or leave the party, so a re-export rewrites the same person's file, and a removed
    member's file is the one cancelled (review 16 item 7; their place in the party renamed the others' files)."""
    if _RECORD_MEMBER.fullmatch(member.id):
        return member.id
    return f"member-{hashlib.sha1(member.id.encode()).hexdigest()[:12]}"
