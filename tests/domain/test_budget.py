"""domain/budget.py: amounts as typed, lines by name, and the report over statements (drafts left out, a reclaim
counted negative in its month, a region with a budget and no statements listed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from colead_desktop.domain.budget import (BudgetLine, budget_line, budget_report, parse_amount,
                                          statement_spending)
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import (FY2021_PRESET, Activity, Expense, ExpenseCategory, HonorariumScope,
                                            PayeeInput, TaxStatus, WorkDay, compute_payment)
from colead_desktop.domain.statements import Adjustment, approve, mark_paid, put_in_run
from colead_desktop.domain.statement_status import StatementStatus


@pytest.mark.parametrize(("text", "yen"), [("1200000", 1_200_000), ("１，２００，０００", 1_200_000),
                                           ("¥30,000", 30_000), ("0", 0), ("５円", 5)])
def test_amounts_as_typed(text: str, yen: int) -> None:
    assert parse_amount(text, "北見", BudgetLine.TRAVEL) == yen


@pytest.mark.parametrize("text", ["-1", "1.5", "abc", "", "1e6", "2000000001", "=1+1"])
def test_bad_amounts_name_the_region_and_line(text: str) -> None:
    with pytest.raises(InputError, match="桑名の日当"):
        parse_amount(text, "桑名", BudgetLine.PER_DIEM)


def test_lines_by_name() -> None:
    assert budget_line(" Per_Diem ") is BudgetLine.PER_DIEM
    with pytest.raises(InputError, match="travel\\|per_diem\\|honorarium\\|venue\\|other"):
        budget_line("meals")


def test_the_report_leaves_drafts_out_and_lists_budgeted_regions_without_statements() -> None:
    drafts = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    approved = [approve(st, "経理", date(2022, 3, 2)) for st in drafts]
    paid = [mark_paid(put_in_run(st, date(2022, 3, 10)), date(2022, 3, 14)) for st in approved[:3]]
    report = budget_report({("十勝", BudgetLine.VENUE): 50_000}, ["十勝"], [*paid, *approved[3:6], *drafts[6:]])
    assert report.regions[0].region == "十勝" and report.regions[0].line(BudgetLine.VENUE).budget_yen == 50_000
    counted = [*paid, *approved[3:6]]
    assert report.total.total.approved_yen == sum(sum(statement_spending(st, {}).values()) for st in counted)
    assert report.total.total.paid_yen == sum(sum(statement_spending(st, {}).values()) for st in paid)
    assert [(m.month, m.paid_yen > 0, m.approved_unpaid_yen > 0) for m in report.months] == [
        (date(2022, 3, 1), True, True)]
    assert report.has_budget


def test_a_statement_without_a_budget_is_no_budget() -> None:
    [st] = demo_statements(demo_payees(PLACEHOLDER_TALENTS))[:1]
    report = budget_report({}, [], [replace(st, status=StatementStatus.APPROVED)])
    assert not report.has_budget and report.total.total.approved_yen == sum(statement_spending(st, {}).values())
    assert report.total.line(BudgetLine.OTHER).approved_yen is None


def test_a_tours_money_is_the_tours_regions_and_the_rest_the_payees() -> None:
    """A talent with no region (地域未設定) on a 十勝 tour: per diem, travel, lodging and honorarium of the tour days
    count for 十勝, their support day and its fare stay 地域未設定; the regions add up to the statements."""
    tour = (date(2027, 10, 5), date(2027, 10, 6), date(2027, 10, 7))
    payee = PayeeInput("7", "架空 太郎", TaxStatus.INDIVIDUAL, tour_days=tour,
                       work_days=(WorkDay(tour[1], Activity.TOUR), WorkDay(date(2027, 11, 10), Activity.SUPPORT)),
                       expenses=(Expense(tour[0], ExpenseCategory.AIR, 45_000, False),
                                 Expense(tour[0], ExpenseCategory.LODGING, 12_000, True),
                                 Expense(date(2027, 11, 10), ExpenseCategory.RAIL, 3_000, False)))
    policy = replace(FY2021_PRESET, honorarium_scope=HonorariumScope.ALL)
    [draft] = demo_statements(demo_payees(PLACEHOLDER_TALENTS))[:1]
    first = approve(replace(draft, result=compute_payment(payee, policy)), "経理", date(2027, 12, 1))
    fewer = replace(payee, tour_days=tour[:2])  # a correction: the last tour day was not attended
    correction = approve(replace(draft, statement_no="DEMO-0002", result=compute_payment(fewer, policy),
                                 adjustment=Adjustment(first.statement_no, first.result, "欠席")),
                         "経理", date(2027, 12, 2))
    tokachi = {"7": dict.fromkeys(tour, "十勝")}
    report = budget_report({}, ["十勝", "北見"], [first], tokachi)
    spent = {row.region: {line.value: f.approved_yen for line, f in row.lines if line.recorded}
             for row in report.regions}
    assert spent == {"十勝": {"travel": 57_000, "per_diem": 30_000, "honorarium": 30_000},
                     "北見": {"travel": 0, "per_diem": 0, "honorarium": 0},
                     "": {"travel": 3_000, "per_diem": 0, "honorarium": 30_000}}
    assert report.total.total.approved_yen == first.result.gross_yen + 12_000  # plus the lodging paid directly
    both = budget_report({}, ["十勝"], [first, correction], tokachi)
    assert both.regions[0].line(BudgetLine.PER_DIEM).approved_yen == 20_000
    assert both.total.total.approved_yen == correction.result.gross_yen + 12_000
    assert sum(row.total.approved_yen or 0 for row in both.regions) == both.total.total.approved_yen
