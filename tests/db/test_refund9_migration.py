"""Migration 0023_refund9: a payment run may be 'withdrawn' (取消) with who and when; the way back refuses while a
withdrawn run exists (it would lose the history) and then keeps the older CHECK."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from colead_desktop.db.engine import Database, alembic_config

from tests.programmes import new_programme

INSERT_RUN = ("INSERT INTO payment_run (programme_id, transfer_date, created_at, created_by, file_sha256, file_name, "
              "status) VALUES (?, '2026-12-04', '2026-12-03 10:00:00', 'x', '', 'z.txt', ?)")


def _execute(db_file: Path, sql: str, *values: object) -> None:
    with closing(sqlite3.connect(db_file)) as connection, connection:
        connection.execute(sql, values)


def test_withdrawn_runs_come_with_the_revision_and_hold_the_way_back(tmp_path: Path) -> None:
    db_file = tmp_path / "runs.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    db.migrate()
    config = alembic_config(db.engine)
    programme_id = new_programme(db)
    _execute(db_file, INSERT_RUN, programme_id, "withdrawn")
    with pytest.raises(RuntimeError, match="withdrawn"):
        command.downgrade(config, "0022_fk_indexes")
    _execute(db_file, "DELETE FROM payment_run")
    command.downgrade(config, "0022_fk_indexes")
    with pytest.raises(sqlite3.IntegrityError):
        _execute(db_file, INSERT_RUN, programme_id, "withdrawn")
    _execute(db_file, INSERT_RUN, programme_id, "created")
    db.migrate()
    with closing(sqlite3.connect(db_file)) as connection:
        assert connection.execute("SELECT status, withdrawn_by, withdrawn_at FROM payment_run").fetchall() == [
            ("created", "", None)]
    db.dispose()
