"""Migration 0014_talent_archive on a database written before it: every talent stays, not archived, under its id,
SQLite keeps the table's AUTOINCREMENT (a deleted id is never handed out again), and the way back drops only
the new columns. On an SQLite file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from colead_desktop.db.engine import alembic_config

from tests.db.old_revision import engine_at

BEFORE = "0013_indexes"
REVISION = "0014_talent_archive"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO talent (id, name, kana, affiliation, email, phone, home_city, gateway, skills, "
                       "career_stage, employment, strong_areas, data_note, uuid) VALUES "
                       "(3, '高橋 三郎', '', '', '', '', '', '', '[]', 'middle', 'employee', '[]', '', 't3'), "
                       "(9, '佐藤 花子', '', '', '', '', '', '', '[]', 'middle', 'employee', '[]', '', 't9')"))
        c.execute(text("DELETE FROM talent WHERE id = 9"))  # the highest id, gone: it must not come back
    yield engine
    engine.dispose()


def _sqlite_autoincrement(engine: Engine) -> bool:
    with engine.connect() as c:
        sql = c.execute(text("SELECT sql FROM sqlite_master WHERE name = 'talent'")).scalar_one()
    return "AUTOINCREMENT" in sql


def test_talents_stay_active_with_their_ids_and_the_way_back(old_engine: Engine) -> None:
    command.upgrade(alembic_config(old_engine), REVISION)
    with old_engine.begin() as c:
        assert c.execute(text("SELECT id, name, archived_at, archived_by FROM talent")).all() == [
            (3, "高橋 三郎", None, "")]
        c.execute(text("INSERT INTO talent (name, kana, affiliation, email, phone, home_city, gateway, skills, "
                       "career_stage, employment, strong_areas, data_note, uuid) VALUES "
                       "('新人', '', '', '', '', '', '', '[]', 'middle', 'employee', '[]', '', 't10')"))
        ids = c.execute(text("SELECT id FROM talent ORDER BY id")).scalars().all()
        assert 9 not in ids and len(ids) == 2  # not handed out again (AUTOINCREMENT; a sequence on PostgreSQL)
    if old_engine.dialect.name == "sqlite":
        assert _sqlite_autoincrement(old_engine)

    command.downgrade(alembic_config(old_engine), BEFORE)
    columns = {column["name"] for column in inspect(old_engine).get_columns("talent")}
    assert "archived_at" not in columns and "archived_by" not in columns and "uuid" in columns
    with old_engine.connect() as c:
        assert c.execute(text("SELECT id FROM talent ORDER BY id")).scalars().all() == ids
    if old_engine.dialect.name == "sqlite":
        assert _sqlite_autoincrement(old_engine)
