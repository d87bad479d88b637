"""Migration 0015_versions on a database written before it: every editable row gets version 1 and keeps its id,
a later UPDATE through the ORM counts it up, and the way back drops only the column, keeping SQLite's
AUTOINCREMENT. On an SQLite file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import alembic_config

from tests.db.old_revision import engine_at

BEFORE = "0014_talent_archive"
REVISION = "0015_versions"
VERSIONED = ("programme", "region", "company", "talent", "programme_talent", "staff", "venue", "event",
             "participation", "tour", "tour_check_settings", "payment_policy", "payment_payer")


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO region (id, name, prefecture, municipality, lab_name, lab_contact, lab_address, "
                       "issues, past_initiatives, attractions, gateway_name, data_note, uuid) VALUES "
                       "(4, '北見', '北海道', '北見市', '', '', '', '', '', '', '', '', 'r4')"))
        c.execute(text("INSERT INTO talent (id, name, kana, affiliation, email, phone, home_city, gateway, skills, "
                       "career_stage, employment, strong_areas, data_note, uuid, archived_by) VALUES "
                       "(3, '高橋 三郎', '', '', '', '090-1111-2222', '', '', '[]', 'middle', 'employee', '[]', '', "
                       "'t3', '')"))
    yield engine
    engine.dispose()


def test_rows_start_at_version_one_count_up_and_the_way_back(old_engine: Engine) -> None:
    command.upgrade(alembic_config(old_engine), REVISION)
    for table in VERSIONED:
        assert "version" in {column["name"] for column in inspect(old_engine).get_columns(table)}, table
    with old_engine.connect() as c:
        assert c.execute(text("SELECT id, version FROM talent")).all() == [(3, 1)]
        assert c.execute(text("SELECT id, version FROM region")).all() == [(4, 1)]
    with Session(old_engine) as session, session.begin():
        talent = session.get_one(models.Talent, 3)
        talent.phone = "090-3333-4444"
    with Session(old_engine) as session:
        assert session.get_one(models.Talent, 3).version == 2

    command.downgrade(alembic_config(old_engine), BEFORE)
    for table in VERSIONED:
        assert "version" not in {column["name"] for column in inspect(old_engine).get_columns(table)}, table
    with old_engine.connect() as c:
        assert c.execute(text("SELECT id, phone FROM talent")).all() == [(3, "090-3333-4444")]
    if old_engine.dialect.name == "sqlite":
        with old_engine.connect() as c:
            sql = c.execute(text("SELECT sql FROM sqlite_master WHERE name = 'talent'")).scalar_one()
        assert "AUTOINCREMENT" in sql
