"""Fieldwork tours. One row per tour; its party, places, items and movements are JSON documents.

A tour is always read and written whole (the GUI edits the whole timetable and re-checks it on every
change), so normalised item rows would only add joins. The (de)serialiser lives in db/tour_store.py.
`key` is the tour's stable identity (domain Tour.id, calendar UIDs); `id` is the database row.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base, version_column, versioned


MAX_TOUR_DAYS = 31


class TourRow(Base):
    __tablename__ = "tour"
    __table_args__ = (CheckConstraint(f"days >= 1 AND days <= {MAX_TOUR_DAYS}", name="days_range"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    # The programme the tour belongs to: its event's, or the one it was made in when linked to no event.
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    region: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer, default=3)
    party_size: Mapped[int | None] = mapped_column(Integer)
    base_venue: Mapped[str | None] = mapped_column(String(64))  # a place id inside `places`
    lodging: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    transport_mode: Mapped[str | None] = mapped_column(String(20))
    transport_seats: Mapped[int | None] = mapped_column(Integer)
    transport_notes: Mapped[str] = mapped_column(Text, default="")
    remote_mornings: Mapped[bool] = mapped_column(default=False)
    online_fallback: Mapped[bool] = mapped_column(default=True)
    members: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    arrivals: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    departures: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    places: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    b5: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # B-5 answers the columns above cannot hold (0018)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class TourCheckSettings(Base):
    """A programme's tour-check parameters (required facilities, travel estimates) as one JSON document.

    No row means the defaults (domain DEFAULT_CHECKS); the (de)serialiser is in db/tour_store.py.
    """

    __tablename__ = "tour_check_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), unique=True)
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)
