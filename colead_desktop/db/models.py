"""Core tables. Later features add their own tables (and migrations) beside these.

A programme (one fiscal year of the scheme) owns its events and, through `programme_region` and
`programme_talent`, which regions and talents take part in it. Regions (with their lab), companies, venues,
staff and talents are shared by every programme: a talent or company taking part twice is one record
(README, 「プログラムと年度」).

Times are stored as naive Asia/Tokyo wall-clock values: every user of the app thinks in JST, and
SQLite has no time-zone type; the services attach ZoneInfo("Asia/Tokyo") at the edges.
`data_note` records which values are invented or approximate (the demo is built from sources that
omit names and coordinates).

Every table here holds a domain record (domain/records.py) and carries its stable `uuid`. On SQLite the
tables are AUTOINCREMENT, so the id of a deleted row is never handed out again (PostgreSQL sequences never
reuse ids anyway): an undo that re-inserts a deleted record under its old id cannot collide with a newer one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base, version_column, versioned
from colead_desktop.db.enum_column import one_of
from colead_desktop.domain.self_intro import INTRO_TEXT_LIMIT
from colead_desktop.domain.types import Organisation

# SQLite AUTOINCREMENT: a deleted row's id is never handed out again (see the module docstring).
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def new_uuid() -> str:
    return str(uuid4())


def uuid_column() -> Mapped[str]:
    return mapped_column(String(36), unique=True, default=new_uuid)


def intro_column() -> Mapped[str]:
    """One answer of the self-introduction sheet; "" (not yet written) on rows from before 0020_intro18."""
    return mapped_column(String(INTRO_TEXT_LIMIT), default="", server_default="")


def _fiscal_year_bound(context: Any, month: int, day: int, later: int) -> date:
    return date(context.get_current_parameters()["fiscal_year"] + later, month, day)


class Programme(Base):
    __tablename__ = "programme"
    __table_args__ = NEVER_REUSE_IDS
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    # The programme's period (setup wizard); a programme made without one gets its whole fiscal year.
    start_date: Mapped[date] = mapped_column(Date, default=lambda ctx: _fiscal_year_bound(ctx, 4, 1, 0))
    end_date: Mapped[date] = mapped_column(Date, default=lambda ctx: _fiscal_year_bound(ctx, 3, 31, 1))
    secretariat: Mapped[str] = mapped_column(String(200), default="")
    ministry: Mapped[str] = mapped_column(String(200), default="")
    # The demo loader's own programme (services/demo.py): shown as a demo, never mixed with the user's data.
    is_demo: Mapped[bool] = mapped_column(default=False)
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class ProgrammeRegion(Base):
    """A region taking part in a programme."""

    __tablename__ = "programme_region"
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"), primary_key=True, index=True)


class Region(Base):
    __tablename__ = "region"
    __table_args__ = NEVER_REUSE_IDS
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    prefecture: Mapped[str] = mapped_column(String(20), default="")
    municipality: Mapped[str] = mapped_column(String(100), default="")
    lab_name: Mapped[str] = mapped_column(String(200), default="")
    lab_contact: Mapped[str] = mapped_column(String(100), default="")  # the lab's contact person
    lab_address: Mapped[str] = mapped_column(String(300), default="")
    issues: Mapped[str] = mapped_column(Text, default="")
    past_initiatives: Mapped[str] = mapped_column(Text, default="")
    attractions: Mapped[str] = mapped_column(Text, default="")
    gateway_name: Mapped[str] = mapped_column(String(100), default="")
    gateway_lat: Mapped[float | None] = mapped_column(Float)
    gateway_lon: Mapped[float | None] = mapped_column(Float)
    data_note: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class Company(Base):
    __tablename__ = "company"
    __table_args__ = NEVER_REUSE_IDS
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    opens: Mapped[str] = mapped_column(String(5), default="")
    closes: Mapped[str] = mapped_column(String(5), default="")
    closed_weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)
    tour_role: Mapped[str] = mapped_column(Text, default="")
    project_summary: Mapped[str] = mapped_column(Text, default="")
    # B-1 候補企業の要件整理: checkbox code -> checked.
    b1_checklist: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    # B-3 経営課題の抽出: the worksheet's answers by field code.
    b3_profile: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    data_note: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class Talent(Base):
    __tablename__ = "talent"
    __table_args__ = NEVER_REUSE_IDS
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kana: Mapped[str] = mapped_column(String(100), default="")
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    home_city: Mapped[str] = mapped_column(String(100), default="")
    gateway: Mapped[str] = mapped_column(String(100), default="")
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    career_stage: Mapped[str] = mapped_column(String(10), default="middle")
    employment: Mapped[str] = mapped_column(String(10), default="employee")
    strong_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    data_note: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str] = uuid_column()
    # Set when the person is archived instead of deleted: their payment records and statements must stay
    # (nothing with money is deleted). An archived talent is hidden from the lists and joins no programme.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    archived_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class ProgrammeTalent(Base):
    """A talent's participation in one programme: the region they are assigned to, their wishes, motivation."""

    __tablename__ = "programme_talent"
    __table_args__ = (UniqueConstraint("programme_id", "talent_id", name="uq_programme_talent_programme_talent"),
                      NEVER_REUSE_IDS)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), index=True)
    assigned_region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    region_preferences: Mapped[list[int]] = mapped_column(JSON, default=list)
    motivation: Mapped[str] = mapped_column(Text, default="")
    # The self-introduction sheet's other fields (domain/self_intro.py, 0020_intro18).
    intro_projects: Mapped[str] = intro_column()
    intro_learning: Mapped[str] = intro_column()
    intro_sme_digital: Mapped[str] = intro_column()
    intro_regional_issues: Mapped[str] = intro_column()
    intro_future: Mapped[str] = intro_column()
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (CheckConstraint(one_of("organisation", Organisation), name="organisation"), NEVER_REUSE_IDS)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(20))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    role: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    data_note: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class Venue(Base):
    __tablename__ = "venue"
    __table_args__ = (CheckConstraint("capacity >= 1", name="capacity_positive"), NEVER_REUSE_IDS)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    venue_type: Mapped[str] = mapped_column(String(20), default="other")
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    capacity: Mapped[int] = mapped_column(Integer, default=10)
    facilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    transit_access: Mapped[str] = mapped_column(Text, default="")
    free_of_charge: Mapped[bool] = mapped_column(default=False)
    opens: Mapped[str] = mapped_column(String(5), default="")
    closes: Mapped[str] = mapped_column(String(5), default="")
    closed_weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)
    data_note: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_start"), NEVER_REUSE_IDS)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    event_format: Mapped[str] = mapped_column(String(10), default="online")
    tool: Mapped[str] = mapped_column(String(100), default="")
    join_url: Mapped[str] = mapped_column(String(500), default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    data_note: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class Participation(Base):
    __tablename__ = "participation"
    __table_args__ = (
        CheckConstraint("(talent_id IS NULL) <> (staff_id IS NULL)", name="one_person"),
        CheckConstraint("attendance IN ('planned', 'attended', 'absent')", name="attendance"),
        NEVER_REUSE_IDS,
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    talent_id: Mapped[int | None] = mapped_column(ForeignKey("talent.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    role: Mapped[str] = mapped_column(String(50), default="")
    attendance: Mapped[str] = mapped_column(String(10), default="planned")
    uuid: Mapped[str] = uuid_column()
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)
