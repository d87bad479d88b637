"""Migration 0012_record_statement on a database written before it: every payment record is bound to its person's
latest statement in the programme (the one that paid it), records of people without a statement stay unpaid, and
the way back drops only the new column. On an SQLite file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from colead_desktop.db import models
from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.services.demo import load_demo

from tests.db.old_revision import sqlite_or_postgres_url

BEFORE = "0011_payee_employer"
REVISION = "0012_record_statement"
TABLES = ("payment_tour_day", "payment_work_day", "payment_expense")


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    url = sqlite_or_postgres_url(request, data_dir)
    database = Database(url)
    database.migrate()
    programme = load_demo(database)
    with database.session() as session:  # a member of the programme with a record and no statement yet
        talent = models.Talent(id=900, name="架空 新人")
        session.add(talent)
        session.flush()
        session.add(models.ProgrammeTalent(programme_id=programme, talent_id=900, region_preferences=[],
                                           motivation=""))
        session.add(TourDayRow(programme_id=programme, talent_id=900, day=date(2021, 11, 16), note=""))
    command.downgrade(alembic_config(database.engine), BEFORE)
    yield database.engine
    database.dispose()


def test_records_are_bound_to_the_statement_that_paid_them(old_engine: Engine) -> None:
    command.upgrade(alembic_config(old_engine), REVISION)
    with old_engine.connect() as c:
        latest = dict(c.execute(text("SELECT talent_id, MAX(id) FROM payment_statement GROUP BY talent_id")).all())
        assert len(latest) == 16
        for table in TABLES:
            rows = c.execute(text(f"SELECT talent_id, statement_id FROM {table}")).all()
            assert rows and all(statement == latest.get(talent) for talent, statement in rows), table
        assert c.execute(text("SELECT statement_id FROM payment_tour_day WHERE talent_id = 900")).one() == (None,)


def test_the_way_back_drops_only_the_new_column(old_engine: Engine) -> None:
    before = {t: [c["name"] for c in inspect(old_engine).get_columns(t)] for t in TABLES}
    command.upgrade(alembic_config(old_engine), REVISION)
    command.downgrade(alembic_config(old_engine), BEFORE)
    inspector = inspect(old_engine)
    assert {t: [c["name"] for c in inspector.get_columns(t)] for t in TABLES} == before
