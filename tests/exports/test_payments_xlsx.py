"""Payments workbook and 支払調書 list: reopened with openpyxl and recomputed by LibreOffice."""

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.statements import approve, mark_paid, put_in_run
from colead_desktop.exports.payments_xlsx import write_payments_workbook
from colead_desktop.exports.shiharai_chosho_xlsx import chosho_rows, write_chosho_workbook

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
    assert wb.sheetnames == ["集計", "明細", "地域_kitami", "地域_kuwana", "地域_okinawa"]
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
        cell = summary.cell(row, 3)
        assert cell.value == name and cell.data_type == "s"
    lines = sum(len(st.result.lines) for st in statements)
    assert ledger.max_row == lines + 2
    paid_col = [c.value for c in ledger[1]].index("支給額") + 1
    assert sum(ledger.cell(r, paid_col).value for r in range(2, lines + 2)) == sum(
        st.result.gross_yen for st in statements)
    assert wb["地域_kuwana"].max_row == 5 + 2


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed")
def test_libreoffice_computes_the_same_totals(statements, tmp_path: Path) -> None:
    src = write_payments_workbook(statements, tmp_path / "src" / "p.xlsx")
    out = tmp_path / "out"
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)
    wb = load_workbook(out / "p.xlsx", data_only=True)
    summary = wb["集計"]
    headers = [c.value for c in summary[1]]
    last = summary.max_row
    for header, attr in (("支払総額", "gross_yen"), ("源泉徴収税額", "withholding_yen"),
                         ("差引支払額", "net_yen"), ("謝金日数", "honorarium_days"),
                         ("事務局直接支払", "paid_directly_yen")):
        col = headers.index(header) + 1
        assert summary.cell(last, col).value == sum(getattr(st.result, attr) for st in statements)
    for row, name in enumerate(EVIL, start=2):
        assert summary.cell(row, 3).value == name  # still literal text, not evaluated
    ledger = wb["明細"]
    paid_col = [c.value for c in ledger[1]].index("支給額") + 1
    assert ledger.cell(ledger.max_row, paid_col).value == sum(st.result.gross_yen for st in statements)
    region = wb["地域_okinawa"]
    col = headers.index("支払総額") + 1
    assert region.cell(region.max_row, col).value == sum(
        st.result.gross_yen for st in statements if st.result.region == "okinawa")


def test_shiharai_chosho(statements, tmp_path: Path) -> None:
    paid = [mark_paid(put_in_run(approve(st, "経理", date(2022, 3, 2)), date(2022, 3, 10)), date(2022, 3, 10))
            for st in statements]
    small = replace(paid[0], result=replace(paid[0].result, gross_yen=50_000, withholding_yen=5_105))
    rows = chosho_rows([small] + paid[1:] + [replace(paid[1], paid_on=date(2021, 12, 28))], 2022)
    assert [r.payee_id for r in rows] == [f"t{i:02d}" for i in range(2, 17)]  # ¥50,000 is not "over"
    assert rows[0].paid_yen == paid[1].result.gross_yen and rows[0].payments == 1
    assert chosho_rows(statements, 2022) == []  # drafts are not payments
    path = write_chosho_workbook(paid, 2022, "事務局", tmp_path / "c.xlsx")
    ws = load_workbook(path).active
    assert ws.cell(ws.max_row, 7).value == f"=SUM(G3:G{ws.max_row - 1})"
    assert sum(ws.cell(r, 7).value for r in range(3, ws.max_row)) == sum(
        st.result.gross_yen for st in paid)
    exempt = [ws.cell(r, 8).value for r in range(3, ws.max_row) if "源泉徴収なし" in (ws.cell(r, 9).value or "")]
    assert exempt == [0, 0]
