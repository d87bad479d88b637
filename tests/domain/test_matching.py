"""The matching solver against an exact ILP (PuLP/CBC) and against brute force on generated instances, its
blocking-pairs metric against the definition written out literally, and the checks of fixed and hand-made pairs."""

from __future__ import annotations

from itertools import product

import pulp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.matching import (
    MatchInput,
    Names,
    Pair,
    PairStatus,
    Sme,
    Talent,
    check_input,
    metrics,
    next_stage,
    pair_problems,
    solve,
    status_change_problem,
)

SKILLS = ("data", "ux", "pm")
pytestmark = pytest.mark.filterwarnings("ignore:.*PuLP 4.0:DeprecationWarning")  # the CBC it ships is what we use


@pytest.fixture
def english() -> None:
    set_language("en")  # conftest sets Japanese back before each test


@st.composite
def instances(draw: st.DrawFn, max_talents: int = 8, max_smes: int = 5) -> MatchInput:
    n = draw(st.integers(0, max_talents))
    m = draw(st.integers(1, max_smes))
    talent_ids = [f"t{i}" for i in range(n)]
    sme_ids = [f"s{j}" for j in range(m)]

    def ranking(ids: list[str]) -> tuple[str, ...]:
        return tuple(draw(st.permutations(ids))[:draw(st.integers(0, len(ids)))])

    def skills() -> frozenset[str]:
        return frozenset(draw(st.sets(st.sampled_from(SKILLS), max_size=2)))

    talents = tuple(Talent(t, skills(), ranking(sme_ids)) for t in talent_ids)
    smes = tuple(Sme(s, draw(st.integers(0, 3)), skills(), ranking(talent_ids)) for s in sme_ids)
    room = {s.id: s.capacity for s in smes}
    fixed: list[Pair] = []
    for t in talent_ids:
        if draw(st.integers(0, 5)) == 0:  # about one talent in six is fixed, to an SME with room left
            open_smes = [s for s in sme_ids if room[s] > 0]
            if open_smes:
                s = draw(st.sampled_from(open_smes))
                room[s] -= 1
                fixed.append((t, s))
    others = [(t, s) for t in talent_ids for s in sme_ids if (t, s) not in fixed]
    forbidden = draw(st.lists(st.sampled_from(others), unique=True, max_size=3)) if others else []
    return MatchInput(talents, smes, tuple(fixed), tuple(forbidden))


def rank(wishes: tuple[str, ...], other: str) -> int:
    return wishes.index(other) + 1 if other in wishes else len(wishes) + 1


def acceptable_pairs(inp: MatchInput) -> list[Pair]:
    return [(t.id, s.id) for t in inp.talents for s in inp.smes
            if (t.id, s.id) not in inp.forbidden and ((t.id, s.id) in inp.fixed or s.id in t.wishes or t.id in s.wishes)]


def pair_values(inp: MatchInput) -> dict[Pair, tuple[int, int]]:
    """(rank_cost, skill_fit) of each acceptable pair, from the issue's definitions."""
    talents, smes = {t.id: t for t in inp.talents}, {s.id: s for s in inp.smes}
    return {(t, s): (rank(talents[t].wishes, s) + rank(smes[s].wishes, t), int(bool(talents[t].skills & smes[s].wants_skills)))
            for t, s in acceptable_pairs(inp)}


def ilp_optimum(inp: MatchInput) -> tuple[int, int, int]:
    """(matched, rank_cost, skill_fit) by three ILP solves, each objective fixed at its optimum before the next."""
    values = pair_values(inp)
    if not values:
        return 0, 0, 0  # CBC refuses a model without variables
    x = {p: pulp.LpVariable(f"x_{p[0]}_{p[1]}", cat="Binary") for p in values}
    constraints = []
    for t in inp.talents:
        constraints.append(pulp.lpSum(v for (tt, _), v in x.items() if tt == t.id) <= 1)
    for s in inp.smes:
        constraints.append(pulp.lpSum(v for (_, ss), v in x.items() if ss == s.id) <= s.capacity)
    constraints += [x[p] == 1 for p in inp.fixed]
    matched = pulp.lpSum(x.values())
    rank_cost = pulp.lpSum(values[p][0] * v for p, v in x.items())
    skill_fit = pulp.lpSum(values[p][1] * v for p, v in x.items())
    found: list[int] = []
    stages = [(pulp.LpMaximize, matched), (pulp.LpMinimize, rank_cost), (pulp.LpMaximize, skill_fit)]
    for stage, (sense, objective) in enumerate(stages):
        problem = pulp.LpProblem(f"stage{stage}", sense)
        problem += objective
        for constraint in constraints:
            problem += constraint
        for value, (_, earlier) in zip(found, stages, strict=False):
            problem += earlier == value
        assert problem.solve(pulp.PULP_CBC_CMD(msg=False)) == pulp.LpStatusOptimal
        found.append(round(pulp.value(objective) or 0))
    return found[0], found[1], found[2]


def brute_force_optimum(inp: MatchInput) -> tuple[int, int, int]:
    """(matched, rank_cost, skill_fit) of the best of every assignment of each talent to nothing or one SME."""
    values = pair_values(inp)
    capacity = {s.id: s.capacity for s in inp.smes}
    choices = [[None, *(s for (tt, s) in values if tt == t.id)] for t in inp.talents]
    best: tuple[int, int, int] | None = None
    for assignment in product(*choices):
        pairs = [(t.id, s) for t, s in zip(inp.talents, assignment, strict=True) if s is not None]
        if any(p not in pairs for p in inp.fixed) or any(
                sum(1 for _, s in pairs if s == sme) > cap for sme, cap in capacity.items()):
            continue
        score = (len(pairs), -sum(values[p][0] for p in pairs), sum(values[p][1] for p in pairs))
        best = score if best is None or score > best else best
    assert best is not None  # the fixed pairs alone are feasible
    return best[0], -best[1], best[2]


def blocking_by_definition(inp: MatchInput, pairs: tuple[Pair, ...]) -> int:
    """The issue's definition, word for word, over every (talent, SME) pair (forbidden pairs cannot block)."""
    partner = dict(pairs)
    count = 0
    for t in inp.talents:
        for s in inp.smes:
            if not (s.id in t.wishes and t.id in s.wishes) or partner.get(t.id) == s.id or (t.id, s.id) in inp.forbidden:
                continue
            mine = partner.get(t.id)
            talent_rather = mine is None or rank(t.wishes, s.id) < rank(t.wishes, mine)
            members = [tt for tt, ss in pairs if ss == s.id]
            sme_rather = len(members) < s.capacity or any(rank(s.wishes, t.id) < rank(s.wishes, o) for o in members)
            count += talent_rather and sme_rather
    return count


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # 3 CBC runs each
@given(instances())
def test_solver_matches_the_ilp_optimum(inp: MatchInput) -> None:
    result = solve(inp)
    assert pair_problems(inp, result.pairs) == []
    m = result.metrics
    assert (m.matched, m.rank_cost, m.skill_fit) == ilp_optimum(inp)
    assert m.blocking_pairs == blocking_by_definition(inp, result.pairs)


@settings(max_examples=50, deadline=None)
@given(instances(max_talents=5, max_smes=3))
def test_solver_matches_brute_force(inp: MatchInput) -> None:
    result = solve(inp)
    m = result.metrics
    assert (m.matched, m.rank_cost, m.skill_fit) == brute_force_optimum(inp)
    assert sorted(result.unmatched) == sorted(t.id for t in inp.talents if t.id not in dict(result.pairs))


@settings(max_examples=20, deadline=None)
@given(instances(), st.randoms(use_true_random=False))
def test_answer_does_not_depend_on_input_order(inp: MatchInput, random: object) -> None:
    talents, smes = list(inp.talents), list(inp.smes)
    random.shuffle(talents)  # type: ignore[attr-defined]
    random.shuffle(smes)  # type: ignore[attr-defined]
    shuffled = MatchInput(tuple(talents), tuple(smes), tuple(reversed(inp.fixed)), tuple(reversed(inp.forbidden)))
    assert solve(shuffled) == solve(inp)


def test_more_talents_matched_beats_better_ranks() -> None:
    # t2 would get its first choice at s1, but then t1 (who accepts only s1) would be left out.
    inp = MatchInput((Talent("t1", frozenset(), ("s1",)), Talent("t2", frozenset(), ("s1", "s2"))),
                     (Sme("s1", 1, frozenset(), ("t2", "t1")), Sme("s2", 1, frozenset(), ())))
    result = solve(inp)
    assert result.pairs == (("t1", "s1"), ("t2", "s2"))
    # ranks: t1→s1 1 + s1→t1 2; t2→s2 2 + s2→t2 (not listed, 0 wishes) 1
    assert (result.metrics.matched, result.metrics.rank_cost) == (2, 6)
    assert result.metrics.blocking_pairs == 1  # t2 and s1 list each other and both prefer each other


def test_better_ranks_beat_skill_fit_which_breaks_ties() -> None:
    wants = frozenset({"data"})
    smes = (Sme("x", 1, wants, ("b", "a")), Sme("y", 1, frozenset(), ("a", "b")))
    # a at x and b at y cost (1+2)+(1+2) = 6, b at x and a at y (2+1)+(2+1) = 6: a tie on ranks, broken by the
    # skill fit (x wants data, which a has).
    talents = (Talent("a", frozenset({"data"}), ("x", "y")), Talent("b", frozenset(), ("y", "x")))
    result = solve(MatchInput(talents, smes))
    assert result.pairs == (("a", "x"), ("b", "y"))
    assert (result.metrics.rank_cost, result.metrics.skill_fit) == (6, 1)
    # Once a prefers y, the fitting pair costs more ((2+2)+(1+2) = 7 against (1+1)+(2+1) = 5) and loses.
    talents = (Talent("a", frozenset({"data"}), ("y", "x")), Talent("b", frozenset(), ("y", "x")))
    result = solve(MatchInput(talents, smes))
    assert result.pairs == (("a", "y"), ("b", "x"))
    assert (result.metrics.rank_cost, result.metrics.skill_fit) == (5, 0)


def test_fixed_pairs_hold_and_forbidden_pairs_never_match() -> None:
    talents = (Talent("t1", frozenset(), ("s1",)), Talent("t2", frozenset(), ("s1",)))
    smes = (Sme("s1", 1, frozenset(), ("t1", "t2")), Sme("s2", 1, frozenset(), ()))
    # t2 is fixed to s2, which neither side listed: a fixed pair is acceptable all the same.
    assert solve(MatchInput(talents, smes, fixed=(("t2", "s2"),))).pairs == (("t1", "s1"), ("t2", "s2"))
    result = solve(MatchInput(talents, smes, forbidden=(("t1", "s1"),)))
    assert result.pairs == (("t2", "s1"),) and result.unmatched == ("t1",)
    assert result.metrics.blocking_pairs == 0  # t1 and s1 list each other, but they may not be matched


@pytest.mark.parametrize("fixed,forbidden,capacity,named", [
    ((("t1", "s1"),), (("t1", "s1"),), 2, "(t1, s1) is also forbidden"),
    ((("t1", "s1"), ("t1", "s2")), (), 2, "Talent 't1' is fixed to two SMEs (s1, s2)"),
    ((("t1", "s1"), ("t2", "s1")), (), 1, "SME 's1' has more fixed pairs (2) than its capacity (1)"),
])
def test_impossible_fixed_pairs_are_refused_by_name(fixed: tuple[Pair, ...], forbidden: tuple[Pair, ...],
                                                    capacity: int, named: str, english: None) -> None:
    talents = (Talent("t1", frozenset(), ()), Talent("t2", frozenset(), ()))
    smes = (Sme("s1", capacity, frozenset(), ()), Sme("s2", 2, frozenset(), ()))
    with pytest.raises(InputError, match=named.replace("(", r"\(").replace(")", r"\)")):
        check_input(MatchInput(talents, smes, fixed, forbidden))


@pytest.mark.parametrize("change,named", [
    ({"fixed": (("t1", "s1"), ("t1", "s2"))}, "Talent 'Takahashi' is fixed to two SMEs (Kitami Seiko, s2)"),
    ({"forbidden": (("t1", "s1"),), "fixed": (("t1", "s1"),)}, "The fixed pair (Takahashi, Kitami Seiko) is also "),
    ({"talents": (Talent("t1", frozenset(), ("s9",)),)}, "SME 's9' in talent 'Takahashi''s wishes does not take part"),
    ({"smes": (Sme("s1", 1, frozenset(), ("t9",)), Sme("s2", 1, frozenset(), ()))},
     "Talent 't9' in the wishes for SME 'Kitami Seiko' is not in the matching"),
    ({"forbidden": (("t1", "s9"),)}, "The forbidden pair (Takahashi, s9) names a talent or SME not in the matching"),
    ({"talents": (Talent("t1", frozenset(), ("s2", "s1", "s2")),)},
     "Talent 'Takahashi''s wishes list the same one twice (place 3)"),
])
def test_the_check_names_talents_and_smes_by_name(change: dict[str, object], named: str, english: None) -> None:
    inp = MatchInput(talents=(Talent("t1", frozenset(), ()),),
                     smes=(Sme("s1", 1, frozenset(), ()), Sme("s2", 1, frozenset(), ())))
    names = Names({"t1": "Takahashi"}, {"s1": "Kitami Seiko"})
    with pytest.raises(InputError) as refused:
        check_input(MatchInput(**{**inp.__dict__, **change}), names)  # type: ignore[arg-type]
    assert named in str(refused.value)


def test_hand_edits_are_checked_against_every_constraint(english: None) -> None:
    talents = (Talent("t1", frozenset(), ("s1",)), Talent("t2", frozenset(), ("s1",)), Talent("t3", frozenset(), ()))
    smes = (Sme("s1", 1, frozenset(), ()), Sme("s2", 1, frozenset(), ()))
    inp = MatchInput(talents, smes, fixed=(("t1", "s1"),), forbidden=(("t2", "s1"),))
    problems = pair_problems(inp, [("t2", "s1"), ("t3", "s2"), ("t2", "s2"), ("t9", "s1")])
    assert problems == [
        "Pair (t9, s1): unknown talent or SME",
        "The pair (t2, s1) is forbidden",
        "The pair (t3, s2) is in neither side's wishes",
        "The pair (t2, s2) is in neither side's wishes",
        "Talent 't2' is paired with 2 SMEs; a talent has at most one",
        "SME 's2' has 2 talents, over its capacity of 1",
        "The fixed pair (t1, s1) is missing",
    ]
    assert pair_problems(inp, [("t1", "s1")]) == []


def test_metrics_of_a_given_matching() -> None:
    inp = MatchInput((Talent("t1", frozenset({"ux"}), ("s1", "s2")), Talent("t2", frozenset(), ("s2",))),
                     (Sme("s1", 1, frozenset({"ux"}), ("t1",)), Sme("s2", 2, frozenset(), ("t2", "t1"))))
    m = metrics(inp, [("t1", "s2")])
    # t1→s2 2 + s2→t1 2; blocking: (t1, s1) (s1 free, t1 ranks it above s2) and (t2, s2) (t2 unmatched, s2 has room)
    assert (m.matched, m.rank_cost, m.skill_fit, m.blocking_pairs) == (1, 4, 0, 2)


def test_stages_go_forward_to_ended_and_dissolving_leaves_the_way() -> None:
    way = [PairStatus.CANDIDATE]
    while (following := next_stage(way[-1])) is not None:
        way.append(following)
    assert [s.label for s in way] == ["候補", "意見交換会", "合意", "NDA締結", "活動中", "終了"]
    assert next_stage(PairStatus.DISSOLVED) is None
    assert status_change_problem(PairStatus.EXCHANGE, PairStatus.NDA, "") is None  # a stage may be skipped
    assert status_change_problem(PairStatus.NDA, PairStatus.DISSOLVED, "辞退") is None
    assert status_change_problem(PairStatus.DISSOLVED, PairStatus.CANDIDATE, "再開") is not None
