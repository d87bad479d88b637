"""Offline holds (持ち出し, migration 0020): who took which records to an offline copy, until when.

The same tables sit in the offline copy itself, holding the one hold it was made for (with `source`, the
shared database it came from), so the copy knows what to bring back and from which versions.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base


class OfflineHold(Base):
    __tablename__ = "offline_hold"
    __table_args__ = (CheckConstraint("scope_kind IN ('region', 'event')", name="scope_kind"),
                      CheckConstraint("outcome IS NULL OR outcome IN ('checked_in', 'released')", name="outcome"))
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63))  # the database login (on a team database: current_user)
    scope_kind: Mapped[str] = mapped_column(String(10))  # "region": its tours; "event": one meetup
    scope_id: Mapped[int] = mapped_column(Integer)
    programme_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    until: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_by: Mapped[str | None] = mapped_column(String(63))
    outcome: Mapped[str | None] = mapped_column(String(12))
    source: Mapped[str] = mapped_column(String(300), default="", server_default="")


class OfflineHoldRecord(Base):
    __tablename__ = "offline_hold_record"
    __table_args__ = (Index("ix_offline_hold_record_table_name", "table_name", "record_id"),)
    hold_id: Mapped[int] = mapped_column(ForeignKey("offline_hold.id", ondelete="CASCADE"), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int | None] = mapped_column(Integer)  # None for the meetup tables, which carry no version
    digest: Mapped[str] = mapped_column(String(64))  # the row's content when checked out (domain/offline.py)
