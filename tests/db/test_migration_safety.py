"""Migrations cannot brick the database: all revisions in one transaction (SQLite and PostgreSQL), foreign
keys checked before commit, a pg_dump first on PostgreSQL, and a damaged file stopped at start."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from colead_desktop.db.engine import Database, MigrationFailed, current_revisions
from colead_desktop.paths import backups_dir
from tests.cli.run import colead
from tests.db.damage import corrupt_pages
from tests.db.old_revision import make_old_revision_file, row_counts, with_extra_revision
from tests.pg_server import PostgresServer

FAIL_AT_THE_END = ("    op.create_table('injected', sa.Column('id', sa.Integer, primary_key=True))\n"
                   "    raise RuntimeError('injected failure in the last revision')")


def test_a_failing_last_revision_leaves_an_old_sqlite_file_as_it_was(data_dir: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db_file = data_dir / "colead.sqlite3"
    data_dir.mkdir(parents=True, exist_ok=True)
    counts = make_old_revision_file(db_file)
    with_extra_revision(tmp_path, monkeypatch, FAIL_AT_THE_END)
    for _attempt in range(2):
        database = Database()
        with pytest.raises(MigrationFailed, match="injected failure"):
            database.migrate()
        assert current_revisions(database.engine) == {"0001"}
        assert "tour" not in inspect(database.engine).get_table_names()
        database.dispose()
    assert row_counts(db_file) == counts
    assert len(list(backups_dir().glob("*-pre-migration.sqlite3"))) == 1  # the second start reused it


def test_a_migration_leaving_broken_references_is_refused(data_dir: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with_extra_revision(tmp_path, monkeypatch, (
        "    op.create_table('injected_parent', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    op.create_table('injected_child', sa.Column('id', sa.Integer, primary_key=True),\n"
        "                    sa.Column('parent_id', sa.Integer, sa.ForeignKey('injected_parent.id')))\n"
        "    op.execute('INSERT INTO injected_child (id, parent_id) VALUES (1, 42)')  # foreign keys are off"))
    database = Database()
    with pytest.raises(MigrationFailed, match="injected_child"):
        database.migrate()
    assert inspect(database.engine).get_table_names() == []
    database.dispose()


def test_postgresql_migrates_in_one_transaction(postgres: PostgresServer, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with_extra_revision(tmp_path, monkeypatch, FAIL_AT_THE_END)
    database = Database(postgres.fresh_database())
    with pytest.raises(MigrationFailed, match="injected failure"):
        database.migrate()
    assert inspect(database.engine).get_table_names() == []
    database.dispose()


def test_postgresql_is_dumped_before_a_migration(postgres: PostgresServer, data_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    url = postgres.fresh_database()
    database = Database(url)
    database.migrate()
    from alembic import command

    from colead_desktop.db.engine import alembic_config

    command.downgrade(alembic_config(database.engine), "0001")
    database.migrate()
    dumps = list(backups_dir().glob("*-pre-migration.pgdump"))
    assert len(dumps) == 1 and dumps[0].read_bytes()[:5] == b"PGDMP"

    command.downgrade(alembic_config(database.engine), "0001")
    monkeypatch.setenv("PATH", "")
    with caplog.at_level(logging.WARNING):
        database.migrate()
    assert "pg_dump is not installed" in caplog.text
    database.dispose()


def test_cli_stops_on_a_damaged_database_and_names_the_good_backup(data_dir: Path) -> None:
    db_file = data_dir / "colead.sqlite3"
    data_dir.mkdir(parents=True, exist_ok=True)
    make_old_revision_file(db_file)
    assert colead("list", "talents", "--json").returncode == 0  # takes the backup
    corrupt_pages(db_file)
    result = colead("list", "talents", "--json")
    assert result.returncode == 2, result.stderr
    assert "破損" in result.stderr and "Traceback" not in result.stderr
    backup = next(backups_dir().glob("*-pre-migration.sqlite3"))
    assert str(backup) in result.stderr

    assert colead("restore", str(backup)).returncode == 0
    again = colead("list", "talents", "--json")
    assert again.returncode == 0, again.stderr
