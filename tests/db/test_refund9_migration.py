"""Migration 0024_refund9 on SQLite and PostgreSQL: a payment run may be 'withdrawn' (取消) with who and when; the
way back refuses while a withdrawn run exists (it would lose the history) and then keeps the older CHECK."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import TextClause, text
from sqlalchemy.exc import IntegrityError

from colead_desktop.db.engine import Database, alembic_config

from tests.programmes import new_programme

INSERT_RUN = text("INSERT INTO payment_run (programme_id, transfer_date, created_at, created_by, file_sha256, "
                  "file_name, status) VALUES (:p, '2026-12-04', '2026-12-03 10:00:00', 'x', '', 'z.txt', :s)")


def _execute(db: Database, statement: TextClause, **values: object) -> None:
    with db.engine.begin() as connection:
        connection.execute(statement, values)


def test_withdrawn_runs_come_with_the_revision_and_hold_the_way_back(any_db: Database) -> None:
    config = alembic_config(any_db.engine)
    programme_id = new_programme(any_db)
    _execute(any_db, INSERT_RUN, p=programme_id, s="withdrawn")
    with pytest.raises(RuntimeError, match="withdrawn"):
        command.downgrade(config, "0023_payee_version")
    _execute(any_db, text("DELETE FROM payment_run"))
    command.downgrade(config, "0023_payee_version")
    with pytest.raises(IntegrityError):
        _execute(any_db, INSERT_RUN, p=programme_id, s="withdrawn")
    _execute(any_db, INSERT_RUN, p=programme_id, s="created")
    command.upgrade(config, "heads")
    with any_db.engine.connect() as connection:
        assert connection.execute(text("SELECT status, withdrawn_by, withdrawn_at FROM payment_run")).all() == [
            ("created", "", None)]
