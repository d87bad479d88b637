"""What the calendar exports remember: the SEQUENCE last written for each UID and the content it had.

A calendar app takes a re-sent entry as an update only when its SEQUENCE is higher (RFC 5546), so an
export compares each entry's content hash with the one stored here and raises the number when it changed
(services/calendars.py). UIDs are record identities, never names: nothing personal is kept.

A cancellation sent to one person (they left the party) is no change of the entry the others hold: it raises
`cancelled`, the highest number a cancellation of the UID carried, and leaves `sequence` and `content_hash` as they
were, so the others' files keep their numbers; a person the entry is written for afresh (back in the party) and the
next change of content go above it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base


class IcsSequence(Base):
    __tablename__ = "ics_sequence"
    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive: when `sequence` got its value
    cancelled: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0: never cancelled


class DeletedTourCalendars(Base):
    """A deleted tour whose calendars were exported and not yet cancelled: what its cancellation repeats (services/
    calendars.py), kept from the deletion until that cancellation is written or the tour put back (undo). `files`:
    per file name the tour's export wrote ("tour-<key>.ics", "tour-<key>-talent-7.ics"), its events as
    [uid, summary, start, end] (ISO times); record ids and item titles only, no person's name."""
    __tablename__ = "deleted_tour_calendars"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # the tour's key
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    files: Mapped[dict[str, list[list[str]]]] = mapped_column(JSON)
    deleted_at: Mapped[datetime] = mapped_column(DateTime)  # naive Asia/Tokyo (clock.stored_now)
