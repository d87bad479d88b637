"""A tour's places: drafting one from a venue or company record or by hand, where a place is used, and
recognising the same physical site across tours and events (for venue.double_booked).

Place ids are local to a tour, so two tours that both meet in 桑名シティホテル have unrelated ids. A place
copied from a venue record carries that record's id; older places (and hand-made ones) are matched by
name and coordinates instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Place, PlaceKind, Tour
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.domain.tour_rules import MAX_CAPACITY, place_text_errors
from colead_desktop.domain.tourcheck import Booking
from colead_desktop.domain.travel import distance_km
from colead_desktop.domain.types import Facility, VenueType
from colead_desktop.domain.validation import (Errors, check_coordinates, check_hours, check_required, in_japan,
                                              optional_float, optional_int)
from colead_desktop.domain.normalise import canonical_time, normalise_text

SAME_SITE_KM = 0.3  # two records of one hall rarely differ by more (surveyed vs. estimated coordinates)
# A trailing note about the record itself (「（所在地は資料になし）」, 「（住所は概算）」), not part of the address;
# other parenthesised text (「（渡し場跡）」, a building name) helps people find the place and stays.
_ADDRESS_NOTE = re.compile(r"\s*[（(][^（）()]*(?:所在地|住所|資料)[^（）()]*[）)]\s*$")


@dataclass(frozen=True)
class PlaceDraft:
    """A place as typed into the place dialog: numbers and times still text, so each can carry a message."""

    name: str
    kind: PlaceKind
    address: str = ""
    lat: str = ""
    lon: str = ""
    capacity: str = ""
    opens: str = ""
    closes: str = ""
    closed_weekdays: frozenset[int] = frozenset()
    facilities: frozenset[Facility] | None = None
    venue_type: VenueType | None = None
    venue_id: int | None = None
    approximate: bool = False


def _text(value: float | int | time | None) -> str:
    if value is None:
        return ""
    return value.strftime("%H:%M") if isinstance(value, time) else str(value)


def draft_from_place(place: Place) -> PlaceDraft:
    return PlaceDraft(place.name, place.kind, place.address, _text(place.lat), _text(place.lon),
                      _text(place.capacity), _text(place.opens), _text(place.closes), place.closed_weekdays,
                      place.facilities, place.venue_type, place.venue_id, place.approximate)


def split_address_note(address: str) -> tuple[str, bool]:
    """The address without a trailing note about the record, and whether there was one (so it is approximate):
    the itinerary prints the address, and 「三重県桑名市（所在地は資料になし）」 tells a visitor nothing more."""
    known = _ADDRESS_NOTE.sub("", address)
    return known, known != address


def draft_from_venue(venue: VenueRecord) -> PlaceDraft:
    """The place dialog's start from a venue record. A type, facility or weekday none of the dialog's choices has
    (stored by an older `colead set`) is left for the user to choose, as the dialog offers only its choices."""
    address, noted = split_address_note(venue.address)
    facilities = frozenset(Facility(f) for f in venue.facilities if f in set(Facility))
    venue_type = VenueType(venue.venue_type) if venue.venue_type in set(VenueType) else None
    return PlaceDraft(venue.name, PlaceKind.VENUE, address, _text(venue.lat), _text(venue.lon),
                      _text(venue.capacity), venue.opens, venue.closes, _weekdays(venue.closed_weekdays),
                      facilities, venue_type, venue.id, approximate=noted)


def _weekdays(days: Sequence[int]) -> frozenset[int]:
    return frozenset(day for day in days if 0 <= day <= 6)


def draft_from_company(company: CompanyRecord) -> PlaceDraft:
    address, noted = split_address_note(company.address)
    return PlaceDraft(company.name, PlaceKind.COMPANY, address, _text(company.lat), _text(company.lon),
                      "", company.opens, company.closes, _weekdays(company.closed_weekdays), approximate=noted)


def is_tour_region(region_name: str, tour_region: str) -> bool:
    """A tour's region is free text; the region record it belongs to is the one whose name appears in it
    (「桑名」 in 「三重県桑名市」)."""
    return bool(region_name) and region_name in tour_region


def companies_by_region(companies: Sequence[CompanyRecord], regions: Sequence[RegionRecord],
                        tour_region: str) -> tuple[list[CompanyRecord], list[CompanyRecord]]:
    """(the companies of the tour's region, all others)."""
    local = {region.id for region in regions if is_tour_region(region.name, tour_region)}
    return ([c for c in companies if c.region_id in local], [c for c in companies if c.region_id not in local])


def region_centre(regions: Sequence[RegionRecord], tour_region: str) -> tuple[float, float] | None:
    """The coordinates of the tour's region (its gateway's), if its record has them (in Japan)."""
    return next(((r.gateway_lat, r.gateway_lon) for r in regions if is_tour_region(r.name, tour_region)
                 and r.gateway_lat is not None and r.gateway_lon is not None and in_japan(r.gateway_lat, r.gateway_lon)),
                None)


def build_place(draft: PlaceDraft, place_id: str) -> tuple[Place | None, Errors]:
    """The place, or None and {field: message} (fields: name, lat, lon, capacity, opens, closes)."""
    errors: Errors = {}
    name = draft.name.strip()  # typed in the app, or a record's name: kept as written (「（」 stays full-width)
    check_required(errors, "name", name)
    lat, lon = optional_float(errors, "lat", draft.lat), optional_float(errors, "lon", draft.lon)
    if "lat" not in errors and "lon" not in errors:
        # Both empty is allowed (a company imported without coordinates): travel to it is then not estimated.
        check_coordinates(errors, "lat", lat, "lon", lon)
    errors.update({field: text for field, text in place_text_errors(name, draft.address).items() if field not in errors})
    capacity = optional_int(errors, "capacity", draft.capacity, 1, MAX_CAPACITY)
    opens, closes = canonical_time(draft.opens), canonical_time(draft.closes)
    check_hours(errors, opens, closes)
    if errors:
        return None, errors
    return Place(place_id, name, draft.kind, lat, lon, draft.address.strip(), capacity,
                 draft.facilities if draft.kind is PlaceKind.VENUE else None,
                 time.fromisoformat(opens) if opens else None, time.fromisoformat(closes) if closes else None,
                 draft.closed_weekdays, draft.venue_type, draft.approximate, draft.venue_id), {}


def new_place_id(places: Sequence[Place], stem: str) -> str:
    taken = {place.id for place in places}
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def place_uses(tour: Tour, place_id: str) -> list[str]:
    """What in the tour refers to the place (items, arrivals, departures, the base venue), for refusing removal."""
    uses = [msg("{d}日目 {t} {title}", "Day {d} {t} {title}", d=item.day, t=item.start.strftime("%H:%M"),
                title=item.display_title) for index in tour.ordered() if (item := tour.items[index]).place_id == place_id]
    uses += [msg("到着 {at}", "Arrival {at}", at=m.at.strftime("%m/%d %H:%M")) for m in tour.arrivals
             if m.place_id == place_id]
    uses += [msg("出発 {at}", "Departure {at}", at=m.at.strftime("%m/%d %H:%M")) for m in tour.departures
             if m.place_id == place_id]
    if tour.base_venue_id == place_id:
        uses.append(msg("拠点会場", "Base venue"))
    return uses


def same_site(a: Place, b: Place) -> bool:
    if a.venue_id is not None and b.venue_id is not None:
        return a.venue_id == b.venue_id
    km = distance_km(a, b)  # without coordinates, only the venue record tells that two places are one
    return normalise_text(a.name) == normalise_text(b.name) and km is not None and km <= SAME_SITE_KM


def present_as(places: Sequence[Place], draft: PlaceDraft) -> Place | None:
    """The tour's place that already is the site `draft` (from a venue or company record) describes, if any.

    Within one tour a place of the same name is taken as the same too, whatever its coordinates: a company's are
    often estimates, and two places of one name would be ambiguous on the itinerary anyway."""
    name = normalise_text(draft.name)
    probe, _errors = build_place(draft, "")
    return next((place for place in places if normalise_text(place.name) == name
                 or (probe is not None and same_site(place, probe))), None)


@dataclass(frozen=True)
class Occupation:
    """Somewhere held from `start` to `end` by someone else (another tour's item, an event in a venue)."""

    place: Place
    start: datetime
    end: datetime
    label: str


def tour_occupations(other: Tour) -> list[Occupation]:
    """The places another tour holds, item by item (gateways are shared by everyone and never booked)."""
    name = other.display_title
    found = []
    for item in other.items:
        place = other.place(item.place_id)
        if place is not None and place.kind is not PlaceKind.GATEWAY:
            found.append(Occupation(place, other.starts_at(item), other.ends_at(item),
                                    msg("{tour}「{item}」", "{tour}: {item}", tour=name, item=item.display_title)))
    return found


def bookings_for(tour: Tour, occupations: Sequence[Occupation]) -> list[Booking]:
    """The occupations that fall on one of this tour's places, as bookings on this tour's place ids."""
    own = [place for place in tour.places if place.kind is not PlaceKind.GATEWAY]
    return [Booking(place.id, held.start, held.end, held.label)
            for held in occupations for place in own if same_site(place, held.place)]
