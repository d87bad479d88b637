"""Editing the round-table setup (tables, attendance, keep-apart pairs) and re-planning, on SQLite and
PostgreSQL: fields at fault are named, infeasible constraints give the planner's reason and write nothing,
pins follow renamed tables and are dropped where they no longer apply."""

from __future__ import annotations

from dataclasses import replace

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.roundtables_setup import TableEdit
from colead_desktop.services import meetup_grid
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from tests.programmes import demo_programme, talent_in


def _seats(plan, label: str) -> list[str | None]:  # noqa: ANN001
    return [next((t for t, people in seating.items() if label in people), None) for seating in plan.rounds]


def test_current_edit_round_trips_unchanged(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    before = setups.load_setup(db, event_id)
    edit = edits.current_edit(db, event_id)
    assert [t.name for t in edit.tables] == [t.name for t in before.tables]  # type: ignore[union-attr]
    assert len(edit.talents) == 16 and all(t.rounds == (1, 2, 3) for t in edit.talents)
    applied = edits.apply_setup(db, event_id, edit)
    assert applied.setup == before and applied.dropped_pins == 0
    assert meetup_grid.check(applied.setup, applied.plan, None) == []


def test_capacity_too_small_gives_the_reason_and_writes_nothing(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    edit = edits.current_edit(db, event_id)
    small = replace(edit, tables=(replace(edit.tables[0], capacity=2), *edit.tables[1:]))
    with pytest.raises(InputError) as caught:
        edits.apply_setup(db, event_id, small)
    assert "定員2名" in str(caught.value) and edit.tables[0].name in str(caught.value)
    assert setups.load_setup(db, event_id).tables[0].capacity == edit.tables[0].capacity  # type: ignore[union-attr]


def test_bad_fields_are_named(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    edit = edits.current_edit(db, event_id)
    cases = [(replace(edit, tables=(edit.tables[0], replace(edit.tables[1], name=" "))), "2番目のテーブル"),
             (replace(edit, tables=(edit.tables[0], replace(edit.tables[1], name=edit.tables[0].name))),
              f"「{edit.tables[0].name}」が2つ"),
             (replace(edit, tables=(replace(edit.tables[0], capacity=0),)), f"「{edit.tables[0].name}」の定員"),
             (replace(edit, apart=((edit.talents[0].talent_id, edit.talents[0].talent_id),)), "2回")]
    for bad, words in cases:
        with pytest.raises(InputError, match=words):
            edits.apply_setup(db, event_id, bad)


def test_absence_apart_and_rename_replan_keeping_pins(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    plan = setups.load_plan(db, event_id)
    assert setup is not None and plan is not None
    a, b, c = setup.talents[0], setup.talents[1], setup.talents[2]
    pinned = setup.with_pin(a.label, 2, setup.tables[1].name).with_pin(c.label, 1, setup.tables[0].name)
    meetup_grid.save_planning(db, event_id, pinned, rt.replan(pinned.plan_input(), plan, ()))

    edit = edits.current_edit(db, event_id)
    talents = tuple(replace(t, rounds=(1, 3)) if t.talent_id == a.talent_id else t for t in edit.talents)
    tables = (replace(edit.tables[0], name="北見（オンライン）"), *edit.tables[1:])
    applied = edits.apply_setup(db, event_id, replace(edit, tables=tables, talents=talents,
                                                      apart=((b.talent_id, c.talent_id),)))
    assert applied.dropped_pins == 1  # a's round-2 pin: a no longer attends round 2
    assert _seats(applied.plan, a.label)[1] is None
    assert applied.setup.pinned(c.label, 1) == "北見（オンライン）"
    assert _seats(applied.plan, c.label)[0] == "北見（オンライン）"
    assert all(_seats(applied.plan, b.label)[r] != _seats(applied.plan, c.label)[r] for r in range(3))
    assert meetup_grid.check(applied.setup, applied.plan, None) == []
    assert setups.load_setup(db, event_id) == applied.setup
    assert setups.load_plan(db, event_id).rounds == applied.plan.rounds  # type: ignore[union-attr]


def test_new_table_for_a_region_and_preferences_saved_on_the_talent(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    edit = edits.current_edit(db, event_id)
    choices = edits.setup_choices(db, event_id)
    staff = choices.staff[0].id
    region = edit.tables[2].region_id
    tables = (*edit.tables[:2], replace(edit.tables[2], staff_ids=(staff,)),
              TableEdit("事務局テーブル", 4))
    who = edit.talents[5]
    talents = tuple(replace(t, prefers=(region,)) if t is who else t for t in edit.talents)
    applied = edits.apply_setup(db, event_id, replace(edit, tables=tables, talents=talents))
    assert [t.name for t in applied.setup.tables][-1] == "事務局テーブル"
    assert applied.setup.tables[2].staff_ids == (staff,)
    assert applied.setup.tables[2].staff == (choices.staff[0].label.split("（")[0],)
    assert applied.setup.tables[-1].room == "事務局テーブルルーム"
    assert next(t for t in applied.setup.talents if t.talent_id == who.talent_id).prefers == (edit.tables[2].name,)
    assert edits.current_edit(db, event_id).talents[5].prefers == (region,)


def test_a_talent_who_joined_after_planning_is_not_absent_and_the_replan_seats_them(
        meetup_demo: tuple[Database, int]) -> None:
    """Planned, then one more talent joins the programme: they are new (not a recorded absence) and including
    them seats them in every round, keeping pins; a talent recorded absent from every round stays absent."""
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    plan = setups.load_plan(db, event_id)
    assert setup is not None and plan is not None
    away, pinned = setup.talents[0], setup.talents[1]
    edit = edits.current_edit(db, event_id)
    edits.apply_setup(db, event_id, replace(edit, talents=tuple(replace(t, rounds=()) if t.talent_id == away.talent_id
                                                                else t for t in edit.talents)))
    stored = setups.load_setup(db, event_id)
    assert stored is not None and stored.absent == (away.talent_id,)
    with_pin = stored.with_pin(pinned.label, 2, stored.tables[2].name)
    meetup_grid.save_planning(db, event_id, with_pin, rt.replan(with_pin.plan_input(), setups.load_plan(db, event_id), ()))  # type: ignore[arg-type]
    talent_in(db, demo_programme(db), "小林 新", "ｺﾊﾞﾔｼ ｼﾝ")

    assert edits.outside(db, event_id) == edits.Outside(absent=(away.label,), new=("小林 新",))
    assert next(t for t in edits.current_edit(db, event_id).talents if t.talent_id == away.talent_id).rounds == ()
    applied = edits.replan(db, event_id)
    assert None not in _seats(applied.plan, "小林 新")
    assert _seats(applied.plan, away.label) == [None, None, None]
    assert applied.setup.pinned(pinned.label, 2) == stored.tables[2].name
    assert _seats(applied.plan, pinned.label)[1] == stored.tables[2].name
    assert edits.outside(db, event_id) == edits.Outside(absent=(away.label,))
    assert meetup_grid.check(applied.setup, applied.plan, None) == []
