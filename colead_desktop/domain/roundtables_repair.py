"""Re-seating after a change of attendance: keep the saved seating and move only as many people as the
balance rules need.

Why not the search: on the day (round 1 running) a coordinator marks absences and expects everyone else to
stay where the handouts put them. A fresh search, even started from the saved plan, trades seats for fewer
repeated pairs and moved three untouched people where one move would do. Here rounds before `first` are
never changed (people now absent just leave their seat); in the others absent people leave, new ones join the
table where they cost least, and then, per round, one person at a time moves from a table above its even
size to one below it: the person and table whose move costs least in revisits, repeated meetings and unmet
preferences. Pins are honoured; a keep-apart pair the seating breaks is the one thing that may move someone
else. Deterministic: no randomness, ties go to the earlier talent and table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.roundtables_search import size_ranges

if TYPE_CHECKING:
    from colead_desktop.domain.roundtables import Plan, PlanInput, Seating

_HARD = 1_000_000
_REVISIT = 1_000
_PREF = 40
_PAIR = 3


@dataclass(frozen=True)
class Move:
    """`talent` sits at `to_table` instead of `from_table` in round `round` (from 1)."""

    round: int
    talent: str
    from_table: str
    to_table: str


class _Seats:
    def __init__(self, inp: PlanInput, previous: Sequence[Seating]) -> None:
        self.inp = inp
        self.tables = [t.id for t in inp.tables]
        self.caps = {t.id: t.capacity for t in inp.tables}
        self.talents = {t.id: t for t in inp.talents}
        self.order = {t.id: i for i, t in enumerate(inp.talents)}
        self.pins = {(p.talent, p.round): p.table for p in inp.pins}
        self.apart: dict[str, set[str]] = {}
        for a, b in inp.apart:
            self.apart.setdefault(a, set()).add(b)
            self.apart.setdefault(b, set()).add(a)
        self.seat: list[dict[str, str]] = []
        for r in range(1, inp.rounds + 1):
            seating = previous[r - 1] if r - 1 < len(previous) else {}
            self.seat.append({p: table for table, people in seating.items() if table in self.caps
                              for p in people if p in self.talents and self.talents[p].attends(r)})

    def members(self, r: int, table: str) -> list[str]:
        return sorted((p for p, t in self.seat[r - 1].items() if t == table), key=self.order.__getitem__)

    def sizes(self, r: int) -> Counter[str]:
        return Counter(self.seat[r - 1].values())

    def cost(self, r: int, person: str, table: str) -> int:
        """What seating `person` at `table` in round `r` costs, next to their seats in the other rounds."""
        others = [(q, seating[person]) for q, seating in enumerate(self.seat, start=1) if q != r and person in seating]
        cost = _REVISIT * sum(1 for _, t in others if t == table)
        mates = self.members(r, table)
        for q, t in others:
            cost += _PAIR * sum(1 for p in mates if p != person and self.seat[q - 1].get(p) == t)
        cost += _HARD * sum(1 for p in mates if p in self.apart.get(person, ()))
        talent = self.talents[person]
        if table in talent.prefers and not any(t == table for _, t in others):
            cost -= _PREF
        return cost

    def best(self, r: int, people: Sequence[str], targets: Sequence[str]) -> tuple[str, str] | None:
        """The (person, table) among `people` and `targets` whose move costs least, pins left alone."""
        options = [(self.cost(r, p, t) - self.cost(r, p, self.seat[r - 1][p]) if p in self.seat[r - 1]
                    else self.cost(r, p, t), self.order[p], self.tables.index(t), p, t)
                   for p in people if (p, r) not in self.pins for t in targets if t != self.seat[r - 1].get(p)]
        if not options:
            return None
        _, _, _, person, table = min(options)
        return person, table

    def balance(self, r: int) -> None:
        """Move people one at a time until every table of round `r` seats an even number (`size_ranges`)."""
        pinned = Counter(t for (p, q), t in self.pins.items() if q == r)
        total = sum(1 for t in self.inp.talents if t.attends(r))
        caps = [self.caps[t] for t in self.tables]
        ranges = dict(zip(self.tables, size_ranges([pinned[t] for t in self.tables], caps, total), strict=True))
        for _ in range(total + 1):
            size = self.sizes(r)
            over = [t for t in self.tables if size[t] > ranges[t][1]]
            under = [t for t in self.tables if size[t] < ranges[t][0]]
            if not over and not under:
                return
            sources = over or [t for t in self.tables if size[t] > ranges[t][0]]
            targets = under or [t for t in self.tables if size[t] < ranges[t][1]]
            choice = self.best(r, [p for t in sources for p in self.members(r, t)], targets)
            if choice is None:
                return
            self.seat[r - 1][choice[0]] = choice[1]

    def settle(self, r: int) -> None:
        """Seat the round's pinned people at their tables, newcomers where they cost least, and part
        keep-apart pairs sharing a table."""
        row = self.seat[r - 1]
        for (person, q), table in sorted(self.pins.items()):
            if q == r:
                row[person] = table
        self.seat_newcomers(r)
        for person in sorted(row, key=self.order.__getitem__):
            if any(row.get(p) == row[person] for p in self.apart.get(person, ())) and (person, r) not in self.pins:
                self._move_to_room(r, person)

    def seat_newcomers(self, r: int) -> None:
        """People attending round `r` without a seat in it sit where they cost least; nobody else moves."""
        for talent in self.inp.talents:
            if talent.attends(r) and talent.id not in self.seat[r - 1]:
                self._move_to_room(r, talent.id)

    def _move_to_room(self, r: int, person: str) -> None:
        size = self.sizes(r)
        choice = self.best(r, [person], [t for t in self.tables if size[t] < self.caps[t]])
        if choice is not None:
            self.seat[r - 1][person] = choice[1]

    def rounds(self) -> tuple[Seating, ...]:
        return tuple({t: tuple(self.members(r, t)) for t in self.tables} for r in range(1, self.inp.rounds + 1))


def repair(inp: PlanInput, previous: Sequence[Seating], first: int = 1) -> tuple[Seating, ...]:
    """The saved seating `previous` under `inp` with as few moves as the balance rules allow; rounds before
    `first` keep their seats (absent people leave them, nobody else moves). The result may still break a hard
    rule the moves could not mend; the caller checks it (`roundtables_check`)."""
    seats = _Seats(inp, previous)
    for r in range(1, inp.rounds + 1):
        if r >= first:
            seats.settle(r)
            seats.balance(r)
        else:  # started: someone joining it takes a free seat, nobody is moved
            seats.seat_newcomers(r)
    return seats.rounds()


def changed_rounds(named: Iterable[int] | None, rounds: int, first: int = 1) -> frozenset[int]:
    """The rounds a talent marked absent (or present again) on the day misses (or attends): the ones `named`, else
    every round from `first` on. The rounds before `first` have been held (or are under way): they are history,
    so a change of attendance touches them only when named (the talent did not come to a round under way, or did
    after all); otherwise the talent keeps their seat there, or their absence."""
    if not 1 <= first <= rounds:
        raise InputError(msg("変更するラウンドは1〜{n}にしてください", "The first round to change must be 1-{n}",
                             n=rounds))
    return frozenset(range(first, rounds + 1) if named is None else named)


def moves(before: Sequence[Seating], after: Sequence[Seating]) -> tuple[Move, ...]:
    """Who sits at another table than before, round by round; people who left or joined are not moves."""
    out: list[Move] = []
    for r, (old, new) in enumerate(zip(before, after, strict=False), start=1):
        was = {p: t for t, people in old.items() for p in people}
        for table, people in new.items():
            out.extend(Move(r, p, was[p], table) for p in people if p in was and was[p] != table)
    return tuple(out)


def replan_keeping(inp: PlanInput, previous: Sequence[Seating], first: int = 1,
                   progress: Progress | None = None) -> Plan:
    """The plan after a change of attendance, keeping `previous` as far as the rules allow (`repair`). Where
    the few moves cannot mend a hard rule (a new keep-apart pair at a full table, say), `search_from` re-plans."""
    from colead_desktop.domain import roundtables as rt
    from colead_desktop.domain.roundtables_check import check_plan

    _check_first(inp, first)
    report(progress, 0, 1)  # where a cancel asked before the work stops it
    kept = repair(inp, previous, first)
    if not check_plan(inp, kept):
        report(progress, 1, 1)
        return rt.Plan(kept, rt.compute_metrics(inp, kept))
    return search_from(inp, previous, first, progress)


def replan(inp: PlanInput, previous: Sequence[Seating], first: int = 1, progress: Progress | None = None) -> Plan:
    """「再計画」, the one rule of the window's button and `colead roundtables replan`. A seating out of date (someone
    joined, left or changed their rounds since it was saved: `previous` does not seat, round by round, just the
    people `inp` seats) is brought up to date moving as few people as that needs (`replan_keeping`). An up-to-date
    one is improved: the search starts from it, pins and the rounds before `first` kept (`search_from`); its
    iteration count, not the clock, bounds it, so the same data gives the same plan on every machine."""
    if _seats_just(inp, previous):
        return search_from(inp, previous, first, progress)
    return replan_keeping(inp, previous, first, progress)


def _seats_just(inp: PlanInput, previous: Sequence[Seating]) -> bool:
    """Whether `previous` seats, in each round of `inp` and at its tables, exactly the talents attending it."""
    tables = {t.id for t in inp.tables}
    return len(previous) == inp.rounds and all(
        set(seating) <= tables
        and sorted(p for people in seating.values() for p in people) == sorted(t.id for t in inp.talents
                                                                               if t.attends(r))
        for r, seating in enumerate(previous, start=1))


def search_from(inp: PlanInput, previous: Sequence[Seating], first: int = 1,
                progress: Progress | None = None) -> Plan:
    """The search's plan started from `previous`, the rounds before `first` pinned as `repair` keeps them;
    the planner's reason is raised if the rules cannot be met."""
    from colead_desktop.domain import roundtables as rt

    _check_first(inp, first)
    started = tuple(rt.Pin(p, r, table) for r, seating in enumerate(repair(inp, previous, first)[: first - 1], start=1)
                    for table, people in seating.items() for p in people)
    held = {(p.talent, p.round) for p in started}
    return rt.solve(replace(inp, pins=started + tuple(p for p in inp.pins if (p.talent, p.round) not in held)),
                    previous, progress)


def _check_first(inp: PlanInput, first: int) -> None:
    from colead_desktop.domain import roundtables as rt

    rt.validate(inp)
    if not 1 <= first <= inp.rounds:
        raise InputError(msg("変更するラウンドは1〜{n}にしてください", "The first round to change must be 1-{n}",
                             n=inp.rounds))
