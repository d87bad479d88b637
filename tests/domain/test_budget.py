"""domain/budget.py: amounts as typed, lines by name, and the report over statements (drafts left out, a reclaim
counted negative in its month, a region with a budget and no statements listed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from colead_desktop.domain.budget import BudgetLine, budget_line, budget_report, parse_amount, statement_lines
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.statements import approve, mark_paid, put_in_run
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
    assert report.total.total.approved_yen == sum(sum(statement_lines(st).values()) for st in counted)
    assert report.total.total.paid_yen == sum(sum(statement_lines(st).values()) for st in paid)
    assert [(m.month, m.paid_yen > 0, m.approved_unpaid_yen > 0) for m in report.months] == [
        (date(2022, 3, 1), True, True)]
    assert report.has_budget


def test_a_statement_without_a_budget_is_no_budget() -> None:
    [st] = demo_statements(demo_payees(PLACEHOLDER_TALENTS))[:1]
    report = budget_report({}, [], [replace(st, status=StatementStatus.APPROVED)])
    assert not report.has_budget and report.total.total.approved_yen == sum(statement_lines(st).values())
    assert report.total.line(BudgetLine.OTHER).approved_yen is None
