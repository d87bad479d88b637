"""A second start for mix mode: groups with as few repeated pairs as possible first, table labels after.

Why: on social-golfer shapes (Kirkman's 15 schoolgirls in tables of 3 over 7 rounds) a plan with no repeated
pair exists, but the local search, weighing revisits and repeats in one cost, stops far from it. Who sits
together decides the repeats; which table each group gets decides only the revisits (and wishes). So this
search first finds the groups by a tabu search on swaps (the social-golfer search of Dotú and Van Hentenryck:
move a talent with a repeated pair, never straight back), then hands the groups to tables, round by round,
swapping whole groups between like tables to cut revisits. The planner keeps this plan only where it is better.

Pinned seats never move, absent talents are not seated, and table sizes stay those of the starting plan.
Determinism: `random.Random` and iteration counts only.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Generic, TypeVar, cast

from colead_desktop.domain.roundtables_search import Index, Seats, size_ranges

M = TypeVar("M")
TENURE = (3, 10)
"""Iterations a talent may not return to the table it left, drawn in this range (the tabu list)."""
SAMPLE = 12
"""Seats with a repeated pair whose swaps one iteration weighs: all of them on golfer shapes, a sample of
the many on larger meetups so an iteration stays cheap."""
PATIENCE = 500
"""Iterations without a new best before the search starts again from its best with a few random swaps."""
STALL = 5
"""The search ends when a fifth of its budget brings no new best: on the shapes of the benchmark the best
comes early, and the rest of the budget was waiting (48-60 talents took 4-6 s instead of about 1)."""


def design_seats(ix: Index, start: Seats, rng: random.Random, budget: int, floors: tuple[int, int, int],
                 check: Callable[[], None]) -> Seats:
    """`start` regrouped by the tabu search on repeated pairs (`budget` swaps weighed at most, or until
    `floors[1]` repeats, a bound no plan beats), then its groups relabelled to cut revisits down to at best
    `floors[0]`, then searched again with revisits first, until `floors[0]` revisits and `floors[2]` repeats
    (the bound among plans revisiting no more). `check` is called now and then and may raise `Cancelled`."""
    labelled = _label(ix, regroup(ix, start, rng, budget, floors[1], check), rng, budget, floors[0], check)
    weight = ix.n * ix.rounds  # above any change in repeats one move makes: revisits first
    fixed = _Groups(ix, labelled, weight)
    goal = floors[2] + weight * floors[0]
    if fixed.cost > goal:
        fixed.search(rng, budget, goal, check)
    return fixed.seat


class _Best(Generic[M]):
    """The move of lowest delta offered so far, ties broken evenly at random (reservoir sampling)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.move, self.delta, self.ties = rng, cast("M | None", None), 0, 0

    def offer(self, move: M, delta: int) -> None:
        if self.move is None or delta < self.delta:
            self.move, self.delta, self.ties = move, delta, 1
        elif delta == self.delta:
            self.ties += 1
            if self.rng.randrange(self.ties) == 0:
                self.move = move


def regroup(ix: Index, start: Seats, rng: random.Random, budget: int, floor: int, check: Callable[[], None]) -> Seats:
    """`start` regrouped for the fewest repeated pairs whatever the revisits: the first half of `design_seats`."""
    groups = _Groups(ix, start, 0)
    groups.search(rng, budget, floor, check)
    return groups.seat


class _Groups:
    """Seats with pair counts in an n x n table: small meetups only, where every swap is looked at."""

    def __init__(self, ix: Index, start: Seats, weight: int) -> None:
        self.ix, self.weight = ix, weight
        self.seat = [row[:] for row in start]
        self.members = [[[t for t in range(ix.n) if row[t] == k] for k in range(ix.m)] for row in self.seat]
        self.ranges = [_round_ranges(ix, r, row) for r, row in enumerate(self.seat)]
        self.met = [[0] * ix.n for _ in range(ix.n)]
        for tables in self.members:
            for table in tables:
                for i, t in enumerate(table):
                    for u in table[i + 1:]:
                        self.met[t][u] += 1
                        self.met[u][t] += 1
        self.visits = [[0] * ix.m for _ in range(ix.n)]
        for row in self.seat:
            for t, k in enumerate(row):
                if k >= 0:
                    self.visits[t][k] += 1
        revisits = sum(c - 1 for per in self.visits for c in per if c > 1)
        self.cost = sum(max(0, c - 1) for row in self.met for c in row) // 2 + weight * revisits
        # known[r][t][k] / twice[r][t][k]: others at table k in round r whom t has met at least once / twice,
        # kept up to date by every move, so weighing a swap costs no loop over a table
        self.known = [[[sum(1 for v in table if self.met[t][v] >= 1) for table in tables] for t in range(ix.n)]
                      for tables in self.members]
        self.twice = [[[sum(1 for v in table if self.met[t][v] >= 2) for table in tables] for t in range(ix.n)]
                      for tables in self.members]

    def _delta(self, r: int, t: int, b: int, u: int) -> int:
        """Change in cost when t goes to table b of round r and u (-1: nobody) comes to t's table: t leaves
        those at its table met twice or more and joins those at b met before; u likewise the other way."""
        a, met_t = self.seat[r][t], self.met[t]
        known, twice = self.known[r], self.twice[r]
        delta = known[t][b] - twice[t][a]
        revisits = (self.visits[t][b] >= 1) - (self.visits[t][a] >= 2)
        if u >= 0:
            met_u, visits_u = self.met[u], self.visits[u]
            # t is at a and u at b: neither meets the other there
            delta += known[u][a] - (met_u[t] >= 1) - (met_t[u] >= 1) - twice[u][b]
            revisits += (visits_u[a] >= 1) - (visits_u[b] >= 2)
        return delta + self.weight * revisits

    def move(self, r: int, t: int, b: int, u: int) -> None:
        """t to table b of round r, and u (-1: nobody) from b to t's table."""
        self.cost += self._delta(r, t, b, u)
        a = self.seat[r][t]
        self._leave(r, t)
        if u >= 0:
            self._leave(r, u)
            self._join(r, u, a)
        self._join(r, t, b)

    def _leave(self, r: int, t: int) -> None:
        a = self.seat[r][t]
        table = self.members[r][a]
        table.remove(t)
        for x, met_x in enumerate(self.met):
            self.known[r][x][a] -= met_x[t] >= 1
            self.twice[r][x][a] -= met_x[t] >= 2
        self.visits[t][a] -= 1
        self.seat[r][t] = -1
        for v in table:
            self._meet(t, v, -1)

    def _join(self, r: int, t: int, k: int) -> None:
        table = self.members[r][k]
        for v in table:
            self._meet(t, v, 1)
        table.append(t)
        for x, met_x in enumerate(self.met):
            self.known[r][x][k] += met_x[t] >= 1
            self.twice[r][x][k] += met_x[t] >= 2
        self.visits[t][k] += 1
        self.seat[r][t] = k

    def _meet(self, t: int, v: int, change: int) -> None:
        """t and v meet once more (change 1) or once less (-1); their counts towards each other's tables follow."""
        before = self.met[t][v]
        after = before + change
        self.met[t][v] = self.met[v][t] = after
        once, again = (after >= 1) - (before >= 1), (after >= 2) - (before >= 2)
        if not (once or again):
            return
        for known, twice, row in zip(self.known, self.twice, self.seat, strict=True):
            for x, y in ((t, v), (v, t)):
                if row[y] >= 0:
                    known[x][row[y]] += once
                    twice[x][row[y]] += again

    def _options(self, r: int, t: int) -> list[tuple[int, int]]:
        """(table, talent coming back or -1) of every swap or move of t in round r keeping sizes allowed."""
        a, pins = self.seat[r][t], self.ix.pins
        members, ranges = self.members[r], self.ranges[r]
        may_leave = len(members[a]) > ranges[a][0]
        out = []
        for b in range(self.ix.m):
            if b == a:
                continue
            if may_leave and len(members[b]) < ranges[b][1]:
                out.append((b, -1))
            out.extend((b, u) for u in members[b] if (u, r) not in pins)
        return out

    def _conflicts(self) -> list[tuple[int, int]]:
        """Movable seats whose talent meets someone at the table for a second time or more."""
        out = []
        for r, row in enumerate(self.seat):
            for t, k in enumerate(row):
                if k >= 0 and (t, r) not in self.ix.pins and (
                        self.twice[r][t][k] or (self.weight and self.visits[t][k] >= 2)):
                    out.append((r, t))
        return out

    def search(self, rng: random.Random, budget: int, floor: int, check: Callable[[], None]) -> None:
        """Tabu search: each iteration makes the best swap of a talent with a repeated pair (ties broken at
        random), unless the swap sends someone back to a table they left lately and finds no new best; after
        `PATIENCE` iterations without a new best it starts again from the best with random swaps. `budget`
        counts the swaps weighed (work, not time)."""
        ix = self.ix
        tabu: dict[tuple[int, int, int], int] = {}
        best, best_seat = self.cost, [row[:] for row in self.seat]
        last_gain = 0
        work, it = 0, 0
        best_work = 0
        while work < budget and self.cost > floor and work - best_work < budget // STALL:
            it += 1
            if it % 100 == 0:
                check()
            if it - last_gain > PATIENCE:
                self._restart(best_seat, rng)
                last_gain = it
            best_move: _Best[tuple[int, int, int, int]] = _Best(rng)
            conflicts = self._conflicts()
            if len(conflicts) > SAMPLE:
                conflicts = rng.sample(conflicts, SAMPLE)
            work += len(conflicts) * ix.n
            for r, t in conflicts:
                a = self.seat[r][t]
                for b, u in self._options(r, t):
                    delta = self._delta(r, t, b, u)
                    if (tabu.get((r, t, b), -1) > it or tabu.get((r, u, a), -1) > it) \
                            and self.cost + delta >= best:
                        continue
                    best_move.offer((r, t, b, u), delta)
            if best_move.move is None:
                break
            r, t, b, u = best_move.move
            tabu[r, t, self.seat[r][t]] = it + rng.randint(*TENURE)
            if u >= 0:
                tabu[r, u, b] = it + rng.randint(*TENURE)
            self.move(r, t, b, u)
            if self.cost < best:
                best, best_seat, last_gain, best_work = self.cost, [row[:] for row in self.seat], it, work
        if self.cost > best:
            self._restart(best_seat, rng, kicks=0)

    def _restart(self, seats: Seats, rng: random.Random, kicks: int = 3) -> None:
        fresh = _Groups(self.ix, seats, self.weight)
        self.seat, self.members, self.met, self.visits, self.cost = (fresh.seat, fresh.members, fresh.met,
                                                                     fresh.visits, fresh.cost)
        self.known, self.twice = fresh.known, fresh.twice
        movable = [(r, t) for r, row in enumerate(seats) for t, k in enumerate(row)
                   if k >= 0 and (t, r) not in self.ix.pins]
        for _ in range(kicks * self.ix.rounds):
            r, t = movable[rng.randrange(len(movable))]
            options = self._options(r, t)
            if options:
                self.move(r, t, *options[rng.randrange(len(options))])


def _label(ix: Index, seats: Seats, rng: random.Random, budget: int, floor: int,
           check: Callable[[], None]) -> Seats:
    """Hand the groups of each round to tables so that few talents come back to a table: swap the groups
    of two tables of a round (both without pins, each group's size allowed at the other table) when that cuts
    revisits, sideways at random, never straight back; stops at `floor` or when the seats weighed reach `budget`."""
    seats = [row[:] for row in seats]
    visits = [[0] * ix.m for _ in range(ix.n)]
    for row in seats:
        for t, k in enumerate(row):
            if k >= 0:
                visits[t][k] += 1
    revisits = sum(c - 1 for per in visits for c in per if c > 1)
    swappable = _unpinned_pairs(ix)
    if not swappable:
        return seats
    members = [[[t for t in range(ix.n) if row[t] == k] for k in range(ix.m)] for row in seats]
    ranges = [_round_ranges(ix, r, row) for r, row in enumerate(seats)]
    best, best_seats = revisits, [row[:] for row in seats]
    tabu: dict[tuple[int, int, int], int] = {}
    per_iteration = len(swappable) * max(1, 2 * ix.n // ix.m)
    for it in range(budget // per_iteration):
        if revisits <= floor:
            break
        if it % 100 == 0:
            check()
        best_swap: _Best[tuple[int, int, int]] = _Best(rng)
        for r, a, b in swappable:
            # each group's size must be allowed at the other table, so tables stay as even as the planner's
            low_a, high_a = ranges[r][a]
            low_b, high_b = ranges[r][b]
            if not (low_b <= len(members[r][a]) <= high_b and low_a <= len(members[r][b]) <= high_a):
                continue
            delta = sum((visits[t][b] >= 1) - (visits[t][a] >= 2) for t in members[r][a])
            delta += sum((visits[t][a] >= 1) - (visits[t][b] >= 2) for t in members[r][b])
            if tabu.get((r, a, b), -1) > it and revisits + delta >= best:
                continue
            best_swap.offer((r, a, b), delta)
        if best_swap.move is None:
            break
        r, a, b = best_swap.move
        for t in members[r][a]:
            visits[t][a] -= 1
            visits[t][b] += 1
            seats[r][t] = b
        for t in members[r][b]:
            visits[t][b] -= 1
            visits[t][a] += 1
            seats[r][t] = a
        members[r][a], members[r][b] = members[r][b], members[r][a]
        revisits += best_swap.delta
        tabu[r, a, b] = it + rng.randint(*TENURE)
        if revisits < best:
            best, best_seats = revisits, [row[:] for row in seats]
    return best_seats


def _unpinned_pairs(ix: Index) -> list[tuple[int, int, int]]:
    """(round, table a, table b) with no pin at either table in that round: whose groups may trade tables."""
    pinned = {(r, k) for (_t, r), k in ix.pins.items()}
    return [(r, a, b) for r in range(ix.rounds) for a in range(ix.m) for b in range(a + 1, ix.m)
            if (r, a) not in pinned and (r, b) not in pinned]


def _round_ranges(ix: Index, r: int, row: list[int]) -> list[tuple[int, int]]:
    """The table sizes allowed in round r, seated as `row`: as even as pins and capacities allow."""
    lower = [0] * ix.m
    for (_t, rr), k in ix.pins.items():
        if rr == r:
            lower[k] += 1
    return size_ranges(lower, ix.caps, sum(1 for k in row if k >= 0))
