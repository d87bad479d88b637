"""A constructed start for mix mode: talents in blocks that follow the lines of a finite plane, table by round.

Why: when there are many more talents than tables, some pairs must meet in every round; the fewest repeats then
come from small blocks of talents that travel together, no two blocks sharing a table in more than one round.
With q tables (q a prime power: 2, 3, 4, 5, 7, 8, 9, ...) the lines r -> a*r + b of the field of q elements
(slope a nonzero, so nobody revisits a table) are q(q - 1) such paths, and the q paths of one slope seat one
block at each table in every round. 40 talents in 4 tables of 10 over 4 rounds: 12 paths, blocks of 4 and 3,
144 repeats, the counting bound (the local search stopped at 201, a 20-unit exact run reached 144). The planner
takes this plan only where it beats the searched one (`roundtables_search.seat_mix`).

No pins, everyone in every round, no keep-apart pairs, no more rounds than tables, like tables only. Talents
are dealt to the paths in skill order, so each block mixes skills; the input's seed orders talents of one
skill and names the tables, so another seed gives another plan as good.
"""

from __future__ import annotations

import random
from itertools import product

from colead_desktop.domain.roundtables_search import Index, Seats, size_ranges

Table = list[list[int]]
"""An operation of the field: table[x][y] = x + y or x * y."""


def line_seats(ix: Index, seed: int) -> Seats | None:
    """The blocks-on-lines plan of `ix`, or None where the shape does not allow one."""
    q, rounds = ix.m, ix.rounds
    if (ix.pins or any(ix.apart) or not all(all(row) for row in ix.attends) or rounds > q or q < 2
            or len(set(ix.caps)) > 1):
        return None
    field = _field(q)
    if field is None:
        return None
    add, mul = field
    rng = random.Random(seed)
    name = list(range(q))
    rng.shuffle(name)
    paths = [[name[add[mul[a][r]][b]] for r in range(rounds)] for a in range(1, q) for b in range(q)]
    dealt = list(range(ix.n))
    rng.shuffle(dealt)
    dealt.sort(key=lambda t: ix.skill[t])
    seats: Seats = [[-1] * ix.n for _ in range(rounds)]
    for position, t in enumerate(dealt):
        path = paths[position % len(paths)]
        for r in range(rounds):
            seats[r][t] = path[r]
    ranges = size_ranges([0] * q, ix.caps, ix.n)
    for row in seats:
        if any(not low <= row.count(k) <= high for k, (low, high) in enumerate(ranges)):
            return None
    return seats


def _field(q: int) -> tuple[Table, Table] | None:
    """Addition and multiplication tables of the field of q elements, or None when q is no prime power.
    Elements are numbers whose base-p digits are the coefficients of a polynomial modulo a monic irreducible
    one of degree k (q = p^k), found by trying them in turn."""
    p = next(d for d in range(2, q + 1) if q % d == 0)
    k, rest = 0, q
    while rest % p == 0:
        rest //= p
        k += 1
    if rest != 1:
        return None
    digits = [[(x // p ** i) % p for i in range(k)] for x in range(q)]
    add = [[sum(((dx + dy) % p) * p ** i for i, (dx, dy) in enumerate(zip(digits[x], digits[y], strict=True)))
            for y in range(q)] for x in range(q)]
    for low in product(range(p), repeat=k):
        mul = [[_times(digits[x], digits[y], list(low), p) for y in range(q)] for x in range(q)]
        if all(1 in mul[x] for x in range(1, q)):  # every nonzero element has an inverse: a field
            return add, mul
    return None


def _times(x: list[int], y: list[int], low: list[int], p: int) -> int:
    """x * y as polynomials over the integers modulo p, reduced modulo X^k + low (low: coefficients below X^k),
    as a number in base p."""
    k = len(x)
    product_ = [0] * (2 * k - 1)
    for i, xi in enumerate(x):
        for j, yj in enumerate(y):
            product_[i + j] = (product_[i + j] + xi * yj) % p
    for top in range(2 * k - 2, k - 1, -1):  # X^top = -low * X^(top - k)
        c, product_[top] = product_[top], 0
        for i, li in enumerate(low):
            product_[top - k + i] = (product_[top - k + i] - c * li) % p
    return sum(c * p ** i for i, c in enumerate(product_[:k]))
