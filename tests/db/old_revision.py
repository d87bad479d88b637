"""Databases with work for the start-up migration: the demo at head, downgraded to the core tables,
and a copy of the migration scripts with an extra revision whose body the test writes."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine

from colead_desktop.db import revisions
from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.services.demo import load_demo

COUNTED_TABLES = ("programme", "region", "company", "talent", "staff", "venue", "event")


def make_old_revision_file(db_file: Path) -> dict[str, int]:
    """The demo programme in `db_file`, downgraded to revision 0001; returns its row counts."""
    database = Database(f"sqlite:///{db_file}")
    database.migrate()
    load_demo(database)
    command.downgrade(alembic_config(database.engine), "0001")
    database.dispose()
    return row_counts(db_file)


def row_counts(db_file: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db_file)) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED_TABLES}


def with_extra_revision(folder: Path, monkeypatch: pytest.MonkeyPatch, upgrade_body: str) -> str:
    """Make the app's migrations those in a copy of the scripts plus a last revision running `upgrade_body`."""
    copy = folder / "migrations"
    shutil.copytree(revisions.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    last = sorted(revisions.head_revisions())[-1]
    (copy / "versions" / "9000_injected.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '9000_injected'\ndown_revision = '{last}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade() -> None:\n{upgrade_body}\n\n\ndef downgrade() -> None:\n    pass\n", encoding="utf-8")
    monkeypatch.setattr(revisions, "MIGRATIONS_DIR", copy)
    return "9000_injected"


def sqlite_or_postgres_url(request: pytest.FixtureRequest, data_dir: Path) -> str:
    """A fresh database for a migration test parametrised over "sqlite" (a file) and "postgresql"."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres").fresh_database())
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'old.db'}"


def engine_at(request: pytest.FixtureRequest, data_dir: Path, revision: str) -> Engine:
    """A fresh database of a migration test's parameter ("sqlite" or "postgresql") migrated up to `revision`."""
    engine = create_engine(sqlite_or_postgres_url(request, data_dir))
    command.upgrade(alembic_config(engine), revision)
    return engine
