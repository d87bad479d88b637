"""Who takes part in a tour now: its party as listed, less the talents archived since (they withdrew).

A tour keeps its party as listed (TourRow.members), so archiving a talent changes no tour and lifting the archive
brings them back. Meanwhile, as archived talents leave the meetup's round tables at once (services/meetup_setup.py),
they leave every output of the tour: the itinerary (人数, 参加者, one's own itinerary), the calendars, the checks
(capacity, seats, people on two tours) and the item dialog's choices. The check names them
(tourcheck's party.archived) until the coordinator takes them off the party.
"""

from __future__ import annotations

from dataclasses import replace

from colead_desktop.domain.itinerary import Item, Member, Movement, Tour


def withdrawn(tour: Tour, archived: frozenset[str]) -> tuple[Member, ...]:
    """The listed members whose records are archived (`archived`: member ids, "talent-5")."""
    return tuple(member for member in tour.members if member.id in archived)


def taking_part(tour: Tour, archived: frozenset[str]) -> Tour:
    """The tour as its outputs show it: the archived members out of the party, of each item's attendees and of
    each arrival and departure (an item or a movement of theirs alone keeps its time, with nobody)."""
    return without_people(tour, frozenset(member.id for member in withdrawn(tour, archived)))


def without_people(tour: Tour, ids: frozenset[str]) -> Tour:
    """The tour without the members `ids`, in its party, its items' attendees and its arrivals and departures (an
    archived talent taken off the party under ツアー設定 leaves the items they were named on with it)."""
    if not ids:
        return tour

    def left(named: frozenset[str] | None) -> frozenset[str] | None:
        return None if named is None else named - ids

    def moves(movements: tuple[Movement, ...]) -> tuple[Movement, ...]:
        return tuple(replace(move, members=left(move.members)) for move in movements)

    return replace(tour, members=tuple(m for m in tour.members if m.id not in ids),
                   items=tuple(replace(item, attendees=left(item.attendees)) for item in tour.items),
                   arrivals=moves(tour.arrivals), departures=moves(tour.departures))


def keeping_withdrawn(before: Item, after: Item, archived: frozenset[str]) -> Item:
    """`after` (the item as edited without the archived members to choose from) still naming those of `before`'s
    attendees who are archived: lifting the archive brings them back to the items they attended."""
    if before.attendees is None or after.attendees is None or not before.attendees & archived:
        return after
    return replace(after, attendees=after.attendees | (before.attendees & archived))
