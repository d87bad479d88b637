"""Lower bounds on a round-table plan's revisits and repeated pairs that need no search.

Why: a planner cannot tell a good plan from a poor one without a bound beside it. These counting bounds
hold for every seating of the input, whatever the table sizes, among plans with at most a given number of
revisits (the planner puts revisits first, so a plan is only compared with plans revisiting no more); the
exact model (`roundtables_exact`) proves better ones on small meetups.
"""

from __future__ import annotations

import heapq
from collections import Counter
from itertools import combinations
from math import comb, perm
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from colead_desktop.domain.roundtables import PlanInput


def revisit_floor(inp: PlanInput) -> int:
    """A talent attending more rounds than there are tables sits at some table twice."""
    m = len(inp.tables)
    return sum(max(0, _attended(inp, t.rounds) - m) for t in inp.talents)


def repeat_floor(inp: PlanInput, revisits: int) -> int:
    """Fewest repeated pairs of any plan with at most `revisits` revisits."""
    return max(_round_pairs(inp, revisits), _whole_pairs(inp, revisits), _meetings(inp),
               _trajectories(inp, revisit_free=revisits == 0), _golfers(inp, revisits))


def _spread_pairs(people: int, cells: int) -> int:
    """Pairs sharing a cell when `people` are spread as evenly as possible over `cells` (the fewest possible,
    since C(x, 2) is convex)."""
    base, extra = divmod(people, cells)
    return extra * (base + 1) * base // 2 + (cells - extra) * base * (base - 1) // 2


def _attendance(inp: PlanInput) -> list[frozenset[int]]:
    return [frozenset(r for r in range(1, inp.rounds + 1) if t.attends(r)) for t in inp.talents]


def _round_pairs(inp: PlanInput, revisits: int) -> int:
    """Two rounds split the talents attending both into an m x m grid of (table in one, table in the other);
    the pairs inside one cell meet in both rounds. A talent on the diagonal (the same table twice) revisits,
    so with few revisits the diagonal holds few talents and the rest crowd into m(m - 1) cells. The pairs of
    rounds covered this way, spread as kindly as possible, need at least `_repeats_covering` repeats."""
    m, rounds = len(inp.tables), inp.rounds
    if rounds < 2:
        return 0
    attendance = _attendance(inp)
    both = [sum(1 for a in attendance if r1 in a and r2 in a) for r1, r2 in combinations(range(1, rounds + 1), 2)]
    return _repeats_covering(_fewest_covered(both, m, _most_on_diagonal(attendance, m, revisits)), rounds)


def _fewest_covered(both: list[int], m: int, diagonal: int, whole: int = 0) -> int:
    """Least pairs sharing a cell over all pairs of rounds (`both[p]` talents each) when at most `diagonal`
    talent-places in all lie on diagonals, beyond `whole` pairs counted apart in every pair of rounds (a pair
    of rounds with fewer pairs sharing a cell counts 0). The cost of a pair of rounds is convex in its
    diagonal share (also once cut at 0), so handing out diagonal places one by one where they save the most
    is optimal."""
    if m == 1:  # one table: everyone attending both rounds sits together in both
        return sum(max(0, comb(n, 2) - whole) for n in both)

    def cost(n: int, d: int) -> int:
        return max(0, _spread_pairs(d, m) + _spread_pairs(n - d, m * (m - 1)) - whole)

    share = [0] * len(both)
    gains = [(cost(n, 1) - cost(n, 0), p) for p, n in enumerate(both) if n > 0]
    heapq.heapify(gains)
    for _ in range(diagonal):
        if not gains or gains[0][0] >= 0:
            break
        _gain, p = heapq.heappop(gains)
        share[p] += 1
        if share[p] < both[p]:
            heapq.heappush(gains, (cost(both[p], share[p] + 1) - cost(both[p], share[p]), p))
    return sum(cost(n, d) for n, d in zip(both, share, strict=True))


def _most_on_diagonal(attendance: list[frozenset[int]], m: int, revisits: int) -> int:
    """Most diagonal places (a talent at the same table in both rounds of a pair) of a plan with at most
    `revisits` revisits. A talent with v revisits is on at most C(v + 1, 2) diagonals (all of them piled on
    one table); it has at least its attended rounds minus m. Each extra revisit goes to whoever gains most."""
    forced = [max(0, len(a) - m) for a in attendance]
    spare = max(0, revisits - sum(forced))  # below the forced revisits there is no plan to bound
    room = [(-(v + 1), len(a) - 1 - v) for v, a in zip(forced, attendance, strict=True) if len(a) - 1 > v]
    heapq.heapify(room)
    extra = 0
    while spare > 0 and room:
        gain, left = heapq.heappop(room)
        extra -= gain
        spare -= 1
        if left > 1:
            heapq.heappush(room, (gain - 1, left - 1))
    return sum(comb(v + 1, 2) for v in forced) + extra


def _whole_pairs(inp: PlanInput, revisits: int) -> int:
    """Pairs meeting in every round ("whole" pairs) cover pairs of rounds cheapest, but each of them covers
    every pair of rounds once, so rounds with fewer talents in common cannot use all the cover they give.

    Proof. Let W_P be the pairs sharing a cell of the grid of the pair of rounds P (`_round_pairs`): at
    least g_P, the fewest over the diagonal shares (`_fewest_covered`). The T whole pairs share a cell in
    every P, so the other pairs share at least max(0, g_P - T) cells of P, at least
    F(T) = `_fewest_covered(..., whole=T)` over all P. A pair meeting c times shares a cell in C(c, 2) pairs
    of rounds and costs c - 1 = C(c, 2) * 2 / c repeats; a pair that is not whole meets at most `_most_met`
    = c_max times, so the other pairs cost at least ceil(2 F(T) / c_max) repeats, and the whole ones
    (R - 1) T. The bound is the least of (R - 1) T + ceil(2 F(T) / c_max) over T (T beyond the largest
    g_P only adds cost). Where c_max is small it bites: without revisits and with as many rounds as tables,
    everyone attending follows a permutation of the tables, and two permutations agreeing in R - 1 rounds
    agree in all, so pairs of such talents that are not whole meet at most R - 2 times."""
    m, rounds = len(inp.tables), inp.rounds
    if rounds < 2:
        return 0
    attendance = _attendance(inp)
    most_met = _most_met(attendance, rounds, permutations=revisits == 0 and rounds == m)
    full = sum(1 for a in attendance if len(a) == rounds)
    both = [sum(1 for a in attendance if r1 in a and r2 in a) for r1, r2 in combinations(range(1, rounds + 1), 2)]
    diagonal = _most_on_diagonal(attendance, m, revisits)
    best: int | None = None
    crowded = max(comb(n, 2) if m == 1 else _spread_pairs(n, m * (m - 1)) for n in both)
    for whole in range(min(comb(full, 2), crowded) + 1):
        if best is not None and (rounds - 1) * whole >= best:
            break
        rest = _fewest_covered(both, m, diagonal, whole)
        if rest and most_met < 2:  # the others cannot cover anything
            continue
        value = (rounds - 1) * whole + (-(-2 * rest // most_met) if rest else 0)
        best = value if best is None else min(best, value)
    return best or 0


def _most_met(attendance: list[frozenset[int]], rounds: int, permutations: bool) -> int:
    """Most rounds a pair that is not whole can meet in: the rounds both attend, one fewer for two talents
    attending every round (two fewer when they follow permutations of the tables)."""
    patterns = Counter(attendance)
    most = max((len(a & b) for a, b in combinations(patterns, 2)), default=0)
    for a, size in patterns.items():
        if size > 1:
            most = max(most, len(a) - ((2 if permutations else 1) if len(a) == rounds else 0))
    return most


def _repeats_covering(covered: int, rounds: int) -> int:
    """Fewest repeats that cover `covered` pairs of rounds: a pair meeting c <= R times covers C(c, 2) of them
    with c - 1 repeats, so the cheapest cover takes pairs meeting all R rounds, then one pair for the rest."""
    if covered <= 0:
        return 0
    whole, per = rounds - 1, comb(rounds, 2)
    full = covered // per
    left = covered - full * per
    rest = next(x for x in range(whole + 1) if comb(x + 1, 2) >= left)
    return full * whole + rest


def _meetings(inp: PlanInput) -> int:
    """Each round seats at least the pairs of its talents spread evenly over the tables; beyond the pairs that
    may meet at all (they share a round and are not kept apart), every meeting is a repeat. Pairs are counted
    by attendance pattern, so 1,000 talents cost a few patterns, not half a million pairs."""
    m = len(inp.tables)
    attendance = _attendance(inp)
    meetings = sum(_spread_pairs(sum(1 for a in attendance if r in a), m) for r in range(1, inp.rounds + 1))
    patterns = list(Counter(attendance).items())
    may_meet = sum(comb(size, 2) for rounds, size in patterns if rounds)
    may_meet += sum(size_a * size_b for (a, size_a), (b, size_b) in combinations(patterns, 2) if a & b)
    index = {t.id: i for i, t in enumerate(inp.talents)}
    apart = {frozenset((index[a], index[b])) for a, b in inp.apart if a in index and b in index and a != b}
    may_meet -= sum(1 for pair in apart if attendance[min(pair)] & attendance[max(pair)])
    return max(0, meetings - may_meet)


def _trajectories(inp: PlanInput, revisit_free: bool) -> int:
    """Talents attending the same a rounds follow one of m^a table sequences (m!/(m-a)! without revisits);
    two on the same sequence meet in all a rounds, a - 1 repeats, and pigeonholing them is unavoidable."""
    m = len(inp.tables)
    groups = Counter(_attendance(inp))
    total = 0
    for attended, size in groups.items():
        a = len(attended)
        if a < 2:
            continue
        sequences = perm(m, a) if revisit_free else m ** a
        if sequences == 0:  # more rounds than tables: no plan is revisit-free, so there is nothing to compare
            continue
        total += (a - 1) * _spread_pairs(size, sequences)
    return total


GOLFERS_MAX_TALENTS = 20
"""`_golfers` weighs every spread of the diagonals: a few ms up to 20 talents, but near a second at 39 (3 tables
of 13), and the bound is asked for several times a plan; above 20 it has not beaten the other bounds."""


def _golfers(inp: PlanInput, revisits: int) -> int:
    """Full tables of s over m + 1 rounds at m tables, everyone in every round, with no more revisits than the
    n = m * s forced ones (the social golfer shapes 9 x 3 x 4 and 16 x 4 x 5).

    Proof. (1) Each talent sits at m tables in m + 1 rounds, so revisits at least once; n revisits in all
    means exactly once: one table twice, in exactly one pair of rounds (its diagonal). (2) Every table seats
    exactly s in every round (n = m * s seats, capacity s each). (3) Take a pair of rounds P and a table i:
    its s talents of the first round, a of them at table i again (the diagonal cell), the other s - a at the
    other m - 1 tables, have at least h(a) = C(a, 2) + spread(s - a, m - 1) pairs meeting in both rounds. So
    W, the sum over pairs of talents of C(c, 2) (c = rounds they meet), which counts each pair once per pair
    of rounds it meets in, is at least the sum of h over all m * C(m + 1, 2) cells (P, i), whose diagonal
    counts a add up to n by (1). (4) A pair meeting in all m + 1 rounds (twins) has one table sequence, so
    one diagonal cell: the twins number tau <= T, the sum of C(a, 2) over cells. (5) A pair meeting c <= m
    times has C(c, 2) <= (m / 2)(c - 1); twins have C(m + 1, 2) and m repeats. So W <= (m / 2)(repeats -
    m * tau) + C(m + 1, 2) * tau, i.e. repeats >= 2W / m - tau; and repeats >= m * tau. With tau unknown in
    [0, T] and the diagonal counts unknown, the bound is the least, over all spreads of them, of
    min over tau of max(ceil(2 * sum(h) / m) - tau, m * tau)."""
    m, n, rounds = len(inp.tables), len(inp.talents), inp.rounds
    capacities = {t.capacity for t in inp.tables}
    if rounds != m + 1 or len(capacities) != 1 or n > GOLFERS_MAX_TALENTS or revisits > n:
        return 0
    (s,) = capacities
    if n != m * s or any(len(a) != rounds for a in _attendance(inp)):
        return 0
    cells = m * comb(rounds, 2)

    def h(a: int) -> int:
        return comb(a, 2) + _spread_pairs(s - a, m - 1)

    def least(h_sum: int, twins_room: int) -> int:
        need = -(-2 * h_sum // m)
        return min(max(need - tau, m * tau) for tau in range(min(twins_room, need) + 1))

    best = least(n * h(1) + (cells - n) * h(0), 0) if cells >= n else None
    # the spreads with cells of two or more: parts from s down to 2, the rest ones and zeros
    stack = [(s, 0, 0, 0, 0)]  # (largest part allowed, talents in parts, parts, sum of h over parts, T)
    while stack:
        top, people, parts, h_parts, room = stack.pop()
        ones = n - people
        if parts and parts + ones <= cells:
            value = least(h_parts + ones * h(1) + (cells - parts - ones) * h(0), room)
            best = value if best is None else min(best, value)
        for a in range(min(top, n - people), 1, -1):
            stack.append((a, people + a, parts + 1, h_parts + h(a), room + comb(a, 2)))
    return best or 0


def _attended(inp: PlanInput, rounds: frozenset[int] | None) -> int:
    return inp.rounds if rounds is None else len(rounds)
