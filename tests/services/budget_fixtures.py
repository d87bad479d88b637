"""A fresh programme with a budget and a year of payments: statements approved, a run paid, a correction approved
after it (the budget tests of the service, the CLI, the workbook and the dashboard share it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.budget import BudgetLine
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from colead_desktop.services.budget import set_budget
from colead_desktop.services.programme_setup import create_programme, load_setup
from tests.domain.test_programme_setup import GOOD
from tests.services.payments_fixtures import APPROVER, BANK, WHO, approved
from tests.services.payments_fixtures import pay as pay_in_run

DAY = date(2025, 7, 10)
SUPPORT_DAY = date(2025, 7, 24)  # business-model work after the tour: 謝金
PAID = date(2025, 8, 8)  # a Friday, a bank business day
BUDGET = (("北見", BudgetLine.TRAVEL, 200_000), ("北見", BudgetLine.PER_DIEM, 50_000),
          ("北見", BudgetLine.HONORARIUM, 100_000), ("北見", BudgetLine.VENUE, 80_000),
          ("桑名", BudgetLine.TRAVEL, 100_000), ("桑名", BudgetLine.OTHER, 30_000))


@dataclass(frozen=True)
class Lifecycle:
    programme_id: int
    talents: dict[str, int]  # "a", "b" (北見), "c" (桑名), "d" (no region)
    statements: dict[str, int]  # the talents' first statements, and "a_fix" correcting a's


def _talent(db: Database, programme_id: int, name: str, region_id: int | None) -> int:
    with db.session() as session:
        talent = models.Talent(name=name, kana="カクウ タロウ")
        session.add(talent)
        session.flush()
        session.add(models.ProgrammeTalent(programme_id=programme_id, talent_id=talent.id, region_preferences=[],
                                           motivation="", assigned_region_id=region_id))
        return talent.id


def fresh_lifecycle(db: Database, folder: Path) -> Lifecycle:
    """北見: a (¥40,000 air, ¥25,000 paid directly; paid, then corrected to ¥30,000 air, approved) and b (approved);
    桑名: c (paid); d has no region (approved). Each has a tour day (日当) and a day of support work (謝金)."""
    programme_id = create_programme(db, GOOD, WHO)
    regions = {r.name: r.region_id for r in load_setup(db, programme_id).regions}
    talents = {"a": _talent(db, programme_id, "架空 一郎", regions["北見"]),
               "b": _talent(db, programme_id, "架空 二郎", regions["北見"]),
               "c": _talent(db, programme_id, "架空 三郎", regions["桑名"]),
               "d": _talent(db, programme_id, "架空 四郎", None)}
    for key, talent_id in talents.items():
        pay.save_payee(db, talent_id, WHO, **BANK)
        records.add_tour_day(db, programme_id, talent_id, DAY, WHO)
        records.add_work_day(db, programme_id, talent_id, SUPPORT_DAY, "support", WHO)
        records.add_expense(db, programme_id, talent_id, DAY, "air", 40_000, False, WHO, "羽田〜女満別")
        if key == "a":
            records.add_expense(db, programme_id, talent_id, DAY, "lodging", 25_000, True, WHO, "宿泊（事務局手配）")
    for region, line, amount in BUDGET:
        set_budget(db, programme_id, region, line, amount)
    ids = {key: approved(db, programme_id, talent_id) for key, talent_id in talents.items()}
    pay_in_run(db, programme_id, [ids["a"], ids["c"]], PAID, folder)
    fix = statements.adjust_statement(db, ids["a"], WHO, "航空券の金額の訂正")
    air = next(e for e in records.expenses(db, programme_id, talents["a"]) if e.category == "air")
    records.update_expense(db, air.id, WHO, air.day, air.category, 30_000, False, air.description)
    statements.compute_draft(db, programme_id, talents["a"], WHO)
    statements.approve_statement(db, fix, APPROVER)
    return Lifecycle(programme_id, talents, {**ids, "a_fix": fix})
