"""Migration 0007_record_identity on a populated SQLite file: every row and reference survives the table rebuilds.

The demo database is taken back to the revision before 0007 and upgraded again, the way migrate() runs
migrations: foreign keys OFF (a rebuild drops each old table; with them ON, SQLite would cascade into the
rows referring to it).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, text

from colead_desktop.db.engine import Database, alembic_config, current_revisions, head_revisions
from colead_desktop.services.demo import load_demo
from tests.pg_server import PostgresServer

REVISION = "0007_record_identity"
RECORD_TABLES = ("programme", "region", "company", "talent", "venue", "event", "staff", "participation")


def _foreign_keys_off(db: Database) -> Engine:
    """A second engine on the same file without the app's connect-time PRAGMA foreign_keys=ON."""
    return create_engine(str(db.engine.url))


def _tables(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")).scalars())


Dump = dict[str, list[dict[str, Any]]]


def _contents(engine: Engine) -> Dump:
    """Every table's rows (all columns but the new uuid), in id order."""
    dump: Dump = {}
    with engine.connect() as connection:
        for table in _tables(engine):
            columns = [row[1] for row in connection.execute(text(f"PRAGMA table_info({table})")) if row[1] != "uuid"]
            dump[table] = [dict(zip(columns, row, strict=True)) for row in connection.execute(
                text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid"))]
    return dump


def _as_both_have(before: Dump, after: Dump) -> tuple[Dump, Dump]:
    """Both dumps cut to the tables and columns the two share. Upgrading to the heads runs 0008 too, which moves
    a talent's programme columns into programme_talent (its own tests check that move); what this revision
    rebuilt must come out the same."""
    def cut(dump: Dump, table: str) -> list[dict[str, Any]]:
        shared = set(before[table][0]) & set(after[table][0]) if before[table] and after[table] else set()
        return [{k: v for k, v in row.items() if k in shared} for row in dump[table]]

    tables = before.keys() & after.keys()
    return {t: cut(before, t) for t in tables}, {t: cut(after, t) for t in tables}


def _create_sql(engine: Engine, table: str) -> str:
    with engine.connect() as connection:
        return str(connection.execute(text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table}).scalar())


@pytest.fixture
def demo_file(db: Database, data_dir: Path) -> Engine:
    assert load_demo(db)
    db.dispose()
    engine = _foreign_keys_off(db)
    command.downgrade(alembic_config(engine), REVISION)  # the revisions built on it (0008 and on) first
    command.downgrade(alembic_config(engine), f"{REVISION}@-1")  # then it, on its branch only
    assert REVISION not in current_revisions(engine)
    assert "uuid" not in _create_sql(engine, "staff") and "AUTOINCREMENT" not in _create_sql(engine, "staff")
    return engine


def test_upgrade_keeps_every_row_and_reference_and_gives_each_record_a_uuid(demo_file: Engine) -> None:
    before = _contents(demo_file)
    assert before["participation"] and before["tour"], "the demo must have rows that refer to the rebuilt tables"

    command.upgrade(alembic_config(demo_file), "heads")

    assert current_revisions(demo_file) == head_revisions()
    kept, upgraded = _as_both_have(before, _contents(demo_file))
    assert kept == upgraded and kept["talent"] and kept["region"]
    with demo_file.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        for table in RECORD_TABLES:
            rows, uuids = connection.execute(text(f"SELECT count(*), count(DISTINCT uuid) FROM {table}")).one()
            assert rows == uuids and rows > 0, table
            assert "AUTOINCREMENT" in _create_sql(demo_file, table), table
            assert "uuid VARCHAR(36) NOT NULL" in _create_sql(demo_file, table), table


def test_after_the_upgrade_a_deleted_id_is_never_handed_out_again(demo_file: Engine) -> None:
    command.upgrade(alembic_config(demo_file), "heads")
    with demo_file.begin() as connection:
        newest = connection.execute(text("SELECT max(id) FROM staff")).scalar_one()
        connection.execute(text("DELETE FROM participation WHERE staff_id = :id"), {"id": newest})
        connection.execute(text("DELETE FROM staff WHERE id = :id"), {"id": newest})
        connection.execute(text("INSERT INTO staff (name, organisation, role, email, phone, data_note, uuid) "
                                "VALUES ('x', 'lab', '', '', '', '', 'u-1')"))
        assert connection.execute(text("SELECT id FROM staff WHERE uuid = 'u-1'")).scalar_one() == newest + 1


def test_the_app_engine_upgrades_without_losing_a_row(demo_file: Engine, data_dir: Path) -> None:
    """The app's engine turns foreign keys ON for every connection; migrate() turns them off for the rebuild."""
    before = _contents(demo_file)
    app = Database()
    app.migrate()
    app.dispose()
    assert current_revisions(demo_file) == head_revisions()
    kept, upgraded = _as_both_have(before, _contents(demo_file))
    assert kept == upgraded and kept["talent"] and kept["region"]


def test_run_by_hand_with_foreign_keys_on_the_rebuild_is_refused_rather_than_cascading(
        demo_file: Engine, data_dir: Path) -> None:
    before = _contents(demo_file)
    path = Path(__file__).parents[2] / "colead_desktop/db/migrations/versions/0007_record_identity.py"
    spec = importlib.util.spec_from_file_location("record_identity", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    app = Database()  # PRAGMA foreign_keys=ON on every connection, as a hand-run `alembic upgrade` would have
    with (app.engine.begin() as connection, Operations.context(MigrationContext.configure(connection)),
          pytest.raises(RuntimeError, match="foreign_keys=OFF")):
        migration.upgrade()
    app.dispose()
    assert _contents(demo_file) == before


def test_upgrade_on_postgresql_gives_every_existing_record_a_uuid(postgres: PostgresServer, data_dir: Path) -> None:
    db = Database(postgres.fresh_database())
    db.migrate()
    assert load_demo(db)
    command.downgrade(alembic_config(db.engine), REVISION)  # the revisions built on it first, as on SQLite
    command.downgrade(alembic_config(db.engine), f"{REVISION}@-1")
    with db.engine.connect() as connection:
        counts = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in RECORD_TABLES}

    command.upgrade(alembic_config(db.engine), "heads")

    with db.engine.connect() as connection:
        for table in RECORD_TABLES:
            rows, uuids = connection.execute(text(f"SELECT count(*), count(DISTINCT uuid) FROM {table}")).one()
            assert rows == uuids == counts[table] > 0, table
    db.dispose()
