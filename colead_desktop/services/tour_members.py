"""The tours that hold a record: a talent or staff member in a tour's party, a region as its region (review 14c
items 1 and 5); and which of a party's talents are archived (review 15 item 1).

A tour's party is kept in the tour row (TourRow.members, JSON), with member ids naming the record ("talent-3",
"staff-7", services/tours.py); no foreign key ties them, so the database would let the record go and leave the
tour holding a member nobody can find. The delete is refused instead (services/delete_guard.py), naming the
tours by title and dates only: the other members are nobody else's business. A tour's places are copies of the
venue or company they came from (name, address, hours), so they hold neither: the tour keeps its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.tour_models import TourRow
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Member, Tour
from colead_desktop.domain.tour_party import taking_part
from colead_desktop.domain.tour_template_titles import tour_title

_TALENT = re.compile(r"talent-\d+")
_Row = Any  # a row of _tours' query: title, region, start_date, days, members


def _tours(session: Session, holds: Callable[[_Row], bool], *where: ColumnElement[bool]) -> list[str]:
    """Each tour matching `where` that `holds` the record, as 「北見ツアー」（2026-10-05〜2026-10-07）, by start date."""
    query = select(TourRow.title, TourRow.region, TourRow.start_date, TourRow.days, TourRow.members)
    # the party is JSON: read it here rather than in SQL, the same way on SQLite and PostgreSQL
    return [msg("ツアー「{title}」（{start}〜{end}）", "Tour “{title}” ({start} to {end})",
                title=tour_title(row.title, row.region), start=row.start_date.isoformat(),
                end=(row.start_date + timedelta(days=max(row.days, 1) - 1)).isoformat())
            for row in session.execute(query.where(*where).order_by(TourRow.start_date)).all() if holds(row)]


def tours_holding(session: Session, member_id: str, programme_id: int | None) -> list[str]:
    """The tours (of `programme_id`, or of any programme when None) whose party holds `member_id`."""
    where = [] if programme_id is None else [TourRow.programme_id == programme_id]
    return _tours(session, lambda row: any(m.get("id") == member_id for m in row.members or []), *where)


def tours_in_region(session: Session, region_id: int) -> list[str]:
    """The tours (of any programme) held in the region."""
    return _tours(session, lambda _row: True, TourRow.region_id == region_id)


def archived_members(session: Session, members: Iterable[Member]) -> frozenset[str]:
    """The ids of `members` that are talent records now archived (domain/tour_party.py leaves them out)."""
    ids = {int(member.id.removeprefix("talent-")) for member in members if _TALENT.fullmatch(member.id)}
    if not ids:
        return frozenset()
    archived = session.scalars(select(models.Talent.id).where(models.Talent.id.in_(ids),
                                                              models.Talent.archived_at.is_not(None)))
    return frozenset(f"talent-{talent_id}" for talent_id in archived)


def tour_taking_part(session: Session, tour: Tour) -> Tour:
    """The tour as its itinerary and calendars show it: without its archived talents."""
    return taking_part(tour, archived_members(session, tour.members))
