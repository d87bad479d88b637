"""JSON in, findings out: the engine behind `colead tour check INPUT.json`.

The input is whatever a script or another tool hands us, so every field is validated and every problem
is reported with its path (`items[4].start`) in one InputError, letting the user fix them all at once.
A tour that reads well but breaks a consistency rule (domain/tour_rules.py: items after the last day, a
head count while attendees are named, seats without a transport mode) is refused too, at the rule's field.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import (Item, ItemKind, Lodging, Member, Movement, Place, PlaceKind, Role, Tour,
                                             Transport)
from colead_desktop.domain.json_input import Node, Problems
from colead_desktop.domain.tour_rules import MAX_CAPACITY, MAX_DAYS, MAX_PEOPLE, tour_errors
from colead_desktop.domain.tourcheck import check_tour
from colead_desktop.domain.types import Facility, TransportMode

# Bounds that keep any input to seconds: tens of places and items (days and people: domain/tour_rules.py).
MAX_PLACES = 500
MAX_ITEMS = 1_000


def _ref(node: Node, place_ids: set[str]) -> str:
    place = node.text()
    if place not in place_ids:
        raise node.fail("場所「{p}」が places にありません", "place {p} is not in places", p=place)
    return place


def _place(node: Node) -> Place:
    # Both or neither: a place without coordinates is allowed (travel to it is not estimated), half of them is a slip.
    lat, lon = node.field("lat").maybe(lambda n: n.number(-90, 90)), node.field("lon").maybe(lambda n: n.number(-180, 180))
    if (lat is None) != (lon is None):
        raise node.fail("緯度と経度は両方入れるか、両方とも省いてください", "give both lat and lon, or neither")
    return Place(
        id=node.field("id").text(), name=node.field("name").text(), kind=node.field("kind").choice(PlaceKind),
        lat=lat, lon=lon,
        address=node.field("address").maybe(Node.text) or "",
        capacity=node.field("capacity").maybe(lambda n: n.integer(0, MAX_CAPACITY)),
        facilities=node.field("facilities").maybe(
            lambda n: frozenset(f.choice(Facility) for f in n.items(len(Facility)))),
        opens=node.field("open").maybe(Node.time), closes=node.field("close").maybe(Node.time),
        closed_weekdays=node.field("closed_weekdays").maybe(
            lambda n: frozenset(d.integer(0, 6) for d in n.items(7))) or frozenset())


def _member(node: Node) -> Member:
    member_id = node.field("id").text()
    return Member(member_id, node.field("name").maybe(Node.text) or member_id, node.field("role").choice(Role))


def _people(node: Node, member_ids: set[str]) -> frozenset[str]:
    """A list of member ids (an item's attendees, a movement's travellers), each one of `tour.members`."""
    people = set()
    for entry in node.items(MAX_PEOPLE):
        member = entry.text()
        if member not in member_ids:
            raise entry.fail("参加者「{m}」が tour.members にありません", "participant {m} is not in tour.members",
                             m=member)
        people.add(member)
    return frozenset(people)


def _item(node: Node, place_ids: set[str], member_ids: set[str]) -> Item:
    start, end = node.field("start").time(), node.field("end").time()
    if end <= start:
        raise node.field("end").fail("終了は開始より後にしてください", "the end must be after the start")
    # Any day the format allows: one after the tour's last day is a rule of tour_errors, reported at tour.days.
    return Item(node.field("day").integer(1, MAX_DAYS), start, end, node.field("kind").choice(ItemKind),
                node.field("place").maybe(lambda n: _ref(n, place_ids)),
                node.field("attendees").maybe(lambda n: _people(n, member_ids)))


def _movement(node: Node, place_ids: set[str], member_ids: set[str]) -> tuple[Movement, ...]:
    return (Movement(_ref(node.field("place"), place_ids), node.field("time").datetime(),
                     node.field("members").maybe(lambda n: _people(n, member_ids))),)


def _unique_places(nodes: list[Node], places: list[Place]) -> None:
    seen: set[str] = set()
    for node, place in zip(nodes, places, strict=True):
        if place.id in seen:
            raise node.field("id").fail("id「{i}」が重複しています", "duplicate id {i}", i=place.id)
        seen.add(place.id)


def _id_of_broken(node: Node) -> str | None:
    """The id of a place that failed to read, when at least its id reads: references to it are not reported as
    missing as well (its own fields' problems are the ones to fix)."""
    try:
        return node.field("id").text()
    except InputError:
        return None


def parse_tour(root: Node) -> Tour:
    """Build a Tour from the documented JSON shape, or raise InputError naming every bad field."""
    problems = Problems()
    tour = root.field("tour")
    region = tour.field("region").maybe(Node.text) or ""  # also refuses a `tour` that is not an object
    place_nodes = problems.attempt(lambda: root.field("places").maybe(lambda n: n.items(MAX_PLACES))) or []
    read_places = [(node, problems.attempt(partial(_place, node))) for node in place_nodes]
    good = [(node, place) for node, place in read_places if place is not None]
    places = [place for _, place in good]
    problems.attempt(partial(_unique_places, [node for node, _ in good], places))
    place_ids = {p.id for p in places} | {i for node, place in read_places
                                           if place is None and (i := _id_of_broken(node)) is not None}
    start = problems.attempt(lambda: tour.field("start_date").date())
    days = problems.attempt(lambda: tour.field("days").maybe(lambda n: n.integer(1, MAX_DAYS))) or 3
    member_nodes = problems.attempt(lambda: tour.field("members").maybe(lambda n: n.items(MAX_PEOPLE))) or []
    members = [member for node in member_nodes if (member := problems.attempt(partial(_member, node))) is not None]
    member_ids = {m.id for m in members}
    item_nodes = problems.attempt(lambda: root.field("items").maybe(lambda n: n.items(MAX_ITEMS))) or []
    items = [item for node in item_nodes
             if (item := problems.attempt(partial(_item, node, place_ids, member_ids))) is not None]
    venue = problems.attempt(lambda: tour.field("base_venue").maybe(lambda n: _ref(n, place_ids)))
    transport = problems.attempt(lambda: tour.field("transport").maybe(lambda n: Transport(
        n.field("mode").maybe(lambda m: m.choice(TransportMode)),
        n.field("seats").maybe(lambda s: s.integer(0, MAX_PEOPLE)))))
    nights = problems.attempt(lambda: tour.field("lodging_nights").maybe(lambda n: n.integer(0, MAX_DAYS)))
    party = problems.attempt(lambda: tour.field("party_size").maybe(lambda n: n.integer(0, MAX_PEOPLE)))
    arrivals = problems.attempt(lambda: tour.field("arrival").maybe(
        lambda n: _movement(n, place_ids, member_ids))) or ()
    departures = problems.attempt(lambda: tour.field("departure").maybe(
        lambda n: _movement(n, place_ids, member_ids))) or ()
    problems.raise_any()
    assert start is not None  # a missing start date is one of the problems raised above
    parsed = Tour(region=region, start_date=start, days=days, members=tuple(members), party_size=party,
                  base_venue_id=venue, transport=transport, arrivals=arrivals, departures=departures,
                  lodging=Lodging("", nights=nights) if nights is not None else None,
                  places=tuple(places), items=tuple(items))
    _refuse_inconsistent(parsed)
    return parsed


def _refuse_inconsistent(tour: Tour) -> None:
    """The domain's consistency rules, each named by its JSON path: the document's `tour` object uses the
    Tour's attribute names, so rule field `transport.seats` is `tour.transport.seats`."""
    errors = tour_errors(tour)
    if errors:
        raise InputError("\n".join(f"tour.{field}: {text}" for field, text in errors.items()))


def check(document: Node) -> dict[str, Any]:
    """Findings for the CLI as plain JSON-ready data; item indexes refer to the input's `items` list."""
    return {"findings": [
        {"code": f.code, "label": f.label, "severity": f.severity.value, "day": f.day, "items": list(f.items),
         "message": f.message}
        for f in check_tour(parse_tour(document))]}
