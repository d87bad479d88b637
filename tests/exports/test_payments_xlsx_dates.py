"""The payments workbook shows the dates a person reads as its statements print them: 和暦 with the ISO date beside it
in Japanese (令和3年11月16日（2021-11-16）), the Gregorian date in English. Date columns stay real date cells (sorting
and filtering work), shown so by their number format; LibreOffice, converting the workbook to PDF, prints them so."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.i18n import output_language
from colead_desktop.exports.payments_xlsx import write_payments_workbook


def _workbook(tmp_path: Path, lang: str) -> Path:
    with output_language(lang):  # type: ignore[arg-type]
        return write_payments_workbook(demo_statements(demo_payees(PLACEHOLDER_TALENTS)), tmp_path / f"{lang}.xlsx")


def _column(ws, header: str) -> int:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[1]].index(header) + 1


def test_japanese_date_cells_are_dates_shown_in_the_era_with_the_iso_date(tmp_path: Path) -> None:
    wb = load_workbook(_workbook(tmp_path, "ja"))
    summary, ledger = wb["集計"], wb["明細"]
    transfer = summary.cell(2, _column(summary, "振込予定日"))
    day = ledger.cell(2, _column(ledger, "日付"))
    for cell in (transfer, day):
        assert isinstance(cell.value, datetime)  # a date cell: sorts as a date
        assert cell.number_format == '[$-411]ggge"年"m"月"d"日"（yyyy-mm-dd）'
    assert ledger.cell(2, _column(ledger, "全日付")).value == "令和3年11月16日（2021-11-16）"


def test_english_date_cells_are_gregorian(tmp_path: Path) -> None:
    wb = load_workbook(_workbook(tmp_path, "en"))
    ledger = wb["Ledger"]
    assert ledger.cell(2, _column(ledger, "Date")).number_format == "d mmm yyyy"
    assert ledger.cell(2, _column(ledger, "All dates")).value == "16 Nov 2021"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_prints_the_era_date_beside_the_iso_date(tmp_path: Path) -> None:
    src = _workbook(tmp_path, "ja")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "out"), str(src)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "out" / "ja.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "令和4年3月10日（2022-03-10）" in text  # the demo's transfer date, a date cell
    assert "2022-03-10 " not in text.replace("（2022-03-10）", "")  # no bare ISO date left


def test_the_budget_sheets_months_are_date_cells_shown_as_the_era_month_or_the_month(tmp_path: Path) -> None:
    """A month of 予算と実績 is the date of its first day, shown 令和4年3月（2022-03） (Mar 2022 in English): it sorts as a
    date and reads as the statements' dates do. The demo's statements, approved, are counted in March 2022."""
    from datetime import date

    from colead_desktop.domain.statements import approve

    approved = [approve(st, "経理", date(2022, 3, 2)) for st in demo_statements(demo_payees(PLACEHOLDER_TALENTS))]
    shown = {}
    for lang, sheet in (("ja", "予算と実績"), ("en", "Budget and actuals")):
        with output_language(lang):  # type: ignore[arg-type]
            ws = load_workbook(write_payments_workbook(approved, tmp_path / f"budget-{lang}.xlsx"))[sheet]
        months = [row[0] for row in ws.iter_rows() if isinstance(row[0].value, datetime)]
        assert [cell.value for cell in months] == [datetime(2022, 3, 1)]
        unpaid, paid, total = (months[0].offset(0, k).value for k in (1, 2, 3))
        assert total == unpaid + paid > 0  # the month's row: approved and unpaid, paid, their total
        shown[lang] = months[0].number_format
    assert shown == {"ja": '[$-411]ggge"年"m"月"（yyyy-mm）', "en": "mmm yyyy"}
