"""Payments workbook and 支払調書 list: reopened with openpyxl and recomputed by LibreOffice."""

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.domain.normalise import canonical_address
from colead_desktop.domain.budget import BudgetLine, budget_report
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.payments import FY2021_PRESET, LineCategory, compute_payment
from colead_desktop.domain.statements import (Statement, adjusting_statement, approve, mark_paid, mark_refunded,
                                             put_in_run)
from colead_desktop.domain.withholding_monthly import monthly_withholding
from colead_desktop.exports.payments_xlsx import write_payments_workbook
from colead_desktop.exports.shiharai_chosho_xlsx import chosho_rows, write_chosho_workbook
from colead_desktop.exports.withholding_monthly_xlsx import write_withholding_monthly

EVIL = ("=HYPERLINK(\"http://evil\",\"x\")", "+81 3", "-1", "@SUM(A1)")


@pytest.fixture
def statements():
    sts = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    for i, name in enumerate(EVIL):
        sts[i] = replace(sts[i], result=replace(sts[i].result, name=name))
    return sts


def test_workbook_structure_and_totals(statements, tmp_path: Path) -> None:
    path = write_payments_workbook(statements, tmp_path / "p.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["集計", "明細", "予算と実績", "地域_kitami", "地域_kuwana", "地域_okinawa"]
    summary, ledger = wb["集計"], wb["明細"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    headers = [c.value for c in summary[1]]
    gross_col = headers.index("支払総額") + 1
    total_row = summary.max_row
    assert summary.cell(total_row, 1).value == "合計"
    letter = summary.cell(1, gross_col).column_letter
    assert summary.cell(total_row, gross_col).value == f"=SUM({letter}2:{letter}17)"
    assert summary.cell(2, gross_col).number_format == "#,##0"
    assert sum(summary.cell(r, gross_col).value for r in range(2, 18)) == sum(
        st.result.gross_yen for st in statements)
    for row, name in enumerate(EVIL, start=2):
        cell = summary.cell(row, headers.index("氏名") + 1)
        assert cell.value == name and cell.data_type == "s"
    lines = sum(len(st.result.lines) for st in statements)
    assert ledger.max_row == lines + 2
    paid_col = [c.value for c in ledger[1]].index("支給額") + 1
    assert sum(ledger.cell(r, paid_col).value for r in range(2, lines + 2)) == sum(
        st.result.gross_yen for st in statements)
    assert wb["地域_kuwana"].max_row == 5 + 2


def _paid_on(st: Statement, day: date) -> Statement:
    return mark_paid(put_in_run(approve(st, "経理", date(2022, 3, 2)), day), day)


def _with_corrections(statements: list[Statement]) -> list[Statement]:
    """The statements paid, then two corrected: one reclaims ¥10,000 of travel, one changes nothing."""
    paid = [_paid_on(st, date(2022, 3, 10)) for st in statements]
    demo = demo_payees(PLACEHOLDER_TALENTS)[2]
    assert demo.payee.payee_id == paid[2].result.payee_id
    cash = max((e for e in demo.payee.expenses if not e.paid_directly), key=lambda e: e.amount_yen)
    fewer = tuple(replace(e, amount_yen=e.amount_yen - 10_000) if e is cash else e for e in demo.payee.expenses)
    less = compute_payment(replace(demo.payee, expenses=fewer), FY2021_PRESET, demo.fee_yen)
    assert paid[2].result.withholding_yen - less.withholding_yen == 1_021  # 10.21% of ¥10,000
    corrections = [adjusting_statement(paid[2], less, "ADJ-1", "旅費の訂正", date(2022, 3, 20), date(2022, 3, 25)),
                   adjusting_statement(paid[3], paid[3].result, "ADJ-2", "住所の訂正", date(2022, 3, 20),
                                       date(2022, 3, 25))]
    return paid + corrections


def test_a_refunded_reclaim_says_so(statements, tmp_path: Path) -> None:
    *_, reclaim, _unchanged = _with_corrections(statements)
    refunded = mark_refunded(approve(reclaim, "経理 次郎", date(2022, 3, 21)), date(2022, 4, 5), today=date(2022, 4, 5))
    summary = load_workbook(write_payments_workbook([refunded], tmp_path / "r.xlsx"))["集計"]
    row = {h.value: summary.cell(2, i + 1).value for i, h in enumerate(summary[1])}
    assert (row["状態"], row["振込金額"], row["返金請求額"], row["振込予定日"]) == ("返金済", 0, 8_979, None)


def test_a_correction_adds_its_difference_once(statements, tmp_path: Path) -> None:
    everything = _with_corrections(statements)
    wb = load_workbook(write_payments_workbook(everything, tmp_path / "p.xlsx"))
    summary = wb["集計"]
    headers = [c.value for c in summary[1]]
    column = {h: [summary.cell(r, headers.index(h) + 1).value for r in range(2, summary.max_row)] for h in headers}
    assert column["種別"][-2:] == ["訂正（返金請求）", "訂正"]
    assert column["旅費（支給）"][-2:] == [-10_000, 0] and column["支払総額"][-1] == 0
    assert sum(column["支払総額"]) == sum(st.result.gross_yen for st in statements) - 10_000
    assert sum(column["源泉徴収税額"]) == sum(st.result.withholding_yen for st in statements) - 1_021
    assert column["振込金額"][-2:] == [0, 0] and column["返金請求額"][-2] == 8_979 and column["振込手数料"][-2] == 0
    assert column["振込予定日"][-2] is None and column["状態"][-2] == "下書き"  # a reclaim is never transferred
    ledger = wb["明細"]
    paid = [ledger.cell(r, [c.value for c in ledger[1]].index("支給額") + 1).value for r in range(2, ledger.max_row)]
    assert sum(paid) == sum(column["支払総額"])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed")
def test_libreoffice_computes_the_same_totals(statements, tmp_path: Path) -> None:
    statements = _with_corrections(statements)
    src = write_payments_workbook(statements, tmp_path / "src" / "p.xlsx")
    out = tmp_path / "out"
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)
    wb = load_workbook(out / "p.xlsx", data_only=True)
    summary = wb["集計"]
    headers = [c.value for c in summary[1]]
    last = summary.max_row
    for header, attr in (("支払総額", "gross_yen"), ("源泉徴収税額", "withholding_yen"), ("差引支払額", "net_yen"),
                         ("振込手数料", "fee_yen")):
        col = headers.index(header) + 1
        assert summary.cell(last, col).value == sum(getattr(st.payment, attr) for st in statements)
    originals = statements[:-2]  # the corrections change no day and no directly paid amount
    for header, attr in (("謝金日数", "honorarium_days"), ("事務局直接支払", "paid_directly_yen")):
        col = headers.index(header) + 1
        assert summary.cell(last, col).value == sum(getattr(st.result, attr) for st in originals)
    for row, name in enumerate(EVIL, start=2):
        assert summary.cell(row, headers.index("氏名") + 1).value == name  # still literal text, not evaluated
    ledger = wb["明細"]
    paid_col = [c.value for c in ledger[1]].index("支給額") + 1
    assert ledger.cell(ledger.max_row, paid_col).value == sum(st.payment.gross_yen for st in statements)
    region = wb["地域_okinawa"]
    col = headers.index("支払総額") + 1
    assert region.cell(region.max_row, col).value == sum(
        st.result.gross_yen for st in statements if st.result.region == "okinawa")


def test_shiharai_chosho(statements, tmp_path: Path) -> None:
    paid = [_paid_on(st, date(2022, 3, 10))
            for st in statements]
    small = replace(paid[0], result=replace(paid[0].result, gross_yen=50_000, withholding_yen=5_105))
    rows = chosho_rows([small] + paid[1:] + [replace(paid[1], paid_on=date(2021, 12, 28))], 2022)
    # ¥50,000 is not "over"; t10 and t11 are paid to their employers: listed last, under the company
    people = [f"t{i:02d}" for i in range(2, 17) if i not in (10, 11)]
    assert [r.payee_id for r in rows] == [*people, "", ""]
    companies = {st.employer.name: st for st in paid if st.employer}
    assert [r.name for r in rows[-2:]] == sorted(companies)
    for row in rows[-2:]:
        # printed as stored today (pay15): the demo's employer addresses were stored with full-width brackets
        assert row.address == canonical_address(companies[row.name].employer.address) and row.withheld_yen == 0
    assert rows[0].paid_yen == paid[1].result.gross_yen and rows[0].payments == 1
    assert chosho_rows(statements, 2022) == []  # drafts are not payments
    path = write_chosho_workbook(paid, 2022, "事務局", tmp_path / "c.xlsx")
    ws = load_workbook(path).active
    assert ws.cell(ws.max_row, 7).value == f"=SUM(G3:G{ws.max_row - 1})"
    assert sum(ws.cell(r, 7).value for r in range(3, ws.max_row)) == sum(
        st.result.gross_yen for st in paid)
    exempt = [ws.cell(r, 8).value for r in range(3, ws.max_row) if "源泉徴収なし" in (ws.cell(r, 9).value or "")]
    assert exempt == [0, 0]
    shown = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    for st in paid:
        assert (st.result.name in shown) == (st.employer is None), st.result.name  # never the individual

def test_chosho_lists_payee_ids_in_number_order(statements) -> None:
    paid = [_paid_on(st, date(2022, 3, 10)) for st in statements[:4]]
    ids = ["10", "2", "t10", "t2"]
    renamed = [replace(st, result=replace(st.result, payee_id=i)) for st, i in zip(paid, ids, strict=True)]
    assert [r.payee_id for r in chosho_rows(renamed, 2022)] == ["2", "10", "t2", "t10"]


def test_every_sheet_prints_a4_landscape_one_page_wide_with_its_header(statements, tmp_path: Path) -> None:
    paid = [_paid_on(st, date(2022, 3, 10)) for st in statements]
    books = {1: load_workbook(write_payments_workbook(statements, tmp_path / "p.xlsx")),
             2: load_workbook(write_chosho_workbook(paid, 2022, "事務局", tmp_path / "c.xlsx"))}
    for header_rows, wb in books.items():
        for ws in wb.worksheets:
            assert (int(ws.page_setup.paperSize), ws.page_setup.orientation) == (9, "landscape"), ws.title  # 9: A4
            assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
            assert ws.page_setup.fitToHeight == 0 and ws.print_title_rows == f"$1:${header_rows}"


def test_ledger_shows_category_labels_not_codes(statements, tmp_path: Path) -> None:
    ledger = load_workbook(write_payments_workbook(statements, tmp_path / "p.xlsx"))["明細"]
    column = [c.value for c in ledger[1]].index("区分") + 1
    shown = {ledger.cell(r, column).value for r in range(2, ledger.max_row)}
    assert "日当" in shown and not shown & {c.value for c in LineCategory}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed")
def test_libreoffice_recalculates_the_tax_workbooks_even_when_empty(statements, tmp_path: Path) -> None:
    paid = [_paid_on(st, date(2022, 3 + i % 2, 10)) for i, st in enumerate(statements)]
    months = monthly_withholding(paid)
    sources = [write_payments_workbook([], tmp_path / "src" / "p.xlsx"),
               write_chosho_workbook([], 2030, "事務局", tmp_path / "src" / "c.xlsx"),
               write_withholding_monthly([], "事務局", tmp_path / "src" / "w0.xlsx"),
               write_withholding_monthly(months, "事務局", tmp_path / "src" / "w.xlsx")]
    out = tmp_path / "out"
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), *map(str, sources)],
                   check=True, capture_output=True, timeout=180)
    for name in ("p.xlsx", "c.xlsx", "w0.xlsx", "w.xlsx"):  # an error such as Err:522 (a circular range) reads back as a string
        values = [c.value for ws in load_workbook(out / name, data_only=True).worksheets for row in ws for c in row]
        assert not [v for v in values if isinstance(v, str) and v.startswith(("Err:", "#"))], name
    chosho = load_workbook(out / "c.xlsx", data_only=True).active
    assert [chosho.cell(chosho.max_row, c).value for c in (7, 8)] == [0, 0]
    assert "該当なし" in chosho.cell(3, 2).value
    monthly = load_workbook(out / "w.xlsx", data_only=True).active
    assert [monthly.cell(r, 1).value for r in range(3, monthly.max_row)] == ["2022-03", "2022-04"]
    assert [monthly.cell(monthly.max_row, c).value for c in (4, 5)] == [
        sum(m.paid_yen for m in months), sum(st.result.withholding_yen for st in paid)]


def test_budget_sheet_keeps_a_hostile_region_name_literal_and_says_what_is_unknown(statements, tmp_path: Path) -> None:
    approved = [approve(st, "経理", date(2022, 3, 2)) for st in statements]
    region = approved[0].result.region
    report = budget_report({("=HYPERLINK(\"http://evil\",\"x\")", BudgetLine.VENUE): 1_000,
                            (region, BudgetLine.TRAVEL): 5}, [region], approved)
    sheet = load_workbook(write_payments_workbook(approved, tmp_path / "p.xlsx", report))["予算と実績"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    evil = [r for r in rows if r[0] == "=HYPERLINK(\"http://evil\",\"x\")"]
    assert len(evil) == 6 and sheet.cell(rows.index(evil[0]) + 1, 1).data_type == "s"  # text, not a formula
    assert evil[3][1:5] == ["会場費", 1_000, "記録なし", "記録なし"]
    travel = next(r for r in rows if r[0] == region and r[1] == "旅費")
    assert travel[2] == 5 and travel[5] == 5 - travel[3] < 0  # over budget: a negative remainder, said as it is


def test_the_summary_gives_each_settled_statement_its_day(statements, tmp_path: Path) -> None:
    """支払日: the bank's date of a paid statement, the day a refund arrived, none while unpaid; the figures by month
    count statements by it, so each row shows the day it is counted on."""
    paid = mark_paid(put_in_run(approve(statements[0], "経理", date(2022, 3, 2)), date(2022, 3, 10)), date(2022, 3, 11),
                     today=date(2022, 3, 11))
    *_, reclaim, _unchanged = _with_corrections(statements)
    refunded = mark_refunded(approve(reclaim, "経理 次郎", date(2022, 3, 21)), date(2022, 4, 5), today=date(2022, 4, 5))
    waiting = approve(statements[1], "経理", date(2022, 3, 2))
    summary = load_workbook(write_payments_workbook([paid, refunded, waiting], tmp_path / "d.xlsx"))["集計"]
    headers = [c.value for c in summary[1]]
    day = [summary.cell(r, headers.index("支払日") + 1).value for r in (2, 3, 4)]
    assert [d.date() if d else None for d in day] == [date(2022, 3, 11), date(2022, 4, 5), None]
