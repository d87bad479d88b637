"""Editing the round-table setup from the window: tables (name, capacity, seated staff), who attends which
round with which region preferences, and keep-apart pairs; then re-planning keeping pins.

Why one call (`apply_setup`) for all three editors: a changed table or attendance can break pins and the
saved plan, so checking, carrying pins over, re-planning and saving happen in one transaction. When the new
constraints cannot be met, the planner's reason is raised and nothing is written, so the stored setup and
plan always agree. Talents are named by database id here (labels can change when members change).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.types import REGIONAL_ORGANISATIONS
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.meetup import event_in
from colead_desktop.services.meetup_setup import (RoundSetup, SetupTable, SetupTalent, plan_in, region_staff_in,
                                                  region_table_in, save_plan_in, save_setup_in, setup_in, skill_of,
                                                  talent_labels)


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class SetupChoices:
    """What the editors offer: the database's staff (named with their company or region), the event
    programme's regions and talents."""

    staff: tuple[Choice, ...]
    regions: tuple[Choice, ...]
    talents: tuple[Choice, ...]
    region_staff: dict[int, tuple[int, ...]]
    """Region id -> the staff seated at its table by default (its lab and SME staff)."""


@dataclass(frozen=True)
class TableEdit:
    name: str
    capacity: int
    staff_ids: tuple[int, ...] = ()
    region_id: int | None = None
    was: str | None = None
    """The stored name of the table being edited (keeps its room, URL and brief; carries its pins and
    seats over a rename); None for a new table."""


@dataclass(frozen=True)
class TalentEdit:
    talent_id: int
    rounds: tuple[int, ...]
    """Rounds attended (from 1); none = not taking part in the round tables."""
    prefers: tuple[int, ...] = ()
    """Preferred region ids, most wanted first; the planner sees those that have a table."""


@dataclass(frozen=True)
class SetupEdit:
    tables: tuple[TableEdit, ...]
    talents: tuple[TalentEdit, ...]
    apart: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class AppliedSetup:
    setup: RoundSetup
    plan: rt.Plan
    dropped_pins: int
    """Pins removed because their table, their talent or the talent's round is no longer in the setup."""


def setup_choices(db: Database, event_id: int) -> SetupChoices:
    with db.session() as session:
        event = event_in(session, event_id)
        regions = {r.id: r.name for r in session.scalars(select(models.Region).order_by(models.Region.id))}
        own = [Choice(r.id, r.name) for r in session.scalars(select(models.Region).where(
            models.Region.programme_id == event.programme_id).order_by(models.Region.id))]
        companies = {c.id: c.name for c in session.scalars(select(models.Company))}
        people = sorted(session.scalars(select(models.Staff)),
                        key=lambda s: (s.organisation not in REGIONAL_ORGANISATIONS, s.region_id or 0, s.id))
        staff = tuple(Choice(s.id, _staff_label(s, companies, regions)) for s in people)
        talents = _programme_talents(session, event.programme_id)
        labels = talent_labels(talents)
        return SetupChoices(staff, tuple(own), tuple(Choice(t.id, labels[t.id]) for t in talents),
                            {r.id: tuple(s.id for s in region_staff_in(session, r.id)) for r in own})


def _staff_label(staff: models.Staff, companies: dict[int, str], regions: dict[int, str]) -> str:
    """The name with what tells two people apart in a list: their company, else region, else role."""
    where = companies.get(staff.company_id or 0) or regions.get(staff.region_id or 0) or staff.role
    return f"{staff.name}（{where}）" if where else staff.name


def current_edit(db: Database, event_id: int) -> SetupEdit:
    """The stored setup as the editors show it: every talent of the programme (those not taking part with
    no rounds), region preferences by region id, keep-apart pairs by talent id."""
    with db.session() as session:
        setup = setup_in(session, event_id)
        if setup is None:
            raise InputError(msg("ラウンドテーブルの設定がありません", "There is no round-table setup"))
        members = {t.talent_id: t for t in setup.talents}
        every = tuple(range(1, setup.rounds + 1))
        talents = tuple(TalentEdit(t.id, (every if (rounds := members[t.id].rounds) is None else rounds)
                                   if t.id in members else (),
                                   tuple(t.region_preferences))
                        for t in _programme_talents(session, event_in(session, event_id).programme_id))
        ids = {t.label: t.talent_id for t in setup.talents}
        return SetupEdit(tuple(TableEdit(t.name, t.capacity, t.staff_ids, t.region_id, t.name) for t in setup.tables),
                         talents, tuple((ids[a], ids[b]) for a, b in setup.apart))


def left_out(db: Database, event_id: int) -> tuple[str, ...]:
    """Talents of the event's programme who take part in no round (every round unticked in 出欠・希望): the
    setup drops them, so only the programme still knows them."""
    with db.session() as session:
        setup = setup_in(session, event_id)
        members = {t.talent_id for t in setup.talents} if setup is not None else set()
        talents = _programme_talents(session, event_in(session, event_id).programme_id)
        labels = talent_labels(talents)
        return tuple(labels[t.id] for t in talents if t.id not in members)


def _programme_talents(session: Session, programme_id: int) -> list[models.Talent]:
    return list(session.scalars(select(models.Talent).where(models.Talent.programme_id == programme_id)
                                .order_by(models.Talent.id)))


def _check(edit: SetupEdit, rounds: int, staff: set[int], regions: set[int], names: dict[int, str]) -> None:
    """Localised messages naming the table, talent or pair at fault."""
    if not edit.tables:
        raise InputError(msg("テーブルを1つ以上設けてください", "Add at least one table"))
    for i, table in enumerate(edit.tables, start=1):
        name = table.name.strip()
        if not name:
            raise InputError(msg("{i}番目のテーブルの名前が空です", "Table {i} has no name", i=i))
        if table.capacity < 1:
            raise InputError(msg("テーブル「{t}」の定員は1名以上にしてください", "Table '{t}' must seat at least one person",
                                 t=name))
        if unknown := [s for s in table.staff_ids if s not in staff]:
            raise InputError(msg("テーブル「{t}」の担当者{s}が見つかりません", "Table '{t}': staff {s} was not found",
                                 t=name, s=unknown[0]))
        if table.region_id is not None and table.region_id not in regions:
            raise InputError(msg("テーブル「{t}」の地域が見つかりません", "Table '{t}': region not found", t=name))
    for name, count in Counter(t.name.strip() for t in edit.tables).items():
        if count > 1:
            raise InputError(msg("テーブル名「{t}」が{n}つあります", "Table name '{t}' is used {n} times", t=name, n=count))
    for talent in edit.talents:
        if talent.talent_id not in names:
            raise InputError(msg("人材{i}が見つかりません", "Talent {i} was not found", i=talent.talent_id))
        if bad := [r for r in talent.rounds if not 1 <= r <= rounds]:
            raise InputError(msg("{p}の出席ラウンド{r}は1〜{n}の範囲外です", "{p} attends round {r}, outside 1-{n}",
                                 p=names[talent.talent_id], r=bad[0], n=rounds))
    members = {t.talent_id for t in edit.talents if t.rounds}
    for a, b in edit.apart:
        if a == b:
            raise InputError(msg("同席禁止の組に同じ人材「{p}」が2回あります", "Keep-apart pair names '{p}' twice",
                                 p=names.get(a, a)))
        for who in (a, b):
            if who not in members:
                raise InputError(msg("同席禁止の{p}はラウンドテーブルに参加していません",
                                     "{p} is kept apart but does not take part in the round tables",
                                     p=names.get(who, who)))


def _tables(session: Session, event: models.Event, edit: SetupEdit, current: RoundSetup) -> tuple[SetupTable, ...]:
    stored = {t.name: t for t in current.tables}
    out = []
    for t in edit.tables:
        base = stored.get(t.was or "")
        if base is None:
            region = session.get(models.Region, t.region_id) if t.region_id is not None else None
            base = (region_table_in(session, region, t.capacity, event.join_url) if region is not None
                    else SetupTable(t.name, t.capacity, room=f"{t.name.strip()}ルーム", join_url=event.join_url))
        out.append(replace(base, name=t.name.strip(), capacity=t.capacity, staff_ids=tuple(t.staff_ids),
                           region_id=t.region_id))
    return tuple(out)


def _set_preferences(talent: models.Talent, chosen: Sequence[int]) -> None:
    """The talent's region preferences are a fact about the talent (from the application), kept in their
    order; newly chosen regions go last."""
    kept = [r for r in talent.region_preferences if r in chosen]
    talent.region_preferences = kept + [r for r in dict.fromkeys(chosen) if r not in kept]


def apply_setup(db: Database, event_id: int, edit: SetupEdit) -> AppliedSetup:
    """Check `edit`, carry pins and seats over, re-plan keeping pins and save it all, or raise InputError
    (a field at fault, or the planner's reason the new constraints cannot be met) and write nothing."""
    with db.session() as session:
        event = event_in(session, event_id)
        current = setup_in(session, event_id)
        if current is None:
            raise InputError(msg("ラウンドテーブルの設定がありません", "There is no round-table setup"))
        talents = {t.id: t for t in _programme_talents(session, event.programme_id)}
        talents.update({t.talent_id: row_by_id(session, models.Talent, t.talent_id) for t in current.talents})
        staff = set(session.scalars(select(models.Staff.id)))
        regions = set(session.scalars(select(models.Region.id)))
        _check(edit, current.rounds, staff, regions, {i: t.name for i, t in talents.items()})

        tables = _tables(session, event, edit, current)
        table_of_region = {t.region_id: t.name for t in tables if t.region_id is not None}
        members = [t for t in edit.talents if t.rounds]
        labels = talent_labels([talents[t.talent_id] for t in members])
        every = set(range(1, current.rounds + 1))
        for t in edit.talents:
            _set_preferences(talents[t.talent_id], t.prefers)
        setup_talents = tuple(SetupTalent(t.talent_id, labels[t.talent_id], skill_of(talents[t.talent_id]),
                                          tuple(dict.fromkeys(table_of_region[r] for r in
                                                              talents[t.talent_id].region_preferences
                                                              if r in table_of_region)),
                                          None if set(t.rounds) >= every else tuple(sorted(set(t.rounds))))
                              for t in members)

        renamed = {t.was: t.name.strip() for t in edit.tables if t.was is not None}
        ids = {t.label: t.talent_id for t in current.talents}
        attends = {t.talent_id: t.rounds for t in members}
        pins = tuple(rt.Pin(labels[ids[p.talent]], p.round, renamed[p.table]) for p in current.pins
                     if p.table in renamed and ids[p.talent] in attends and p.round in attends[ids[p.talent]])
        apart = tuple(dict.fromkeys((labels[a], labels[b]) for a, b in edit.apart))
        setup = replace(current, tables=tables, talents=setup_talents, pins=pins, apart=apart)

        previous = plan_in(session, event_id, current)
        carried = [{renamed[table]: tuple(labels[ids[p]] for p in people if ids[p] in labels)
                    for table, people in seating.items() if table in renamed}
                   for seating in (previous.rounds if previous else ())]
        plan = rt.solve(setup.plan_input(), carried or None)
        save_setup_in(session, event_id, setup)
        save_plan_in(session, event_id, setup, plan)
        stored = setup_in(session, event_id)  # fresh staff names and region labels
        assert stored is not None
        return AppliedSetup(stored, plan, len(current.pins) - len(pins))
