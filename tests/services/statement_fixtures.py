"""Payees with records for the statement guard tests, on one database seen by two app instances."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow

WHO = "経理 花子"
FISCAL_YEAR = 2021


def add_payees(db: Database, count: int, fiscal_year: int = FISCAL_YEAR) -> list[int]:
    """A programme with `count` invented talents, each with one tour day (enough to compute a statement)."""
    with db.session() as session:
        programme = models.Programme(name=f"テスト事業{fiscal_year}", fiscal_year=fiscal_year)
        session.add(programme)
        session.flush()
        talents = [models.Talent(programme_id=programme.id, name=f"架空 {i:02d}") for i in range(count)]
        session.add_all(talents)
        session.flush()
        session.add_all(TourDayRow(talent_id=t.id, day=date(2021, 11, 16), note="") for t in talents)
        return [t.id for t in talents]


@pytest.fixture(params=["sqlite", "postgresql"])
def two_instances(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[tuple[Database, Database]]:
    """Two Database objects (two engines, like two running apps) on one migrated database."""
    if request.param == "sqlite":
        data_dir.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{data_dir / 'shared.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres").fresh_database()
    first, second = Database(url), Database(url)
    first.migrate()
    yield first, second
    first.dispose()
    second.dispose()
