"""Editing the round-table setup from the window: tables (name, capacity, seated staff), who attends which
round with which region preferences, and keep-apart pairs; then re-planning keeping pins.

Why one call (`apply_setup`) for all three editors: a changed table or attendance can break pins and the
saved plan, so checking, carrying pins over, re-planning and saving happen in one transaction. When the new
constraints cannot be met, the planner's reason is raised and nothing is written, so the stored setup and
plan always agree. Talents are named by database id here (labels can change when members change).
Each apply is an undo step in the window: `replace_setup` moves the whole state (`SetupState`) back or forth,
only from the state the step left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import RoundTableRow, RoundTableSetupRow, RoundTableTalentRow
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain import roundtables_repair as repair
from colead_desktop.domain import roundtables_setup as rs
from colead_desktop.domain.progress import Progress
from colead_desktop.domain.roundtables_repair import Move
from colead_desktop.domain.roundtables_setup import SetupEdit, TableEdit, TalentEdit
from colead_desktop.domain.types import REGIONAL_ORGANISATIONS
from colead_desktop.services.programme_scope import regions_of, seatable_talents_of, talents_of
from colead_desktop.services.lookups import row_by_id
from colead_desktop.domain.i18n import msg
from colead_desktop.services.meetup import event_in
from colead_desktop.services.meetup_grid import Planning
from colead_desktop.services.meetup_setup import (RoundSetup, SetupTable, SetupTalent, archived_in, plan_in,
                                                  region_staff_in, region_table_in, require_setup_in, save_plan_in,
                                                  save_setup_in, setup_in, skill_of, talent_labels)
from colead_desktop.services.record_restore import changed_since, deleted_since


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
class AppliedSetup:
    setup: RoundSetup
    plan: rt.Plan
    dropped_pins: int
    """Pins removed because their table, their talent or the talent's round is no longer in the setup."""
    moves: tuple[Move, ...] = ()
    """Who the re-plan seated at another table than the saved plan (people absent or new are no moves)."""


def setup_choices(db: Database, event_id: int) -> SetupChoices:
    with db.session() as session:
        event = event_in(session, event_id)
        regions = {r.id: r.name for r in session.scalars(select(models.Region).order_by(models.Region.id))}
        own = [Choice(r.id, r.name) for r in regions_of(session, event.programme_id)]
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
    """The stored setup as the editors show it: every talent of the programme (those recorded absent with no
    rounds; those who joined the programme after the setup was made in every round: nobody said they would
    miss one), region preferences by region id, keep-apart pairs by talent id."""
    with db.session() as session:
        setup = require_setup_in(session, event_id)
        members = {t.talent_id: t for t in setup.talents}
        every = tuple(range(1, setup.rounds + 1))
        talents = tuple(TalentEdit(t.id, () if t.id in setup.absent
                                   else every if t.id not in members or (rounds := members[t.id].rounds) is None
                                   else rounds,
                                   tuple(p.region_preferences))
                        for t, p in seatable_talents_of(session, event_in(session, event_id).programme_id))
        ids = {t.label: t.talent_id for t in setup.talents}
        return SetupEdit(tuple(TableEdit(t.name, t.capacity, t.staff_ids, t.region_id, t.name) for t in setup.tables),
                         talents, tuple((ids[a], ids[b]) for a, b in setup.apart))


@dataclass(frozen=True)
class Outside:
    """The programme's talents seated in no round, by label: those recorded absent from every round, and those
    not in the setup at all (they joined the programme after it was planned; 「再計画」 seats them)."""

    absent: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    archived: tuple[str, ...] = ()
    """Names of archived talents the stored setup still holds: out of the plan already, 「再計画」 saves it so."""


def outside(db: Database, event_id: int) -> Outside:
    with db.session() as session:
        setup = setup_in(session, event_id)
        members = {t.talent_id for t in setup.talents} if setup is not None else set()
        absent = set(setup.absent) if setup is not None else set()
        talents = _programme_talents(session, event_in(session, event_id).programme_id)
        labels = talent_labels(talents)
        return Outside(tuple(labels[t.id] for t in talents if t.id in absent),
                       tuple(labels[t.id] for t in talents if t.id not in members and t.id not in absent),
                       tuple(t.name for t in archived_in(session, event_id)))


def replan(db: Database, event_id: int, progress: Progress | None = None, first_round: int = 1) -> AppliedSetup:
    """「再計画」: the window's button and `colead roundtables replan`, one rule (`roundtables_repair.replan`). The
    setup as the editors show it (the programme's talents it does not know yet attend every round, archived and
    deleted ones leave, recorded absences stay absences) is saved with its seating brought up to date moving as
    few people as that needs, or, already up to date, improved by the search from the saved seats; pins are kept
    and rounds before `first_round` are not changed."""
    return _apply(db, event_id, current_edit(db, event_id), progress, first_round, repair.replan)


def _programme_talents(session: Session, programme_id: int) -> list[models.Talent]:
    return [talent for talent, _ in seatable_talents_of(session, programme_id)]


def _tables(session: Session, event: models.Event, edit: SetupEdit, current: RoundSetup) -> tuple[SetupTable, ...]:
    stored = {t.name: t for t in current.tables}
    out = []
    for t in edit.tables:
        base = stored.get(t.was or "")
        if base is None:
            region = session.get(models.Region, t.region_id) if t.region_id is not None else None
            base = (region_table_in(session, region, t.capacity, event.join_url) if region is not None
                    else SetupTable(t.name, t.capacity, room=f"{t.name.strip()}ルーム", join_url=event.join_url))
        staff = base.staff if tuple(t.staff_ids) == base.staff_ids else ()  # names are loaded after saving
        out.append(replace(base, name=t.name.strip(), capacity=t.capacity, staff_ids=tuple(t.staff_ids),
                           staff=staff, region_id=t.region_id))
    return tuple(out)


def _set_preferences(taking_part: models.ProgrammeTalent, chosen: Sequence[int]) -> None:
    """The talent's region preferences are a fact about their participation (from the application), kept in
    their order; newly chosen regions go last."""
    kept = [r for r in taking_part.region_preferences if r in chosen]
    taking_part.region_preferences = kept + [r for r in dict.fromkeys(chosen) if r not in kept]


def apply_setup(db: Database, event_id: int, edit: SetupEdit, progress: Progress | None = None,
                first_round: int = 1) -> AppliedSetup:
    """Check `edit`, carry pins and seats over, re-plan keeping pins and save it all, or raise InputError
    (a field at fault, or the planner's reason the new constraints cannot be met) and write nothing. The
    re-plan keeps the saved seating but for the fewest moves (`roundtables_repair`) and never changes a
    round before `first_round` (the rounds that have started on the day), unless the tables changed: then
    the search plans anew from the saved seats (in fixed groups a group must fit every table). It reports to
    `progress`; a cancel there raises `Cancelled` and writes nothing either."""
    return _apply(db, event_id, edit, progress, first_round, repair.replan_keeping)


def _apply(db: Database, event_id: int, edit: SetupEdit, progress: Progress | None, first_round: int,
           keep: Callable[[rt.PlanInput, Sequence[rt.Seating], int, Progress | None], rt.Plan]) -> AppliedSetup:
    """apply_setup, the saved seats re-planned by `keep` while the tables stay as they were."""
    with db.session() as session:
        event = event_in(session, event_id)
        current = require_setup_in(session, event_id)
        talents = {t.id: t for t in _programme_talents(session, event.programme_id)}
        talents.update({t.talent_id: row_by_id(session, models.Talent, t.talent_id) for t in current.talents})
        rs.check_names(edit)
        rs.check_references(edit, rs.Known(frozenset(session.scalars(select(models.Staff.id))),
                                           frozenset(session.scalars(select(models.Region.id))),
                                           {i: t.name for i, t in talents.items()}))
        participations = {p.talent_id: p for _, p in talents_of(session, event.programme_id)}
        for t in edit.talents:
            if t.talent_id in participations:  # a talent no longer taking part keeps no wishes here
                _set_preferences(participations[t.talent_id], t.prefers)
        edited = _edited(current, _tables(session, event, edit, current), edit, talents,
                         {i: p.region_preferences for i, p in participations.items()})
        previous = plan_in(session, event_id, current)
        carried = rs.carry_over(current.pins, previous.rounds if previous else (),
                                {t.was: t.name.strip() for t in edit.tables if t.was is not None},
                                {t.label: label for t in current.talents
                                 if (label := _label_of(edited, t.talent_id)) is not None},
                                edited.plan_input().talents)
        setup = replace(edited, pins=carried.pins)
        if carried.seats:
            plan = (keep if _seats_of(setup) == _seats_of(current) else repair.search_from)(
                setup.plan_input(), carried.seats, first_round, progress)
            moved = repair.moves(carried.seats, plan.rounds)
        else:
            plan, moved = rt.solve(setup.plan_input(), None, progress), ()
        save_setup_in(session, event_id, setup)
        save_plan_in(session, event_id, setup, plan)
        return AppliedSetup(require_setup_in(session, event_id), plan, carried.dropped_pins, moved)  # fresh names


def _seats_of(setup: RoundSetup) -> list[tuple[str, int]]:
    return [(t.name.strip(), t.capacity) for t in setup.tables]


def _edited(current: RoundSetup, tables: tuple[SetupTable, ...], edit: SetupEdit,
            talents: dict[int, models.Talent], preferences: dict[int, list[int]]) -> RoundSetup:
    """The setup with the edited tables, talents and keep-apart pairs (pins are carried over after)."""
    table_of_region = {t.region_id: t.name for t in tables if t.region_id is not None}
    members = [t for t in edit.talents if t.rounds]
    absent = tuple(t.talent_id for t in edit.talents if not t.rounds)  # recorded: not "new" at the next re-plan
    labels = talent_labels([talents[t.talent_id] for t in members])
    every = set(range(1, current.rounds + 1))
    setup_talents = tuple(SetupTalent(t.talent_id, labels[t.talent_id], skill_of(talents[t.talent_id]),
                                      tuple(dict.fromkeys(table_of_region[r] for r in
                                                          preferences.get(t.talent_id, [])
                                                          if r in table_of_region)),
                                      None if set(t.rounds) == every else tuple(sorted(set(t.rounds))))
                          for t in members)
    apart = tuple(dict.fromkeys((labels[a], labels[b]) for a, b in edit.apart))
    return replace(current, tables=tables, talents=setup_talents, pins=(), apart=apart, absent=absent)


def _label_of(setup: RoundSetup, talent_id: int) -> str | None:
    return next((t.label for t in setup.talents if t.talent_id == talent_id), None)


@dataclass(frozen=True)
class SetupState:
    """All that 「保存して再計画」 (apply_setup) changes: the setup and plan, and the region preferences of the
    programme's talents (a fact of their participation the talents editor also edits)."""

    planning: Planning
    preferences: tuple[tuple[int, tuple[int, ...]], ...]
    """(talent id, region ids in order) for every talent of the event's programme."""


def _state_in(session: Session, event_id: int) -> SetupState:
    setup = require_setup_in(session, event_id)
    programme_id = event_in(session, event_id).programme_id
    return SetupState(Planning(setup, plan_in(session, event_id, setup)),
                      tuple((t.id, tuple(p.region_preferences)) for t, p in talents_of(session, programme_id)))


def setup_state(db: Database, event_id: int) -> SetupState:
    with db.session() as session:
        return _state_in(session, event_id)


def _setup_kind() -> str:
    return msg("ラウンドテーブルの設定", "round-table setup")


def _has_setup(session: Session, event_id: int) -> bool:
    """Whether the event has round tables; the setup row locked until the transaction ends (PostgreSQL)."""
    return session.scalar(select(RoundTableSetupRow.id).where(RoundTableSetupRow.event_id == event_id)
                          .with_for_update()) is not None


def _check_stored(session: Session, event_id: int, expected: SetupState) -> None:
    """RecordConflict unless the event's setup, seats and preferences are still `expected`."""
    if not _has_setup(session, event_id):
        raise deleted_since(_setup_kind())
    stored = _state_in(session, event_id)
    if (stored.planning.setup, stored.planning.seats(), stored.preferences) != (
            expected.planning.setup, expected.planning.seats(), expected.preferences):
        raise changed_since(_setup_kind())


def remove_setup(db: Database, event_id: int, expected: SetupState) -> None:
    """Undo of 「地域ごとのテーブルで設定する」: the event has no round tables again, only if its setup and plan
    are still `expected` (else RecordConflict, nothing written)."""
    with db.session() as session:
        _check_stored(session, event_id, expected)
        for model in (RoundTableRow, RoundTableTalentRow, RoundTableSetupRow):
            session.execute(delete(model).where(model.event_id == event_id))


def put_setup_back(db: Database, event_id: int, wanted: SetupState) -> SetupState:
    """Redo of 「地域ごとのテーブルで設定する」: the setup and plan it made, only if the event still has no round
    tables (else RecordConflict, nothing written); as stored after."""
    with db.session() as session:
        if _has_setup(session, event_id):
            raise changed_since(_setup_kind())
        save_setup_in(session, event_id, wanted.planning.setup)
        save_plan_in(session, event_id, wanted.planning.setup, wanted.planning.plan)
        session.flush()
        after = _state_in(session, event_id)
        return SetupState(Planning(after.planning.setup, wanted.planning.plan), after.preferences)


def replace_setup(db: Database, event_id: int, expected: SetupState, wanted: SetupState) -> SetupState:
    """Undo or redo of an apply: write `wanted` only if the stored state is still exactly `expected` (else
    RecordConflict, nothing written); the state as stored after."""
    with db.session() as session:
        _check_stored(session, event_id, expected)
        participations = {p.talent_id: p for _, p in talents_of(session, event_in(session, event_id).programme_id)}
        for talent_id, regions in wanted.preferences:
            if talent_id in participations:
                participations[talent_id].region_preferences = list(regions)
        save_setup_in(session, event_id, wanted.planning.setup)
        save_plan_in(session, event_id, wanted.planning.setup, wanted.planning.plan)
        session.flush()
        session.expire_all()
        after = _state_in(session, event_id)
        return SetupState(Planning(after.planning.setup, wanted.planning.plan), after.preferences)
