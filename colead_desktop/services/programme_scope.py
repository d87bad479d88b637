"""Programmes (fiscal years) as the user sees them, and which one a page or command works on.

A database may hold several programmes; every page and command works on one, the current programme. The user
chooses it (the GUI's switcher, `colead programme use`, `--programme`; remembered by programme_choice.py);
without a choice, or when the chosen one is gone, it is the only one or the one of the newest fiscal year.
An empty database has none: nothing is created for it, the caller offers to create one or load the demo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database, session_rows
from colead_desktop.db.shared_reads import default_programme, programme_in_use
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.services.lookups import row_by_id


@dataclass(frozen=True)
class ProgrammeSummary:
    id: int
    name: str
    fiscal_year: int
    is_demo: bool
    talents: int
    events: int


def _newest_first(session: Session) -> list[models.Programme]:
    return list(session.scalars(select(models.Programme).order_by(models.Programme.fiscal_year.desc(),
                                                                  models.Programme.id.desc())))


def list_programmes(db: Database) -> list[ProgrammeSummary]:
    """Every programme, the newest fiscal year first, with how many talents and events it has."""
    with db.session() as session:
        talents = dict(session.execute(select(models.ProgrammeTalent.programme_id, func.count())
                                       .group_by(models.ProgrammeTalent.programme_id)).all())
        events = dict(session.execute(select(models.Event.programme_id, func.count())
                                      .group_by(models.Event.programme_id)).all())
        return [ProgrammeSummary(p.id, p.name, p.fiscal_year, p.is_demo, talents.get(p.id, 0), events.get(p.id, 0))
                for p in _newest_first(session)]


def resolve_programme(session: Session, wanted: int | None) -> models.Programme | None:
    """Programme `wanted` (InputError naming the id if there is none), else the only one or the newest
    fiscal year's (a user's own before the demo); None on a database without programmes."""
    if wanted is not None:
        return row_by_id(session, models.Programme, wanted)
    default = default_programme(session_rows(session))
    return None if default is None else session.get_one(models.Programme, default)


def require_programme(session: Session, wanted: int | None) -> models.Programme:
    """As resolve_programme, for work that needs a programme: InputError on a database without one."""
    programme = resolve_programme(session, wanted)
    if programme is None:
        raise InputError(msg("プログラムがありません。先にプログラムを作成するか、デモを読み込んでください。",
                             "There is no programme yet. Create one or load the demo first."))
    return programme


def current_programme_id(db: Database, wanted: int | None) -> int | None:
    """The id resolve_programme picks, in a transaction of its own. A remembered choice that is gone (deleted,
    or another database file now at the same path) falls back to the default instead of failing."""
    with db.session() as session:
        return programme_in_use(session_rows(session), wanted)


def programme_details(db: Database, programme_id: int) -> dict[str, Any]:
    """The programme with its regions (and their labs), as plain values for JSON."""
    with db.session() as session:
        programme = row_by_id(session, models.Programme, programme_id)
        regions = session.scalars(select(models.Region).join(
            models.ProgrammeRegion, models.ProgrammeRegion.region_id == models.Region.id).where(
            models.ProgrammeRegion.programme_id == programme_id).order_by(models.Region.id))
        talents = session.scalar(select(func.count()).where(models.ProgrammeTalent.programme_id == programme_id))
        events = session.scalar(select(func.count()).where(models.Event.programme_id == programme_id))
        return {"id": programme.id, "name": programme.name, "fiscal_year": programme.fiscal_year,
                "secretariat": programme.secretariat, "ministry": programme.ministry, "is_demo": programme.is_demo,
                "talents": talents or 0, "events": events or 0,
                "regions": [{"id": r.id, "name": r.name, "prefecture": r.prefecture, "municipality": r.municipality,
                             "lab": r.lab_name} for r in regions]}


def regions_of(session: Session, programme_id: int) -> list[models.Region]:
    """The regions taking part in the programme, in id order."""
    return list(session.scalars(select(models.Region).join(
        models.ProgrammeRegion, models.ProgrammeRegion.region_id == models.Region.id).where(
        models.ProgrammeRegion.programme_id == programme_id).order_by(models.Region.id)))


def talents_of(session: Session, programme_id: int) -> list[tuple[models.Talent, models.ProgrammeTalent]]:
    """The talents taking part in the programme with their participation, in talent id order."""
    return [(talent, taking_part) for talent, taking_part in session.execute(
        select(models.Talent, models.ProgrammeTalent).join(
            models.ProgrammeTalent, models.ProgrammeTalent.talent_id == models.Talent.id).where(
            models.ProgrammeTalent.programme_id == programme_id).order_by(models.Talent.id))]


def seatable_talents_of(session: Session, programme_id: int) -> list[tuple[models.Talent, models.ProgrammeTalent]]:
    """talents_of without the archived: an archived talent keeps the participation their payments hang on, but
    is seated at no round table and printed in no meetup document."""
    return [(talent, taking_part) for talent, taking_part in talents_of(session, programme_id)
            if talent.archived_at is None]
