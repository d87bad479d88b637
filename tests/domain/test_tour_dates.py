"""A tour's start date moving: its arrivals and departures follow, and movements off the tour's dates are found."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from colead_desktop.domain.demo_tours import demo_tours
from colead_desktop.domain.itinerary import Member, Movement, Role, Tour
from colead_desktop.domain.tour_templates import copy_tour
from colead_desktop.domain.tourcheck import Severity, check_tour

CODE = "movement.outside_dates"


def kuwana() -> Tour:
    return next(t for t in demo_tours() if t.id == "demo-kuwana-2021")


def with_group_movements(tour: Tour) -> Tour:
    """The demo tour plus a second arrival and departure for one named participant, so more than one moves."""
    member = Member("m-late", "遅着 花子", Role.TALENT)
    return replace(tour, members=(*tour.members, member),
                   arrivals=(*tour.arrivals, Movement(tour.arrivals[0].place_id,
                                                      tour.arrivals[0].at - timedelta(hours=20), frozenset({member.id}))),
                   departures=(*tour.departures, Movement(tour.departures[0].place_id,
                                                          tour.departures[0].at + timedelta(hours=15),
                                                          frozenset({member.id}))))


@pytest.mark.parametrize("days", [7, -3])
def test_a_new_start_date_moves_every_movement_and_nothing_else(days: int) -> None:
    tour = with_group_movements(kuwana())
    moved = tour.moved_to(tour.start_date + timedelta(days=days))
    assert moved.start_date == tour.start_date + timedelta(days=days)
    shift = timedelta(days=days)
    assert [m.at for m in moved.arrivals] == [m.at + shift for m in tour.arrivals]
    assert [m.at for m in moved.departures] == [m.at + shift for m in tour.departures]
    # Everything but the dates is the same: places and groups of the movements, items (per day), party.
    assert [replace(m, at=datetime.min) for m in (*moved.arrivals, *moved.departures)] == \
        [replace(m, at=datetime.min) for m in (*tour.arrivals, *tour.departures)]
    assert replace(moved, start_date=tour.start_date, arrivals=tour.arrivals, departures=tour.departures) == tour
    assert [moved.starts_at(item) - tour.starts_at(item) for item in tour.items] == [shift] * len(tour.items)
    assert moved.moved_to(tour.start_date) == tour
    # The weekday changes (a museum closed on Mondays may now be hit), but the movements still fit the timetable.
    movement_codes = {"arrival.too_early", "departure.too_late", CODE}
    assert not [f for f in check_tour(moved) if f.code in movement_codes]


def test_copy_uses_the_same_shift() -> None:
    tour = kuwana()
    start = tour.start_date + timedelta(days=7)
    assert copy_tour(tour, start) == replace(tour.moved_to(start), id="",
                                             items=tuple(replace(i, key="") for i in tour.items))


def test_an_unmoved_start_date_leaves_movements_off_the_tour() -> None:
    tour = kuwana()
    stale = replace(tour, start_date=tour.start_date + timedelta(days=7))  # the old bug: only the date changed
    found = [f for f in check_tour(stale) if f.code == CODE]
    assert len(found) == len(tour.arrivals) + len(tour.departures)
    assert all(f.severity is Severity.ERROR for f in found)
    assert tour.arrivals[0].at.strftime("%Y-%m-%d") in found[0].message
    assert not [f for f in check_tour(tour) if f.code == CODE]


def test_movements_inside_and_outside_the_dates() -> None:
    tour = with_group_movements(kuwana())
    assert not [f for f in check_tour(tour) if f.code == CODE]  # the evening before and the morning after are fine
    arrival = tour.arrivals[-1]
    for late, severity in ((timedelta(days=2), Severity.WARNING), (timedelta(days=4), Severity.ERROR)):
        moved = replace(tour, arrivals=(*tour.arrivals[:-1], replace(arrival, at=arrival.at + late)))
        found = [f for f in check_tour(moved) if f.code == CODE]
        assert [f.severity for f in found] == [severity]
        assert "遅着 花子" in found[0].message and (arrival.at + late).strftime("%Y-%m-%d") in found[0].message
    early = replace(tour, departures=(replace(tour.departures[0], at=tour.departures[0].at - timedelta(days=1)),
                                      *tour.departures[1:]))
    found = [f for f in check_tour(early) if f.code == CODE]
    assert [f.severity for f in found] == [Severity.WARNING] and "一行全員" in found[0].message
    far_before = replace(tour, arrivals=(replace(tour.arrivals[0], at=tour.arrivals[0].at - timedelta(days=2)),))
    assert [f.severity for f in check_tour(far_before) if f.code == CODE] == [Severity.ERROR]
