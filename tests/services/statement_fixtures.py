"""Payees with records for the statement guard tests."""

from __future__ import annotations

from datetime import date

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow

WHO = "経理 花子"
APPROVER = "経理 次郎"  # approval needs someone other than who computed the statement
FISCAL_YEAR = 2021


def add_payees(db: Database, count: int, fiscal_year: int = FISCAL_YEAR) -> tuple[int, list[int]]:
    """A programme with `count` invented talents taking part, each with one tour day in it (enough to compute a
    statement): (the programme's id, the talents' ids)."""
    with db.session() as session:
        programme = models.Programme(name=f"テスト事業{fiscal_year}", fiscal_year=fiscal_year)
        session.add(programme)
        session.flush()
        talents = [models.Talent(name=f"架空 {i:02d}") for i in range(count)]
        session.add_all(talents)
        session.flush()
        session.add_all(models.ProgrammeTalent(programme_id=programme.id, talent_id=t.id, region_preferences=[],
                                               motivation="") for t in talents)
        session.add_all(TourDayRow(programme_id=programme.id, talent_id=t.id, day=date(2021, 11, 16), note="")
                        for t in talents)
        return programme.id, [t.id for t in talents]
