"""予算と実績 on a programme made for the test, through its life (issue 18 item 9): the budget set with the CLI's
service, statements approved, a run paid, a correction approved after it. The report, `colead budget show`, the
payments workbook's 予算と実績 sheet and the statements themselves agree to the yen, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from dataclasses import replace
from typing import Any

import pytest
from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain.budget import BudgetLine, BudgetReport, Figures, region_label, report_json
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Member, Role
from colead_desktop.domain.statement_totals import moved
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.tour_templates import blank_tour
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import tours
from colead_desktop.services.budget import budget_cells, programme_report, save_budget, set_budget
from colead_desktop.services.payments import export_payments_workbook
from tests.cli.run import colead
from tests.services.budget_fixtures import BUDGET, DAY, PAID, Lifecycle, fresh_lifecycle
from tests.services.payments_fixtures import APPROVER, WHO


@pytest.fixture
def life(any_db: Database, tmp_path: Path) -> Lifecycle:
    return fresh_lifecycle(any_db, tmp_path / "runs")


def _by_cell(report: BudgetReport) -> dict[tuple[str, BudgetLine], tuple[int | None, int | None, int | None]]:
    return {(row.region, line): (f.budget_yen, f.approved_yen, f.paid_yen)
            for row in report.regions for line, f in row.lines}


def test_the_report_follows_the_statements_and_counts_a_correction_once(any_db: Database, life: Lifecycle) -> None:
    report = programme_report(any_db, life.programme_id)
    cells = _by_cell(report)
    # 北見: a's air ¥40,000 paid, then corrected to ¥30,000 (approved, not paid); ¥25,000 lodging the secretariat
    # paid is travel too; b's ¥40,000 approved. Per diem ¥10,000 and a support day's honorarium ¥30,000 each.
    assert cells["北見", BudgetLine.TRAVEL] == (200_000, 30_000 + 25_000 + 40_000, 40_000 + 25_000)
    assert cells["北見", BudgetLine.PER_DIEM] == (50_000, 20_000, 10_000)
    assert cells["北見", BudgetLine.HONORARIUM] == (100_000, 60_000, 30_000)
    assert cells["北見", BudgetLine.VENUE] == (80_000, None, None)  # no record holds venue costs: unknown, not 0
    assert cells["桑名", BudgetLine.TRAVEL] == (100_000, 40_000, 40_000)
    assert cells["桑名", BudgetLine.OTHER] == (30_000, None, None)
    assert cells["", BudgetLine.TRAVEL] == (None, 40_000, 0)  # d has no region: listed after the programme's
    assert [row.region for row in report.regions] == ["北見", "桑名", ""]
    assert report.total.total.budget_yen == sum(amount for _r, _l, amount in BUDGET)

    issued = statements.issued_statements(any_db, life.programme_id)
    assert len(issued) == 5 and sum(st.adjustment is not None for st in issued) == 1
    spent = sum(st.payment.gross_yen + moved(st, lambda r: r.paid_directly_yen) for st in issued)
    assert report.total.total.approved_yen == spent
    paid = [st for st in issued if st.status is StatementStatus.PAID]
    assert report.total.total.paid_yen == sum(st.payment.gross_yen + st.result.paid_directly_yen for st in paid)
    by_month = {m.month: m for m in report.months}
    assert by_month[PAID.replace(day=1)].paid_yen == report.total.total.paid_yen
    assert sum(m.paid_yen + m.approved_unpaid_yen for m in report.months) == spent


def _sheet(path: Path) -> dict[tuple[str, str], tuple[Any, Any, Any]]:
    rows = list(load_workbook(path, read_only=True)["予算と実績"].iter_rows(values_only=True))
    assert rows[0][:5] == ("地域", "費目", "予算", "承認済（支払済を含む）", "支払済")
    cells = {}
    for row in rows[1:]:
        if not row or row[0] is None:
            break  # the months follow a blank row
        cells[str(row[0]), str(row[1])] = (row[2], row[3], row[4])
    return cells


def test_cli_sheet_and_report_agree_to_the_yen(any_db: Database, life: Lifecycle, tmp_path: Path) -> None:
    report = programme_report(any_db, life.programme_id)
    shown = colead("--db", any_db.url, "--programme", str(life.programme_id), "budget", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == json.loads(json.dumps(report_json(report)))

    sheet = _sheet(export_payments_workbook(any_db, life.programme_id, tmp_path / "payments.xlsx"))
    for row in (*report.regions, report.total):
        name = region_label(row.region) if row is not report.total else "合計"
        for line, f in row.lines:
            expected = ("未設定" if f.budget_yen is None else f.budget_yen,
                        "記録なし" if f.approved_yen is None else f.approved_yen,
                        "記録なし" if f.paid_yen is None else f.paid_yen)
            assert sheet[name, line.label] == expected, (name, line)
        assert sheet[name, "計"] == (row.total.budget_yen or "未設定", row.total.approved_yen, row.total.paid_yen)


def test_a_second_correction_and_a_new_budget_move_every_reader(any_db: Database, life: Lifecycle) -> None:
    before = programme_report(any_db, life.programme_id)
    set_budget(any_db, life.programme_id, "桑名", BudgetLine.TRAVEL, 150_000)
    fix = statements.adjust_statement(any_db, life.statements["c"], "経理 花子", "住所の誤記")  # no money moves
    statements.approve_statement(any_db, fix, "経理 次郎")
    after = programme_report(any_db, life.programme_id)
    assert before.regions[1].line(BudgetLine.TRAVEL) == Figures(100_000, 40_000, 40_000)
    assert after.regions[1].line(BudgetLine.TRAVEL) == Figures(150_000, 40_000, 40_000)
    assert after.total.total.approved_yen == before.total.total.approved_yen


def test_bad_amounts_and_a_stale_editor_write_nothing(any_db: Database, life: Lifecycle) -> None:
    cells = budget_cells(any_db, life.programme_id)
    kitami, kuwana = (region_id for region_id, _name in cells.regions)
    with pytest.raises(InputError, match="北見の旅費"):
        save_budget(any_db, life.programme_id, cells.amounts,
                    {**cells.amounts, (kuwana, BudgetLine.VENUE): 5, (kitami, BudgetLine.TRAVEL): -1})
    assert budget_cells(any_db, life.programme_id) == cells  # the valid cell beside it was not written either
    set_budget(any_db, life.programme_id, "北見", BudgetLine.TRAVEL, 210_000)  # someone else, meanwhile
    with pytest.raises(InputError, match="他の人が変更しました"):
        save_budget(any_db, life.programme_id, cells.amounts, {**cells.amounts, (kitami, BudgetLine.TRAVEL): 1})
    with pytest.raises(InputError, match="沖縄"):
        set_budget(any_db, life.programme_id, "沖縄", BudgetLine.TRAVEL, 1)
    assert budget_cells(any_db, life.programme_id).amounts[kitami, BudgetLine.TRAVEL] == 210_000
    save_budget(any_db, life.programme_id, {(kitami, BudgetLine.TRAVEL): 210_000}, {})  # cleared: no budget
    assert programme_report(any_db, life.programme_id).regions[0].line(BudgetLine.TRAVEL).budget_yen is None


def test_a_tours_money_counts_for_the_tours_region_and_the_correction_follows(any_db: Database,
                                                                              life: Lifecycle) -> None:
    """d has no region but went on a 桑名 tour (listed in its party): the tour day's per diem and air fare are
    桑名's, d's support day's honorarium stays 地域未設定, and the regions still add up to the statements."""
    d = life.talents["d"]
    party = (Member(f"talent-{d}", "架空 四郎", Role.TALENT),)
    tours.save_tour(any_db, life.programme_id, replace(blank_tour("桑名", DAY, 2), members=party))
    cells = _by_cell(programme_report(any_db, life.programme_id))
    assert cells["桑名", BudgetLine.TRAVEL] == (100_000, 40_000 + 40_000, 40_000)
    assert cells["桑名", BudgetLine.PER_DIEM] == (None, 10_000 + 10_000, 10_000)
    assert (cells["", BudgetLine.TRAVEL], cells["", BudgetLine.PER_DIEM], cells["", BudgetLine.HONORARIUM]) == (
        (None, 0, 0), (None, 0, 0), (None, 30_000, 0))
    # a correction of d's statement (the fare was ¥25,000): 桑名 counts the difference
    fix = statements.adjust_statement(any_db, life.statements["d"], WHO, "航空券の金額の訂正")
    air = next(e for e in records.expenses(any_db, life.programme_id, d) if e.category == "air")
    records.update_expense(any_db, air.id, WHO, air.day, air.category, 25_000, False, air.description)
    statements.compute_draft(any_db, life.programme_id, d, WHO)
    statements.approve_statement(any_db, fix, APPROVER)
    report = programme_report(any_db, life.programme_id)
    assert _by_cell(report)["桑名", BudgetLine.TRAVEL] == (100_000, 40_000 + 25_000, 40_000)
    issued = statements.issued_statements(any_db, life.programme_id)
    spent = sum(st.payment.gross_yen + moved(st, lambda r: r.paid_directly_yen) for st in issued)
    assert sum(row.total.approved_yen or 0 for row in report.regions) == report.total.total.approved_yen == spent
