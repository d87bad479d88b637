"""Round-table seating for the online meetup: which talent sits at which regional table in each round.

Why: in 2021 sixteen talents rotated in fixed groups of about five so that everyone met every region
(a Latin-square rotation). Talents also valued meeting each other (81% named it an incentive), so a
"mix" mode re-seats people each round to meet as many new faces as possible. Both modes honour the
hard rules a secretariat sets by hand: pins, keep-apart pairs, availability and table capacity.

The search itself lives in `roundtables_search`; this module holds the data types, input checks and
metrics. The checker of an edited plan (the hard rules after a drag-and-drop) is `roundtables_check`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Literal

from colead_desktop.domain import roundtables_exact as exact
from colead_desktop.domain import roundtables_search as search
from colead_desktop.domain.roundtables_bounds import repeat_floor, revisit_floor
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.progress import Progress, report

Mode = Literal["fixed_groups", "mix"]
MODES: tuple[str, ...] = ("fixed_groups", "mix")
Seating = Mapping[str, tuple[str, ...]]
"""One round: table id -> the talent ids seated there."""
PROGRESS_TOTAL = 100
"""`solve` reports progress in hundredths: the local search up to `SEARCH_SHARE`, the exact model after it."""
SEARCH_SHARE = 50


@dataclass(frozen=True)
class Table:
    id: str
    capacity: int
    """Talents only; the seated staff come on top."""
    staff: tuple[str, ...] = ()
    """Labels of the staff seated at the table in every round (unique per person)."""


@dataclass(frozen=True)
class Talent:
    id: str
    skill: str
    prefers: tuple[str, ...] = ()
    rounds: frozenset[int] | None = None
    """Round numbers (from 1) the talent attends; None means every round."""

    def attends(self, round_no: int) -> bool:
        return self.rounds is None or round_no in self.rounds


@dataclass(frozen=True)
class Pin:
    """A hard wish: `talent` sits at `table` in round `round` (numbered from 1)."""

    talent: str
    round: int
    table: str


@dataclass(frozen=True)
class PlanInput:
    rounds: int
    mode: Mode
    seed: int
    tables: tuple[Table, ...]
    talents: tuple[Talent, ...]
    pins: tuple[Pin, ...] = ()
    apart: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Metrics:
    """Quality figures of a plan; lower is better for the first four.

    repeat_pairs: over all pairs of talents, sum of (rounds they share a table - 1) where positive.
    revisits: (talent, round) cases where the talent sits at a table already visited in an earlier round.
    table_size_spread: the largest size difference between two tables of the same round.
    unmet_preferences: per talent, max(0, min(#preferred tables, #rounds attended) - #preferred tables
      visited); a talent attending 2 rounds with 3 preferences is fully served by seeing 2 of them.

    repeat_pairs_bound: the fewest repeat_pairs of any plan with no more revisits and unmet preferences (and
      tables no less even); a counting bound, or the exact model's when it ran on this input.
    optimal: revisits, unmet preferences and repeated pairs are each proven the fewest possible, in that order.
    limit_reached: the exact model stopped at its work limit before it could prove the plan optimal.
    """

    repeat_pairs: int
    revisits: int
    table_size_spread: int
    unmet_preferences: int
    repeat_pairs_bound: int
    optimal: bool
    limit_reached: bool


@dataclass(frozen=True)
class Plan:
    rounds: tuple[Seating, ...]
    """Index 0 is round 1; every table appears in every round, possibly with an empty tuple."""
    metrics: Metrics


def validate(inp: PlanInput) -> None:
    """Raise InputError with a planner-readable reason for input that no seating could satisfy."""
    if inp.mode not in MODES:
        raise InputError(msg("モード「{m}」は使えません（fixed_groups / mix）", "Unknown mode '{m}' (fixed_groups / mix)",
                             m=inp.mode))
    if inp.rounds < 1:
        raise InputError(msg("ラウンド数は1以上にしてください", "There must be at least one round"))
    if not inp.tables:
        raise InputError(msg("テーブルがありません", "There are no tables"))
    check_tables(inp.tables)
    tables = {t.id: t for t in inp.tables}
    talents = {t.id: t for t in inp.talents}
    for item, count in Counter(t.id for t in inp.talents).items():
        if count > 1:
            raise InputError(msg("人材ID「{i}」が重複しています", "Duplicate talent id '{i}'", i=item))
    for talent in inp.talents:
        for r in sorted(talent.rounds or ()):
            if not 1 <= r <= inp.rounds:
                raise InputError(msg("{p}の出席ラウンド{r}は1〜{n}の範囲外です", "{p} attends round {r}, outside 1-{n}",
                                     p=talent.id, r=r, n=inp.rounds))
        for pref in talent.prefers:
            if pref not in tables:
                raise InputError(msg("{p}の希望テーブル「{t}」はありません", "{p} prefers unknown table '{t}'",
                                     p=talent.id, t=pref))
    _validate_apart(inp, talents)
    _validate_pins(inp, tables, talents)
    total = sum(t.capacity for t in inp.tables)
    for r in range(1, inp.rounds + 1):
        need = sum(1 for t in inp.talents if t.attends(r))
        if need > total:
            raise InputError(msg("第{r}ラウンドの出席者は{n}名ですが、テーブルの定員は合計{c}名です",
                                 "Round {r} has {n} talents but the tables seat only {c} in total", r=r, n=need, c=total))


def check_tables(tables: Sequence[Table]) -> None:
    """Every table has a name, seats someone and has a name of its own (the planner and the stored setup
    both name tables by it)."""
    for i, table in enumerate(tables, start=1):
        if not table.id.strip():
            raise InputError(msg("{i}番目のテーブルの名前が空です", "Table {i} has no name", i=i))
        if table.capacity < 1:
            raise InputError(msg("テーブル「{t}」の定員は1名以上にしてください", "Table '{t}' must seat at least one person",
                                 t=table.id))
    for name, count in Counter(t.id for t in tables).items():
        if count > 1:
            raise InputError(msg("テーブル名「{t}」が{n}つあります", "Table name '{t}' is used {n} times", t=name, n=count))


def _validate_apart(inp: PlanInput, talents: Mapping[str, Talent]) -> None:
    for a, b in inp.apart:
        for who in (a, b):
            if who not in talents:
                raise InputError(msg("同席禁止の組に不明な人材「{p}」があります", "Keep-apart pair names unknown talent '{p}'",
                                     p=who))
        if a == b:
            raise InputError(msg("同席禁止の組に同じ人材「{p}」が2回あります", "Keep-apart pair names '{p}' twice", p=a))


def _validate_pins(inp: PlanInput, tables: Mapping[str, Table], talents: Mapping[str, Talent]) -> None:
    seen: dict[tuple[str, int], str] = {}
    for pin in inp.pins:
        if pin.talent not in talents:
            raise InputError(msg("固定指定に不明な人材「{p}」があります", "Pin names unknown talent '{p}'", p=pin.talent))
        if pin.table not in tables:
            raise InputError(msg("{p}の固定先テーブル「{t}」はありません", "{p} is pinned to unknown table '{t}'",
                                 p=pin.talent, t=pin.table))
        if not 1 <= pin.round <= inp.rounds:
            raise InputError(msg("{p}の固定ラウンド{r}は1〜{n}の範囲外です", "{p} is pinned in round {r}, outside 1-{n}",
                                 p=pin.talent, r=pin.round, n=inp.rounds))
        if not talents[pin.talent].attends(pin.round):
            raise InputError(msg("{p}は第{r}ラウンドに出席しないため固定できません",
                                 "{p} is pinned in round {r} but does not attend it", p=pin.talent, r=pin.round))
        previous = seen.setdefault((pin.talent, pin.round), pin.table)
        if previous != pin.table:
            raise InputError(msg("{p}は第{r}ラウンドで{a}と{b}の両方に固定されています",
                                 "{p} is pinned to both {a} and {b} in round {r}", p=pin.talent, r=pin.round,
                                 a=previous, b=pin.table))
    pinned_at: dict[tuple[int, str], set[str]] = {}
    for (talent, r), table in seen.items():
        pinned_at.setdefault((r, table), set()).add(talent)
    for (r, table), people in sorted(pinned_at.items()):
        if len(people) > tables[table].capacity:
            raise InputError(msg("{t}のテーブルは定員{c}名ですが、第{r}ラウンドで{n}名が固定されています",
                                 "Table {t} seats {c}, but {n} talents are pinned to it in round {r}",
                                 t=table, c=tables[table].capacity, r=r, n=len(people)))
        for a, b in inp.apart:
            if a in people and b in people:
                raise InputError(msg("同席禁止の{a}と{b}が第{r}ラウンドで同じ{t}のテーブルに固定されています",
                                     "{a} and {b} must be kept apart but are both pinned to {t} in round {r}",
                                     a=a, b=b, t=table, r=r))


def compute_metrics(inp: PlanInput, rounds: Sequence[Seating], known: Metrics | None = None) -> Metrics:
    """Metrics as defined on `Metrics`, for any plan (also one the user edited). `known` is the metrics of
    another plan of the same input: its proven bound still holds for this plan when this one has no more
    revisits and unmet preferences and tables as even (a drag in the grid keeps what the model proved)."""
    shared: Counter[tuple[str, str]] = Counter()
    visits: dict[str, Counter[str]] = {t.id: Counter() for t in inp.talents}
    spread = 0
    for seating in rounds:
        sizes = [len(seating.get(t.id, ())) for t in inp.tables]
        spread = max(spread, max(sizes) - min(sizes))
        for table_id, people in seating.items():
            shared.update(combinations(sorted(people), 2))
            for person in people:
                visits.setdefault(person, Counter())[table_id] += 1
    repeat_pairs = sum(c - 1 for c in shared.values() if c > 1)
    revisits = sum(c - 1 for per in visits.values() for c in per.values() if c > 1)
    unmet = 0
    for talent in inp.talents:
        attended = sum(1 for r in range(1, inp.rounds + 1) if talent.attends(r))
        wanted = set(talent.prefers)
        seen = sum(1 for t in wanted if visits[talent.id][t] > 0)
        unmet += max(0, min(len(wanted), attended) - seen)
    bound = repeat_floor(inp, revisits)
    settled = revisits <= revisit_floor(inp) and unmet == 0
    if (known is not None and revisits <= known.revisits and unmet <= known.unmet_preferences
            and _as_even(inp, rounds)):
        bound = max(bound, known.repeat_pairs_bound)
        settled = settled or (known.optimal and (revisits, unmet) == (known.revisits, known.unmet_preferences))
    return Metrics(repeat_pairs, revisits, spread, unmet, min(bound, repeat_pairs), settled and repeat_pairs <= bound,
                   False)


def _as_even(inp: PlanInput, rounds: Sequence[Seating]) -> bool:
    return not uneven_rounds(inp, rounds)


def uneven_rounds(inp: PlanInput, rounds: Sequence[Seating]) -> list[int]:
    """The rounds (from 1) with a table seating a number the planner would not have given it (see
    `search.size_ranges`): the tables are less even than they could be."""
    pinned = Counter((p.round, p.table) for p in inp.pins)
    caps = [t.capacity for t in inp.tables]
    uneven = []
    for r, seating in enumerate(rounds, start=1):
        lower = [pinned[r, t.id] for t in inp.tables]
        total = sum(1 for t in inp.talents if t.attends(r))
        ranges = search.size_ranges(lower, caps, total)
        if any(not low <= len(seating.get(t.id, ())) <= high for t, (low, high) in zip(inp.tables, ranges, strict=True)):
            uneven.append(r)
    return uneven


def solve(inp: PlanInput, previous: Sequence[Seating] | None = None, progress: Progress | None = None) -> Plan:
    """Seat everyone; same input and seed give the same plan on any machine. `previous` seeds the search
    (replan). Small mix-mode meetups whose plan the counting bounds cannot prove go on to the exact model,
    except in a replan, and where ortools cannot be loaded. `progress` hears how far the search is (out of
    `PROGRESS_TOTAL`) and may cancel it: `progress.Cancelled` is raised and no plan comes out."""
    validate(inp)
    hint = _hint_from(inp, previous) if previous else {}
    if inp.mode == "fixed_groups":
        return _plan(inp, search.seat_groups(inp, hint, _phase(progress, 0, PROGRESS_TOTAL)))
    ix = search.Index(inp)
    small = ix.n <= exact.EXACT_MAX_TALENTS and ix.m >= 2 and exact.available()
    # up to PROVEN_TALENTS the model usually proves the optimum from any start; above, it mostly improves
    # the plan it is given, so the local search's restarts come first; without the model (the bundled app)
    # the restarts are all there is
    thorough = not small or ix.n > exact.PROVEN_TALENTS
    seats = search.seat_mix(inp, hint, ix, thorough,
                            _phase(progress, 0, SEARCH_SHARE if small and not hint else PROGRESS_TOTAL))
    plan = _plan(inp, seats)
    if plan.metrics.optimal or not small or hint:
        # a replan keeps the local search's plan: it keeps untouched people in their seats, while the model,
        # to which like talents are interchangeable, would reshuffle them
        return plan
    outcome = exact.improve(inp, ix, seats, _phase(progress, SEARCH_SHARE, PROGRESS_TOTAL))
    plan = _plan(inp, outcome.seats)
    metrics = replace(plan.metrics, repeat_pairs_bound=max(plan.metrics.repeat_pairs_bound, outcome.repeat_bound),
                      optimal=plan.metrics.optimal or outcome.proven, limit_reached=outcome.limit_reached)
    return replace(plan, metrics=metrics)


def _phase(progress: Progress | None, start: int, end: int) -> search.Tick:
    """A search's tick(done, total), reported to `progress` as the part from `start` to `end` of the plan."""

    def tick(done: int, total: int) -> None:
        report(progress, start + (end - start) * min(done, total) // max(total, 1), PROGRESS_TOTAL)

    return tick


def _plan(inp: PlanInput, seats: search.Seats) -> Plan:
    rounds: list[Seating] = []
    for row in seats:
        seating: dict[str, list[str]] = {t.id: [] for t in inp.tables}
        for talent, table in zip(inp.talents, row, strict=True):
            if table >= 0:
                seating[inp.tables[table].id].append(talent.id)
        rounds.append({k: tuple(v) for k, v in seating.items()})
    return Plan(tuple(rounds), compute_metrics(inp, rounds))


def replan(inp: PlanInput, plan: Plan, pins: Sequence[Pin], progress: Progress | None = None) -> Plan:
    """Solve again with extra pins (they replace older pins of the same talent and round), starting
    from `plan` so that people the user did not touch tend to keep their seats."""
    fresh = {(p.talent, p.round) for p in pins}
    kept = tuple(p for p in inp.pins if (p.talent, p.round) not in fresh)
    return solve(replace(inp, pins=kept + tuple(pins)), plan.rounds, progress)


def _hint_from(inp: PlanInput, previous: Sequence[Seating]) -> dict[tuple[int, int], int]:
    """(talent index, round index) -> table index of an earlier plan, ignoring unknown names."""
    talent_index = {t.id: i for i, t in enumerate(inp.talents)}
    table_index = {t.id: i for i, t in enumerate(inp.tables)}
    hint: dict[tuple[int, int], int] = {}
    for r, seating in enumerate(previous[: inp.rounds]):
        for table_id, people in seating.items():
            for person in people:
                if person in talent_index and table_id in table_index:
                    hint[(talent_index[person], r)] = table_index[table_id]
    return hint
