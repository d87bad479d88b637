"""The meetup's documents from the database: handouts PDF and the rotation workbook (calendars: services/calendars.py).

`build_pack` gathers everything the outputs print in one session, so the PDF, the .ics files and the
workbook always show the same tables, rooms, briefs and seating.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.default_texts import in_output_language
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.meetup_docs import MeetupPack, RegionPack, SmeEntry, TableBrief, TalentSheet
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.roundtables import Metrics, Plan
from colead_desktop.domain.self_intro import intro_field
from colead_desktop.domain.types import SkillType
from colead_desktop.exports.rotation_xlsx import write_rotation
from colead_desktop.reports.meetup_pdf import HandoutPart, write_handouts
from colead_desktop.services.meetup import agenda_in, event_in
from colead_desktop.services.programme_scope import talents_of
from colead_desktop.services.meetup_setup import plan_in, require_setup_in, setup_in, solve

def _answers(fields: tuple[str, ...], taking_part: models.ProgrammeTalent | None) -> dict[str, str]:
    """Each sheet title's own stored answer; titles the organisers added themselves have none."""
    if taking_part is None:
        return {}
    return {title: getattr(taking_part, found.name) for title in fields if (found := intro_field(title))}


def _skills_text(talent: models.Talent, planned: str) -> str:
    """Every skill of the talent, in their order (the planner colours a chip by the first only); with none
    recorded, the skill the planner seats them by."""
    return msg("、", ", ").join(SkillType.label_of(code) for code in talent.skills) or SkillType.label_of(planned)


def pack_in(session: Session, event_id: int, seating: bool = True) -> MeetupPack:
    """build_pack inside the caller's session (the calendars read the setup's talent records with it). The texts
    the app wrote itself (agenda items, rooms, briefs) come in the language being written (domain/default_texts).
    Without `seating` (only the agenda is printed) an event with no round tables gives the agenda alone; else
    it is refused (「ラウンドテーブルの設定がありません」)."""
    stored = agenda_in(session, event_id)
    agenda = replace(stored, blocks=tuple(replace(b, title=in_output_language(b.title), owner=in_output_language(b.owner))
                                          for b in stored.blocks))
    if not seating and setup_in(session, event_id) is None:
        return MeetupPack(agenda, Plan((), Metrics(0, 0, 0, 0, 0, True, False)), (), ())
    setup = require_setup_in(session, event_id)
    plan = plan_in(session, event_id, setup) or solve(setup)
    briefs = []
    region_packs = []
    for t in setup.tables:
        region = session.get(models.Region, t.region_id) if t.region_id is not None else None
        briefs.append(TableBrief(t.name, t.name, in_output_language(t.room), t.join_url, t.staff,
                                 in_output_language(t.purpose), region.issues if region else "",
                                 region.past_initiatives if region else "",
                                 tuple(map(in_output_language, t.questions)), in_output_language(t.expected_output)))
        if region is not None:
            companies = session.scalars(select(models.Company).where(models.Company.region_id == region.id)
                                        .order_by(models.Company.id)).all()
            smes = tuple(SmeEntry(c.name, c.industry, c.b3_profile.get("barriers", "") or c.project_summary,
                                  c.b3_profile.get("wanted_talent", "")) for c in companies)
            region_packs.append(RegionPack(f"{region.prefecture}{region.municipality}" or region.name,
                                           region.lab_name, region.attractions, region.issues,
                                           region.past_initiatives, smes))
    sheets = []
    participations = {p.talent_id: p for _, p in talents_of(session, event_in(session, event_id).programme_id)}
    for m in setup.talents:
        talent = session.get(models.Talent, m.talent_id)
        assert talent is not None
        sheets.append(TalentSheet(m.label, talent.name, talent.affiliation, _skills_text(talent, m.skill),
                                  _answers(setup.sheet_fields, participations.get(talent.id)), str(talent.id)))
    absent = tuple(talent.name for i in setup.absent if (talent := session.get(models.Talent, i)) is not None)
    return MeetupPack(agenda, plan, tuple(briefs), tuple(sheets), tuple(region_packs), setup.sheet_fields, absent)


def build_pack(db: Database, event_id: int, seating: bool = True) -> MeetupPack:
    """Everything the handouts, calendars and rotation sheet print, read from the database (see pack_in)."""
    with db.session() as session:
        return pack_in(session, event_id, seating)


def export_handouts(db: Database, event_id: int, target: Path, parts: Sequence[HandoutPart],
                    progress: Progress | None = None) -> Path:
    seating = set(parts) != {HandoutPart.AGENDA}  # an agenda-only handout needs no round tables
    return write_handouts(Path(target), build_pack(db, event_id, seating), tuple(parts), progress)


def export_rotation(db: Database, event_id: int, target: Path, progress: Progress | None = None) -> Path:
    report(progress, 0, 1)
    return write_rotation(Path(target), build_pack(db, event_id))


