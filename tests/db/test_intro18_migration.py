"""0020_intro18 on a database with a talent's participation: existing rows read "" for the new answers, and
the downgrade keeps the rows and SQLite's AUTOINCREMENT (ids never reused)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from colead_desktop.db.engine import alembic_config

BEFORE = "0020_att16"
ROWS = ("INSERT INTO programme (id, name, fiscal_year, start_date, end_date, ministry, secretariat, is_demo, uuid, "
        "version) VALUES (1, 'p', 2026, '2026-04-01', '2027-03-31', '', '', 0, 'u1', 1)",
        "INSERT INTO talent (id, name, kana, affiliation, email, phone, home_city, gateway, skills, career_stage, "
        "employment, strong_areas, data_note, uuid, archived_by, version) VALUES (1, 't', '', '', '', '', '', '', "
        "'[]', 'middle', 'employee', '[]', '', 'u2', '', 1)",
        "INSERT INTO programme_talent (id, programme_id, talent_id, region_preferences, motivation, uuid, version) "
        "VALUES (1, 1, 1, '[]', '地域に貢献したい', 'u3', 1)")


def test_up_and_down_keep_the_participation_and_its_autoincrement(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = alembic_config(engine)
    command.upgrade(config, BEFORE)
    with engine.begin() as connection:
        for statement in ROWS:
            connection.execute(text(statement))
    command.upgrade(config, "heads")
    with engine.begin() as connection:
        assert connection.execute(text("SELECT motivation, intro_projects, intro_learning, intro_sme_digital, "
                                       "intro_regional_issues, intro_future FROM programme_talent")).all() == [
            ("地域に貢献したい", "", "", "", "", "")]
    command.downgrade(config, BEFORE)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT id, motivation FROM programme_talent")).all() == [(1, "地域に貢献したい")]
        schema = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'programme_talent'")).scalar()
        assert "AUTOINCREMENT" in schema and "intro_" not in schema
    engine.dispose()
