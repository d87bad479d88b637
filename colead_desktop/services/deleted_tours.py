"""Deleted tours whose calendars were exported and whose cancellation was not written (review 19 item 2): what the
Tours page and `colead export ics --deleted-tour` offer. Kept apart from services/calendars.py, which keeps and
writes them, so that the page reads the list on every visit without loading the calendar library (icalendar).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from colead_desktop.db.calendar_models import DeletedTourCalendars
from colead_desktop.db.engine import Database


@dataclass(frozen=True)
class DeletedTour:
    """A deleted tour whose calendars were exported and whose cancellation was not written."""
    key: str
    title: str
    deleted_at: datetime  # naive Asia/Tokyo, as stored


def deleted_tours_to_cancel(db: Database, programme_id: int) -> list[DeletedTour]:
    """The programme's deleted tours whose cancellation can still be written, the last deleted first."""
    with db.session() as session:
        rows = session.scalars(select(DeletedTourCalendars).where(DeletedTourCalendars.programme_id == programme_id)
                               .order_by(DeletedTourCalendars.deleted_at.desc(), DeletedTourCalendars.key)).all()
        return [DeletedTour(row.key, row.title, row.deleted_at) for row in rows]
