"""Migration 0020_call19 on a database written before it, on an SQLite file and on PostgreSQL: the new tables
arrive empty beside the programme that was there, keep one call of each kind per programme, one application per
person and call and one decision per application, follow a deleted programme (CASCADE), and the way back drops
only them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from colead_desktop.db.engine import alembic_config
from tests.db.old_revision import engine_at

BEFORE = "0020_budget18"
REVISION = "0020_call19"
TABLES = {"recruit_call", "recruit_application", "screening_reviewer", "screening_review", "selection_decision",
          "selection_log"}


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO programme (id, name, fiscal_year, start_date, end_date, secretariat, ministry, "
                       "is_demo, uuid) VALUES (1, '令和3年度', 2021, '2021-04-01', '2022-03-31', '', '', false, 'p1')"))
    yield engine
    engine.dispose()


def test_new_tables_and_the_way_back(old_engine: Engine) -> None:
    config = alembic_config(old_engine)
    command.upgrade(config, REVISION)
    assert set(inspect(old_engine).get_table_names()) >= TABLES
    with old_engine.begin() as c:
        c.execute(text("INSERT INTO recruit_call (id, programme_id, kind, title, conditions, questions, items) "
                       "VALUES (1, 1, 'talent', '人材募集', '[]', '[]', '[]')"))
        c.execute(text("INSERT INTO recruit_application (id, call_id, name, email, identity, answers, skills, "
                       "conditions, late, unmet, source, row_no) VALUES (1, 1, '山田', '', 'name:山田', '{}', '[]', "
                       "'[]', false, false, 'a.csv:2', 2)"))
        c.execute(text("INSERT INTO selection_decision (application_id, decision, reason, who, at) "
                       "VALUES (1, 'selected', '1位', '委員長', '2021-10-05 10:00:00')"))
    for bad in ("INSERT INTO recruit_call (programme_id, kind, title, conditions, questions, items) "
                "VALUES (1, 'talent', '二つ目', '[]', '[]', '[]')",
                "INSERT INTO recruit_application (call_id, name, email, identity, answers, skills, conditions, late, "
                "unmet, source, row_no) VALUES (1, '山田', '', 'name:山田', '{}', '[]', '[]', false, false, '', 3)",
                "INSERT INTO selection_decision (application_id, decision, reason, who, at) "
                "VALUES (1, 'maybe', '', '', '2021-10-05 10:00:00')"):
        with pytest.raises(IntegrityError), old_engine.begin() as c:
            c.execute(text(bad))
    with old_engine.begin() as c:
        c.execute(text("DELETE FROM programme WHERE id = 1"))
        assert c.execute(text("SELECT count(*) FROM selection_decision")).scalar_one() == 0

    command.downgrade(config, BEFORE)
    assert not TABLES & set(inspect(old_engine).get_table_names())
