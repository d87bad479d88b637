"""Migration 0027_calls14_condition_keys on a database written before it, on an SQLite file and on PostgreSQL: a
call's conditions get keys c1… in their order, an application's ticks go under those keys (a condition without a
column left out), and the way back writes them as lists in the order of the call's conditions then."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, text

from colead_desktop.db.engine import alembic_config
from tests.db.old_revision import engine_at

BEFORE = "0026_meetup13_absences"
REVISION = "0027_calls14_condition_keys"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO programme (id, name, fiscal_year, start_date, end_date, secretariat, ministry, "
                       "is_demo, uuid) VALUES (1, '令和9年度', 2027, '2027-04-01', '2028-03-31', '', '', false, 'p1')"))
        c.execute(text("DELETE FROM recruit_call"))
        c.execute(text("INSERT INTO recruit_call (id, programme_id, kind, title, conditions, questions, items) "
                       "VALUES (5, 1, 'talent', '人材募集', '[\"全日程\", \"NDA\", \"オンライン\"]', "
                       "'[{\"key\": \"q1\", \"text\": \"質問\"}]', '[]')"))
        c.execute(text("INSERT INTO recruit_application (id, call_id, name, email, identity, answers, skills, "
                       "conditions, late, unmet, source, row_no) VALUES (7, 5, '鈴木', '', 'name:鈴木', '{}', '[]', "
                       "'[true, false, null]', false, true, 'a.csv:2', 2)"))
    yield engine
    engine.dispose()


def test_conditions_and_ticks_get_keys_and_go_back(old_engine: Engine) -> None:
    config = alembic_config(old_engine)
    command.upgrade(config, REVISION)
    with old_engine.connect() as c:
        conditions = _json(c.execute(text("SELECT conditions FROM recruit_call WHERE id = 5")).scalar_one())
        ticks = _json(c.execute(text("SELECT conditions FROM recruit_application WHERE id = 7")).scalar_one())
    assert conditions == [{"key": "c1", "text": "全日程"}, {"key": "c2", "text": "NDA"},
                          {"key": "c3", "text": "オンライン"}]
    assert ticks == {"c1": True, "c2": False}

    with old_engine.begin() as c:  # NDA moved first after the upgrade: the way back keeps each tick with it
        c.execute(text("UPDATE recruit_call SET conditions = :c WHERE id = 5"), {"c": json.dumps(
            [conditions[1], conditions[0], conditions[2]], ensure_ascii=False)})
    command.downgrade(config, BEFORE)
    with old_engine.connect() as c:
        assert _json(c.execute(text("SELECT conditions FROM recruit_call WHERE id = 5")).scalar_one()) == [
            "NDA", "全日程", "オンライン"]
        assert _json(c.execute(text("SELECT conditions FROM recruit_application WHERE id = 7")).scalar_one()) == [
            False, True, None]


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
