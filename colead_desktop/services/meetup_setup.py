"""The meetup's round-table setup and plan as stored: tables, talents, pins, keep-apart pairs, sheet fields.

The planner (domain.roundtables) names talents and tables by strings: a table is named by its `name`, a
talent by a readable label (the name, made unique with the database id when two talents share one), so
the planner's messages read naturally. The database keeps talent ids; `RoundSetup` converts between the two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import RoundTableRow, RoundTableSetupRow, RoundTableTalentRow
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.meetup_docs import DEFAULT_SHEET_FIELDS
from colead_desktop.domain.progress import Progress
from colead_desktop.domain.types import REGIONAL_ORGANISATIONS
from colead_desktop.services.meetup import event_in, meetup_event_id_in, save_agenda_in, template_agenda
from colead_desktop.services.programme_scope import regions_of, seatable_talents_of, talents_of


@dataclass(frozen=True)
class SetupTable:
    name: str
    capacity: int
    region_id: int | None = None
    region: str = ""
    staff_ids: tuple[int, ...] = ()
    staff: tuple[str, ...] = ()
    """Names of the seated staff (read-only, filled on load)."""
    room: str = ""
    join_url: str = ""
    purpose: str = ""
    questions: tuple[str, ...] = ()
    expected_output: str = ""


@dataclass(frozen=True)
class SetupTalent:
    talent_id: int
    label: str
    """The planner's id: the name, unique within the setup."""
    skill: str
    prefers: tuple[str, ...] = ()
    """Table names of the talent's preferred regions."""
    rounds: tuple[int, ...] | None = None


@dataclass(frozen=True)
class RoundSetup:
    mode: str = "fixed_groups"
    rounds: int = 3
    seed: int = 0
    tables: tuple[SetupTable, ...] = ()
    talents: tuple[SetupTalent, ...] = ()
    pins: tuple[rt.Pin, ...] = ()
    """Pins by talent label."""
    apart: tuple[tuple[str, str], ...] = ()
    sheet_fields: tuple[str, ...] = DEFAULT_SHEET_FIELDS
    absent: tuple[int, ...] = ()
    """Talent ids recorded as attending no round (every round unticked in 出欠・希望): kept apart from a talent
    of the programme the setup does not know yet (joined after planning), whom the next re-plan seats."""

    def plan_input(self) -> rt.PlanInput:
        staff = self.staff_labels()
        return rt.PlanInput(self.rounds, self.mode, self.seed,  # type: ignore[arg-type]  # rt.validate() checks the mode
                            tuple(rt.Table(t.name, t.capacity, tuple(staff[i] for i in t.staff_ids))
                                  for t in self.tables),
                            tuple(rt.Talent(t.label, t.skill, t.prefers,
                                            None if t.rounds is None else frozenset(t.rounds))
                                  for t in self.talents),
                            self.pins, self.apart)

    def staff_labels(self) -> dict[int, str]:
        """Staff id -> a readable label: the name (as loaded; `#id` when not loaded yet), made unique with
        the id when two people share it, so that two namesakes are not taken for one person."""
        names: dict[int, str] = {}
        for table in self.tables:
            for i, staff_id in enumerate(table.staff_ids):
                names.setdefault(staff_id, table.staff[i] if i < len(table.staff) else f"#{staff_id}")
        counts = Counter(names.values())
        return {i: name if counts[name] == 1 else f"{name}#{i}" for i, name in names.items()}

    def talent(self, label: str) -> SetupTalent:
        return next(t for t in self.talents if t.label == label)

    def pinned(self, label: str, round_no: int) -> str | None:
        return next((p.table for p in self.pins if p.talent == label and p.round == round_no), None)

    def with_pin(self, label: str, round_no: int, table: str | None) -> RoundSetup:
        """Pin `label` to `table` in `round_no`, or unpin when `table` is None."""
        kept = tuple(p for p in self.pins if not (p.talent == label and p.round == round_no))
        return replace(self, pins=kept + ((rt.Pin(label, round_no, table),) if table else ()))


def talent_labels(talents: Sequence[models.Talent]) -> dict[int, str]:
    names = Counter(t.name for t in talents)
    return {t.id: t.name if names[t.name] == 1 else f"{t.name}#{t.id}" for t in talents}


def skill_of(talent: models.Talent) -> str:
    return talent.skills[0] if talent.skills else "other"


def _head(session: Session, event_id: int) -> RoundTableSetupRow | None:
    return session.scalar(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id == event_id))


def setup_in(session: Session, event_id: int) -> RoundSetup | None:
    head = _head(session, event_id)
    if head is None:
        return None
    table_rows = session.scalars(select(RoundTableRow).where(RoundTableRow.event_id == event_id)
                                 .order_by(RoundTableRow.position)).all()
    member_rows = session.scalars(select(RoundTableTalentRow).where(RoundTableTalentRow.event_id == event_id)
                                  .order_by(RoundTableTalentRow.position)).all()
    talents = {t.id: t for t in session.scalars(select(models.Talent).where(
        models.Talent.id.in_([m.talent_id for m in member_rows]), models.Talent.archived_at.is_(None)))}
    member_rows = [m for m in member_rows if m.talent_id in talents]  # the archived leave the plan (archived_in)
    regions = {r.id: r for r in session.scalars(select(models.Region))}
    staff = {s.id: s.name for s in session.scalars(select(models.Staff))}
    event = event_in(session, event_id)
    preferences = {p.talent_id: p.region_preferences for _, p in talents_of(session, event.programme_id)}
    absent = tuple(m.talent_id for m in member_rows if m.rounds == [])
    attending = [m for m in member_rows if m.rounds != []]
    labels = talent_labels([talents[m.talent_id] for m in attending])
    table_by_region = {t.region_id: t.name for t in table_rows if t.region_id is not None}
    tables = tuple(SetupTable(t.name, t.capacity, t.region_id, regions[t.region_id].name if t.region_id in regions
                              else "", tuple(t.staff_ids), tuple(staff.get(s, "?") for s in t.staff_ids), t.room,
                              t.join_url, t.purpose, tuple(t.questions), t.expected_output) for t in table_rows)
    members = []
    for m in attending:
        talent = talents[m.talent_id]
        prefers = tuple(dict.fromkeys(table_by_region[r] for r in preferences.get(talent.id, [])
                                      if r in table_by_region))
        members.append(SetupTalent(talent.id, labels[talent.id], skill_of(talent), prefers,
                                   None if m.rounds is None else tuple(m.rounds)))
    pins = tuple(rt.Pin(labels[p["talent_id"]], int(p["round"]), p["table"]) for p in head.pins
                 if p["talent_id"] in labels)
    apart = tuple((labels[a], labels[b]) for a, b in head.apart if a in labels and b in labels)
    return RoundSetup(head.mode, head.rounds, head.seed, tables, tuple(members), pins, apart,
                      tuple(head.sheet_fields), absent)


def archived_in(session: Session, event_id: int) -> list[models.Talent]:
    """The archived talents the stored setup still names: setup_in leaves them out, so they sit in no round and
    no document prints them; the next save of the setup (「再計画」) drops them for good."""
    return list(session.scalars(select(models.Talent).join(
        RoundTableTalentRow, RoundTableTalentRow.talent_id == models.Talent.id).where(
        RoundTableTalentRow.event_id == event_id, models.Talent.archived_at.is_not(None))
        .order_by(RoundTableTalentRow.position)))


def load_setup(db: Database, event_id: int) -> RoundSetup | None:
    with db.session() as session:
        return setup_in(session, event_id)


def require_setup_in(session: Session, event_id: int) -> RoundSetup:
    setup_head_in(session, event_id)  # raises the planner-readable reason when there is none
    setup = setup_in(session, event_id)
    assert setup is not None
    return setup


def write_planning_in(session: Session, head: RoundTableSetupRow, setup: RoundSetup) -> None:
    """Mode, rounds, seed, pins and keep-apart pairs onto the setup row (talents by database id)."""
    ids = {t.label: t.talent_id for t in setup.talents}
    head.mode, head.rounds, head.seed = setup.mode, setup.rounds, setup.seed
    head.pins = [{"talent_id": ids[p.talent], "round": p.round, "table": p.table} for p in setup.pins]
    head.apart = [[ids[a], ids[b]] for a, b in setup.apart]
    head.updated_at = stored_now()


def save_setup_in(session: Session, event_id: int, setup: RoundSetup) -> None:
    event_in(session, event_id)
    rt.check_tables([rt.Table(t.name.strip(), t.capacity) for t in setup.tables])
    head = _head(session, event_id)
    if head is None:
        head = RoundTableSetupRow(event_id=event_id, plan=None)
        session.add(head)
    write_planning_in(session, head, setup)
    head.sheet_fields = [f for f in setup.sheet_fields if f.strip()]
    session.execute(delete(RoundTableRow).where(RoundTableRow.event_id == event_id))
    session.execute(delete(RoundTableTalentRow).where(RoundTableTalentRow.event_id == event_id))
    session.flush()
    for position, t in enumerate(setup.tables):
        session.add(RoundTableRow(event_id=event_id, position=position, name=t.name.strip(), region_id=t.region_id,
                                  capacity=t.capacity, staff_ids=list(t.staff_ids), room=t.room, join_url=t.join_url,
                                  purpose=t.purpose, questions=[q for q in t.questions if q.strip()],
                                  expected_output=t.expected_output))
    for position, m in enumerate(setup.talents):
        session.add(RoundTableTalentRow(event_id=event_id, talent_id=m.talent_id, position=position,
                                        rounds=None if m.rounds is None else sorted(m.rounds)))
    for position, talent_id in enumerate(setup.absent, start=len(setup.talents)):
        session.add(RoundTableTalentRow(event_id=event_id, talent_id=talent_id, position=position, rounds=[]))
    session.flush()


def save_setup(db: Database, event_id: int, setup: RoundSetup) -> None:
    """Replace the event's tables, talents, pins, keep-apart pairs and sheet fields (the plan is kept)."""
    with db.session() as session:
        save_setup_in(session, event_id, setup)


def plan_in(session: Session, event_id: int, setup: RoundSetup) -> rt.Plan | None:
    head = _head(session, event_id)
    if head is None or head.plan is None:
        return None
    labels = {t.talent_id: t.label for t in setup.talents}
    rounds: list[rt.Seating] = []
    for seating in head.plan:
        rounds.append({t.name: tuple(labels[i] for i in seating.get(t.name, []) if i in labels)
                       for t in setup.tables})
    return rt.Plan(tuple(rounds), rt.compute_metrics(setup.plan_input(), rounds))


def load_plan(db: Database, event_id: int) -> rt.Plan | None:
    with db.session() as session:
        setup = setup_in(session, event_id)
        return None if setup is None else plan_in(session, event_id, setup)


def setup_head_in(session: Session, event_id: int) -> RoundTableSetupRow:
    head = _head(session, event_id)
    if head is None:
        raise InputError(msg("ラウンドテーブルの設定がありません", "There is no round-table setup"))
    return head


def save_plan_in(session: Session, event_id: int, setup: RoundSetup, plan: rt.Plan | None) -> None:
    head = setup_head_in(session, event_id)
    ids = {t.label: t.talent_id for t in setup.talents}
    head.plan = None if plan is None else [{table: [ids[p] for p in people] for table, people in seating.items()}
                                           for seating in plan.rounds]
    head.updated_at = stored_now()


def save_plan(db: Database, event_id: int, setup: RoundSetup, plan: rt.Plan | None) -> None:
    with db.session() as session:
        save_plan_in(session, event_id, setup, plan)


def solve(setup: RoundSetup, progress: Progress | None = None) -> rt.Plan:
    return rt.solve(setup.plan_input(), progress=progress)


def create_default(db: Database, event_id: int, progress: Progress | None = None) -> RoundSetup:
    """Set up round tables for an event that has none (one table per region, every talent) and plan them;
    a cancel (through `progress`) writes nothing."""
    with db.session() as session:
        return _plan_default_in(session, event_id, progress)


def _plan_default_in(session: Session, event_id: int, progress: Progress | None = None) -> RoundSetup:
    save_setup_in(session, event_id, default_setup_in(session, event_id))
    setup = setup_in(session, event_id)
    assert setup is not None
    save_plan_in(session, event_id, setup, solve(setup, progress))
    return setup


def default_setup(db: Database, event_id: int) -> RoundSetup:
    with db.session() as session:
        return default_setup_in(session, event_id)


def default_setup_in(session: Session, event_id: int) -> RoundSetup:
    """One table per region of the event's programme (its lab and SME staff seated, brief defaulted from the
    region), every talent of the programme, 3 rounds in fixed groups."""
    event = event_in(session, event_id)
    regions = regions_of(session, event.programme_id)
    taking_part = seatable_talents_of(session, event.programme_id)
    talents = [talent for talent, _ in taking_part]
    per_table = -(-len(talents) // max(1, len(regions))) + 1
    tables = [region_table_in(session, region, per_table, event.join_url) for region in regions]
    by_region = {t.region_id: t.name for t in tables}
    labels = talent_labels(list(talents))
    members = tuple(SetupTalent(t.id, labels[t.id], skill_of(t),
                                tuple(dict.fromkeys(by_region[r] for r in p.region_preferences if r in by_region)))
                    for t, p in taking_part)
    return RoundSetup("fixed_groups", 3, 0, tuple(tables), members)


def region_table_in(session: Session, region: models.Region, capacity: int, join_url: str) -> SetupTable:
    """A region's table: its lab and SME staff seated, its room, its brief written from the region's record."""
    staff = region_staff_in(session, region.id)
    return SetupTable(region.name, capacity, region.id, region.name, tuple(s.id for s in staff),
                      tuple(s.name for s in staff), f"{region.name}ルーム", join_url, *default_brief(region))


def region_staff_in(session: Session, region_id: int) -> list[models.Staff]:
    """Who sits at a region's table by default: the region's lab and SME staff."""
    return list(session.scalars(select(models.Staff).where(models.Staff.region_id == region_id,
                                                           models.Staff.organisation.in_(REGIONAL_ORGANISATIONS))
                                .order_by(models.Staff.organisation, models.Staff.id)))


def default_brief(region: models.Region) -> tuple[str, tuple[str, ...], str]:
    """Purpose, questions and expected output of a region's table, written from the region's record. In Japanese
    whatever the window's language: it is stored as the table's data and printed on the handouts beside the region's
    own records (a brief written in the window's language put English on the Japanese handouts); the user edits it.
    English outputs print it in English while it is unedited (domain/default_texts.py holds its English)."""
    name = region.municipality or region.name
    return (f"{name}の地域課題と地域中小企業の取組を知り、関心のある企業・テーマを見つける",
            (f"{name}の課題のうち、ご自身のスキルで貢献できそうなものは？",
             "これまでの取組を踏まえ、デジタルで次に試すべきことは？", "フィールドワークツアーで見たい現場・データは？"),
            "関心のある企業・テーマの候補と、ツアーで確認したいこと")


def load_demo_meetup(session: Session, programme_id: int) -> None:
    """The 2021 meetup gets the 2021 agenda, one table per region with its staff, all talents and a plan."""
    event_id = meetup_event_id_in(session, programme_id)
    if event_id is None:
        return
    save_agenda_in(session, event_id, template_agenda(session, event_in(session, event_id), "meetup_2021").blocks, None, None)
    _plan_default_in(session, event_id)
