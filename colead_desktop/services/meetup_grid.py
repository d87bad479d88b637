"""What the round-table grid does with a plan: move a talent, check the hard rules, save the result.

The grid edits only mode, rounds, seed, pins and keep-apart pairs next to the plan; tables, talents,
briefs and sheet fields are edited elsewhere (`meetup_setup_edit`, the documents tab) and kept as stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from colead_desktop.db.engine import Database
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.i18n import msg
from colead_desktop.services.meetup_setup import RoundSetup, save_plan_in, setup_head_in, write_planning_in


def save_planning(db: Database, event_id: int, setup: RoundSetup, plan: rt.Plan | None) -> None:
    """Save only what the round-table grid edits (mode, rounds, seed, pins, keep-apart pairs) and the plan,
    leaving tables, briefs and sheet fields as they are in the database."""
    with db.session() as session:
        write_planning_in(session, setup_head_in(session, event_id), setup)
        save_plan_in(session, event_id, setup, plan)


def with_rounds(plan: rt.Plan, rounds: Sequence[rt.Seating], setup: RoundSetup) -> rt.Plan:
    return rt.Plan(tuple(rounds), rt.compute_metrics(setup.plan_input(), rounds))


def move(setup: RoundSetup, plan: rt.Plan, label: str, round_no: int, table: str) -> rt.Plan:
    """`label` sits at `table` in round `round_no` (from 1) instead of where it sat; metrics recomputed."""
    rounds = [dict(seating) for seating in plan.rounds]
    seating = rounds[round_no - 1]
    for name, people in seating.items():
        if label in people:
            seating[name] = tuple(p for p in people if p != label)
    seating[table] = tuple(seating.get(table, ())) + (label,)
    return with_rounds(plan, rounds, setup)


def cell_problems(setup: RoundSetup, plan: rt.Plan) -> dict[tuple[int, str], list[str]]:
    """Hard-rule violations located at (round, table) cells, so the grid can colour them."""
    inp = setup.plan_input()
    out: dict[tuple[int, str], list[str]] = {}
    for r, seating in enumerate(plan.rounds, start=1):
        for name, people in seating.items():
            mine: list[str] = []
            table = next((t for t in inp.tables if t.id == name), None)
            if table is not None and len(people) > table.capacity:
                mine.append(msg("人材の定員{c}名を超えています（{n}名）", "Over the talent capacity {c} ({n})",
                                c=table.capacity, n=len(people)))
            for a, b in inp.apart:
                if a in people and b in people:
                    mine.append(msg("同席禁止: {a}・{b}", "Kept apart: {a}, {b}", a=a, b=b))
            for p in people:
                talent = next((t for t in inp.talents if t.id == p), None)
                if talent is not None and not talent.attends(r):
                    mine.append(msg("{p}は欠席のラウンドです", "{p} does not attend this round", p=p))
                pinned = setup.pinned(p, r)
                if pinned is not None and pinned != name:
                    mine.append(msg("{p}は{t}に固定されています", "{p} is pinned to {t}", p=p, t=pinned))
            if mine:
                out[(r, name)] = mine
    return out


def not_seated(setup: RoundSetup, plan: rt.Plan) -> list[tuple[int, tuple[str, ...]]]:
    """(round from 1, the setup's talents not seated in it) for each round someone is out of, so the planner
    sees it without counting chips."""
    out = []
    for r, seating in enumerate(plan.rounds, start=1):
        present = {p for people in seating.values() for p in people}
        if missing := tuple(t.label for t in setup.talents if t.label not in present):
            out.append((r, missing))
    return out


def check(setup: RoundSetup, plan: rt.Plan) -> list[str]:
    return rt.check_plan(setup.plan_input(), plan.rounds)
