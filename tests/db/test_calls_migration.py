"""Migration 0021_calls on a database written before it, on an SQLite file and on PostgreSQL: a programme
without calls gets the FY2021 seed's two, a programme that had one keeps it (edited title and all) and gets only
the other; calls get a threshold column, none set; the way back drops the column and leaves the calls."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from colead_desktop.db.engine import alembic_config
from colead_desktop.domain.calls import CallKind, seed_call
from tests.db.old_revision import engine_at

BEFORE = "0020_off16"
REVISION = "0021_calls"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO programme (id, name, fiscal_year, start_date, end_date, secretariat, ministry, "
                       "is_demo, uuid) VALUES (1, '令和3年度', 2021, '2021-04-01', '2022-03-31', '', '', false, 'p1'), "
                       "(2, '令和8年度', 2026, '2026-04-01', '2027-03-31', '', '', false, 'p2')"))
        c.execute(text("INSERT INTO recruit_call (id, programme_id, kind, title, conditions, questions, items) "
                       "VALUES (5, 2, 'talent', '人材募集（編集済み）', '[\"条件\"]', "
                       "'[{\"key\": \"q1\", \"text\": \"質問\"}]', '[]')"))
    yield engine
    engine.dispose()


def test_each_programme_gets_the_calls_it_lacked(old_engine: Engine) -> None:
    config = alembic_config(old_engine)
    command.upgrade(config, REVISION)
    with old_engine.connect() as c:
        made = c.execute(text("SELECT programme_id, kind, title FROM recruit_call ORDER BY programme_id, kind")).all()
    seed = {kind: seed_call(1, kind).title for kind in CallKind}
    assert [tuple(row) for row in made] == [(1, "region", seed[CallKind.REGION]), (1, "talent", seed[CallKind.TALENT]),
                                            (2, "region", seed[CallKind.REGION]), (2, "talent", "人材募集（編集済み）")]
    with old_engine.connect() as c:
        conditions = c.execute(text("SELECT conditions FROM recruit_call WHERE programme_id = 1 AND kind = 'talent'"))
        assert len(_json(conditions.scalar_one())) == len(seed_call(1, CallKind.TALENT).conditions)

        assert c.execute(text("SELECT count(*) FROM recruit_call WHERE threshold IS NOT NULL")).scalar_one() == 0

    command.downgrade(config, BEFORE)
    with old_engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM recruit_call")).scalar_one() == 4
    assert "threshold" not in {c["name"] for c in inspect(old_engine).get_columns("recruit_call")}


def _json(value: Any) -> Any:
    import json

    return json.loads(value) if isinstance(value, str) else value
