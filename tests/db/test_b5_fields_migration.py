"""Migration 0018_b5_fields on a database written before it: every tour stays and reads as having no imported
worksheet (NULL), the new column takes a document, and the way back drops only that column. On an SQLite file
and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from colead_desktop.db.engine import alembic_config

from tests.db.old_revision import engine_at

BEFORE = "0017_ics_sequence"
REVISION = "0018_b5_fields"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO programme (id, name, fiscal_year, secretariat, ministry, uuid, is_demo, start_date, "
                       "end_date) VALUES (1, 'P', 2026, '', '', 'p1', false, '2026-04-01', '2027-03-31')"))
        c.execute(text("INSERT INTO tour (id, key, programme_id, region, title, start_date, days, transport_notes, "
                       "remote_mornings, online_fallback, members, arrivals, departures, places, items, contacts, "
                       "updated_at) VALUES (4, 'k4', 1, '三重県桑名市', '', '2021-11-25', 3, '', false, true, '[]', "
                       "'[]', '[]', '[]', '[]', '[]', '2026-12-02 10:00:00')"))
    yield engine
    engine.dispose()


def _columns(engine: Engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("tour")}


def test_tours_stay_without_answers_and_the_way_back(old_engine: Engine) -> None:
    command.upgrade(alembic_config(old_engine), REVISION)
    with old_engine.begin() as c:
        assert c.execute(text("SELECT id, key, b5 FROM tour")).all() == [(4, "k4", None)]
        c.execute(text("UPDATE tour SET b5 = :doc WHERE id = 4"), {"doc": '{"talent_count": 5}'})
    command.downgrade(alembic_config(old_engine), BEFORE)
    assert "b5" not in _columns(old_engine) and {"key", "places", "items"} <= _columns(old_engine)
    with old_engine.connect() as c:
        assert c.execute(text("SELECT id, key, region, days FROM tour")).all() == [(4, "k4", "三重県桑名市", 3)]
    if old_engine.dialect.name == "sqlite":  # the batch rebuild kept the table's rule on days
        with old_engine.connect() as c:
            assert "days_range" in c.execute(text("SELECT sql FROM sqlite_master WHERE name = 'tour'")).scalar_one()
