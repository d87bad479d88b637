"""Migration 0017_ics_sequence on a database written before it: a new table, one row per UID (a second row
for the same UID is refused), no existing row touched, and the way back drops only that table. On an SQLite
file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from colead_desktop.db.engine import alembic_config

from tests.db.old_revision import engine_at

BEFORE = "0016_matching"
REVISION = "0017_ics_sequence"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO programme (name, fiscal_year, start_date, end_date, secretariat, ministry, is_demo, "
                       "uuid) VALUES ('令和3年度', 2021, '2021-04-01', '2022-03-31', '', '', false, 'p1')"))
    yield engine
    engine.dispose()


def test_the_sequence_table_comes_and_goes_alone(old_engine: Engine) -> None:
    tables_before = set(inspect(old_engine).get_table_names())
    command.upgrade(alembic_config(old_engine), REVISION)
    inspector = inspect(old_engine)
    assert set(inspector.get_table_names()) == tables_before | {"ics_sequence"}
    columns = {c["name"]: c for c in inspector.get_columns("ics_sequence")}
    assert set(columns) == {"uid", "content_hash", "sequence", "changed_at"}
    assert not any(c["nullable"] for c in columns.values())
    assert inspector.get_pk_constraint("ics_sequence")["constrained_columns"] == ["uid"]
    row = {"uid": "event-x@colead-desktop", "hash": "a" * 64, "at": datetime(2026, 12, 2, 9, 0)}
    insert = text("INSERT INTO ics_sequence (uid, content_hash, sequence, changed_at) VALUES (:uid, :hash, 0, :at)")
    with old_engine.begin() as c:
        c.execute(insert, row)
    with pytest.raises(IntegrityError), old_engine.begin() as c:
        c.execute(insert, row)  # one number per UID
    with old_engine.connect() as c:
        assert c.execute(text("SELECT name FROM programme")).scalars().all() == ["令和3年度"]

    command.downgrade(alembic_config(old_engine), BEFORE)
    assert set(inspect(old_engine).get_table_names()) == tables_before
    with old_engine.connect() as c:
        assert c.execute(text("SELECT name FROM programme")).scalars().all() == ["令和3年度"]
