"""Online events in the database: agendas, the meetup's round-table setup and plan, documents, exports.

One session per public call; domain objects in and out. The planner (domain.roundtables) names talents
and tables by strings: a table is named by its `name`, a talent by a readable label (the name, made
unique with the database id when two talents share one), so the planner's messages read naturally.
The database keeps talent ids; `RoundSetup` converts between the two.
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import AgendaBlockRow, RoundTableRow, RoundTableSetupRow, RoundTableTalentRow
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.agenda import Agenda, AgendaBlock, BlockKind, interim_report_2021, meetup_2021, pre_meeting
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import TOKYO
from colead_desktop.domain.meetup_docs import (DEFAULT_SHEET_FIELDS, MeetupPack, RegionPack, SmeEntry, TableBrief,
                                               TalentSheet)
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.types import EventKind, SkillType
from colead_desktop.exports.meetup_ics import write_event_calendar, write_talent_calendars
from colead_desktop.exports.rotation_xlsx import write_rotation
from colead_desktop.reports.meetup_pdf import HandoutPart, write_handouts

ONLINE_FORMATS = ("online", "hybrid")
TEMPLATES = ("meetup_2021", "pre_meeting", "interim_report_2021")


def template_label(name: str) -> str:
    return {"meetup_2021": msg("2021年ミートアップ", "2021 meetup"),
            "pre_meeting": msg("事前顔合わせ（企業ごと60分）", "Pre-meeting (60 min per company)"),
            "interim_report_2021": msg("2021年中間報告会", "2021 interim report")}[name]


# --- events and agendas -------------------------------------------------------------------------

@dataclass(frozen=True)
class EventSummary:
    id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    tool: str
    join_url: str

    @property
    def label(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}  {self.title}（{EventKind(self.kind).label}）"


def list_online_events(db: Database) -> list[EventSummary]:
    """Events held online or hybrid (meetup, pre-meetings, reports, committees...), by date."""
    with db.session() as session:
        rows = session.scalars(select(models.Event).where(models.Event.event_format.in_(ONLINE_FORMATS))
                               .order_by(models.Event.starts_at, models.Event.id)).all()
        return [EventSummary(e.id, e.kind, e.title, e.starts_at, e.ends_at, e.tool, e.join_url) for e in rows]


def meetup_event_id(db: Database) -> int | None:
    with db.session() as session:
        return session.scalar(select(models.Event.id).where(models.Event.kind == EventKind.MEETUP.value)
                              .order_by(models.Event.starts_at))


def _event(session: Session, event_id: int) -> models.Event:
    event = session.get(models.Event, event_id)
    if event is None:
        raise InputError(msg("イベント{i}が見つかりません", "Event {i} was not found", i=event_id))
    return event


def _agenda(session: Session, event_id: int) -> Agenda:
    event = _event(session, event_id)
    rows = session.scalars(select(AgendaBlockRow).where(AgendaBlockRow.event_id == event_id)
                           .order_by(AgendaBlockRow.position)).all()
    kinds = {k.value for k in BlockKind}
    blocks = tuple(AgendaBlock(r.title, BlockKind(r.kind if r.kind in kinds else "other"), r.minutes, r.owner,
                               r.room, r.join_url) for r in rows)
    return Agenda(event.title, event.starts_at.replace(tzinfo=TOKYO), event.ends_at.replace(tzinfo=TOKYO), blocks,
                  event.tool)


def load_agenda(db: Database, event_id: int) -> Agenda:
    """The event's agenda; the stored naive JST times come back aware (Asia/Tokyo)."""
    with db.session() as session:
        return _agenda(session, event_id)


def _save_agenda(session: Session, event_id: int, blocks: Sequence[AgendaBlock], tool: str | None,
                 join_url: str | None) -> None:
    event = _event(session, event_id)
    for i, block in enumerate(blocks, start=1):
        if not block.title.strip():
            raise InputError(msg("{i}番目のブロックの題名が空です", "Block {i} has no title", i=i))
        if block.minutes < 0:
            raise InputError(msg("{i}番目「{t}」の時間が負です", "Block {i} '{t}' has a negative length",
                                 i=i, t=block.title))
    if tool is not None:
        event.tool = tool.strip()
    if join_url is not None:
        event.join_url = join_url.strip()
    session.execute(delete(AgendaBlockRow).where(AgendaBlockRow.event_id == event_id))
    for position, block in enumerate(blocks):
        session.add(AgendaBlockRow(event_id=event_id, position=position, title=block.title.strip(),
                                   kind=BlockKind(block.kind).value, minutes=block.minutes, owner=block.owner,
                                   room=block.room, join_url=block.join_url))


def save_agenda(db: Database, event_id: int, blocks: Sequence[AgendaBlock], tool: str | None = None,
                join_url: str | None = None) -> None:
    """Replace the event's blocks (in the given order) and, when given, its tool and join URL."""
    with db.session() as session:
        _save_agenda(session, event_id, blocks, tool, join_url)


def template_blocks(db: Database, event_id: int, name: str) -> tuple[AgendaBlock, ...]:
    """The blocks of a template adapted to the event (its join URL, its company for a pre-meeting)."""
    with db.session() as session:
        event = _event(session, event_id)
        return _template(event, name).blocks


def _template(event: models.Event, name: str) -> Agenda:
    if name == "meetup_2021":
        return meetup_2021(event.join_url)
    if name == "interim_report_2021":
        return interim_report_2021(event.join_url)
    if name == "pre_meeting":
        company = re.split("[：:]", event.title, maxsplit=1)[-1].strip()
        start = event.starts_at
        return pre_meeting(start.date(), start.hour, start.minute, company, event.join_url)
    raise InputError(msg("テンプレート「{n}」はありません", "Unknown template '{n}'", n=name))


# --- round-table setup ------------------------------------------------------------------------------

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

    def plan_input(self) -> rt.PlanInput:
        return rt.PlanInput(self.rounds, self.mode, self.seed,  # type: ignore[arg-type]
                            tuple(rt.Table(t.name, t.capacity) for t in self.tables),
                            tuple(rt.Talent(t.label, t.skill, t.prefers,
                                            None if t.rounds is None else frozenset(t.rounds))
                                  for t in self.talents),
                            self.pins, self.apart)

    def talent(self, label: str) -> SetupTalent:
        return next(t for t in self.talents if t.label == label)

    def pinned(self, label: str, round_no: int) -> str | None:
        return next((p.table for p in self.pins if p.talent == label and p.round == round_no), None)

    def with_pin(self, label: str, round_no: int, table: str | None) -> RoundSetup:
        """Pin `label` to `table` in `round_no`, or unpin when `table` is None."""
        kept = tuple(p for p in self.pins if not (p.talent == label and p.round == round_no))
        return replace(self, pins=kept + ((rt.Pin(label, round_no, table),) if table else ()))


def _labels(talents: Sequence[models.Talent]) -> dict[int, str]:
    names = [t.name for t in talents]
    return {t.id: t.name if names.count(t.name) == 1 else f"{t.name}#{t.id}" for t in talents}


def _skill(talent: models.Talent) -> str:
    return talent.skills[0] if talent.skills else "other"


def _load_setup(session: Session, event_id: int) -> RoundSetup | None:
    head = session.scalar(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id == event_id))
    if head is None:
        return None
    table_rows = session.scalars(select(RoundTableRow).where(RoundTableRow.event_id == event_id)
                                 .order_by(RoundTableRow.position)).all()
    member_rows = session.scalars(select(RoundTableTalentRow).where(RoundTableTalentRow.event_id == event_id)
                                  .order_by(RoundTableTalentRow.position)).all()
    talents = {t.id: t for t in session.scalars(select(models.Talent).where(
        models.Talent.id.in_([m.talent_id for m in member_rows])))}
    regions = {r.id: r for r in session.scalars(select(models.Region))}
    staff = {s.id: s.name for s in session.scalars(select(models.Staff))}
    labels = _labels(list(talents.values()))
    table_by_region = {t.region_id: t.name for t in table_rows if t.region_id is not None}
    tables = tuple(SetupTable(t.name, t.capacity, t.region_id, regions[t.region_id].name if t.region_id in regions
                              else "", tuple(t.staff_ids), tuple(staff.get(s, "?") for s in t.staff_ids), t.room,
                              t.join_url, t.purpose, tuple(t.questions), t.expected_output) for t in table_rows)
    members = []
    for m in member_rows:
        talent = talents[m.talent_id]
        prefers = tuple(dict.fromkeys(table_by_region[r] for r in talent.region_preferences if r in table_by_region))
        members.append(SetupTalent(talent.id, labels[talent.id], _skill(talent), prefers,
                                   None if m.rounds is None else tuple(m.rounds)))
    pins = tuple(rt.Pin(labels[p["talent_id"]], int(p["round"]), p["table"]) for p in head.pins
                 if p["talent_id"] in labels)
    apart = tuple((labels[a], labels[b]) for a, b in head.apart if a in labels and b in labels)
    return RoundSetup(head.mode, head.rounds, head.seed, tables, tuple(members), pins, apart,
                      tuple(head.sheet_fields))


def load_setup(db: Database, event_id: int) -> RoundSetup | None:
    with db.session() as session:
        return _load_setup(session, event_id)


def _save_setup(session: Session, event_id: int, setup: RoundSetup) -> None:
    _event(session, event_id)
    names = [t.name.strip() for t in setup.tables]
    if any(not n for n in names):
        raise InputError(msg("テーブル名が空です", "A table has no name"))
    if len(set(names)) != len(names):
        raise InputError(msg("テーブル名が重複しています", "Two tables have the same name"))
    ids = {t.label: t.talent_id for t in setup.talents}
    head = session.scalar(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id == event_id))
    if head is None:
        head = RoundTableSetupRow(event_id=event_id, plan=None)
        session.add(head)
    head.mode, head.rounds, head.seed = setup.mode, setup.rounds, setup.seed
    head.pins = [{"talent_id": ids[p.talent], "round": p.round, "table": p.table} for p in setup.pins]
    head.apart = [[ids[a], ids[b]] for a, b in setup.apart]
    head.sheet_fields = [f for f in setup.sheet_fields if f.strip()]
    head.updated_at = datetime.now().replace(microsecond=0)
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
    session.flush()


def save_setup(db: Database, event_id: int, setup: RoundSetup) -> None:
    """Replace the event's tables, talents, pins, keep-apart pairs and sheet fields (the plan is kept)."""
    with db.session() as session:
        _save_setup(session, event_id, setup)


def _load_plan(session: Session, event_id: int, setup: RoundSetup) -> rt.Plan | None:
    head = session.scalar(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id == event_id))
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
        setup = _load_setup(session, event_id)
        return None if setup is None else _load_plan(session, event_id, setup)


def _save_plan(session: Session, event_id: int, setup: RoundSetup, plan: rt.Plan | None) -> None:
    head = session.scalar(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id == event_id))
    if head is None:
        raise InputError(msg("ラウンドテーブルの設定がありません", "There is no round-table setup"))
    ids = {t.label: t.talent_id for t in setup.talents}
    head.plan = None if plan is None else [{table: [ids[p] for p in people] for table, people in seating.items()}
                                           for seating in plan.rounds]
    head.updated_at = datetime.now().replace(microsecond=0)


def save_plan(db: Database, event_id: int, setup: RoundSetup, plan: rt.Plan | None) -> None:
    with db.session() as session:
        _save_plan(session, event_id, setup, plan)


def save_planning(db: Database, event_id: int, setup: RoundSetup, plan: rt.Plan | None) -> None:
    """Save only what the round-table grid edits (mode, rounds, seed, pins, keep-apart pairs) and the plan,
    leaving tables, briefs and sheet fields as they are in the database."""
    with db.session() as session:
        head = session.scalar(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id == event_id))
        if head is None:
            raise InputError(msg("ラウンドテーブルの設定がありません", "There is no round-table setup"))
        ids = {t.label: t.talent_id for t in setup.talents}
        head.mode, head.rounds, head.seed = setup.mode, setup.rounds, setup.seed
        head.pins = [{"talent_id": ids[p.talent], "round": p.round, "table": p.table} for p in setup.pins]
        head.apart = [[ids[a], ids[b]] for a, b in setup.apart]
        _save_plan(session, event_id, setup, plan)


def create_default(db: Database, event_id: int) -> RoundSetup:
    """Set up round tables for an event that has none (one table per region, every talent) and plan them."""
    with db.session() as session:
        _save_setup(session, event_id, _default_setup(session, event_id))
        setup = _load_setup(session, event_id)
        assert setup is not None
        _save_plan(session, event_id, setup, solve(setup))
        return setup


def solve(setup: RoundSetup) -> rt.Plan:
    return rt.solve(setup.plan_input())


def replan(setup: RoundSetup, plan: rt.Plan) -> rt.Plan:
    """Solve again keeping every pin, starting from `plan` so untouched people tend to stay."""
    return rt.replan(setup.plan_input(), plan, ())


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
                mine.append(msg("定員{c}名を超えています（{n}名）", "Over capacity {c} ({n})", c=table.capacity,
                                n=len(people)))
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


def check(setup: RoundSetup, plan: rt.Plan) -> list[str]:
    return rt.check_plan(setup.plan_input(), plan.rounds)


def default_setup(db: Database, event_id: int) -> RoundSetup:
    with db.session() as session:
        return _default_setup(session, event_id)


def _default_setup(session: Session, event_id: int) -> RoundSetup:
    """One table per region of the event's programme (its lab and SME staff seated, brief defaulted from the
    region), every talent of the programme, 3 rounds in fixed groups."""
    event = _event(session, event_id)
    regions = session.scalars(select(models.Region).where(models.Region.programme_id == event.programme_id)
                              .order_by(models.Region.id)).all()
    talents = session.scalars(select(models.Talent).where(models.Talent.programme_id == event.programme_id)
                              .order_by(models.Talent.id)).all()
    per_table = -(-len(talents) // max(1, len(regions))) + 1
    tables = []
    for region in regions:
        staff = session.scalars(select(models.Staff).where(models.Staff.region_id == region.id,
                                                           models.Staff.organisation.in_(("lab", "sme")))
                                .order_by(models.Staff.organisation, models.Staff.id)).all()
        tables.append(SetupTable(region.name, per_table, region.id, region.name, tuple(s.id for s in staff),
                                 tuple(s.name for s in staff), f"{region.name}ルーム", event.join_url,
                                 *default_brief(region)))
    by_region = {t.region_id: t.name for t in tables}
    labels = _labels(list(talents))
    members = tuple(SetupTalent(t.id, labels[t.id], _skill(t),
                                tuple(dict.fromkeys(by_region[r] for r in t.region_preferences if r in by_region)))
                    for t in talents)
    return RoundSetup("fixed_groups", 3, 0, tuple(tables), members)


def default_brief(region: models.Region) -> tuple[str, tuple[str, ...], str]:
    """Purpose, questions and expected output of a region's table, written from the region's record."""
    name = region.municipality or region.name
    purpose = msg("{r}の地域課題と地域中小企業の取組を知り、関心のある企業・テーマを見つける",
                  "Learn {r}'s regional issues and its SMEs' work, and find the companies and themes you care about",
                  r=name)
    questions = (msg("{r}の課題のうち、ご自身のスキルで貢献できそうなものは？", "Which of {r}'s issues could your skills help with?",
                     r=name),
                 msg("これまでの取組を踏まえ、デジタルで次に試すべきことは？", "Given past measures, what should be tried next with digital?"),
                 msg("フィールドワークツアーで見たい現場・データは？", "What sites or data would you like to see on the tour?"))
    expected = msg("関心のある企業・テーマの候補と、ツアーで確認したいこと",
                   "Candidate companies/themes of interest and what to check on the tour")
    return purpose, questions, expected


# --- documents ----------------------------------------------------------------------------------------

_SHEET_SOURCES = {"参加の動機": "motivation", "本業で関わったプロジェクト内容": "strong_areas"}


def _answer(talent: models.Talent, field_name: str) -> str:
    source = _SHEET_SOURCES.get(field_name)
    if source == "motivation":
        return talent.motivation
    if source == "strong_areas":
        return "、".join(talent.strong_areas)
    return ""


def _skill_label(code: str) -> str:
    try:
        return SkillType(code).label
    except ValueError:
        return code


def _pack(session: Session, event_id: int) -> MeetupPack:
    agenda = _agenda(session, event_id)
    setup = _load_setup(session, event_id)
    if setup is None:
        raise InputError(msg("ラウンドテーブルの設定がありません", "There is no round-table setup"))
    plan = _load_plan(session, event_id, setup) or solve(setup)
    briefs = []
    region_packs = []
    for t in setup.tables:
        region = session.get(models.Region, t.region_id) if t.region_id is not None else None
        briefs.append(TableBrief(t.name, (region.municipality or region.name) if region else t.name, t.room,
                                 t.join_url, t.staff, t.purpose, region.issues if region else "",
                                 region.past_initiatives if region else "", t.questions, t.expected_output))
        if region is not None:
            companies = session.scalars(select(models.Company).where(models.Company.region_id == region.id)
                                        .order_by(models.Company.id)).all()
            smes = tuple(SmeEntry(c.name, c.industry, c.b3_profile.get("barriers", "") or c.project_summary,
                                  c.b3_profile.get("wanted_talent", "")) for c in companies)
            region_packs.append(RegionPack(f"{region.prefecture}{region.municipality}" or region.name,
                                           region.lab_name, region.attractions, region.issues,
                                           region.past_initiatives, smes))
    sheets = []
    for m in setup.talents:
        talent = session.get(models.Talent, m.talent_id)
        assert talent is not None
        sheets.append(TalentSheet(m.label, talent.name, talent.affiliation, _skill_label(m.skill),
                                  {f: _answer(talent, f) for f in setup.sheet_fields}))
    return MeetupPack(agenda, plan, tuple(briefs), tuple(sheets), tuple(region_packs), setup.sheet_fields)


def build_pack(db: Database, event_id: int) -> MeetupPack:
    """Everything the handouts, calendars and rotation sheet print, read from the database."""
    with db.session() as session:
        return _pack(session, event_id)


def export_handouts(db: Database, event_id: int, target: Path, parts: Sequence[HandoutPart],
                    progress: Progress | None = None) -> Path:
    return write_handouts(Path(target), build_pack(db, event_id), tuple(parts), progress)


def export_event_ics(db: Database, event_id: int, target: Path, progress: Progress | None = None) -> Path:
    report(progress, 0, 1)
    return write_event_calendar(Path(target), build_pack(db, event_id))


def export_talent_ics(db: Database, event_id: int, folder: Path, progress: Progress | None = None) -> dict[str, Path]:
    report(progress, 0, 1)
    Path(folder).mkdir(parents=True, exist_ok=True)
    return write_talent_calendars(Path(folder), build_pack(db, event_id))


def export_rotation(db: Database, event_id: int, target: Path, progress: Progress | None = None) -> Path:
    report(progress, 0, 1)
    return write_rotation(Path(target), build_pack(db, event_id))


# --- demo -----------------------------------------------------------------------------------------------

def load_demo_meetup(session: Session) -> None:
    """The 2021 meetup gets the 2021 agenda, one table per region with its staff, all talents and a plan."""
    event_id = session.scalar(select(models.Event.id).where(models.Event.kind == EventKind.MEETUP.value)
                              .order_by(models.Event.starts_at))
    if event_id is None:
        return
    event = _event(session, event_id)
    _save_agenda(session, event_id, _template(event, "meetup_2021").blocks, None, None)
    setup = _default_setup(session, event_id)
    _save_setup(session, event_id, setup)
    setup = _load_setup(session, event_id) or setup
    _save_plan(session, event_id, setup, solve(setup))
