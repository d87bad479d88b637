"""Places drafted from records or by hand, what uses a place, and the same hall recognised across tours."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.domain.itinerary import PlaceKind
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.domain.tour_places import (PlaceDraft, bookings_for, build_place, companies_by_region,
                                               draft_from_company, draft_from_place, draft_from_venue, new_place_id,
                                               place_uses, present_as, same_site, split_address_note,
                                               tour_occupations)
from colead_desktop.domain.tourcheck import check_tour
from colead_desktop.domain.types import Facility

HALL = VenueRecord(7, "桑名シティホテル", address="三重県桑名市中央町1丁目", lat=35.0655, lon=136.6885, capacity=40,
                   facilities=("internet", "whiteboard"), opens="08:00", closes="22:00", closed_weekdays=(6,))


def test_a_venue_record_becomes_a_place_with_its_details() -> None:
    place, errors = build_place(draft_from_venue(HALL), "hall")
    assert errors == {} and place is not None
    assert (place.name, place.kind, place.capacity, place.venue_id) == ("桑名シティホテル", PlaceKind.VENUE, 40, 7)
    assert place.facilities == {Facility.INTERNET, Facility.WHITEBOARD}
    assert (place.opens, place.closes, place.closed_weekdays) == (time(8), time(22), {6})
    assert draft_from_place(place) == replace(draft_from_venue(HALL), lat="35.0655", lon="136.6885")


def test_a_company_without_coordinates_is_a_place_without_them() -> None:
    place, errors = build_place(draft_from_company(CompanyRecord(3, 1, "三重精機")), "c")
    assert errors == {} and place is not None and not place.located  # travel to it is then not estimated


def test_each_bad_field_gets_its_message() -> None:
    draft = PlaceDraft("", PlaceKind.FACILITY, lat="51.5", lon="東経", capacity="0", opens="9時", closes="")
    _place, errors = build_place(draft, "x")
    assert set(errors) == {"name", "lon", "capacity", "opens"}
    _place, errors = build_place(replace(draft, name="ロンドン", lon="-0.1", capacity="", opens=""), "x")
    assert set(errors) == {"lat", "lon"}  # outside Japan


def test_a_name_or_address_longer_than_the_records_allow_is_refused_with_its_count() -> None:
    draft = replace(draft_from_venue(HALL), name="長" * 201, address="住" * 301)
    place, errors = build_place(draft, "x")
    assert place is None and errors == {"name": "200 文字以内にしてください（201 文字あります）",
                                        "address": "300 文字以内にしてください（301 文字あります）"}
    place, errors = build_place(replace(draft, name="長" * 200, address="住" * 300), "x")
    assert errors == {} and place is not None


def test_new_ids_do_not_collide_and_uses_are_named() -> None:
    tour = kuwana()
    assert new_place_id(tour.places, "city-hotel") == "city-hotel-2"
    uses = place_uses(tour, "city-hotel")
    assert "拠点会場" in uses and any("オリエンテーション" in use for use in uses)
    assert place_uses(tour, "nowhere") == []


def test_same_hall_by_record_id_or_by_name_and_coordinates() -> None:
    hall = kuwana().place("city-hotel")
    assert hall is not None
    copy, _ = build_place(draft_from_venue(HALL), "h")
    assert copy is not None and same_site(hall, copy)  # old place without venue_id: name and ~90 m apart
    assert not same_site(replace(hall, venue_id=8), copy)
    assert not same_site(hall, replace(copy, name="別のホテル", venue_id=None))


def test_another_tour_in_the_same_hall_at_the_same_time_is_a_double_booking() -> None:
    tour = kuwana()
    other = replace(kuwana(), id="other", title="別のツアー")
    bookings = bookings_for(tour, tour_occupations(other))
    found = [f for f in check_tour(tour, bookings=bookings) if f.code == "venue.double_booked"]
    assert found and all("別のツアー" in f.message for f in found)
    later = replace(other, start_date=other.start_date.replace(year=2022))
    assert not [f for f in check_tour(tour, bookings=bookings_for(tour, tour_occupations(later)))
                if f.code == "venue.double_booked"]


def test_a_record_already_among_the_tours_places_is_found_by_site_or_name() -> None:
    places = kuwana().places
    kaishin = CompanyRecord(7, 2, "株式会社総本家新之助貝新", lat=35.068, lon=136.6975)
    found = present_as(places, draft_from_company(kaishin))
    assert found is not None and found.id == "kaishin"
    far = CompanyRecord(8, 2, "三重精機", lat=35.079, lon=136.65)  # estimated coordinates, ~2 km from the place's
    found = present_as(places, draft_from_company(far))
    assert found is not None and found.id == "mie-seiki"
    hall = present_as(places, draft_from_venue(HALL))
    assert hall is not None and hall.id == "city-hotel"
    assert present_as(places, draft_from_company(CompanyRecord(9, 2, "株式会社新しい会社"))) is None


def test_a_note_about_the_record_is_not_printed_as_the_address() -> None:
    noted = CompanyRecord(3, 1, "三重精機", address="三重県桑名市(所在地は資料になし)", lat=35.079, lon=136.65)
    place, _errors = build_place(draft_from_company(noted), "c")
    assert place is not None and (place.address, place.approximate) == ("三重県桑名市", True)
    assert split_address_note("三重県桑名市船馬町（所在地は概算）") == ("三重県桑名市船馬町", True)
    assert split_address_note("三重県桑名市船馬町（渡し場跡）") == ("三重県桑名市船馬町（渡し場跡）", False)
    exact = draft_from_venue(HALL)
    assert (exact.address, exact.approximate) == ("三重県桑名市中央町1丁目", False)


def test_the_tours_region_companies_come_first() -> None:
    regions = [RegionRecord(1, "北見"), RegionRecord(2, "桑名")]
    companies = [CompanyRecord(1, 1, "環境大善"), CompanyRecord(2, 2, "三重精機"), CompanyRecord(3, 2, "歌行燈")]
    local, others = companies_by_region(companies, regions, "三重県桑名市")
    assert [c.name for c in local] == ["三重精機", "歌行燈"] and [c.name for c in others] == ["環境大善"]
    assert companies_by_region(companies, regions, "沖縄県那覇市") == ([], companies)
