"""Which regions a lab coordinator's login writes (PostgreSQL row-level security reads it; domain/team.py)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base


class TeamRegion(Base):
    __tablename__ = "team_region"
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"), primary_key=True, index=True)
