"""Speed and quality of the round-table planner.

Run: .venv/bin/python benchmarks/roundtables.py  (needs the `bench` extra: pulp with its bundled CBC).
Prints plain figures: median wall times, and repeated pairs against the exact optimum (small cases,
integer programme) or a counting lower bound (large cases).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pulp  # noqa: E402

from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve  # noqa: E402

SKILLS = ["business_architect", "data_scientist", "ux_designer", "engineer", "security"]


def instance(n: int, m: int, rounds: int, seed: int = 1, mode: str = "mix") -> PlanInput:
    rng = random.Random(seed)
    tables = tuple(Table(f"T{k}", -(-n // m) + 2) for k in range(m))
    talents = tuple(Talent(f"P{i}", SKILLS[rng.randrange(5)]) for i in range(n))
    return PlanInput(rounds, mode, seed, tables, talents)


def median_ms(inp: PlanInput, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        solve(inp)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def exact_repeat_pairs(n: int, m: int, rounds: int, seconds: int) -> tuple[float, str]:
    """Minimum repeat_pairs with balanced tables and distinct tables per talent, by CBC.
    Round 1 is fixed (talents are interchangeable, so any balanced first round is as good as another)."""
    prob = pulp.LpProblem("repeats", pulp.LpMinimize)
    T, K, R = range(n), range(m), range(rounds)
    x = pulp.LpVariable.dicts("x", (T, K, R), cat="Binary")
    pairs = list(combinations(T, 2))
    y = {(p, q, k, r): pulp.LpVariable(f"y_{p}_{q}_{k}_{r}", 0, 1) for p, q in pairs for k in K for r in R}
    z = {(p, q): pulp.LpVariable(f"z_{p}_{q}", 0) for p, q in pairs}
    prob += pulp.lpSum(z.values())
    low, high = n // m, -(-n // m)
    for r in R:
        for t in T:
            prob += pulp.lpSum(x[t][k][r] for k in K) == 1
        for k in K:
            prob += pulp.lpSum(x[t][k][r] for t in T) >= low
            prob += pulp.lpSum(x[t][k][r] for t in T) <= high
    for t in T:
        for k in K:
            prob += pulp.lpSum(x[t][k][r] for r in R) <= 1
        prob += x[t][t % m][0] == 1
    for (p, q, k, r), var in y.items():
        prob += var >= x[p][k][r] + x[q][k][r] - 1
    for p, q in pairs:
        prob += z[p, q] >= pulp.lpSum(y[p, q, k, r] for k in K for r in R) - 1
    prob.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=seconds))
    proven = prob.sol_status == pulp.LpSolutionOptimal
    return pulp.value(prob.objective), "optimal" if proven else f"best found in {seconds} s, not proven"


def counting_bound(n: int, m: int, rounds: int) -> int:
    """Each talent meets sum over rounds of (table size - 1) seat-mates but only n - 1 distinct people,
    so at least max(0, meetings - (n - 1)) of its meetings are repeats; each repeat is counted by both
    talents of the pair. With balanced tables everybody has at least floor(n/m) - 1 mates per round."""
    meetings = rounds * (n // m - 1)
    return n * max(0, meetings - (n - 1)) // 2


def round_pair_bound(n: int, m: int, rounds: int) -> int:
    """Two rounds split the same n talents into m tables each; the m x m intersections hold n talents,
    and the pairs inside an intersection meet in both rounds. Spreading n as evenly as possible over the
    m*m cells minimises those pairs (C(x, 2) is convex), giving `per_pair` for every pair of rounds.
    A pair that meets c times covers C(c, 2) pairs of rounds and adds c - 1 <= C(c, 2) * 2 / rounds to
    repeat_pairs, so repeat_pairs >= (number of round pairs * per_pair) * 2 / rounds."""
    cells = m * m
    base, extra = divmod(n, cells)
    per_pair = extra * (base + 1) * base // 2 + (cells - extra) * base * (base - 1) // 2
    covered = rounds * (rounds - 1) // 2 * per_pair
    return -(-covered * 2 // rounds)


def main() -> None:
    case_2021 = instance(16, 3, 3)
    print(f"2021 case 16x3x3 mix:          {median_ms(case_2021, 7):8.1f} ms (median of 7)")
    fixed = PlanInput(3, "fixed_groups", 1, case_2021.tables, case_2021.talents)
    print(f"2021 case 16x3x3 fixed_groups: {median_ms(fixed, 7):8.1f} ms (median of 7)")
    big = instance(1000, 40, 8)
    print(f"1000x40x8 mix:                 {median_ms(big, 3):8.1f} ms (median of 3)")
    print()
    print("quality: repeat_pairs, planner (best of seeds 1-5) vs exact optimum from CBC")
    for n, m, rounds in ((9, 3, 3), (12, 3, 3), (16, 3, 3), (12, 4, 3)):
        found = min(solve(instance(n, m, rounds, seed)).metrics.repeat_pairs for seed in range(1, 6))
        seed1 = solve(instance(n, m, rounds, 1)).metrics.repeat_pairs
        best, status = exact_repeat_pairs(n, m, rounds, 60)
        print(f"  {n:2d} talents x {m} tables x {rounds} rounds: planner seed 1 = {seed1}, best of 5 = {found}, "
              f"CBC = {best:.0f} ({status}), gap seed 1 = {seed1 - best:.0f}")
    print()
    print("quality on large instances vs lower bounds (the optimum lies between bound and planner)")
    for n, m, rounds in ((1000, 40, 8), (200, 10, 8), (60, 6, 6)):
        plan = solve(instance(n, m, rounds))
        print(f"  {n} x {m} x {rounds}: planner = {plan.metrics.repeat_pairs}, counting bound = "
              f"{counting_bound(n, m, rounds)}, round-pair bound = {round_pair_bound(n, m, rounds)}, "
              f"revisits = {plan.metrics.revisits}")


if __name__ == "__main__":
    main()
