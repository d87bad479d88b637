"""Migrations 0013_indexes (and 0022_fk_indexes after it) on a populated SQLite file: the indexes come and go, the
rows stay, and SQLite uses the new index for the 支払 page's lookup by talent (issue 15)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.services.demo import load_demo
from tests.db.old_revision import row_counts

REVISION = "0013_indexes"
BEFORE = "0012_record_statement"
_TABLES_BEFORE = {"agenda_block", "roundtable_setup", "roundtable_table", "roundtable_talent", "programme",
                  "programme_region", "region", "company", "talent", "programme_talent", "staff", "venue", "event",
                  "participation", "payment_policy", "payment_rate", "payment_payer", "payee", "payment_tour_day",
                  "payment_work_day", "payment_expense", "payment_receipt", "payment_statement", "payment_run",
                  "payment_run_file", "statement_counter", "payment_audit", "tour", "tour_check_settings"}


def _indexes(db_file: Path) -> set[str]:
    """The indexes of the tables that existed before this revision (later revisions add tables with theirs)."""
    with closing(sqlite3.connect(db_file)) as connection:
        return {name for (name, table) in connection.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'") if table in _TABLES_BEFORE}


def _statement_lookup_plan(db_file: Path, column: str = "talent_id") -> str:
    with closing(sqlite3.connect(db_file)) as connection:
        rows = connection.execute(f"EXPLAIN QUERY PLAN SELECT id FROM payment_statement WHERE {column} = 1").fetchall()
    return " ".join(str(row[-1]) for row in rows)


def test_indexes_are_added_and_removed_with_the_rows_kept(tmp_path: Path) -> None:
    db_file = tmp_path / "demo.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    db.migrate()
    load_demo(db)
    config = alembic_config(db.engine)
    counts = row_counts(db_file)
    assert "ix_payment_statement_talent_id" in _indexes(db_file)
    assert "ix_payment_statement_talent_id" in _statement_lookup_plan(db_file)
    assert "ix_payment_statement_adjusts_statement_id" in _statement_lookup_plan(db_file, "adjusts_statement_id")

    command.downgrade(config, BEFORE)
    before = _indexes(db_file)
    assert "SCAN" in _statement_lookup_plan(db_file)

    db.migrate()  # as a start finds it: the backup, then the upgrade
    added = _indexes(db_file) - before
    assert {"ix_payment_statement_talent_id", "ix_programme_talent_talent_id", "ix_participation_event_id",
            "ix_tour_programme_id", "ix_payment_audit_entity_id"} <= added
    assert len(added) == 23 + 7  # 0013_indexes, then 0022_fk_indexes on these same tables
    assert row_counts(db_file) == counts
    db.dispose()
