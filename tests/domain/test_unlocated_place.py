"""A place without coordinates (a company imported without them): it may be saved, the tour check says that
travel to it is not estimated instead of failing, and the route map leaves it out but names it."""

from __future__ import annotations

from dataclasses import replace

from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.domain.itinerary import PlaceKind, Tour
from colead_desktop.domain.records import RegionRecord
from colead_desktop.domain.route_map import day_route, layout, unplaced_note
from colead_desktop.domain.tour_places import PlaceDraft, build_place, region_centre, same_site
from colead_desktop.domain.tourcheck import check_tour
from colead_desktop.domain.travel import legs, unknown_moves

KAISHIN = "kaishin"  # the company of kuwana()'s day 1


def unlocated() -> Tour:
    tour = kuwana()
    return replace(tour, places=tuple(replace(p, lat=None, lon=None) if p.id == KAISHIN else p for p in tour.places))


def test_a_place_without_coordinates_is_built_but_not_one_with_half_of_them() -> None:
    place, errors = build_place(PlaceDraft("北見精密工業", PlaceKind.COMPANY), "c")
    assert errors == {} and place is not None and (place.lat, place.lon, place.located) == (None, None, False)
    half, errors = build_place(PlaceDraft("北見精密工業", PlaceKind.COMPANY, lat="43.8"), "c")
    assert half is None and set(errors) == {"lon"}


def test_the_check_says_travel_to_it_is_unknown_and_estimates_no_leg_to_it() -> None:
    tour = unlocated()
    visits = tuple(i for i in tour.ordered() if tour.items[i].place_id == KAISHIN)
    found = [f for f in check_tour(tour) if f.code == "transport.no_coordinates"]
    assert [(f.items, f.day) for f in found] == [(visits, tour.items[visits[0]].day)]
    assert "株式会社総本家新之助貝新" in found[0].message
    assert not [leg for leg in legs(tour) if KAISHIN in (leg.from_place, leg.to_place)]
    assert [leg for leg in legs(tour)]  # the other legs are still estimated
    # ... and the two moves it breaks are known as moves of unknown time (the timeline and itinerary say 不明)
    assert {(tour.items[i].place_id, tour.items[j].place_id) for i, j in unknown_moves(tour)} == {
        ("city-hotel", KAISHIN), (KAISHIN, "museum")}
    assert not [f for f in check_tour(kuwana()) if f.code == "transport.no_coordinates"]


def test_the_route_map_leaves_it_out_and_names_it_in_the_legend() -> None:
    tour = unlocated()
    day = tour.items[next(i for i in tour.ordered() if tour.items[i].place_id == KAISHIN)].day
    route = day_route(tour, day)
    assert KAISHIN not in {stop.place.id for stop in route.stops} and [p.id for p in route.unplaced] == [KAISHIN]
    assert [stop.number for stop in route.stops] == list(range(1, len(route.stops) + 1))
    assert unplaced_note(route) == "地図に表示なし（緯度・経度なし）: 株式会社総本家新之助貝新"
    assert unplaced_note(day_route(tour, day + 1)) == ""
    drawn = layout(route, 300, 200, 10)
    assert set(drawn.points) == {stop.number for stop in route.stops}


def test_same_site_needs_coordinates_or_the_venue_record() -> None:
    place, _ = build_place(PlaceDraft("はなばの里", PlaceKind.VENUE), "a")
    assert place is not None and not same_site(place, replace(place, id="b"))
    assert same_site(replace(place, venue_id=3), replace(place, id="b", venue_id=3))


def test_the_coordinates_example_is_the_regions_own() -> None:
    regions = [RegionRecord(1, "桑名"), RegionRecord(2, "北見", gateway_lat=43.8030, gateway_lon=143.8940)]
    assert region_centre(regions, "北海道北見市") == (43.8030, 143.8940)
    assert region_centre(regions, "三重県桑名市") is None
