"""The tour consistency rules (domain/tour_rules.py): each refuses the tour that breaks it, at its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from colead_desktop.domain.demo_tours import demo_tours
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.itinerary import ItemKind, Member, Movement, Role, Transport
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.tour_rules import DAYS, MEMBERS, PARTY_SIZE, SEATS, refuse_unsaveable, tour_errors
from colead_desktop.domain.types import TransportMode
from tests.domain.test_tourcheck import GOOD, _i

NAMED = (Member("a", "A", Role.TALENT), Member("b", "B", Role.TALENT))


def test_consistent_tours_have_no_errors() -> None:
    assert tour_errors(GOOD) == {}
    for tour in demo_tours():
        assert tour_errors(tour) == {}, tour.region


def test_items_after_the_last_day() -> None:
    late = replace(GOOD, items=GOOD.items + (_i(4, "09:00", "10:00", ItemKind.OTHER), _i(5, "09:00", "10:00",
                                                                                        ItemKind.OTHER)))
    errors = tour_errors(late)
    assert list(errors) == [DAYS] and "4・5日目" in errors[DAYS] and "3日間" in errors[DAYS]
    assert tour_errors(replace(late, days=5)) == {}


@pytest.mark.parametrize("where", ["item", "arrival", "departure"])
def test_head_count_while_attendees_are_named(where: str) -> None:
    listed = replace(GOOD, party_size=None, members=NAMED)
    if where == "item":
        named = replace(listed, items=(replace(GOOD.items[0], attendees=frozenset({"a"})), *GOOD.items[1:]))
    else:
        move = (Movement("g", datetime(2024, 6, 4, 12, 0), frozenset({"b"})),)
        named = replace(listed, **{f"{where}s": move})  # type: ignore[arg-type]
    assert tour_errors(named) == {}
    counted = replace(named, members=(), party_size=8)
    assert list(tour_errors(counted)) == [PARTY_SIZE]
    assert "人数だけにはできません" in tour_errors(counted)[PARTY_SIZE]


@pytest.mark.parametrize("where", ["item", "arrival", "departure"])
def test_people_named_but_not_in_the_party(where: str) -> None:
    """As `colead tour check` refuses an attendee outside tour.members, the save refuses a tour whose items or
    movements name someone taken off the party (the party editor takes them off those too)."""
    listed = replace(GOOD, party_size=None, members=NAMED)
    if where == "item":
        named = replace(listed, items=(replace(GOOD.items[0], attendees=frozenset({"a", "c"})), *GOOD.items[1:]))
    else:
        move = (Movement("g", datetime(2024, 6, 4, 12, 0), frozenset({"c"})),)
        named = replace(listed, **{f"{where}s": move})  # type: ignore[arg-type]
    errors = tour_errors(named)
    assert list(errors) == [MEMBERS] and "参加者にいない人（c）" in errors[MEMBERS]
    with pytest.raises(InputError, match="参加者: 項目や到着・出発が参加者にいない人"):
        refuse_unsaveable(named, listed)
    refuse_unsaveable(named, named)  # stored so before the rule: let be
    assert tour_errors(replace(named, members=(*NAMED, Member("c", "C", Role.LAB_STAFF)))) == {}


def test_seats_without_a_transport_mode() -> None:
    assert list(tour_errors(replace(GOOD, transport=Transport(None, 9)))) == [SEATS]
    assert tour_errors(replace(GOOD, transport=Transport(None, None, "未定"))) == {}
    assert tour_errors(replace(GOOD, transport=Transport(TransportMode.RENTAL_CAR, 9))) == {}


def test_messages_follow_the_language() -> None:
    set_language("en")
    try:
        assert "mode" in tour_errors(replace(GOOD, transport=Transport(None, 9)))[SEATS]
    finally:
        set_language("ja")
