"""The keep-seats re-plan (review 15, item 2): nothing changed moves nobody; a new pin or keep-apart pair moves
the people it names and as few others as the even tables need; the same input gives the same seats."""

from __future__ import annotations

from dataclasses import replace

import pytest

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.roundtables import Pin, PlanInput, Table, Talent, solve
from colead_desktop.domain.roundtables_check import check_plan
from colead_desktop.domain.roundtables_repair import changed_rounds, moves, repair, replan_keeping

INP = PlanInput(3, "fixed_groups", 0, tuple(Table(t, 7) for t in ("会津", "飯田", "宮崎")),
                tuple(Talent(f"t{i}", "engineer") for i in range(16)))


def test_nothing_changed_moves_nobody() -> None:
    plan = solve(INP)
    assert repair(INP, plan.rounds) == plan.rounds


def test_a_new_pin_moves_the_pinned_talent_and_at_most_one_other() -> None:
    plan = solve(INP)
    who = plan.rounds[1]["会津"][0]
    pinned = replace(INP, pins=(Pin(who, 2, "宮崎"),))
    after = replan_keeping(pinned, plan.rounds)
    assert who in after.rounds[1]["宮崎"] and check_plan(pinned, after.rounds) == []
    moved = moves(plan.rounds, after.rounds)
    assert {m.round for m in moved} == {2} and len(moved) <= 2


def test_a_new_keep_apart_pair_is_parted_in_every_round() -> None:
    plan = solve(INP)
    a, b = plan.rounds[0]["飯田"][:2]  # fixed groups: they share a table in every round
    apart = replace(INP, apart=((a, b),))
    after = replan_keeping(apart, plan.rounds)
    assert check_plan(apart, after.rounds) == []
    assert all(not ({a, b} <= set(people)) for seating in after.rounds for people in seating.values())
    assert replan_keeping(apart, plan.rounds).rounds == after.rounds  # deterministic


def test_an_absence_on_the_day_misses_only_the_rounds_still_to_come() -> None:
    """Review 16 item 1: rounds before the first one changed are history; only rounds named change them."""
    assert changed_rounds(None, 3, 2) == {2, 3}
    assert changed_rounds(None, 3) == {1, 2, 3}
    assert changed_rounds({1, 3}, 3, 2) == {1, 3}
    with pytest.raises(InputError, match="1〜3"):
        changed_rounds(None, 3, 4)
