"""Exact seating for small mix-mode meetups with OR-Tools CP-SAT: improves the local-search plan and proves a bound.

Why: on small, tight meetups the local search stops far from the best plan (16 talents in 4 tables of 4 over
4 rounds) and cannot say how far. Up to `EXACT_MAX_TALENTS` this model takes the local-search plan as a hint
and minimises, level by level (each level's best is kept while the next is minimised): revisits, unmet
preferences, repeated pairs, then the pile-up of one skill at a table as a tie-break. Preferences come
before repeated pairs because the local search weighs them so too (a stated wish over one more old face).
Table sizes stay as even as the local search makes them (`roundtables_search.size_ranges`).

Determinism: one CP-SAT worker with the input's seed, stopped by deterministic time (a count of work, not
seconds), so any machine gives the same plan; a slow one only takes longer. ortools is imported here,
when the model runs, so the app's start-up and large instances do not pay for it. Where it cannot be imported
(the bundled app leaves out numpy and pandas, which ortools needs), `available()` says so and the planner
keeps the local search's plan and the counting bound.

Cancel: a watcher thread asks the caller's `tick` every `POLL_SECONDS` while CP-SAT runs and stops the
search when the user cancels; the model's result is then dropped, so a cancel never leaves a partial plan.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import combinations
from typing import TYPE_CHECKING, Any

from colead_desktop.domain.progress import Cancelled
from colead_desktop.domain.roundtables_bounds import repeat_floor, revisit_floor
from colead_desktop.domain.roundtables_search import Index, Seats, Tick, size_ranges

if TYPE_CHECKING:
    from colead_desktop.domain.roundtables import PlanInput

EXACT_MAX_TALENTS = 40
PROVEN_TALENTS = 20
"""Up to this many talents the model mostly proves its plan within the work limit."""
WORK_LIMIT = 1.0
"""CP-SAT deterministic time for all levels of one plan: about 2-4 s of one core of a 2-core build machine."""
SKILL_SHARE = 0.15
"""Part of the work limit the skill tie-break gets, and no more: it never changes the figures reported, so
work the levels before it left over is not spent on it (a plan proven early comes out early)."""
POLL_SECONDS = 0.1
"""How often a running CP-SAT search asks whether the user cancelled: the Cancel button's delay."""
LEVELS = 4
"""Searches one plan may run: revisits, unmet preferences, repeats, skill tie-break (the `tick` total)."""


@cache
def available() -> bool:
    """Whether CP-SAT can be loaded here (it needs numpy and pandas, which the bundled app leaves out)."""
    try:
        from ortools.sat.python import cp_model  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class Outcome:
    seats: Seats
    repeat_bound: int
    """No plan with as few revisits and unmet preferences as `seats` (and tables as even) has fewer repeats."""
    proven: bool
    """Revisits, unmet preferences and repeated pairs are each proven minimal in turn."""
    limit_reached: bool
    """The work limit stopped a level before its proof."""


@dataclass(frozen=True)
class Figures:
    revisits: int
    unmet: int
    repeats: int
    skill_excess: int


def figures(ix: Index, seats: Seats) -> Figures:
    """The levels the model minimises, counted on a plan, the same way the model counts them."""
    revisits = unmet = 0
    for t in range(ix.n):
        tables = [seats[r][t] for r in range(ix.rounds) if seats[r][t] >= 0]
        revisits += len(tables) - len(set(tables))
        unmet += max(0, ix.want[t] - len(ix.prefs[t] & set(tables)))
    repeats = 0
    for p, q in combinations(range(ix.n), 2):
        met = sum(1 for r in range(ix.rounds) if seats[r][p] >= 0 and seats[r][p] == seats[r][q])
        repeats += max(0, met - 1)
    excess = 0
    for r in range(ix.rounds):
        for s, cap in _skill_caps(ix, r).items():
            for k in range(ix.m):
                excess += max(0, sum(1 for t in range(ix.n) if seats[r][t] == k and ix.skill[t] == s) - cap)
    return Figures(revisits, unmet, repeats, excess)


def _skill_caps(ix: Index, r: int) -> dict[int, int]:
    """Per skill, the most talents of it one table of round r needs to take when spread evenly."""
    counts: dict[int, int] = {}
    for t in range(ix.n):
        if ix.attends[t][r]:
            counts[ix.skill[t]] = counts.get(ix.skill[t], 0) + 1
    return {s: -(-c // ix.m) for s, c in counts.items()}


def improve(inp: PlanInput, ix: Index, seats: Seats, tick: Tick) -> Outcome:
    """The best plan the model finds from `seats` within `WORK_LIMIT`, never worse level by level. Only call
    it when `available()`. `tick(level, LEVELS)` may raise `Cancelled`, which stops the model at once."""
    work_limit = WORK_LIMIT
    ranges = [_ranges(ix, r) for r in range(ix.rounds)]
    current = _canonical(ix, ranges, seats)
    model = _Model(ix, ranges, symmetric=True)
    remaining = work_limit * (1 - SKILL_SHARE)
    proven, limit_reached, bound = True, False, 0
    for done, (level, share) in enumerate((("revisits", 0.25), ("unmet", 0.25), ("repeats", 1.0))):
        tick(done, LEVELS)
        floor = {"revisits": revisit_floor(inp), "unmet": 0}.get(level)
        if floor is None:  # repeats: the counting bound among plans with as few revisits as ours
            floor = repeat_floor(inp, figures(ix, current).revisits)
        bound = floor
        if getattr(figures(ix, current), level) > floor:
            found, solved, used, _optimal = model.minimize(getattr(model, level), current, remaining * share, inp.seed,
                                                           partial(tick, done, LEVELS), floor)
            remaining -= used
            if found is not None and _key(ix, found) < _key(ix, current):
                current = found
            bound = max(floor, solved)
        have = getattr(figures(ix, current), level)
        proven = proven and bound >= have
        limit_reached = limit_reached or bound < have
        model.cp.add(getattr(model, level) <= have)
    final = figures(ix, current)
    if final.skill_excess > 0:
        tick(LEVELS - 1, LEVELS)
        current = _spread_skills(ix, ranges, current, final, work_limit * SKILL_SHARE, inp.seed,
                                 partial(tick, LEVELS - 1, LEVELS))
    return Outcome(current, min(bound, final.repeats), proven, limit_reached)


def _key(ix: Index, seats: Seats) -> tuple[int, int, int]:
    f = figures(ix, seats)
    return f.revisits, f.unmet, f.repeats


def _spread_skills(ix: Index, ranges: list[list[tuple[int, int]]], seats: Seats, at: Figures, limit: float,
                   seed: int, check: Callable[[], None]) -> Seats:
    """The tie-break: fewer talents of one skill at a table, keeping revisits, preferences and repeats. A
    model of its own, without the symmetry breaking that treats talents of different skills alike."""
    model = _Model(ix, ranges, symmetric=False)
    model.cp.add(model.revisits <= at.revisits)
    model.cp.add(model.unmet <= at.unmet)
    model.cp.add(model.repeats <= at.repeats)
    found, _bound, _used, _optimal = model.minimize(model.skill_excess, seats, limit, seed, check)
    if found is not None and figures(ix, found).skill_excess < at.skill_excess:
        return found
    return seats


def _ranges(ix: Index, r: int) -> list[tuple[int, int]]:
    lower = [0] * ix.m
    total = 0
    for t in range(ix.n):
        if ix.attends[t][r]:
            total += 1
            if (t, r) in ix.pins:
                lower[ix.pins[t, r]] += 1
    return size_ranges(lower, ix.caps, total)


def _talent_classes(ix: Index) -> list[list[int]]:
    """Talents the first three levels cannot tell apart: same rounds, same wishes, no pin, no keep-apart."""
    pinned = {t for t, _ in ix.pins}
    classes: dict[tuple[Any, ...], list[int]] = {}
    for t in range(ix.n):
        free = t not in pinned and not ix.apart[t]
        key = (tuple(ix.attends[t]), ix.prefs[t]) if free else ("alone", t)
        classes.setdefault(key, []).append(t)
    return [c for c in classes.values() if len(c) > 1]


def _table_classes(ix: Index, ranges: list[list[tuple[int, int]]]) -> list[list[int]]:
    """Tables the first three levels cannot tell apart: same capacity and sizes, no pin, nobody's wish."""
    marked = {k for k in ix.pins.values()} | {k for prefs in ix.prefs for k in prefs}
    classes: dict[tuple[Any, ...], list[int]] = {}
    for k in range(ix.m):
        key = (ix.caps[k], tuple(rr[k] for rr in ranges)) if k not in marked else ("alone", k)
        classes.setdefault(key, []).append(k)
    return [c for c in classes.values() if len(c) > 1]


def _rounds_alike(ix: Index) -> bool:
    """Rounds the first three levels cannot tell apart: nobody pinned, everyone in every round."""
    return not ix.pins and all(all(row) for row in ix.attends)


def _canonical(ix: Index, ranges: list[list[tuple[int, int]]], seats: Seats) -> Seats:
    """`seats` relabelled to meet the model's symmetry breaking with the same first three levels: the least,
    read talent by talent and round by round, of the plans it becomes by sorting like talents, like rounds
    and renaming like tables. Each of the three makes the reading smaller unless it changes nothing, so
    taking them in turn ends, at a plan none of them changes: what `_break_symmetry` asks for."""
    seats = [list(row) for row in seats]
    talents, tables, alike = _talent_classes(ix), _table_classes(ix, ranges), _rounds_alike(ix)
    while True:
        before = [row[:] for row in seats]
        for members in talents:
            paths = sorted(tuple(seats[r][t] for r in range(ix.rounds)) for t in members)
            for t, path in zip(members, paths, strict=True):
                for r in range(ix.rounds):
                    seats[r][t] = path[r]
        if alike:
            seats = sorted(seats)
        for members in tables:
            first = list(dict.fromkeys(seats[r][t] for t in range(ix.n) for r in range(ix.rounds) if seats[r][t] in members))
            order = first + [k for k in members if k not in first]
            relabel = dict(zip(order, members, strict=True))
            seats = [[relabel.get(k, k) for k in row] for row in seats]
        if seats == before:
            return seats


class _Model:
    """Booleans x[t][r][k] (talent t at table k in round r) and the four levels as linear expressions."""

    def __init__(self, ix: Index, ranges: list[list[tuple[int, int]]], symmetric: bool) -> None:
        from ortools.sat.python import cp_model  # lazily: only small meetups pay for loading the solver

        self.ix, self.cp = ix, cp_model.CpModel()
        cp = self.cp
        rounds, tables = range(ix.rounds), range(ix.m)
        self.x: dict[tuple[int, int, int], Any] = {}
        for t in range(ix.n):
            for r in rounds:
                if not ix.attends[t][r]:
                    continue
                allowed = [ix.pins[t, r]] if (t, r) in ix.pins else list(tables)
                cp.add_exactly_one(self._new(t, r, k) for k in allowed)
        for r in rounds:
            for k in tables:
                low, high = ranges[r][k]
                cp.add_linear_constraint(sum(self._at(t, r, k) for t in range(ix.n)), low, high)
        for t in range(ix.n):
            for u in ix.apart[t]:
                if t < u:
                    for (tt, r, k), var in self.x.items():
                        if tt == t and (u, r, k) in self.x:
                            cp.add_at_most_one(var, self.x[u, r, k])
        revisits, unmet = [], []
        for t in range(ix.n):
            seen = {}
            for k in tables:
                here = [self.x[t, r, k] for r in rounds if (t, r, k) in self.x]
                if here:
                    seen[k] = cp.new_bool_var("")
                    cp.add_bool_or(here).only_enforce_if(seen[k])
            attended = sum(ix.attends[t])
            revisits.append(attended - sum(seen.values()))
            if ix.want[t]:
                miss = cp.new_int_var(0, ix.want[t], "")
                cp.add(sum(seen[k] for k in ix.prefs[t] if k in seen) + miss >= ix.want[t])
                unmet.append(miss)
        self.revisits = sum(revisits)
        self.unmet = sum(unmet)
        self.repeats = sum(self._pair_repeats(p, q) for p, q in combinations(range(ix.n), 2))
        excess = []
        for r in rounds:
            for s, cap in _skill_caps(ix, r).items():
                for k in tables:
                    count = sum(self._at(t, r, k) for t in range(ix.n) if ix.skill[t] == s)
                    over = cp.new_int_var(0, ix.n, "")
                    cp.add(over >= count - cap)
                    excess.append(over)
        self.skill_excess = sum(excess)
        if symmetric:
            self._break_symmetry(ranges)

    def _new(self, t: int, r: int, k: int) -> Any:
        self.x[t, r, k] = self.cp.new_bool_var("")
        return self.x[t, r, k]

    def _at(self, t: int, r: int, k: int) -> Any:
        return self.x.get((t, r, k), 0)

    def _pair_repeats(self, p: int, q: int) -> Any:
        """max(0, rounds p and q share a table - 1), as a variable the objective pushes down to it."""
        ix, cp = self.ix, self.cp
        if q in ix.apart[p]:
            return 0
        shared = [r for r in range(ix.rounds) if ix.attends[p][r] and ix.attends[q][r]]
        if len(shared) < 2:
            return 0
        meets = []
        for r in shared:
            common = [k for k in range(ix.m) if (p, r, k) in self.x and (q, r, k) in self.x]
            if not common:
                continue
            meet = cp.new_bool_var("")
            for k in common:
                cp.add_bool_or(self.x[p, r, k].negated(), self.x[q, r, k].negated(), meet)
            meets.append(meet)
        if len(meets) < 2:
            return 0
        extra = cp.new_int_var(0, len(meets) - 1, "")
        cp.add(extra >= sum(meets) - 1)
        return extra

    def _seat(self, t: int, r: int) -> Any:
        return sum(k * self.x[t, r, k] for k in range(self.ix.m) if (t, r, k) in self.x)

    def _break_symmetry(self, ranges: list[list[tuple[int, int]]]) -> None:
        """Of the plans alike to the first three levels, only the least read talent by talent and round by
        round is allowed (lex-leader): like talents in order of their tables round by round, like rounds in
        order of their tables talent by talent, like tables in order of first use. All three follow from one
        reading, so together they still let the least plan of every kind through. `_canonical` puts the hint
        in the same form."""
        ix = self.ix
        rounds = range(ix.rounds)
        for members in _talent_classes(ix):
            attended = [r for r in rounds if ix.attends[members[0]][r]]
            for a, b in zip(members, members[1:], strict=False):
                self._lex_leq([self._seat(a, r) for r in attended], [self._seat(b, r) for r in attended])
        if _rounds_alike(ix):
            for r in rounds[:-1]:
                self._lex_leq([self._seat(t, r) for t in range(ix.n)], [self._seat(t, r + 1) for t in range(ix.n)])
        reading = [(t, r) for t in range(ix.n) for r in rounds if ix.attends[t][r]]
        for members in _table_classes(ix, ranges):
            for a, b in zip(members, members[1:], strict=False):
                self._first_use_before(reading, a, b)

    def _lex_leq(self, left: list[Any], right: list[Any]) -> None:
        """left <= right lexicographically: `equal[i]` may hold only while the first i entries are equal."""
        cp = self.cp
        equal: list[Any] = []  # no condition: the empty prefixes are equal
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            cp.add(a <= b).only_enforce_if(equal)
            if i == len(left) - 1:
                return
            still = cp.new_bool_var("")
            for held in equal:
                cp.add_implication(still, held)
            cp.add(a + 1 <= b).only_enforce_if([*equal, still.negated()])
            equal = [still]

    def _first_use_before(self, reading: list[tuple[int, int]], a: int, b: int) -> None:
        """Table b seats nobody, in reading order, before table a has seated someone."""
        cp = self.cp
        used_a: Any = None
        for t, r in reading:
            if (t, r, b) in self.x:
                if used_a is None:
                    cp.add(self.x[t, r, b] == 0)
                else:
                    cp.add_implication(self.x[t, r, b], used_a)
            if (t, r, a) in self.x:
                now = cp.new_bool_var("")
                earlier = [self.x[t, r, a]] + ([used_a] if used_a is not None else [])
                cp.add_bool_or(earlier).only_enforce_if(now)
                used_a = now

    def minimize(self, objective: Any, hint: Sequence[Sequence[int]], limit: float, seed: int,
                 check: Callable[[], None], floor: int = 0) -> tuple[Seats | None, int, float, bool]:
        """(best plan found or None, proven lower bound, deterministic time used, proven optimal). `check`
        raises `Cancelled` to stop the search; it is polled from a watcher thread while CP-SAT runs and the
        exception is raised again here, after the solver has returned. A plan reaching `floor`, a bound the
        caller knows, ends the search (CP-SAT would go on trying to prove it; as a constraint, the floor
        steered its search elsewhere and cost plans on other shapes)."""
        from ortools.sat.python import cp_model

        cp = self.cp
        cp.minimize(objective)
        cp.clear_hints()  # type: ignore[no-untyped-call]  # ortools 9.15 leaves it unannotated
        for (t, r, k), var in self.x.items():
            cp.add_hint(var, hint[r][t] == k)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.random_seed = seed
        solver.parameters.max_deterministic_time = max(limit, 0.01)
        status = _solve_watched(solver, cp, check, _stop_at(floor))
        used = solver.response_proto.deterministic_time
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None, 0, used, False
        seats: Seats = [[-1] * self.ix.n for _ in range(self.ix.rounds)]
        for (t, r, k), var in self.x.items():
            if solver.boolean_value(var):
                seats[r][t] = k
        bound = int(-(-solver.best_objective_bound // 1))
        return seats, bound, used, status == cp_model.OPTIMAL


def _stop_at(floor: int) -> Any:
    """A solution callback that stops the search at the first plan whose objective is `floor`."""
    from ortools.sat.python import cp_model

    class StopAtFloor(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            if self.objective_value <= floor:
                self.stop_search()

    return StopAtFloor()


def _solve_watched(solver: Any, model: Any, check: Callable[[], None], callback: Any) -> Any:
    """`solver.solve(model, callback)`, stopped as soon as `check` raises `Cancelled`, which is then raised here.

    The solve runs on a thread Python starts, and this one polls `check` meanwhile (CP-SAT releases the GIL while
    it searches). Why not solve here: the GUI's jobs run on a thread Qt started (QThreadPool), and there CP-SAT
    crashed the interpreter with a segmentation fault when it called back into Python
    (tests/ui/test_meetup_roundtable_jobs.py, every run); on a thread Python started it does not."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(solver.solve(model, callback))
        except BaseException as exc:  # raised again on the caller's thread
            outcome.append(exc)

    check()
    solving = threading.Thread(target=run, name="cp-sat", daemon=True)
    solving.start()
    cancelled = False
    while solving.is_alive():
        solving.join(POLL_SECONDS)
        if not cancelled and solving.is_alive():
            try:
                check()
            except Cancelled:
                cancelled = True
                solver.stop_search()
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    if cancelled:
        raise Cancelled()
    return result
