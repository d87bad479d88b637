"""Lower bounds on a round-table plan's revisits and repeated pairs that need no search.

Why: a planner cannot tell a good plan from a poor one without a bound beside it. These counting bounds
hold for every seating of the input, whatever the table sizes, among plans with at most a given number of
revisits (the planner puts revisits first, so a plan is only compared with plans revisiting no more); the
exact model (`roundtables_exact`) proves better ones on small meetups.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from fractions import Fraction
from math import ceil, comb, perm
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


def _fewest_covered(both: list[int], m: int, diagonal: int, whole: Sequence[int] | None = None) -> int:
    """Least pairs sharing a cell over all pairs of rounds (`both[p]` talents each) when at most `diagonal`
    talent-places in all lie on diagonals, beyond `whole[p]` pairs counted apart in pair of rounds p (a pair
    of rounds with fewer pairs sharing a cell counts 0). The cost of a pair of rounds is convex in its
    diagonal share (also once cut at 0), so handing out diagonal places one by one where they save the most
    is optimal."""
    apart = list(whole) if whole is not None else [0] * len(both)
    if m == 1:  # one table: everyone attending both rounds sits together in both
        return sum(max(0, comb(n, 2) - w) for n, w in zip(both, apart, strict=True))

    def cost(p: int, d: int) -> int:
        return max(0, _spread_pairs(d, m) + _spread_pairs(both[p] - d, m * (m - 1)) - apart[p])

    share = [0] * len(both)
    gains = [(cost(p, 1) - cost(p, 0), p) for p, n in enumerate(both) if n > 0]
    heapq.heapify(gains)
    for _ in range(diagonal):
        if not gains or gains[0][0] >= 0:
            break
        _gain, p = heapq.heappop(gains)
        share[p] += 1
        if share[p] < both[p]:
            heapq.heappush(gains, (cost(p, share[p] + 1) - cost(p, share[p]), p))
    return sum(cost(p, d) for p, d in enumerate(share))


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


WHOLE_PAIRS_WORK = 2_000
"""Most covers `_whole_pairs` weighs (a work count, never the clock); beyond, it keeps only the pairs meeting
in every round, a weaker bound at a few covers. With its pruning every benchmark shape needs fewer than 20."""


def _whole_pairs(inp: PlanInput, revisits: int) -> int:
    """A pair is whole when it meets in every round both attend (k of them): it costs k - 1 repeats and sits in
    a shared cell of each of the C(k, 2) pairs of rounds among those k, once. Whole pairs cover pairs of rounds
    cheapest, but only their own, and once each, while some pairs of rounds need far less cover than others.

    Proof. Let W_P be the pairs sharing a cell of the grid of the pair of rounds P (`_round_pairs`), at least
    g_P over the diagonal shares (`_fewest_covered`). A whole pair adds 1 to W_P for each P among its common
    rounds, so with w_P whole pairs there, the other pairs share at least max(0, g_P - w_P) cells of P:
    F = `_fewest_covered(..., whole=w)` in all. A pair meeting c times shares C(c, 2) cells and costs
    c - 1 = C(c, 2) * 2 / c repeats; a pair that is not whole meets at most c_max times (`_pair_kinds`: one
    round fewer than both attend, two fewer for two talents at every round when all follow permutations of
    the tables: without revisits and with as many rounds as tables, two permutations agreeing in R - 1
    rounds agree in all). So the other pairs cost at least ceil(2 F / c_max) and the bound is the least, over
    the numbers of whole pairs of each kind, of their cost plus that. Whole pairs meeting c_max times or
    fewer are counted with the others (the same or a better price); the rest are weighed kind by kind
    (`_cheapest_cover`). Too many to weigh, only the pairs at every round stay whole; the others are then
    counted with the rest at their most meetings."""
    m, rounds = len(inp.tables), inp.rounds
    if rounds < 2:
        return 0
    attendance = _attendance(inp)
    pairs = list(combinations(range(1, rounds + 1), 2))
    both = [sum(1 for a in attendance if r1 in a and r2 in a) for r1, r2 in pairs]
    diagonal = _most_on_diagonal(attendance, m, revisits)
    kinds = _pair_kinds(attendance, rounds, permutations=revisits == 0 and rounds == m)
    most_met = max((most for _common, _count, most in kinds), default=0)
    grouped: Counter[frozenset[int]] = Counter()
    for common, count, _most in kinds:
        if len(common) > max(most_met, 1):  # a pair meeting once or never covers nothing
            grouped[common] += count
    groups = [(frozenset(p for p, (r1, r2) in enumerate(pairs) if r1 in common and r2 in common), len(common) - 1,
               count) for common, count in sorted(grouped.items(), key=lambda kind: (-len(kind[0]), sorted(kind[0])))]
    bound = _cheapest_cover(both, m, diagonal, groups, most_met, WHOLE_PAIRS_WORK)
    if bound is None:
        everyone = [group for group in groups if len(group[0]) == len(pairs)]
        most_met = max([most_met] + [cost + 1 for cells, cost, _count in groups if len(cells) < len(pairs)])
        bound = _cheapest_cover(both, m, diagonal, everyone, most_met, None)
    return bound or 0


def _pair_kinds(attendance: list[frozenset[int]], rounds: int,
                permutations: bool) -> list[tuple[frozenset[int], int, int]]:
    """(rounds both attend, number of pairs, most meetings of such a pair that is not whole) per attendance
    pattern pair: one round fewer than they share, two fewer for two talents at every round who follow
    permutations of the tables."""
    patterns = sorted(Counter(attendance).items(), key=lambda pattern: sorted(pattern[0]))
    kinds = [(a & b, size_a * size_b, len(a & b) - 1) for (a, size_a), (b, size_b) in combinations(patterns, 2)]
    kinds += [(a, comb(size, 2), len(a) - (2 if permutations and len(a) == rounds else 1))
              for a, size in patterns if size > 1]
    return kinds


def _cheapest_cover(both: list[int], m: int, diagonal: int, groups: list[tuple[frozenset[int], int, int]],
                    most_met: int, work: int | None) -> int | None:
    """Least repeats over the numbers of whole pairs per group (pairs of rounds covered, repeats each, pairs
    available), the other pairs paying for the cover still needed at c_max = `most_met` meetings; None when
    more than `work` choices would be weighed. Branch and bound: a choice still needing F cells covered costs
    at least F times the cheapest price of a cell among the groups left and the other pairs (2 / c_max)."""
    # beyond the pairs a pair of rounds has without diagonals, more whole pairs there change nothing
    ceiling = [comb(n, 2) if m == 1 else _spread_pairs(n, m * (m - 1)) for n in both]
    others = [Fraction(2, most_met)] if most_met >= 2 else []
    cheapest = [min(others + [Fraction(price, len(cells)) for cells, price, _count in groups[g:]], default=Fraction(0))
                for g in range(len(groups) + 1)]
    best: int | None = None
    weighed = 0
    stack = [(0, (0,) * len(both), 0, 0)]  # (next group, whole pairs per pair of rounds, their repeats, least value)
    while stack:
        g, whole, cost, least = stack.pop()
        if best is not None and least >= best:
            continue
        weighed += 1
        if work is not None and weighed > work:
            return None
        rest = _fewest_covered(both, m, diagonal, whole)
        if best is not None and cost + ceil(cheapest[g] * rest) >= best:
            continue
        if g < len(groups):
            cells, price, count = groups[g]
            room = max(ceiling[p] - whole[p] for p in cells)
            for w in range(min(count, max(0, room)) + 1):
                # w whole pairs cover at most w cells of each of their pairs of rounds
                least = cost + price * w + ceil(cheapest[g + 1] * max(0, rest - w * len(cells)))
                stack.append((g + 1, tuple(c + w if p in cells else c for p, c in enumerate(whole)), cost + price * w,
                              least))
        elif not rest or most_met >= 2:  # else the other pairs cannot cover what is left
            value = cost + (-(-2 * rest // most_met) if rest else 0)
            best = value if best is None else min(best, value)
    return best


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
