"""Domain Tour <-> TourRow. Every field round-trips exactly (tests compare Tour objects for equality).

JSON shapes: times "HH:MM", datetimes "YYYY-MM-DDTHH:MM", sets as sorted lists, enums by value, and
None kept as null so "not known" stays distinct from "empty".
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, time
from typing import Any

from colead_desktop.db.tour_models import TourRow
from colead_desktop.domain.b5_answers import B5Answers, PreMeetingParticipant, Publicity
from colead_desktop.domain.payments import HonorariumScope, TravelRule
from colead_desktop.domain.itinerary import (Contact, Item, ItemKind, Lodging, Member, Movement, Place, PlaceKind,
                                             Role, Tour, Transport)
from colead_desktop.domain.tourcheck import DEFAULT_CHECKS, CheckParams
from colead_desktop.domain.travel import ModeProfile, TravelParams
from colead_desktop.domain.types import Facility, TransportMode, VenueType


def _hm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def _set(values: frozenset[Any] | None) -> list[Any] | None:
    return None if values is None else sorted(str(v) if not isinstance(v, int) else v for v in values)


def _place_out(p: Place) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "kind": p.kind.value, "lat": p.lat, "lon": p.lon, "address": p.address,
            "capacity": p.capacity, "facilities": _set(p.facilities), "opens": _hm(p.opens),
            "closes": _hm(p.closes), "closed_weekdays": sorted(p.closed_weekdays),
            "venue_type": p.venue_type.value if p.venue_type else None, "approximate": p.approximate,
            "venue_id": p.venue_id}


def _coordinate(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]  # a number stored by _place_out


def _place_in(d: dict[str, Any]) -> Place:
    return Place(d["id"], d["name"], PlaceKind(d["kind"]), _coordinate(d.get("lat")), _coordinate(d.get("lon")),
                 d.get("address", ""),
                 capacity=d.get("capacity"),
                 facilities=None if d.get("facilities") is None else frozenset(Facility(f) for f in d["facilities"]),
                 opens=_time(d.get("opens")), closes=_time(d.get("closes")),
                 closed_weekdays=frozenset(d.get("closed_weekdays", ())),
                 venue_type=VenueType(d["venue_type"]) if d.get("venue_type") else None,
                 approximate=bool(d.get("approximate", False)), venue_id=d.get("venue_id"))


def _item_out(i: Item) -> dict[str, Any]:
    return {"day": i.day, "start": _hm(i.start), "end": _hm(i.end), "kind": i.kind.value, "place": i.place_id,
            "attendees": _set(i.attendees), "title": i.title, "notes": i.notes, "key": i.key}


def _item_in(d: dict[str, Any]) -> Item:
    return Item(int(d["day"]), time.fromisoformat(d["start"]), time.fromisoformat(d["end"]), ItemKind(d["kind"]),
                d.get("place"), None if d.get("attendees") is None else frozenset(d["attendees"]),
                title=d.get("title", ""), notes=d.get("notes", ""), key=d.get("key", ""))


def _move_out(m: Movement) -> dict[str, Any]:
    return {"place": m.place_id, "at": m.at.isoformat(timespec="minutes"), "members": _set(m.members)}


def _move_in(d: dict[str, Any]) -> Movement:
    return Movement(d["place"], datetime.fromisoformat(d["at"]),
                    None if d.get("members") is None else frozenset(d["members"]))


def _b5_out(a: B5Answers) -> dict[str, Any] | None:
    if a == B5Answers():
        return None  # no worksheet imported: NULL, as in every row written before the column existed
    return {"later_dates": [d.isoformat() for d in a.later_dates], "talent_count": a.talent_count,
            "publicity": _set(a.publicity), "publicity_other": a.publicity_other, "pre_meeting": a.pre_meeting,
            "pre_meeting_participants": _set(a.pre_meeting_participants), "participants_other": a.participants_other,
            "venue_other": a.venue_other, "venue_access": a.venue_access, "more_transport": _set(a.more_transport),
            "transport_other": a.transport_other,
            "travel_policy": a.travel_policy.value if a.travel_policy else None, "travel_cap_yen": a.travel_cap_yen,
            "honorarium_policy": a.honorarium_policy.value if a.honorarium_policy else None,
            "visit_notes": [list(pair) for pair in a.visit_notes]}


def _b5_in(d: dict[str, Any] | None) -> B5Answers:
    if d is None:
        return B5Answers()
    return B5Answers(
        later_dates=tuple(date.fromisoformat(x) for x in d.get("later_dates", ())),
        talent_count=d.get("talent_count"), publicity=frozenset(Publicity(x) for x in d.get("publicity") or ()),
        publicity_other=d.get("publicity_other", ""), pre_meeting=d.get("pre_meeting"),
        pre_meeting_participants=frozenset(PreMeetingParticipant(x) for x in d.get("pre_meeting_participants") or ()),
        participants_other=d.get("participants_other", ""), venue_other=d.get("venue_other", ""),
        venue_access=d.get("venue_access", ""),
        more_transport=frozenset(TransportMode(x) for x in d.get("more_transport") or ()),
        transport_other=d.get("transport_other", ""),
        travel_policy=TravelRule(d["travel_policy"]) if d.get("travel_policy") else None,
        travel_cap_yen=d.get("travel_cap_yen"),
        honorarium_policy=HonorariumScope(d["honorarium_policy"]) if d.get("honorarium_policy") else None,
        visit_notes=tuple((str(name), str(note)) for name, note in d.get("visit_notes", ())))


def fill_row(row: TourRow, tour: Tour) -> None:
    """Copy every field of `tour` onto `row` (new or existing); the caller sets key, links and updated_at."""
    row.region = tour.region
    row.title = tour.title
    row.start_date = tour.start_date
    row.days = tour.days
    row.party_size = tour.party_size
    row.base_venue = tour.base_venue_id
    row.lodging = (None if tour.lodging is None else
                   {"hotel": tour.lodging.hotel, "address": tour.lodging.address, "nights": tour.lodging.nights})
    row.transport_mode = tour.transport.mode.value if tour.transport and tour.transport.mode else None
    row.transport_seats = tour.transport.seats if tour.transport else None
    row.transport_notes = tour.transport.notes if tour.transport else ""
    row.remote_mornings = tour.remote_mornings
    row.online_fallback = tour.online_fallback
    row.members = [{"id": m.id, "name": m.name, "role": m.role.value, "organisation": m.organisation}
                   for m in tour.members]
    row.arrivals = [_move_out(m) for m in tour.arrivals]
    row.departures = [_move_out(m) for m in tour.departures]
    row.places = [_place_out(p) for p in tour.places]
    row.items = [_item_out(i) for i in tour.items]
    row.contacts = [{"name": c.name, "organisation": c.organisation, "phone": c.phone} for c in tour.contacts]
    row.b5 = _b5_out(tour.b5)


def members_in(members: list[dict[str, Any]]) -> tuple[Member, ...]:
    """A tour's party from its row's `members` column."""
    return tuple(Member(m["id"], m["name"], Role(m["role"]), m.get("organisation", "")) for m in members)


def row_to_tour(row: TourRow) -> Tour:
    lodging = row.lodging
    return Tour(
        region=row.region, start_date=row.start_date, days=row.days, title=row.title, id=row.key,
        members=members_in(row.members),
        party_size=row.party_size, base_venue_id=row.base_venue,
        lodging=None if lodging is None else Lodging(lodging["hotel"], lodging.get("address", ""), lodging.get("nights")),
        transport=(None if row.transport_mode is None else
                   Transport(TransportMode(row.transport_mode), row.transport_seats, row.transport_notes)),
        arrivals=tuple(_move_in(m) for m in row.arrivals), departures=tuple(_move_in(m) for m in row.departures),
        remote_mornings=row.remote_mornings, online_fallback=row.online_fallback,
        places=tuple(_place_in(p) for p in row.places), items=tuple(_item_in(i) for i in row.items),
        contacts=tuple(Contact(c["name"], c.get("organisation", ""), c.get("phone", "")) for c in row.contacts),
        b5=_b5_in(row.b5), version=row.version)


def params_out(params: CheckParams) -> dict[str, Any]:
    travel = params.travel
    return {"required_facilities": _set(params.required_facilities), "morning_end": _hm(params.morning_end),
            "modes": {mode.value: [travel.profile(mode).speed_kmh, travel.profile(mode).detour,
                                   travel.profile(mode).overhead_min] for mode in TransportMode},
            "public_transit_max_km": travel.public_transit_max_km, "severe_ratio": travel.severe_ratio}


def params_in(d: dict[str, Any]) -> CheckParams:
    """Missing keys take the defaults, so a document saved before a parameter existed still loads."""
    default = DEFAULT_CHECKS
    modes = d.get("modes", {})
    travel = TravelParams(**{f.name: ModeProfile(*map(float, modes[f.name])) for f in fields(TravelParams)
                             if f.name in modes},
                          public_transit_max_km=float(d.get("public_transit_max_km",
                                                            default.travel.public_transit_max_km)),
                          severe_ratio=float(d.get("severe_ratio", default.travel.severe_ratio)))
    facilities = d.get("required_facilities")
    return CheckParams(default.required_facilities if facilities is None else frozenset(Facility(f) for f in facilities),
                       travel, _time(d.get("morning_end")) or default.morning_end)
