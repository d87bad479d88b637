"""Speed and quality of the round-table planner (mix mode, no preferences), shape by shape.

Run: .venv/bin/python benchmarks/roundtables.py [--long WORK] [--only TEXT]
Prints, per shape: the planner's repeated pairs and revisits, the bound it reports ("opt" when proven
optimal, "limit" when the exact model stopped at its work limit) and the wall time of one solve. With
--long, also the exact model run from the planner's plan with WORK units of CP-SAT deterministic time
(about 3 s each on the 2-core build machine) on every shape up to 60 talents, for the best-known plan.
Wall times depend on the machine's load; the plans and figures do not (work counts, never the clock).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from colead_desktop.domain import roundtables_exact as exact  # noqa: E402
from colead_desktop.domain import roundtables_search as search  # noqa: E402
from colead_desktop.domain.roundtables import Pin, PlanInput, Table, Talent, solve  # noqa: E402

SKILLS = ["business_architect", "data_scientist", "ux_designer", "engineer", "security"]


def instance(n: int, m: int, rounds: int, capacity: int | None = None, pins: int = 0, absent: int = 0,
             seed: int = 1) -> PlanInput:
    """n talents at m tables of `capacity` (default: the even share plus 2); `absent` talents miss one
    round each and `pins` talents are pinned to a table in round 1."""
    rng = random.Random(seed)
    tables = tuple(Table(f"T{k}", capacity or -(-n // m) + 2) for k in range(m))
    talents = [Talent(f"P{i}", SKILLS[rng.randrange(5)]) for i in range(n)]
    for i in range(absent):
        talents[i] = replace(talents[i], rounds=frozenset(range(1, rounds + 1)) - {1 + i % rounds})
    pinned = tuple(Pin(talents[-1 - i].id, 1, tables[i % m].id) for i in range(pins))
    return PlanInput(rounds, "mix", seed, tables, tuple(talents), pinned)


SHAPES: list[tuple[str, PlanInput]] = [
    ("2021 case 16 x 3 tables x 3 rounds", instance(16, 3, 3, 8, seed=7)),
    ("social golfer 9 in 3 tables of 3, 4 rounds", instance(9, 3, 4, 3)),
    ("Kirkman 15 in 5 tables of 3, 7 rounds", instance(15, 5, 7, 3)),
    ("Kirkman 15 x 5 x 7, 3 pins, 3 absent", instance(15, 5, 7, 3, pins=3, absent=3)),
    ("16 in 4 tables of 4, 4 rounds", instance(16, 4, 4, 4)),
    ("social golfer 16 in 4 tables of 4, 5 rounds", instance(16, 4, 5, 4)),
    ("16 x 4 tables of 4 x 4, 2 pins, 2 absent", instance(16, 4, 4, 4, pins=2, absent=2)),
    ("16 x 4 tables of 4 x 4, 3 absent", instance(16, 4, 4, 4, absent=3)),
    ("16 x 4 tables of 4 x 4, 2 pins, 6 absent", instance(16, 4, 4, 4, pins=2, absent=6)),
    ("12 x 3 x 3", instance(12, 3, 3)),
    ("20 x 4 x 4, 4 absent in one round", instance(20, 4, 4, absent=4)),
    ("20 x 5 x 3, 3 pins", instance(20, 5, 3, pins=3)),
    ("24 x 4 x 5", instance(24, 4, 5)),
    ("30 x 5 x 5, 5 pins, 5 absent", instance(30, 5, 5, pins=5, absent=5)),
    ("36 x 6 x 6", instance(36, 6, 6)),
    ("40 in 4 tables of 10, 4 rounds", instance(40, 4, 4, 10)),
    ("48 x 6 x 4", instance(48, 6, 4)),
    ("60 x 5 x 5", instance(60, 5, 5)),
    ("60 x 6 x 6, 6 pins, 6 absent", instance(60, 6, 6, pins=6, absent=6)),
    ("300 x 15 tables x 6 rounds", instance(300, 15, 6)),
    ("1000 x 40 tables x 8 rounds", instance(1000, 40, 8)),
]


def unwatched(_done: int, _total: int) -> None:
    """A long run nobody cancels."""


def long_run(inp: PlanInput, work: float) -> tuple[int, int]:
    """(repeats, bound) of the exact model given `work` from the planner's local-search plan."""
    ix = search.Index(inp)
    seats = search.seat_mix(inp, {}, ix, True, unwatched)
    saved, exact.WORK_LIMIT = exact.WORK_LIMIT, work
    try:
        outcome = exact.improve(inp, ix, seats, unwatched)
    finally:
        exact.WORK_LIMIT = saved
    return exact.figures(ix, outcome.seats).repeats, outcome.repeat_bound


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--long", type=float, default=0.0, help="deterministic time for a long exact run")
    parser.add_argument("--only", default="", help="run the shapes whose name contains this text")
    args = parser.parse_args()
    solve(SHAPES[3][1])  # load ortools once, outside the timings
    print(f"{'shape':45} {'repeats':>7} {'revisits':>8} {'bound':>6} {'':5} {'time':>8}")
    for name, inp in SHAPES:
        if args.only not in name:
            continue
        start = time.perf_counter()
        metrics = solve(inp).metrics
        seconds = time.perf_counter() - start
        flag = "opt" if metrics.optimal else "limit" if metrics.limit_reached else ""
        line = (f"{name:45} {metrics.repeat_pairs:7d} {metrics.revisits:8d} {metrics.repeat_pairs_bound:6d} {flag:5} "
                f"{seconds:7.2f}s")
        if args.long and len(inp.talents) <= 60:
            best, bound = long_run(inp, args.long)
            line += f"   long exact run: {best} (bound {bound})"
        print(line, flush=True)


if __name__ == "__main__":
    main()
