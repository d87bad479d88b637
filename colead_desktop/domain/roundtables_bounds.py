"""Lower bounds on a round-table plan's revisits and repeated pairs that need no search.

Why: a planner cannot tell a good plan from a poor one without a bound beside it. These counting bounds
hold for every seating of the input, whatever the table sizes; the exact model (`roundtables_exact`)
proves better ones on small meetups.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from math import perm
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from colead_desktop.domain.roundtables import PlanInput


def revisit_floor(inp: PlanInput) -> int:
    """A talent attending more rounds than there are tables sits at some table twice."""
    m = len(inp.tables)
    return sum(max(0, _attended(inp, t.rounds) - m) for t in inp.talents)


def repeat_floor(inp: PlanInput, revisit_free: bool) -> int:
    """Fewest repeated pairs of any plan; `revisit_free` restricts it to plans without revisits (the planner
    puts revisits first, so a revisit-free plan is only compared with revisit-free ones)."""
    return max(_round_pairs(inp), _trajectories(inp, revisit_free))


def _spread_pairs(people: int, cells: int) -> int:
    """Pairs sharing a cell when `people` are spread as evenly as possible over `cells` (the fewest possible,
    since C(x, 2) is convex)."""
    base, extra = divmod(people, cells)
    return extra * (base + 1) * base // 2 + (cells - extra) * base * (base - 1) // 2


def _round_pairs(inp: PlanInput) -> int:
    """Two rounds split the talents attending both into m tables each; the m x m intersections hold them
    all, and the pairs inside one intersection meet in both rounds. A pair meeting c <= R times covers
    C(c, 2) pairs of rounds and adds c - 1 >= 2 C(c, 2) / R repeats, so repeats >= 2 * covered / R."""
    m, rounds = len(inp.tables), inp.rounds
    if rounds < 2:
        return 0
    attendance = [frozenset(r for r in range(1, rounds + 1) if t.attends(r)) for t in inp.talents]
    covered = sum(_spread_pairs(sum(1 for a in attendance if r1 in a and r2 in a), m * m)
                  for r1, r2 in combinations(range(1, rounds + 1), 2))
    return -(-2 * covered // rounds)


def _trajectories(inp: PlanInput, revisit_free: bool) -> int:
    """Talents attending the same a rounds follow one of m^a table sequences (m!/(m-a)! without revisits);
    two on the same sequence meet in all a rounds, a - 1 repeats, and pigeonholing them is unavoidable."""
    m = len(inp.tables)
    groups = Counter(frozenset(r for r in range(1, inp.rounds + 1) if t.attends(r)) for t in inp.talents)
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


def _attended(inp: PlanInput, rounds: frozenset[int] | None) -> int:
    return inp.rounds if rounds is None else len(rounds)
