"""What the round-table grid does with a plan: move a talent, check the hard rules, save the result.

The grid edits only mode, rounds, seed, pins and keep-apart pairs next to the plan; tables, talents,
briefs and sheet fields are edited elsewhere (`meetup_setup_edit`, the documents tab) and kept as stored.
Each of its changes is one undoable step (`replace_planning`): written only over the state the step left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import RoundTableSetupRow
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.agenda import Agenda, round_slots
from colead_desktop.domain.roundtables_check import Violation, check_plan
from colead_desktop.domain.i18n import msg
from colead_desktop.services.meetup_setup import (RoundSetup, plan_in, save_plan_in, setup_head_in, setup_in,
                                                  write_planning_in)
from colead_desktop.services.record_restore import changed_since, deleted_since

Seats = tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]


@dataclass(frozen=True)
class Planning:
    """What one step of the round-table grid changes: the setup (its mode, rounds, seed, pins) and the plan."""

    setup: RoundSetup
    plan: rt.Plan | None

    def seats(self) -> Seats | None:
        """Who sits where, as the database keeps it: tables in name order, empty tables left out (a plan fresh
        from the planner lists them, a stored one may not), metrics not compared (they follow from the seats)."""
        if self.plan is None:
            return None
        return tuple(tuple(sorted((table, tuple(people)) for table, people in seating.items() if people))
                     for seating in self.plan.rounds)


def replace_planning(db: Database, event_id: int, expected: Planning, wanted: Planning) -> Planning:
    """Save `wanted` only if the event's setup and plan are still exactly `expected` (each grid change, its
    undo and redo); another window or instance of the app that changed them meanwhile is never overwritten:
    RecordConflict, nothing written. The stored state after (the setup as read back, `wanted`'s plan)."""
    kind = msg("ラウンドテーブル", "round-table plan")
    with db.session() as session:
        head = session.scalar(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id == event_id)
                              .with_for_update())
        stored = setup_in(session, event_id) if head is not None else None
        if head is None or stored is None:
            raise deleted_since(kind)
        if Planning(stored, plan_in(session, event_id, stored)).seats() != expected.seats() or stored != expected.setup:
            raise changed_since(kind)
        write_planning_in(session, head, wanted.setup)
        save_plan_in(session, event_id, wanted.setup, wanted.plan)
        session.flush()
        session.expire_all()
        after = setup_in(session, event_id)
        assert after is not None
        return Planning(after, wanted.plan)


def save_planning(db: Database, event_id: int, setup: RoundSetup, plan: rt.Plan | None) -> None:
    """Save only what the round-table grid edits (mode, rounds, seed, pins, keep-apart pairs) and the plan,
    leaving tables, briefs and sheet fields as they are in the database."""
    with db.session() as session:
        write_planning_in(session, setup_head_in(session, event_id), setup)
        save_plan_in(session, event_id, setup, plan)


def with_rounds(plan: rt.Plan, rounds: Sequence[rt.Seating], setup: RoundSetup) -> rt.Plan:
    """`rounds` instead of `plan`'s seats; the bound proven for `plan` carries over where it still holds."""
    return rt.Plan(tuple(rounds), rt.compute_metrics(setup.plan_input(), rounds, plan.metrics))


def move(setup: RoundSetup, plan: rt.Plan, label: str, round_no: int, table: str) -> rt.Plan:
    """`label` sits at `table` in round `round_no` (from 1) instead of where it sat; metrics recomputed."""
    rounds = [dict(seating) for seating in plan.rounds]
    seating = rounds[round_no - 1]
    for name, people in seating.items():
        if label in people:
            seating[name] = tuple(p for p in people if p != label)
    seating[table] = tuple(seating.get(table, ())) + (label,)
    return with_rounds(plan, rounds, setup)


def by_cell(violations: Sequence[Violation]) -> dict[tuple[int, str | None], list[str]]:
    """The messages of `violations` grouped where the grid shows them: (round, table) for a cell, (round,
    None) for a round's row header; violations of the plan as a whole have no place in the grid."""
    out: dict[tuple[int, str | None], list[str]] = {}
    for v in violations:
        if v.round is not None:
            out.setdefault((v.round, v.table), []).append(v.message)
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


def check(setup: RoundSetup, plan: rt.Plan, agenda: Agenda | None) -> list[Violation]:
    """The plan's broken hard rules; with the event's `agenda`, also rounds that do not match its
    round-table blocks."""
    return check_plan(setup.plan_input(), plan.rounds, None if agenda is None else len(round_slots(agenda)))
