"""Migrations: up from empty on SQLite and PostgreSQL, no drift from the models, newer databases refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database, alembic_config, current_revisions, head_revisions
from colead_desktop.db.registry import load_all_models
from colead_desktop.domain.errors import InputError
from colead_desktop.paths import backups_dir


def test_upgrade_from_empty_reaches_head_and_creates_tables(any_db: Database) -> None:
    assert current_revisions(any_db.engine) == head_revisions()
    tables = set(inspect(any_db.engine).get_table_names())
    assert {"programme", "region", "company", "talent", "staff", "venue", "event", "participation"} <= tables


def test_models_match_migrations(any_db: Database) -> None:
    load_all_models()
    with any_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_runs_with_foreign_keys_and_wal(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_migrating_an_existing_file_backs_it_up_first(data_dir: Path) -> None:
    if head_revisions() == {"0001"}:
        pytest.skip("only one migration so far: nothing to upgrade over")
    database = Database()
    database.migrate()
    command.downgrade(alembic_config(database.engine), "0001")
    database.dispose()
    Database().migrate()
    assert len(list(backups_dir().glob("*pre-migration*"))) == 1


def test_database_newer_than_the_code_is_refused(data_dir: Path) -> None:
    database = Database()
    database.migrate()
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))  # one row per head (feature branches)
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_future')"))
    database.dispose()
    with pytest.raises(InputError, match="新しいバージョン"):
        Database().migrate()


def test_sqlite_file_lives_in_the_data_folder(db: Database, data_dir: Path) -> None:
    files = list(data_dir.glob("*.sqlite3"))
    assert len(files) == 1
    assert sqlite3.connect(files[0]).execute("SELECT count(*) FROM programme").fetchone() == (0,)
