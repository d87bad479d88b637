"""The travel-time model and the legs offered to the GUI timeline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from colead_desktop.domain.demo_tours import kuwana, okinawa
from colead_desktop.domain.itinerary import Place, PlaceKind
from colead_desktop.domain.i18n import output_language
from colead_desktop.domain.travel import (DEFAULT_TRAVEL, ModeProfile, TravelParams, distance_km, duration_text, legs,
                                          minutes_between)
from colead_desktop.domain.types import TransportMode

NAGOYA = Place("n", "名古屋駅", PlaceKind.GATEWAY, 35.1709, 136.8815)
KUWANA = Place("k", "桑名駅", PlaceKind.GATEWAY, 35.0654, 136.6840)


def test_distance_is_geodesic_and_symmetric() -> None:
    assert distance_km(NAGOYA, KUWANA) == pytest.approx(21.5, abs=0.5)  # straight line, not the 23 km by rail
    assert distance_km(KUWANA, NAGOYA) == distance_km(NAGOYA, KUWANA)


def test_minutes_follow_the_documented_formula() -> None:
    km = distance_km(NAGOYA, KUWANA)
    assert minutes_between(NAGOYA, KUWANA, TransportMode.OFFICIAL_CAR) == pytest.approx(km * 1.3 / 40 * 60 + 5)
    assert minutes_between(NAGOYA, KUWANA, TransportMode.PUBLIC_TRANSIT) == pytest.approx(km * 1.4 / 25 * 60 + 15)
    assert minutes_between(NAGOYA, NAGOYA, TransportMode.PUBLIC_TRANSIT) == 0.0


def test_parameters_are_editable() -> None:
    slow = replace(DEFAULT_TRAVEL, rental_car=ModeProfile(speed_kmh=20.0, detour=1.0, overhead_min=0.0))
    km = distance_km(NAGOYA, KUWANA)
    assert minutes_between(NAGOYA, KUWANA, TransportMode.RENTAL_CAR, slow) == pytest.approx(km * 3)
    assert TravelParams().profile(TransportMode.CHARTERED_BUS) == ModeProfile(35.0, 1.3, 10.0)


def test_legs_step_over_placeless_items_and_nights() -> None:
    tour = okinawa()
    found = [(leg.from_item, leg.to_item) for leg in legs(tour)]
    # day 1: visit (1) -> lunch without a place (2) -> ビオスの丘 (3) -> 県庁 (4); day 2 starts afresh.
    assert found == [(1, 3), (3, 4), (6, 7)]
    first = legs(tour)[0]
    assert first.gap_minutes == 150 and first.distance_km == pytest.approx(28, abs=2)
    assert first.mode is TransportMode.CHARTERED_BUS


def test_no_leg_between_items_at_the_same_place() -> None:
    tour = kuwana()
    pairs = {(leg.from_item, leg.to_item) for leg in legs(tour)}
    assert (4, 5) not in pairs  # two introductions at the hotel, back to back


def test_durations_read_in_hours_and_minutes_in_both_languages() -> None:
    assert [duration_text(m) for m in (7, 59.6, 60, 75, 3359)] == ["7分", "1時間", "1時間", "1時間15分", "55時間59分"]
    with output_language("en"):
        assert [duration_text(m) for m in (7, 60, 3359)] == ["7 min", "1 h", "55 h 59 min"]
