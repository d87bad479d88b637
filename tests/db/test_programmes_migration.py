"""Migration 0008_programmes on databases written before it: the split of issue 13 (the demo beside an
auto-created 「新しいプログラム」 holding the user's records) keeps both, an empty auto-created one goes, and
regions, talents and payments find their programme. On an SQLite file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from uuid import uuid4

import json

import pytest
from alembic import command
from sqlalchemy import (JSON, Boolean, Connection, Date, DateTime, Engine, Float, Integer, MetaData, Table,
                        create_engine, select, text)

from colead_desktop.db.engine import alembic_config, current_revisions, head_revisions, sqlite_path
from tests.pg_server import PostgresServer

BEFORE = ("0007_record_identity", "0006_statement_guard", "0005_tour_checks", "0004_meetup")


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    """A database at the revisions before 0008 (no app engine: SQLite's foreign keys stay off, as migrate() runs)."""
    if request.param == "postgresql":
        postgres: PostgresServer = request.getfixturevalue("postgres")
        url = postgres.fresh_database()
    else:
        data_dir.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{data_dir / 'old.db'}"
    engine = create_engine(url)
    for revision in BEFORE:
        command.upgrade(alembic_config(engine), revision)
    yield engine
    engine.dispose()


def _insert(connection: Connection, table: str, **values: Any) -> int:
    """A row with `values` and a neutral value for every other required column; returns its id."""
    columns = Table(table, MetaData(), autoload_with=connection).columns
    for column in columns:
        if isinstance(column.type, JSON):
            values[column.name] = json.dumps(values.get(column.name, []))
        if column.name in values or column.nullable or column.name == "id" or column.server_default is not None:
            continue
        neutral: Any = ""
        for kind, value in ((Integer, 0), (Float, 0.0), (Boolean, False), (Date, date(2021, 10, 1)),
                            (DateTime, datetime(2021, 10, 1, 10))):
            if isinstance(column.type, kind):
                neutral = value
        values[column.name] = f"{table}-{uuid4()}" if column.name == "uuid" else neutral
    names = ", ".join(values)
    params = ", ".join(f":{name}" for name in values)
    returning = connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({params}) RETURNING id"), values)
    return int(returning.scalar_one())


def _split_database(engine: Engine) -> dict[str, int]:
    """Issue 13's first bullet: the demo's programme with its records, and an auto-created empty programme in
    which the user then added a region, a talent and a meetup event."""
    ids: dict[str, int] = {}
    with engine.begin() as c:
        ids["new"] = _insert(c, "programme", name="新しいプログラム", fiscal_year=2026, uuid="p-new")
        ids["demo"] = _insert(c, "programme", name="ふるさと Co-LEAD", fiscal_year=2021, uuid="p-demo")
        ids["kitami"] = _insert(c, "region", programme_id=ids["demo"], name="北見", uuid="r-kitami")
        ids["kuwana"] = _insert(c, "region", programme_id=ids["demo"], name="桑名", uuid="r-kuwana")
        ids["sato"] = _insert(c, "talent", programme_id=ids["demo"], name="佐藤 健太", uuid="t-sato",
                              assigned_region_id=ids["kitami"], region_preferences=[ids["kitami"], ids["kuwana"]],
                              motivation="事業開発の経験を活かしたい", career_stage="middle", employment="employee")
        ids["policy"] = _insert(c, "payment_policy", programme_id=ids["demo"], honorarium_scope="all",
                                travel_rule="actual", withhold_reimbursements=True)
        ids["tour_day"] = _insert(c, "payment_tour_day", talent_id=ids["sato"], day=date(2021, 11, 8))
        ids["statement"] = _insert(c, "payment_statement", talent_id=ids["sato"], statement_no="CL2021-0001",
                                   status="draft", result={}, rates_used=[])
        # what the user added afterwards landed in the auto-created programme
        ids["own_region"] = _insert(c, "region", programme_id=ids["new"], name="鶴岡", uuid="r-own")
        ids["own_talent"] = _insert(c, "talent", programme_id=ids["new"], name="山田 太郎", uuid="t-own",
                                    career_stage="middle", employment="employee")
        ids["own_event"] = _insert(c, "event", programme_id=ids["new"], kind="meetup", title="オンライン交流会",
                                   starts_at=datetime(2026, 10, 1, 10), ends_at=datetime(2026, 10, 1, 12),
                                   uuid="e-own")
    return ids


def _upgrade(engine: Engine) -> None:
    command.upgrade(alembic_config(engine), "heads")
    assert current_revisions(engine) == head_revisions()


def _rows(engine: Engine, sql: str) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_the_split_keeps_both_programmes_and_every_record(old_engine: Engine) -> None:
    ids = _split_database(old_engine)
    _upgrade(old_engine)

    assert _rows(old_engine, "SELECT id, name, is_demo FROM programme ORDER BY id") == [
        (ids["new"], "新しいプログラム", False), (ids["demo"], "ふるさと Co-LEAD", True)]
    assert _rows(old_engine, "SELECT programme_id, region_id FROM programme_region ORDER BY region_id") == [
        (ids["demo"], ids["kitami"]), (ids["demo"], ids["kuwana"]), (ids["new"], ids["own_region"])]
    participations = _rows(old_engine, "SELECT programme_id, talent_id, assigned_region_id, region_preferences, "
                                       "motivation FROM programme_talent ORDER BY talent_id")
    assert [(p, t, a, json.loads(prefs) if isinstance(prefs, str) else prefs, m)
            for p, t, a, prefs, m in participations] == [
        (ids["demo"], ids["sato"], ids["kitami"], [ids["kitami"], ids["kuwana"]], "事業開発の経験を活かしたい"),
        (ids["new"], ids["own_talent"], None, [], "")]
    assert _rows(old_engine, "SELECT programme_id FROM payment_tour_day") == [(ids["demo"],)]
    assert _rows(old_engine, "SELECT programme_id FROM payment_statement") == [(ids["demo"],)]
    assert _rows(old_engine, "SELECT programme_id, title FROM event") == [(ids["new"], "オンライン交流会")]
    talent_columns = {c.name for c in Table("talent", MetaData(), autoload_with=old_engine).columns}
    assert not talent_columns & {"programme_id", "assigned_region_id", "region_preferences", "motivation"}
    assert "programme_id" not in {c.name for c in Table("region", MetaData(), autoload_with=old_engine).columns}
    if sqlite_path(str(old_engine.url)) is not None:
        assert _rows(old_engine, "PRAGMA foreign_key_check") == []
        assert "AUTOINCREMENT" in _rows(old_engine, "SELECT sql FROM sqlite_master WHERE name = 'talent'")[0][0]


def test_an_empty_auto_created_programme_is_removed_with_what_the_app_made_for_it(old_engine: Engine) -> None:
    with old_engine.begin() as c:
        empty = _insert(c, "programme", name="新しいプログラム", fiscal_year=2026, uuid="p-empty")
        policy = _insert(c, "payment_policy", programme_id=empty, honorarium_scope="all", travel_rule="actual",
                         withhold_reimbursements=True)
        _insert(c, "payment_rate", policy_id=policy, entry_id="r1", effective_from=date(2021, 4, 1),
                per_diem_yen=0, honorarium_daily_yen=0, honorarium_cap_yen=0)
        demo = _insert(c, "programme", name="ふるさと Co-LEAD", fiscal_year=2021, uuid="p-demo")
        _insert(c, "region", programme_id=demo, name="北見", uuid="r-kitami")
        named = _insert(c, "programme", name="新しいプログラム", fiscal_year=2027, uuid="p-named",
                        secretariat="事務局")  # the user filled it in: theirs, even with no records yet
    _upgrade(old_engine)

    assert _rows(old_engine, "SELECT id, is_demo FROM programme ORDER BY id") == [(demo, True), (named, False)]
    assert _rows(old_engine, "SELECT count(*) FROM payment_policy") == [(0,)]
    assert _rows(old_engine, "SELECT count(*) FROM payment_rate") == [(0,)]


def test_downgrade_puts_talents_and_regions_back_into_their_programme(old_engine: Engine) -> None:
    ids = _split_database(old_engine)
    _upgrade(old_engine)
    command.downgrade(alembic_config(old_engine), "0007_record_identity")

    assert "0008_programmes" not in current_revisions(old_engine)
    assert sorted(_rows(old_engine, "SELECT id, programme_id, assigned_region_id, motivation FROM talent")) == [
        (ids["sato"], ids["demo"], ids["kitami"], "事業開発の経験を活かしたい"), (ids["own_talent"], ids["new"], None, "")]
    assert sorted(_rows(old_engine, "SELECT id, programme_id FROM region")) == [
        (ids["kitami"], ids["demo"]), (ids["kuwana"], ids["demo"]), (ids["own_region"], ids["new"])]
    with old_engine.connect() as connection:
        assert connection.execute(select(Table("payment_statement", MetaData(), autoload_with=connection))).all()


def test_tours_find_their_programme_and_keep_an_auto_created_one_holding_them(old_engine: Engine) -> None:
    with old_engine.begin() as c:
        auto = _insert(c, "programme", name="新しいプログラム", fiscal_year=2026, uuid="p-new")
        demo = _insert(c, "programme", name="ふるさと Co-LEAD", fiscal_year=2021, uuid="p-demo")
        event = _insert(c, "event", programme_id=demo, kind="fieldwork_tour", title="桑名ツアー",
                        starts_at=datetime(2021, 11, 16, 9), ends_at=datetime(2021, 11, 18, 17), uuid="e-tour")
        linked = _insert(c, "tour", key="demo-kuwana", event_id=event, region="三重県桑名市", days=3)
        # the user's own tour, saved with no event while the auto-created programme was the current one
        own = _insert(c, "tour", key="own-tour", region="山形県鶴岡市", days=2)
    _upgrade(old_engine)

    assert _rows(old_engine, "SELECT id, programme_id FROM tour ORDER BY id") == [(linked, demo), (own, auto)]
    assert _rows(old_engine, "SELECT id, is_demo FROM programme ORDER BY id") == [(auto, False), (demo, True)]
    # every tour belongs to a programme from now on
    with pytest.raises(Exception, match="(?i)not null|null value"), old_engine.begin() as c:
        c.execute(text("INSERT INTO tour (key, region, title, start_date, days, transport_notes, remote_mornings, "
                       "online_fallback, members, arrivals, departures, places, items, contacts, updated_at) "
                       "VALUES ('x', 'x', '', '2026-01-01', 1, '', false, true, '[]', '[]', '[]', '[]', '[]', "
                       "'[]', '2026-01-01 00:00:00')"))


def test_statement_numbers_become_unique_per_programme(old_engine: Engine) -> None:
    ids = _split_database(old_engine)
    _upgrade(old_engine)
    with old_engine.begin() as c:  # the same number in the user's programme is now allowed
        _insert(c, "payment_statement", talent_id=ids["own_talent"], programme_id=ids["new"],
                statement_no="CL2021-0001", status="draft", result={}, rates_used=[])
    with pytest.raises(Exception, match="(?i)unique"), old_engine.begin() as c:
        _insert(c, "payment_statement", talent_id=ids["sato"], programme_id=ids["demo"],
                statement_no="CL2021-0001", status="draft", result={}, rates_used=[])
    with pytest.raises(RuntimeError, match="CL2021-0001"):  # the downgrade cannot make them unique again
        command.downgrade(alembic_config(old_engine), "0007_record_identity")
