"""The records that refer to one the user wants to delete, as lines in words a user knows: 「企業（2件）: 北見精工、…」,
「ツアー「北見ツアー」（2026-10-05〜2026-10-07）」. services/delete_guard.py refuses the delete while there are any.

What the database would refuse (a reference without ON DELETE) is found here first, to be refused before the
「削除しますか？」 question; so is what no foreign key guards (a tour's party and places, JSON) and what a delete
would take with it that must be kept (a company's matching pairs). A tour's places are copies (services/
tour_members.py): a venue or company a tour visits can go. Talents holding a region are counted, not named
(the talent list shows who); the talents of a company's matching pairs are named, on screen only (never logged).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.db.matching_models import MatchingPairRow
from colead_desktop.domain import records as rec
from colead_desktop.domain.i18n import msg
from colead_desktop.services.tour_members import tours_holding, tours_in_region


def _names(session: Session, model: type[Base], ids: Sequence[int], attr: str = "name") -> list[str]:
    rows = session.scalars(select(model).where(model.id.in_(ids)))  # type: ignore[attr-defined]  # every model here has an id
    return [getattr(row, attr) for row in rows]


def holders(session: Session, record: rec.AnyRecord) -> list[str]:
    """A line for each kind of record that refers to this one (for a talent: in their programme)."""
    found: list[str] = []
    record_id = record.id or 0

    def add(label_ja: str, label_en: str, model: type[Base], column: InstrumentedAttribute[Any], attr: str = "name",
            *where: ColumnElement[bool]) -> None:
        ids = list(session.scalars(select(model.id).where(column == record_id, *where)))  # type: ignore[attr-defined]  # every model here has an id
        if ids:
            names = "、".join(_names(session, model, ids[:5], attr)) + (" …" if len(ids) > 5 else "")
            found.append(msg("{label}（{n}件）: {names}", "{label} ({n}): {names}",
                             label=msg(label_ja, label_en), n=len(ids), names=names))

    if isinstance(record, rec.RegionRecord):
        add("企業", "Companies", models.Company, models.Company.region_id)
        _talents_of_region(session, found, record_id)
        add("スタッフ", "Staff", models.Staff, models.Staff.region_id)
        add("会場", "Venues", models.Venue, models.Venue.region_id)
        add("イベント", "Events", models.Event, models.Event.region_id, "title")
        found.extend(tours_in_region(session, record_id))
        _programmes_of_region(session, found, record_id)
    elif isinstance(record, rec.CompanyRecord):
        add("スタッフ", "Staff", models.Staff, models.Staff.company_id)
        _pairs_of_company(session, found, record_id)
    elif isinstance(record, rec.VenueRecord):
        add("イベント", "Events", models.Event, models.Event.venue_id, "title")
    elif isinstance(record, rec.TalentRecord):
        events_of_programme = select(models.Event.id).where(models.Event.programme_id == record.programme_id)
        _event_participation(session, found, models.Participation.talent_id == record_id,
                             models.Participation.event_id.in_(events_of_programme))
    elif isinstance(record, rec.StaffRecord):
        _event_participation(session, found, models.Participation.staff_id == record_id)
        found.extend(tours_holding(session, f"staff-{record_id}", None))
    elif isinstance(record, rec.EventRecord):
        count = session.scalar(select(func.count()).where(models.Participation.event_id == record_id))
        if count:
            found.append(msg("参加者（{n}名）", "Participants ({n})", n=count))
    return found


def _talents_of_region(session: Session, found: list[str], region_id: int) -> None:
    """How many talents (in any programme) have the region as their 担当地域: counted, not named (the talent
    list shows who). A wish (region_preferences) does not hold the region: wishes of a region gone are skipped."""
    assigned = session.scalar(select(func.count()).where(models.ProgrammeTalent.assigned_region_id == region_id)) or 0
    if assigned:
        found.append(msg("人材の担当地域（{n}名）", "Talents' assigned region ({n})", n=assigned))


def _programmes_of_region(session: Session, found: list[str], region_id: int) -> None:
    """A region shared by programmes: deleting it would take it from the other years too."""
    taking_part = select(models.ProgrammeRegion.programme_id).where(models.ProgrammeRegion.region_id == region_id)
    programmes = list(session.scalars(select(models.Programme.name).where(models.Programme.id.in_(taking_part))))
    if len(programmes) > 1:
        found.append(msg("参加しているプログラム（{n}件）: {names}", "Programmes it takes part in ({n}): {names}",
                         n=len(programmes), names="、".join(programmes)))


def _pairs_of_company(session: Session, found: list[str], company_id: int) -> None:
    """A pair is never deleted (db/matching_models.py), and the company's delete would take its pairs (CASCADE):
    counted, with the talents in them named (the first five), so the user knows whose pair keeps the company.
    The names reach the screen only: a refusal's text is never logged (cli.py and ui/failures log its class)."""
    talent_ids = list(session.scalars(select(MatchingPairRow.talent_id).where(MatchingPairRow.company_id == company_id)
                                      .order_by(MatchingPairRow.id)))
    if talent_ids:
        people = list(dict.fromkeys(talent_ids))
        names = "、".join(_names_in_order(session, people[:5])) + (" …" if len(people) > 5 else "")
        found.append(msg("マッチングのペア（{n}件）: {names}", "Matching pairs ({n}): {names}", n=len(talent_ids),
                         names=names))


def _names_in_order(session: Session, talent_ids: Sequence[int]) -> list[str]:
    named = {row.id: row.name for row in session.scalars(select(models.Talent).where(models.Talent.id.in_(talent_ids)))}
    return [named[talent_id] for talent_id in talent_ids if talent_id in named]


def _event_participation(session: Session, found: list[str], *where: ColumnElement[bool]) -> None:
    event_ids = list(session.scalars(select(models.Participation.event_id).where(*where)))
    if event_ids:
        found.append(msg("イベントへの参加（{n}件）: {names}", "Event participation ({n}): {names}",
                         n=len(event_ids), names="、".join(_names(session, models.Event, event_ids[:5], "title"))))
