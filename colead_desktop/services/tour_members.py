"""A talent or staff member in a tour's party is not deleted (review 14c item 1).

A tour's party is kept in the tour row (TourRow.members, JSON), with member ids naming the record
("talent-3", "staff-7", services/tours.py); no foreign key ties them, so the database would let the record go
and leave the tour holding a member nobody can find. The delete is refused instead, naming the tours (title
and dates only: the other members are nobody else's business), and the user takes the member out of the party
first, or archives the talent.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.tour_template_titles import tour_title


class InTours(InputError):
    """The talent is in a tour's party, so they can be archived but not deleted."""

    def __init__(self, name: str, tours: list[str]) -> None:
        self.tours = tours
        super().__init__(msg("「{name}」はツアーの参加者のため削除できません。削除するには、先にツアーのページで参加者から"
                             "外してください。削除の代わりにアーカイブもできます。\n{where}",
                             "“{name}” is in a tour's party, so they cannot be deleted: take them out of the party "
                             "on the Tours page first, or archive them instead.\n{where}",
                             name=name, where="\n".join(tours)))


def tours_holding(session: Session, member_id: str, programme_id: int | None) -> list[str]:
    """Each tour (of `programme_id`, or of any programme when None) whose party holds `member_id`, as
    「北見ツアー」（2026-10-05〜2026-10-07）, by start date."""
    query = select(TourRow.title, TourRow.region, TourRow.start_date, TourRow.days, TourRow.members)
    if programme_id is not None:
        query = query.where(TourRow.programme_id == programme_id)
    # the party is JSON: read it here rather than in SQL, the same way on SQLite and PostgreSQL
    return [msg("ツアー「{title}」（{start}〜{end}）", "Tour “{title}” ({start} to {end})", title=tour_title(title, region),
                start=start.isoformat(), end=(start + timedelta(days=max(days, 1) - 1)).isoformat())
            for title, region, start, days, members in session.execute(query.order_by(TourRow.start_date)).all()
            if any(member.get("id") == member_id for member in members or [])]


def talent_tours(db: Database, talent_id: int, programme_id: int) -> list[str]:
    with db.session() as session:
        return tours_holding(session, f"talent-{talent_id}", programme_id)


def refuse_if_in_tours(session: Session, talent: models.Talent, programme_id: int) -> None:
    """InTours when the talent is in the party of a tour of `programme_id` (the programme they leave)."""
    tours = tours_holding(session, f"talent-{talent.id}", programme_id)
    if tours:
        raise InTours(talent.name, tours)
