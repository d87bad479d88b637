"""Migration 0009_programme_setup on a database written before it: a programme gets its fiscal year as its period,
the payer and the regions keep their rows and ids, and the way back drops only the new columns. On an SQLite
file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from colead_desktop.db.engine import alembic_config

from tests.db.old_revision import engine_at

BEFORE = "0008_programmes"
REVISION = "0009_programme_setup"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, data_dir: Any) -> Iterator[Engine]:
    engine = engine_at(request, data_dir, BEFORE)
    with engine.begin() as c:
        c.execute(text("INSERT INTO programme (id, name, fiscal_year, secretariat, ministry, is_demo, uuid) VALUES "
                       "(1, 'ふるさと Co-LEAD', 2021, '', '経済産業省', true, 'p1'), (2, '2025年度', 2025, '', '', false, 'p2')"))
        c.execute(text("INSERT INTO region (id, name, prefecture, municipality, lab_name, issues, past_initiatives, "
                       "attractions, gateway_name, data_note, uuid) VALUES "
                       "(7, '北見', '北海道', '', '北見 IoT ラボ', '', '', '', '', '', 'r7')"))
        c.execute(text("INSERT INTO payment_payer (programme_id, name, address, registration_no, programme_label, "
                       "contract_no, requester_code, name_kana, bank_code, branch_code, account_type, account_number, "
                       "data_note) VALUES (2, '事務局', '東京都', '', '', '', '0123456789', 'ｼﾞﾑｷﾖｸ', '0005', '001', "
                       "'ordinary', '1234567', '')"))
    yield engine
    engine.dispose()


def test_upgrade_gives_each_programme_its_fiscal_year_and_keeps_rows(old_engine: Engine) -> None:
    command.upgrade(alembic_config(old_engine), REVISION)
    with old_engine.connect() as c:
        periods = c.execute(text("SELECT id, start_date, end_date FROM programme ORDER BY id")).all()
        assert [(i, _day(s), _day(e)) for i, s, e in periods] == [
            (1, date(2021, 4, 1), date(2022, 3, 31)), (2, date(2025, 4, 1), date(2026, 3, 31))]
        assert c.execute(text("SELECT id, lab_name, lab_contact, lab_address FROM region")).one() == (7, "北見 IoT ラボ", "", "")
        assert c.execute(text("SELECT name, phone, account_number FROM payment_payer")).one() == ("事務局", "", "1234567")
    columns = {c["name"]: c for c in inspect(old_engine).get_columns("programme")}
    assert not columns["start_date"]["nullable"] and not columns["end_date"]["nullable"]


def test_sqlite_keeps_never_reusing_programme_and_region_ids(old_engine: Engine) -> None:
    if old_engine.dialect.name != "sqlite":
        pytest.skip("AUTOINCREMENT is SQLite's")
    command.upgrade(alembic_config(old_engine), REVISION)
    with old_engine.connect() as c:
        tables = dict(c.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")).all())
    assert "AUTOINCREMENT" in tables["programme"] and "AUTOINCREMENT" in tables["region"]


def test_downgrade_drops_only_the_new_columns(old_engine: Engine) -> None:
    command.upgrade(alembic_config(old_engine), REVISION)
    with old_engine.begin() as c:
        c.execute(text("UPDATE region SET lab_contact = '北見 太郎'"))
    command.downgrade(alembic_config(old_engine), BEFORE)
    inspector = inspect(old_engine)
    assert not {"start_date", "end_date"} & {c["name"] for c in inspector.get_columns("programme")}
    assert "lab_contact" not in {c["name"] for c in inspector.get_columns("region")}
    assert "phone" not in {c["name"] for c in inspector.get_columns("payment_payer")}
    with old_engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM programme")).scalar() == 2
        assert c.execute(text("SELECT name FROM region WHERE id = 7")).scalar() == "北見"
        assert c.execute(text("SELECT requester_code FROM payment_payer")).scalar() == "0123456789"


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
