"""The search behind the round-table planner: greedy construction, then local search on swaps and moves.

Why a penalty search: it answers in well under a second for 16-60 talents and within seconds for 1,000;
where the tables allow it, a constructed plan (`roundtables_lines`: blocks of talents on the lines of a finite
plane) comes first and ends the search when it reaches the bound; up to `DESIGN_MAX_TALENTS` talents without
keep-apart pairs a groups-first search (`roundtables_design`) is tried as a second start where the plan misses
its bound; small mix-mode meetups then go on to the exact model (`roundtables_exact`), given the better plan
as a hint. Hard rules that the construction cannot guarantee
(keep-apart pairs, group capacity) carry huge weights; whatever is left violated after the search is reported
as infeasible input.

Determinism: only `random.Random(seed)` drives choices, and the search stops after a step budget derived
from the instance size, or at the counting bounds; never on the clock, so a slow machine gives the same plan.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roundtables_bounds import repeat_floor, revisit_floor

if TYPE_CHECKING:
    from colead_desktop.domain.roundtables import PlanInput

Hint = dict[tuple[int, int], int]
"""(talent index, round index) -> table index of an earlier plan."""
Seats = list[list[int]]
"""seats[round][talent] = table index, or -1 when the talent is absent."""
Tick = Callable[[int, int], None]
"""tick(done, total): how far a search is; raises `progress.Cancelled` when the user asked it to stop. Called
between steps, never inside one, so a search stopped there leaves nothing half done."""

W_HARD = 1_000_000
W_REVISIT = 1_000
W_HINT = 500
W_PREF = 40
W_PAIR = 3
W_SKILL = 1
DESIGN_MAX_TALENTS = 60
"""Up to this many talents the groups-first search (`roundtables_design`) is tried as a second start."""
DESIGN_WORK = 1_000_000
"""Swaps the groups-first search may weigh: about a second of one core."""


class Index:
    """The input as integer-indexed lists, so the inner loops do no string hashing."""

    def __init__(self, inp: PlanInput) -> None:
        table_of = {t.id: i for i, t in enumerate(inp.tables)}
        talent_of = {t.id: i for i, t in enumerate(inp.talents)}
        skills = {s: i for i, s in enumerate(sorted({t.skill for t in inp.talents}))}
        self.n, self.m, self.rounds = len(inp.talents), len(inp.tables), inp.rounds
        self.names = [t.id for t in inp.tables]
        self.people = [t.id for t in inp.talents]
        self.caps = [t.capacity for t in inp.tables]
        self.n_skills = max(1, len(skills))
        self.skill = [skills[t.skill] for t in inp.talents]
        self.attends = [[t.attends(r + 1) for r in range(inp.rounds)] for t in inp.talents]
        self.prefs = [frozenset(table_of[p] for p in t.prefers) for t in inp.talents]
        self.want = [min(len(p), sum(a)) for p, a in zip(self.prefs, self.attends, strict=True)]
        self.pins = {(talent_of[p.talent], p.round - 1): table_of[p.table] for p in inp.pins}
        self.apart: list[set[int]] = [set() for _ in inp.talents]
        for a, b in inp.apart:
            self.apart[talent_of[a]].add(talent_of[b])
            self.apart[talent_of[b]].add(talent_of[a])


def _targets(lower: list[int], caps: list[int], total: int, offset: int) -> list[int]:
    """Table sizes for one round: as equal as capacities and pinned seats allow (water filling).
    `offset` rotates which tables get the extra seat so it does not always land on the first one."""
    sizes = list(lower)
    m = len(caps)
    heap = [(sizes[k], (k - offset) % m, k) for k in range(m) if sizes[k] < caps[k]]
    heapq.heapify(heap)
    for _ in range(total - sum(lower)):
        size, order, k = heapq.heappop(heap)
        sizes[k] = size + 1
        if sizes[k] < caps[k]:
            heapq.heappush(heap, (sizes[k], order, k))
    return sizes


def size_ranges(lower: list[int], caps: list[int], total: int) -> list[tuple[int, int]]:
    """(fewest, most) talents per table in a round whose tables are as even as `_targets` makes them: every
    table that is neither full nor held higher by its pins seats the water level L or L + 1. Any choice of
    sizes in these ranges that seats `total` is as even as the planner's, so the exact model may pick it."""
    sizes = _targets(lower, caps, total, 0)
    open_sizes = [s for s, cap in zip(sizes, caps, strict=True) if s < cap]
    if not open_sizes:
        return [(s, s) for s in sizes]
    level = min(open_sizes)
    return [(min(cap, max(low, level)), max(low, min(cap, level + 1))) for low, cap in zip(lower, caps, strict=True)]


class _MixState:
    """Seats plus the counters that make every cost change O(table size): pair meetings, visits, skills."""

    def __init__(self, ix: Index) -> None:
        self.ix = ix
        self.seat: Seats = [[-1] * ix.n for _ in range(ix.rounds)]
        self.members: list[list[list[int]]] = [[[] for _ in range(ix.m)] for _ in range(ix.rounds)]
        self.pos: list[list[int]] = [[-1] * ix.n for _ in range(ix.rounds)]
        self.met: list[dict[int, int]] = [{} for _ in range(ix.n)]
        self.visits = [[0] * ix.m for _ in range(ix.n)]
        self.skills = [[[0] * ix.n_skills for _ in range(ix.m)] for _ in range(ix.rounds)]

    def add(self, r: int, t: int, k: int) -> None:
        met, table = self.met, self.members[r][k]
        for v in table:
            met[t][v] = met[t].get(v, 0) + 1
            met[v][t] = met[v].get(t, 0) + 1
        self.pos[r][t] = len(table)
        table.append(t)
        self.seat[r][t] = k
        self.visits[t][k] += 1
        self.skills[r][k][self.ix.skill[t]] += 1

    def remove(self, r: int, t: int) -> int:
        k = self.seat[r][t]
        table, pos = self.members[r][k], self.pos[r]
        last = table.pop()
        if last != t:
            table[pos[t]] = last
            pos[last] = pos[t]
        met = self.met
        for v in table:
            for x, y in ((t, v), (v, t)):
                if met[x][y] == 1:
                    del met[x][y]
                else:
                    met[x][y] -= 1
        self.seat[r][t] = -1
        self.visits[t][k] -= 1
        self.skills[r][k][self.ix.skill[t]] -= 1
        return k

    def leave_join(self, r: int, t: int, a: int, b: int, other: int) -> int:
        """Weighted cost change when t leaves table a for b in round r while `other` goes the other way
        (other = -1 for a plain move). Skills are handled by the caller because they interact."""
        met_t, vis, prefs = self.met[t], self.visits[t], self.ix.prefs[t]
        pair = 0
        for v in self.members[r][a]:
            if v != t:
                pair -= 2 * (met_t[v] - 1)
        for v in self.members[r][b]:
            if v != other:
                pair += 2 * met_t.get(v, 0)
        revisit = (1 if vis[b] >= 1 else 0) - (1 if vis[a] >= 2 else 0)
        pref = 0
        if prefs:
            seen = sum(1 for p in prefs if vis[p] > 0)
            after = seen - (a in prefs and vis[a] == 1) + (b in prefs and vis[b] == 0)
            want = self.ix.want[t]
            pref = max(0, want - after) - max(0, want - seen)
        apart = 0
        row = self.seat[r]
        for p in self.ix.apart[t]:
            if p != other:
                apart += (row[p] == b) - (row[p] == a)
        return W_PAIR * pair + W_REVISIT * revisit + W_PREF * pref + W_HARD * apart

    def cost(self) -> int:
        """The weighted cost the steps lower, in total: the same weights as `leave_join` and `_step`."""
        ix = self.ix
        pair = sum(c * (c - 1) for met in self.met for c in met.values()) // 2  # each pair is in two dicts
        revisit = sum(c - 1 for per in self.visits for c in per if c > 1)
        pref = sum(max(0, ix.want[t] - sum(1 for p in ix.prefs[t] if self.visits[t][p])) for t in range(ix.n))
        apart = sum(1 for r in range(ix.rounds) for t in range(ix.n) for p in ix.apart[t]
                    if self.seat[r][t] >= 0 and self.seat[r][p] == self.seat[r][t])
        skill = sum(c * c for per_round in self.skills for per_table in per_round for c in per_table)
        return W_PAIR * pair + W_REVISIT * revisit + W_PREF * pref + W_HARD * apart + W_SKILL * skill

    def figures(self) -> tuple[int, int, int]:
        """(revisits, unmet preferences, repeated pairs) of the current seats."""
        ix = self.ix
        revisit = sum(c - 1 for per in self.visits for c in per if c > 1)
        pref = sum(max(0, ix.want[t] - sum(1 for p in ix.prefs[t] if self.visits[t][p])) for t in range(ix.n))
        pairs = sum(c - 1 for met in self.met for c in met.values()) // 2
        return revisit, pref, pairs

    def reset(self, seats: Seats) -> None:
        """Seat everyone as in `seats`, rebuilding the counters."""
        for r in range(self.ix.rounds):
            for t in range(self.ix.n):
                if self.seat[r][t] >= 0:
                    self.remove(r, t)
        for r, row in enumerate(seats):
            for t, k in enumerate(row):
                if k >= 0:
                    self.add(r, t, k)

    def movable_hot(self) -> list[tuple[int, int]]:
        """The seats of `hot` that are not pinned: the ones a step may change."""
        return [(r, t) for r, t in self.hot() if (t, r) not in self.ix.pins]

    def hot(self) -> list[tuple[int, int]]:
        """Seats worth trying to improve: repeated pair, revisit, keep-apart clash or unmet preference."""
        out: list[tuple[int, int]] = []
        ix = self.ix
        for r in range(ix.rounds):
            row = self.seat[r]
            for t in range(ix.n):
                k = row[t]
                if k < 0:
                    continue
                met_t = self.met[t]
                if (self.visits[t][k] > 1 or any(met_t[v] > 1 for v in self.members[r][k] if v != t)
                        or any(row[p] == k for p in ix.apart[t])
                        or (ix.want[t] and sum(1 for p in ix.prefs[t] if self.visits[t][p]) < ix.want[t])):
                    out.append((r, t))
        return out


def seat_mix(inp: PlanInput, hint: Hint, ix: Index, thorough: bool, tick: Tick) -> Seats:
    """Mix mode: re-seat everyone each round, avoiding revisits and repeated pairs. `thorough` spends the
    full step budget on restarts; without it one descent gives the exact model its starting plan."""
    rng = random.Random(inp.seed)
    state = _MixState(ix)
    for r in range(ix.rounds):
        tick(0, 1)  # constructing a round of 1,000 talents takes a moment too
        _construct_round(ix, state, r, hint, rng)
    floor = revisit_floor(inp)
    goal = (floor, 0, repeat_floor(inp, floor))
    lines = None if hint else _lines(ix, inp.seed)
    if lines is not None and lines.figures() <= goal:
        return lines.seat  # the bound: no search does better (the 2021 case, 40 in 4 tables of 10, 60 x 5 x 5)
    second_start = ix.n <= DESIGN_MAX_TALENTS and not any(ix.apart)
    # with a second start, the first search reports the first three quarters of the progress
    _improve_mix(ix, state, rng, goal, thorough, partial(_quarters, tick, 0, 3) if second_start else tick)
    if second_start and state.figures() > goal:
        _from_design(inp, ix, state, rng, goal, tick)
    if lines is not None and (lines.figures(), lines.cost()) < (state.figures(), state.cost()):
        return lines.seat
    for r in range(ix.rounds):
        for t in range(ix.n):
            k = state.seat[r][t]
            clash = sorted(p for p in ix.apart[t] if state.seat[r][p] == k and k >= 0)
            if clash:
                raise InputError(msg("第{r}ラウンドで同席禁止の{a}と{b}を別のテーブルに分けられません",
                                     "Round {r}: cannot seat {a} and {b} at different tables", r=r + 1,
                                     a=ix.people[t], b=ix.people[clash[0]]))
    return state.seat


def _lines(ix: Index, seed: int) -> _MixState | None:
    """The blocks-on-lines plan (`roundtables_lines`) with its counters, where the shape allows one."""
    from colead_desktop.domain.roundtables_lines import line_seats  # it builds on this module

    seats = line_seats(ix, seed)
    if seats is None:
        return None
    state = _MixState(ix)
    state.reset(seats)
    return state


def _from_design(inp: PlanInput, ix: Index, state: _MixState, rng: random.Random, goal: tuple[int, int, int],
                 tick: Tick) -> None:
    """Try the groups-first search (`roundtables_design`) from the plan so far, polished by the local search,
    and keep whichever plan is better."""
    from colead_desktop.domain.roundtables_design import design_seats  # it builds on this module

    before, before_key = [row[:] for row in state.seat], (state.figures(), state.cost())
    floors = (goal[0], repeat_floor(inp, ix.n * ix.rounds), goal[2])
    designed = design_seats(ix, before, rng, DESIGN_WORK, floors, partial(tick, 3, 4))
    state.reset(designed)
    designed_key = (state.figures(), state.cost())
    if designed_key[0] > goal:
        # the polish weighs pairs by the square of their meetings, so its best may repeat more pairs in all
        _improve_mix(ix, state, rng, goal, False, partial(_quarters, tick, 3, 1))
        if (state.figures(), state.cost()) > designed_key:
            state.reset(designed)
    if (state.figures(), state.cost()) >= before_key:
        state.reset(before)


def _quarters(tick: Tick, start: int, quarters: int, done: int, total: int) -> None:
    """`tick` told of `done` out of `total` as the part from `start` quarters to `start + quarters` of it."""
    tick(start * total + quarters * done, 4 * total)


def _construct_round(ix: Index, state: _MixState, r: int, hint: Hint, rng: random.Random) -> None:
    attendees = [t for t in range(ix.n) if ix.attends[t][r]]
    lower = [0] * ix.m
    for t in attendees:
        if (t, r) in ix.pins:
            lower[ix.pins[t, r]] += 1
    target = _targets(lower, ix.caps, len(attendees), r)
    free = []
    for t in attendees:
        if (t, r) in ix.pins:
            state.add(r, t, ix.pins[t, r])
        else:
            free.append(t)
    rng.shuffle(free)
    free.sort(key=lambda t: (t, r) not in hint)
    order = list(range(ix.m))
    rng.shuffle(order)
    row, members, skills = state.seat[r], state.members[r], state.skills[r]
    for t in free:
        inc = [0] * ix.m
        for v, c in state.met[t].items():
            if row[v] >= 0:
                inc[row[v]] += W_PAIR * 2 * c
        for p in ix.apart[t]:
            if row[p] >= 0:
                inc[row[p]] += W_HARD
        vis, prefs, s, wish = state.visits[t], ix.prefs[t], ix.skill[t], hint.get((t, r), -1)
        best, best_score = -1, 0
        for k in order:
            if len(members[k]) >= target[k]:
                continue
            score = (inc[k] + W_SKILL * 2 * skills[k][s] + (W_REVISIT if vis[k] else 0)
                     - (W_PREF if k in prefs and not vis[k] else 0) - (W_HINT if k == wish else 0))
            if best < 0 or score < best_score:
                best, best_score = k, score
        state.add(r, t, best)
    _repair_revisits(ix, state, r)


def _repair_revisits(ix: Index, state: _MixState, r: int) -> None:
    """Late in a round the only free seats may be at tables a talent has seen; try every swap that
    sends such a talent to a new table and its partner to a table new to them."""
    row = state.seat[r]
    for t in range(ix.n):
        a = row[t]
        if a < 0 or state.visits[t][a] < 2 or (t, r) in ix.pins:
            continue
        for b in range(ix.m):
            if state.visits[t][b] or any(row[p] == b for p in ix.apart[t]):
                continue
            u = next((u for u in state.members[r][b] if (u, r) not in ix.pins and not state.visits[u][a]
                      and not any(row[p] == a and p != t for p in ix.apart[u])), -1)
            if u >= 0:
                state.remove(r, t)
                state.remove(r, u)
                state.add(r, t, b)
                state.add(r, u, a)
                break


def _improve_mix(ix: Index, state: _MixState, rng: random.Random, goal: tuple[int, int, int], thorough: bool,
                 tick: Tick) -> None:
    """Iterated local search: descend (take a seat with a problem, send the talent to the table where it meets
    the fewest old acquaintances, swapping with the best of a few people there) until `patience` steps bring
    nothing, then restart from the best plan so far with a few random swaps. Stops when the step budget is
    spent, no seat a step may change has a problem (a pinned talent who misses a wish stays as pinned), or the
    plan reaches `goal` (revisits, unmet preferences, repeated pairs: the counting bounds, so nothing better
    exists)."""
    slots = [(r, t) for r in range(ix.rounds) for t in range(ix.n) if ix.attends[t][r] and (t, r) not in ix.pins]
    if not slots or ix.m < 2:
        return
    budget = _step_budget(ix) if thorough else min(20_000, 30 * len(slots))
    patience = max(1_000, 3 * len(slots))
    refresh = max(500, len(slots) // 2)
    best_cost, best = state.cost(), [row[:] for row in state.seat]
    steps = 0
    while steps < budget:
        steps += _descend(ix, state, rng, slots, min(patience, budget - steps), refresh, budget - steps,
                          _offset(tick, steps, budget))
        cost = state.cost()
        if cost < best_cost:
            best_cost, best = cost, [row[:] for row in state.seat]
        if state.figures() <= goal or not state.movable_hot():
            break
        if steps >= budget:
            break
        state.reset(best)
        _kick(ix, state, rng, slots)
    if state.cost() > best_cost:
        state.reset(best)


def _offset(tick: Tick, start: int, total: int) -> Callable[[int], None]:
    """A descent's tick: its own step count, reported after the `start` steps taken before it."""
    return lambda done: tick(start + done, total)


def _step_budget(ix: Index) -> int:
    """Steps of local search for an instance. A step costs about a table's worth of work, so the budget is a
    fixed amount of work spread over larger or smaller tables: 120,000 steps for tables of one, 20,000 (what
    the search took before it could restart) for tables of 25 or more."""
    table = max(1, ix.n // ix.m)
    return max(20_000, min(120_000, 600_000 // (table + 4)))


def _descend(ix: Index, state: _MixState, rng: random.Random, slots: list[tuple[int, int]], patience: int,
             refresh: int, budget: int, tick: Callable[[int], None]) -> int:
    """Local search until `patience` steps without a gain or `budget` steps; returns the steps taken."""
    hot: list[tuple[int, int]] = []
    last_gain = 0
    for it in range(budget):
        if it % refresh == 0:
            tick(it)
            hot = state.movable_hot()
            if not hot:
                return it
        if it - last_gain > patience:
            return it
        r, t = hot[rng.randrange(len(hot))] if rng.random() < 0.9 else slots[rng.randrange(len(slots))]
        if _step(ix, state, r, t, rng):
            last_gain = it
    return budget


def _kick(ix: Index, state: _MixState, rng: random.Random, slots: list[tuple[int, int]]) -> None:
    """Swap a few random pairs of talents between tables of one round, whatever it costs, to leave the
    local optimum; table sizes and pins stay as they are."""
    for _ in range(max(2, len(slots) // 50)):
        r, t = slots[rng.randrange(len(slots))]
        a = state.seat[r][t]
        b = rng.randrange(ix.m)
        table_b = state.members[r][b]
        if b == a or not table_b:
            continue
        u = table_b[rng.randrange(len(table_b))]
        if (u, r) in ix.pins:
            continue
        state.remove(r, t)
        state.remove(r, u)
        state.add(r, t, b)
        state.add(r, u, a)


def _step(ix: Index, state: _MixState, r: int, t: int, rng: random.Random) -> bool:
    """One local-search step for talent t in round r; True when the cost went down."""
    row, a, m = state.seat[r], state.seat[r][t], ix.m
    pull = [0] * m
    for v, c in state.met[t].items():
        k = row[v]
        if k >= 0:
            pull[k] += c
    for p in ix.apart[t]:
        if row[p] >= 0:
            pull[row[p]] += W_HARD
    vis = state.visits[t]
    for k in range(m):
        if vis[k]:
            pull[k] += W_REVISIT
    pull[a] = W_HARD * W_HARD
    offset = rng.randrange(m)
    b = min(range(m), key=lambda k: (pull[k], (k - offset) % m))
    table_a, table_b = state.members[r][a], state.members[r][b]
    s_t = ix.skill[t]
    sk_a, sk_b = state.skills[r][a], state.skills[r][b]
    best_u, best = -1, 1
    if len(table_a) == len(table_b) + 1 and len(table_b) < ix.caps[b]:
        best = state.leave_join(r, t, a, b, -1) + W_SKILL * (2 * sk_b[s_t] - 2 * sk_a[s_t] + 2)
    for _ in range(min(2, len(table_b))):
        u = table_b[rng.randrange(len(table_b))]
        if (u, r) in ix.pins:
            continue
        s_u = ix.skill[u]
        skill = 0 if s_t == s_u else (2 * sk_a[s_u] - 2 * sk_a[s_t] + 2 * sk_b[s_t] - 2 * sk_b[s_u] + 4)
        delta = state.leave_join(r, t, a, b, u) + state.leave_join(r, u, b, a, t) + W_SKILL * skill
        if delta < best:
            best_u, best = u, delta
    if best > 0 or (best == 0 and rng.random() < 0.7):
        return False
    state.remove(r, t)
    if best_u >= 0:
        state.remove(r, best_u)
        state.add(r, best_u, a)
    state.add(r, t, b)
    return best < 0


class _Groups:
    """Fixed groups: group g sits at table (g + r) mod m in round r, a Latin-square rotation."""

    def __init__(self, ix: Index) -> None:
        self.ix = ix
        self.of = [-1] * ix.n
        self.size = [0] * ix.m
        self.skills = [[0] * ix.n_skills for _ in range(ix.m)]
        self.present = [[0] * ix.rounds for _ in range(ix.m)]

    def table(self, g: int, r: int) -> int:
        return (g + r) % self.ix.m

    def place(self, t: int, g: int, sign: int) -> None:
        self.of[t] = g if sign > 0 else -1
        self.size[g] += sign
        self.skills[g][self.ix.skill[t]] += sign
        for r, here in enumerate(self.ix.attends[t]):
            if here:
                self.present[g][r] += sign

    def score(self, t: int, g: int) -> int:
        """Marginal cost of adding t to g: overflowing seats, keep-apart clashes, unmet wishes, skill pile-up."""
        ix = self.ix
        overflow = sum(1 for r, here in enumerate(ix.attends[t])
                       if here and self.present[g][r] >= ix.caps[self.table(g, r)])
        apart = sum(1 for p in ix.apart[t] if self.of[p] == g)
        seen = {self.table(g, r) for r, here in enumerate(ix.attends[t]) if here}
        unmet = max(0, ix.want[t] - len(ix.prefs[t] & seen))
        return W_HARD * (overflow + apart) + W_PREF * unmet + W_SKILL * 2 * self.skills[g][ix.skill[t]]


def seat_groups(inp: PlanInput, hint: Hint, tick: Tick) -> Seats:
    """Fixed-groups mode: balanced groups with skills spread, rotating so each group meets each table once."""
    ix, rng = Index(inp), random.Random(inp.seed)
    groups = _Groups(ix)
    forced: dict[int, tuple[int, int]] = {}
    for (t, r), k in sorted(ix.pins.items()):
        g = (k - r) % ix.m
        if t in forced and forced[t][0] != g:
            raise InputError(msg("固定グループ方式では{p}の固定（第{a}ラウンドと第{b}ラウンド）が両立しません",
                                 "In fixed-groups mode the pins of {p} in rounds {a} and {b} contradict each other",
                                 p=ix.people[t], a=forced[t][1] + 1, b=r + 1))
        forced.setdefault(t, (g, r))
    roomy = sorted(range(ix.m), key=lambda g: -min(ix.caps[groups.table(g, r)] for r in range(ix.rounds)))
    target = [ix.n // ix.m] * ix.m
    for g in roomy[: ix.n % ix.m]:
        target[g] += 1
    for t, (g, _) in sorted(forced.items()):
        if groups.size[g] >= target[g]:
            raise InputError(msg("固定指定で1つのグループに{c}名を超える人材が集まります（均等なグループは最大{c}名）",
                                 "Pins put more than {c} talents in one group (balanced groups hold at most {c})",
                                 c=max(target)))
        groups.place(t, g, 1)
    wished = {t: (k - r) % ix.m for (t, r), k in sorted(hint.items())}
    free = [t for t in range(ix.n) if t not in forced]
    rng.shuffle(free)
    free.sort(key=lambda t: t not in wished)
    for t in free:
        room = [g for g in range(ix.m) if groups.size[g] < target[g]]
        best = min(room, key=lambda g: groups.score(t, g) - (W_HINT if wished.get(t) == g else 0))
        groups.place(t, best, 1)
    _improve_groups(ix, groups, free, rng, tick)
    for g in range(ix.m):
        for r in range(ix.rounds):
            k = groups.table(g, r)
            if groups.present[g][r] > ix.caps[k]:
                raise InputError(msg("{t}のテーブルは定員{c}名ですが、第{r}ラウンドで{n}名が必要です",
                                     "Table {t} seats {c}, but round {r} needs {n}", t=ix.names[k],
                                     c=ix.caps[k], r=r + 1, n=groups.present[g][r]))
    for t in range(ix.n):
        clash = sorted(p for p in ix.apart[t] if groups.of[p] == groups.of[t])
        if clash:
            raise InputError(msg("同席禁止の{a}と{b}を別のグループに分けられません",
                                 "Cannot put {a} and {b} in different groups", a=ix.people[t], b=ix.people[clash[0]]))
    return [[groups.table(groups.of[t], r) if ix.attends[t][r] else -1 for t in range(ix.n)]
            for r in range(ix.rounds)]


def _improve_groups(ix: Index, groups: _Groups, free: list[int], rng: random.Random, tick: Tick) -> None:
    """Swap two movable talents between groups when that lowers the cost (sizes stay balanced)."""
    if len(free) < 2 or ix.m < 2:
        return
    budget = min(50_000, 100 * len(free))
    for step in range(budget):
        if step % 5_000 == 0:
            tick(step, budget)
        t, u = free[rng.randrange(len(free))], free[rng.randrange(len(free))]
        gt, gu = groups.of[t], groups.of[u]
        if gt == gu:
            continue
        groups.place(t, gt, -1)
        groups.place(u, gu, -1)
        before = groups.score(t, gt) + groups.score(u, gu)
        after = groups.score(t, gu) + groups.score(u, gt)
        if after < before:
            gt, gu = gu, gt
        groups.place(t, gt, 1)
        groups.place(u, gu, 1)
