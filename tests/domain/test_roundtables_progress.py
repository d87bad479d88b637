"""Planning reports progress and stops when cancelled (also inside CP-SAT), without changing the plan it makes;
without ortools (the bundled app has no numpy) the planner keeps the local search and the counting bound."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from colead_desktop.domain import roundtables_exact as exact
from colead_desktop.domain.progress import Cancelled
from colead_desktop.domain.roundtables import PROGRESS_TOTAL, SEARCH_SHARE, Pin, PlanInput, Table, Talent, solve
from tests.domain.test_roundtables_exact import square, unproven

ROOT = Path(__file__).resolve().parents[2]


def test_progress_rises_to_the_exact_model_and_leaves_the_plan_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exact, "WORK_LIMIT", 0.05)
    inp = unproven()
    reported: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        reported.append((done, total))
        return True

    plan = solve(inp, progress=progress)
    assert plan == solve(inp)
    done = [d for d, _t in reported]
    assert {t for _d, t in reported} == {PROGRESS_TOTAL}
    assert done == sorted(done) and done[0] == 0 and done[-1] >= SEARCH_SHARE  # the model ran, after the search


def test_a_cancel_in_the_local_search_stops_it() -> None:
    calls: list[int] = []

    def progress(done: int, _total: int) -> bool:
        calls.append(done)
        return len(calls) < 5

    with pytest.raises(Cancelled):
        solve(square(300, 15, 6), progress=progress)
    assert len(calls) == 5  # nothing asked again after the cancel


@pytest.mark.timeout(120)  # without the watcher the model would run its (raised) work limit: hours
def test_a_cancel_stops_cp_sat_while_it_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exact, "WORK_LIMIT", 10_000.0)
    asked_while_solving: list[bool] = []

    def progress(done: int, _total: int) -> bool:
        if done >= SEARCH_SHARE:
            asked_while_solving.append(any(t.name == "cp-sat" for t in threading.enumerate()))
        return asked_while_solving.count(True) < 3

    with pytest.raises(Cancelled):
        solve(unproven(), progress=progress)
    assert asked_while_solving.count(True) == 3  # polled while CP-SAT searched, not at a level boundary
    assert not any(t.name == "cp-sat" for t in threading.enumerate())  # and the solve ended


@pytest.mark.timeout(120)
def test_a_pinned_talent_who_misses_a_wish_does_not_stall_the_search() -> None:
    """The only problem seat is pinned, so no step can touch it: the search used to restart from it forever."""
    inp = PlanInput(1, "mix", 0, (Table("T0", 2), Table("T1", 2)),
                    (Talent("P0", "engineer", ("T1",)), Talent("P1", "engineer")), (Pin("P0", 1, "T0"),))
    plan = solve(inp)
    assert plan.rounds[0]["T0"][0] == "P0" and plan.metrics.unmet_preferences == 1


def test_without_ortools_the_plan_keeps_the_local_search_and_the_counting_bound() -> None:
    """As in the bundled app, which leaves numpy out: ortools is there but cannot be imported."""
    script = """
import json, sys
sys.modules["numpy"] = None  # what an excluded module looks like: its import raises ImportError
from colead_desktop.domain import roundtables_exact as exact
from colead_desktop.domain.roundtables import Pin, PlanInput, Table, Talent, solve
from colead_desktop.domain.roundtables_bounds import repeat_floor
talents = tuple(Talent(f"P{i:02d}", ("engineer", "data_scientist")[i % 2], rounds=frozenset({1, 2, 3, 4} - {i + 1}))
                for i in range(4)) + tuple(Talent(f"P{i:02d}", ("engineer", "data_scientist")[i % 2]) for i in range(4, 16))
inp = PlanInput(4, "mix", 1, tuple(Table(f"T{k}", 4) for k in range(4)), talents,
                (Pin("P15", 1, "T0"), Pin("P14", 1, "T1")))
m = solve(inp).metrics
print(json.dumps([exact.available(), m.repeat_pairs, m.repeat_pairs_bound, repeat_floor(inp, m.revisits),
                  m.optimal, m.limit_reached, m.revisits, "ortools.sat.python.cp_model" in sys.modules]))
"""
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    available, repeats, bound, floor, optimal, limit_reached, revisits, loaded = json.loads(out.stdout)
    assert (available, loaded) == (False, False)
    assert revisits == 0 and bound == floor < repeats  # the counting bound, the local search's plan
    assert (optimal, limit_reached) == (False, False)
