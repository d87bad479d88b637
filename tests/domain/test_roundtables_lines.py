"""Blocks of talents on the lines of a finite plane: the fields behind them, the paths they give, and the
plans, checked by counting pairs and tables in the plan itself, never by trusting the planner's metrics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

import pytest

from colead_desktop.domain.roundtables import Pin, PlanInput, Seating, Table, Talent, replan, solve
from colead_desktop.domain.roundtables_bounds import repeat_floor
from colead_desktop.domain.roundtables_check import check_plan
from colead_desktop.domain.roundtables_lines import _field, line_seats
from colead_desktop.domain.roundtables_search import Index

SKILLS = ("engineer", "data_scientist", "ux_designer", "security")


def meetup(talents: int, tables: int, rounds: int, seed: int = 1) -> PlanInput:
    return PlanInput(rounds, "mix", seed, tuple(Table(f"T{k}", -(-talents // tables) + 1) for k in range(tables)),
                     tuple(Talent(f"P{i:02d}", SKILLS[i % 4]) for i in range(talents)))


def counted(rounds: Sequence[Seating]) -> tuple[int, int]:
    """(repeated pairs, revisits) of a plan."""
    met = Counter(frozenset(pair) for seating in rounds for people in seating.values()
                  for pair in combinations(people, 2))
    visits = Counter((person, table) for seating in rounds for table, people in seating.items() for person in people)
    return sum(c - 1 for c in met.values()), sum(c - 1 for c in visits.values())


@pytest.mark.parametrize("q", [2, 3, 4, 5, 7, 8, 9, 16])
def test_the_field_of_q_elements_is_a_field(q: int) -> None:
    field = _field(q)
    assert field is not None
    add, mul = field
    elements = range(q)
    assert all(add[x][0] == x and mul[x][1] == x for x in elements)
    assert all(sorted(add[x]) == list(elements) for x in elements)  # every x has a negative, addition a group
    assert all(sorted(mul[x]) == list(elements) for x in range(1, q))  # every nonzero x has an inverse
    assert all(mul[x][add[y][z]] == add[mul[x][y]][mul[x][z]] and mul[mul[x][y]][z] == mul[x][mul[y][z]]
               for x in elements for y in elements for z in elements)


@pytest.mark.parametrize("q", [6, 10, 12])
def test_no_field_and_no_plan_where_the_tables_are_no_prime_power(q: int) -> None:
    assert _field(q) is None
    assert line_seats(Index(meetup(3 * q, q, 3)), 1) is None


def test_paths_share_a_table_in_one_round_at_most_and_never_revisit() -> None:
    inp = meetup(5 * 4 * 2, 5, 5)  # two talents per path: any pair of paths is seen through its talents
    seats = line_seats(Index(inp), 1)
    assert seats is not None
    paths = {tuple(row[t] for row in seats) for t in range(len(inp.talents))}
    assert len(paths) == 20 and all(len(set(path)) == 5 for path in paths)
    assert all(sum(a == b for a, b in zip(p, q, strict=True)) <= 1 for p, q in combinations(paths, 2))


@pytest.mark.parametrize(("talents", "tables", "rounds", "repeats"), [
    (40, 4, 4, 144),  # the local search gave 201, a 20-unit exact run 144
    (60, 5, 5, 240),  # 474 before
    (44, 7, 4, 6),  # 42 paths: two of them carry a pair, meeting in all 4 rounds
])
def test_many_talents_on_few_tables_reach_the_bound_at_once(talents: int, tables: int, rounds: int,
                                                            repeats: int) -> None:
    inp = meetup(talents, tables, rounds)
    plan = solve(inp)
    assert check_plan(inp, plan.rounds) == []
    assert counted(plan.rounds) == (repeats, 0) == (plan.metrics.repeat_pairs, plan.metrics.revisits)
    assert repeats == repeat_floor(inp, 0) and plan.metrics.optimal
    for seating in plan.rounds:
        sizes = [len(people) for people in seating.values()]
        assert max(sizes) - min(sizes) <= 1


def test_another_seed_another_plan_as_good_and_a_replan_keeps_the_new_pin() -> None:
    inp = meetup(40, 4, 4)
    first, second = solve(inp), solve(meetup(40, 4, 4, seed=2))
    assert first.rounds != second.rounds and counted(first.rounds) == counted(second.rounds) == (144, 0)
    assert solve(inp) == first
    person = inp.talents[5].id
    now = next(t for t, people in first.rounds[2].items() if person in people)
    other = next(t.id for t in inp.tables if t.id != now)
    again = replan(inp, first, [Pin(person, 3, other)])
    assert person in again.rounds[2][other]
    assert check_plan(replace(inp, pins=(Pin(person, 3, other),)), again.rounds) == []
