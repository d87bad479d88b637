"""Migration 0016_matching on a database written before it: the new tables arrive empty beside the data that
was there, keep ranks unique per wish list and statuses to the known ones, follow a deleted talent (CASCADE), and
the way back drops only them. On an SQLite file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from colead_desktop.db.engine import alembic_config

from tests.db.old_revision import engine_at

BEFORE = "0015_versions"
REVISION = "0016_matching"
TABLES = {"matching_company", "matching_talent_wish", "matching_company_wish", "matching_rule", "matching_pair",
          "matching_pair_log"}


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO programme (id, name, fiscal_year, start_date, end_date, secretariat, ministry, "
                       "is_demo, uuid) VALUES (1, '令和3年度', 2021, '2021-04-01', '2022-03-31', '', '', false, 'p1')"))
        c.execute(text("INSERT INTO region (id, name, prefecture, municipality, lab_name, lab_contact, lab_address, "
                       "issues, past_initiatives, attractions, gateway_name, data_note, uuid) VALUES "
                       "(1, '北見', '北海道', '', '', '', '', '', '', '', '', '', 'r1')"))
        c.execute(text("INSERT INTO company (id, region_id, name, industry, postal_code, address, contact_name, "
                       "contact_email, contact_phone, opens, closes, closed_weekdays, tour_role, project_summary, "
                       "b1_checklist, b3_profile, data_note, uuid) VALUES "
                       "(5, 1, '北見精工', '', '', '', '', '', '', '', '', '[]', '', '', '{}', '{}', '', 'c5')"))
        c.execute(text("INSERT INTO talent (id, name, kana, affiliation, email, phone, home_city, gateway, skills, "
                       "career_stage, employment, strong_areas, data_note, uuid) VALUES "
                       "(3, '高橋 三郎', '', '', '', '', '', '', '[]', 'middle', 'employee', '[]', '', 't3')"))
    yield engine
    engine.dispose()


def test_new_tables_hold_wishes_and_pairs_and_the_way_back_drops_only_them(old_engine: Engine) -> None:
    config = alembic_config(old_engine)
    command.upgrade(config, REVISION)
    assert set(inspect(old_engine).get_table_names()) >= TABLES
    with old_engine.begin() as c:
        c.execute(text("INSERT INTO matching_company (programme_id, company_id, capacity, wants_skills) "
                       "VALUES (1, 5, 2, '[\"data_scientist\"]')"))
        c.execute(text("INSERT INTO matching_talent_wish (programme_id, talent_id, company_id, rank) VALUES (1, 3, 5, 1)"))
        c.execute(text("INSERT INTO matching_pair (id, programme_id, talent_id, company_id, status) "
                       "VALUES (7, 1, 3, 5, 'candidate')"))
        c.execute(text("INSERT INTO matching_pair_log (pair_id, from_status, to_status, reason, who, at) "
                       "VALUES (7, NULL, 'candidate', 'マッチング提案', '事務局', '2021-10-12 10:00:00')"))
    for bad in ("INSERT INTO matching_talent_wish (programme_id, talent_id, company_id, rank) VALUES (1, 3, 5, 2)",
                "INSERT INTO matching_pair (programme_id, talent_id, company_id, status) VALUES (1, 3, 5, 'maybe')",
                "INSERT INTO matching_company (programme_id, company_id, capacity, wants_skills) VALUES (1, 5, -1, '[]')"):
        with pytest.raises(IntegrityError), old_engine.begin() as c:
            c.execute(text(bad))
    with old_engine.begin() as c:
        c.execute(text("DELETE FROM talent WHERE id = 3"))  # the talent's wishes, pairs and their log go with them
        assert c.execute(text("SELECT count(*) FROM matching_pair_log")).scalar_one() == 0
        assert c.execute(text("SELECT count(*) FROM matching_talent_wish")).scalar_one() == 0

    command.downgrade(config, BEFORE)
    assert not TABLES & set(inspect(old_engine).get_table_names())
    with old_engine.connect() as c:
        assert c.execute(text("SELECT name FROM company")).scalars().all() == ["北見精工"]
