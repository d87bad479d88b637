"""Migration 0025_money11 on SQLite and PostgreSQL: a statement can record whose transfer it joined; existing
statements each had their own (''); the way back refuses while a statement joined another's transfer (the older
schema would charge its fee again and disagree with the bank file), then drops only the column."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from colead_desktop.db import models
from colead_desktop.db.engine import Database, alembic_config

from tests.programmes import new_programme

INSERT_STATEMENT = text(
    "INSERT INTO payment_statement (statement_no, programme_id, talent_id, period_start, period_end, issue_date, "
    "transfer_date, status, gross_yen, withholding_yen, fee_yen, net_yen, transfer_yen, result, rates_used, "
    "adjustment_reason, approved_by, created_at, data_note, computed_by) VALUES (:no, :p, :t, '2022-03-01', "
    "'2022-03-01', '2022-03-01', '2022-03-10', 'approved', 0, 0, 0, 0, 0, '{}', '[]', '', '', "
    "'2022-03-01 10:00:00', '', '')")


def _columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("payment_statement")}


def test_the_column_comes_with_the_revision_and_holds_the_way_back(any_db: Database) -> None:
    config = alembic_config(any_db.engine)
    programme_id = new_programme(any_db)
    with any_db.session() as session:
        row = models.Talent(name="架空 一", kana="ｶｸｳ ｲﾁ")
        session.add(row)
        session.flush()
        talent = row.id
    with any_db.engine.begin() as connection:
        connection.execute(INSERT_STATEMENT, {"no": "2026-0001", "p": programme_id, "t": talent})
    command.downgrade(config, "0024_refund9")
    assert "joins_transfer_of" not in _columns(any_db)
    with any_db.engine.begin() as connection:
        connection.execute(INSERT_STATEMENT, {"no": "2026-0002", "p": programme_id, "t": talent})
    command.upgrade(config, "heads")
    with any_db.engine.begin() as connection:
        assert connection.execute(text("SELECT statement_no, joins_transfer_of FROM payment_statement "
                                       "ORDER BY statement_no")).all() == [("2026-0001", ""), ("2026-0002", "")]
        connection.execute(text("UPDATE payment_statement SET joins_transfer_of = '2026-0001' "
                                "WHERE statement_no = '2026-0002'"))
    with pytest.raises(RuntimeError, match="joined"):
        command.downgrade(config, "0024_refund9")
    assert "joins_transfer_of" in _columns(any_db)
