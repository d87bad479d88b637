"""Online events: agenda blocks, and the round-table setup and saved plan of a meetup.

Agenda blocks are rows (ordered by `position`) so any online event (meetup, pre-meeting, reports,
committee) can carry one. The round-table setup is one row per event with its tables and the talents
taking part as child rows; pins, keep-apart pairs and the saved plan are small JSON documents that
refer to talents by database id and to tables by their `name` (the planner's table id).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base


class AgendaBlockRow(Base):
    __tablename__ = "agenda_block"
    __table_args__ = (CheckConstraint("minutes >= 0", name="minutes_not_negative"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    minutes: Mapped[int] = mapped_column(Integer)
    owner: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(200), default="")
    join_url: Mapped[str] = mapped_column(String(500), default="")


class RoundTableSetupRow(Base):
    __tablename__ = "roundtable_setup"
    __table_args__ = (CheckConstraint("rounds >= 1", name="rounds_positive"),
                      CheckConstraint("mode IN ('fixed_groups', 'mix')", name="mode"))
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)
    mode: Mapped[str] = mapped_column(String(20), default="fixed_groups")
    rounds: Mapped[int] = mapped_column(Integer, default=3)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    # [{"talent_id": 5, "round": 1, "table": "北見"}]
    pins: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # [[talent_id, talent_id]]
    apart: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    sheet_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    # [{"table name": [talent_id, ...]}, ...] one object per round; None until planned.
    plan: Mapped[list[dict[str, list[int]]] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RoundTableRow(Base):
    __tablename__ = "roundtable_table"
    __table_args__ = (CheckConstraint("capacity >= 1", name="capacity_positive"),
                      UniqueConstraint("event_id", "name", name="uq_roundtable_table_event_name"))
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id", ondelete="SET NULL"))
    capacity: Mapped[int] = mapped_column(Integer, default=6)
    staff_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    room: Mapped[str] = mapped_column(String(200), default="")
    join_url: Mapped[str] = mapped_column(String(500), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[list[str]] = mapped_column(JSON, default=list)
    expected_output: Mapped[str] = mapped_column(Text, default="")


class RoundTableTalentRow(Base):
    __tablename__ = "roundtable_talent"
    __table_args__ = (UniqueConstraint("event_id", "talent_id", name="uq_roundtable_talent_event_talent"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    # Round numbers (from 1) the talent attends; None = every round.
    rounds: Mapped[list[int] | None] = mapped_column(JSON)
