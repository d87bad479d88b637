"""Declarative base with a naming convention, so constraints have stable names on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def version_column() -> Mapped[int]:
    """The row's version (migration 0015): SQLAlchemy's version_id_col counts it up on every UPDATE and adds
    `AND version = <the version read>` to it, so a row another connection changed meanwhile is never written
    over (StaleDataError). An editor keeps the version it loaded (a record's `version` field) and the services
    refuse a save from an older one (services/versions.py). Map it with `__mapper_args__ = versioned(version)`."""
    return mapped_column(Integer, nullable=False, default=1, server_default="1")


def versioned(column: Mapped[int]) -> dict[str, object]:
    return {"version_id_col": column}
