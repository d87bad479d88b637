"""The day route map: numbered stops, legs from the tour check's estimate, projection and scale bar."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, time

import pytest

from colead_desktop.domain.demo_tours import kitami, kuwana
from colead_desktop.domain.itinerary import Item, ItemKind, Place, PlaceKind, Tour
from colead_desktop.domain.route_map import (DayRoute, MapLayout, MapLeg, Stop, day_route, label_places, layout,
                                             nice_scale_km, scale_label)
from colead_desktop.domain.travel import legs


def test_stops_are_numbered_in_visiting_order_and_revisits_keep_their_number() -> None:
    route = day_route(kuwana(), 1)
    assert [(s.number, s.place.name) for s in route.stops] == [
        (1, "桑名シティホテル"), (2, "株式会社総本家新之助貝新"), (3, "桑名市博物館")]
    assert [(leg.from_stop, leg.to_stop) for leg in route.legs] == [(1, 2), (2, 3), (3, 1)]  # back to the hotel


def test_leg_minutes_are_the_tour_checks_estimate() -> None:
    tour = kuwana()
    check = {(tour.items[leg.from_item].day, leg.from_place, leg.to_place): leg.minutes for leg in legs(tour)}
    route = day_route(tour, 2)
    by_number = {stop.number: stop.place.id for stop in route.stops}
    assert route.legs
    for leg in route.legs:
        assert leg.minutes == round(check[(2, by_number[leg.from_stop], by_number[leg.to_stop])])


def test_participant_sees_only_the_stops_they_attend() -> None:
    tour = kitami()
    extra = Item(2, time(7, 0), time(8, 0), ItemKind.OTHER, "kitami-so", frozenset({"kitami-l1"}), title="打合せ")
    tour = replace(tour, items=tour.items + (extra,))
    staff = [s.place.id for s in day_route(tour, 2, participant="kitami-l1").stops]
    talent = [s.place.id for s in day_route(tour, 2, participant="kitami-t1").stops]
    assert staff[0] == "kitami-so" and talent[0] != "kitami-so"


@pytest.mark.parametrize(("limit", "expected"), [(0.37, 0.2), (1.0, 1.0), (4.99, 2.0), (5.0, 5.0), (73.0, 50.0),
                                                 (0.009, 0.005)])
def test_scale_bar_is_a_round_length_not_longer_than_allowed(limit: float, expected: float) -> None:
    assert nice_scale_km(limit) == pytest.approx(expected)


def test_scale_labels() -> None:
    assert scale_label(0.5) == "500 m" and scale_label(2.0) == "2 km" and scale_label(10.0) == "10 km"


def _two(lat: float) -> DayRoute:
    """Two stops 0.1° of latitude apart and 0.1° of longitude apart at `lat`."""
    a = Place("a", "A", PlaceKind.COMPANY, lat, 140.0)
    b = Place("b", "B", PlaceKind.COMPANY, lat + 0.1, 140.1)
    return DayRoute(1, (Stop(1, a, (a.lat, a.lon)), Stop(2, b, (b.lat, b.lon))), ())


def test_projection_is_north_up_true_to_scale_and_inside_the_padding() -> None:
    route = _two(43.8)  # 北見
    box = layout(route, 400, 400, 20)
    (x1, y1), (x2, y2) = box.points[1], box.points[2]
    assert x2 > x1 and y2 < y1  # the north-east stop is right and up (y runs downwards)
    km_east = (x2 - x1) / box.units_per_km
    km_north = (y1 - y2) / box.units_per_km
    assert km_north == pytest.approx(11.13, abs=0.01)
    assert km_east == pytest.approx(11.13 * math.cos(math.radians(43.85)), abs=0.01)  # cos(lat) shrinks E-W
    for x, y in box.points.values():
        assert 20 - 1e-6 <= x <= 380 + 1e-6 and 20 - 1e-6 <= y <= 380 + 1e-6
    assert min(y for _, y in box.points.values()) == pytest.approx(20)  # the taller axis fills the box
    assert box.scale_length == pytest.approx(box.scale_km * box.units_per_km)
    assert box.scale_length <= 400 * 0.3 + 1e-6 and box.scale_km in (1.0, 2.0, 5.0)


def test_single_stop_is_centred_at_a_readable_scale() -> None:
    place = Place("v", "会場", PlaceKind.VENUE, 26.2, 127.7)
    box = layout(DayRoute(3, (Stop(1, place, (place.lat, place.lon)),), ()), 300, 200, 20)
    assert box.points[1] == pytest.approx((150, 100))
    assert box.units_per_km == pytest.approx(160)  # a 1 km span fills the 160-unit inner height
    assert box.scale_km == 0.5


def test_empty_day_and_bad_box() -> None:
    tour = Tour("テスト", date(2021, 11, 25), days=1)
    empty = day_route(tour, 1)
    assert empty.stops == () and layout(empty, 100, 100, 10).points == {}
    with pytest.raises(ValueError):
        layout(empty, 30, 30, 20)


def test_out_and_back_labels_sit_on_opposite_sides() -> None:
    route = day_route(kitami(), 1)
    assert {(leg.from_stop, leg.to_stop) for leg in route.legs} == {(1, 2), (2, 1)}
    box = layout(route, 300, 300, 20)
    out, back = label_places(box, route.legs, [(1, 1), (1, 1)], 8)
    assert math.dist(out, back) == pytest.approx(16)


def test_stops_too_close_to_read_are_nudged_apart_and_others_stay() -> None:
    station = Place("s", "駅", PlaceKind.GATEWAY, 26.2124, 127.6792)
    office = Place("o", "県庁", PlaceKind.VENUE, 26.2125, 127.6793)  # about 15 m away
    same = Place("t", "同じ建物", PlaceKind.COMPANY, 26.2125, 127.6793)  # at the very same coordinates
    hill = Place("h", "丘", PlaceKind.FACILITY, 26.44, 127.83)  # about 30 km north-east
    route = DayRoute(1, tuple(Stop(n, p, (p.lat, p.lon)) for n, p in enumerate((station, office, same, hill), 1)), ())
    plain = layout(route, 300, 200, 20)
    spread = layout(route, 300, 200, 20, min_separation=16)
    assert math.dist(plain.points[1], plain.points[2]) < 1  # unreadable without the nudge
    for a, b in ((1, 2), (1, 3), (2, 3)):
        assert math.dist(spread.points[a], spread.points[b]) >= 16 - 1e-6
    assert spread.points[4] == plain.points[4]
    assert spread.units_per_km == plain.units_per_km


def test_labels_of_legs_leaving_neighbouring_stops_the_same_way_do_not_overlap() -> None:
    """Review 15: 74分 and 75分 printed one over the other (two stops close together, both legs to one company)."""
    box = MapLayout(300, 200, {1: (20, 100), 2: (24, 106), 3: (280, 100)}, 1.0, 100, 100)
    legs = (MapLeg(1, 3, 74, 30.0), MapLeg(2, 3, 75, 30.5))
    sizes = [(30.0, 12.0), (30.0, 12.0)]
    (x1, y1), (x2, y2) = label_places(box, legs, sizes, 8, stop_radius=9)
    assert abs(x1 - x2) >= 30 or abs(y1 - y2) >= 12  # the rectangles are apart
    assert math.dist((x1, y1), (150, 92)) < 1  # the first keeps the usual spot: midpoint, 8 to the traveller's left
    for x, y in ((x1, y1), (x2, y2)):
        assert all(math.hypot(px - min(max(px, x - 15), x + 15), py - min(max(py, y - 6), y + 6)) >= 9
                   for px, py in box.points.values())  # no stop circle covered
