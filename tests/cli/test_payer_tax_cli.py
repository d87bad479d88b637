"""`colead payments chosho / withholding` (JSON) and `colead export chosho / withholding-monthly` (workbooks) read
one rule: the payer's programmes across fiscal years (accountant's review 12), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements

from tests.cli.run import colead
from tests.services.payments_fixtures import WHO, joined_run
from tests.services.test_payer_tax_documents import two_years_paid_in_december

DAY = date(2022, 3, 10)


def _ok(*args: str) -> str:
    done = colead(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_json_and_workbooks_agree_for_either_programme(any_db: Database, tmp_path: Path) -> None:
    first, second, talent, _ = two_years_paid_in_december(any_db, tmp_path / "runs")
    url = str(any_db.url)
    for chosen in (first, second):
        base = ("--db", url, "--programme", str(chosen))
        chosho = json.loads(_ok(*base, "payments", "chosho", "--year", "2026", "--json"))
        assert [p["id"] for p in chosho["programmes"]] == [first, second]
        assert [(r["payee_id"], r["payments"], r["paid_yen"], r["withheld_yen"]) for r in chosho["rows"]] == [
            (str(talent), 2, 52_345, 5_344)]
        _ok(*base, "export", "chosho", "--year", "2026", "--out", str(tmp_path / "c.xlsx"))
        sheet = load_workbook(tmp_path / "c.xlsx").active
        assert [r[5:8] for r in sheet.iter_rows(min_row=3, max_row=sheet.max_row - 1, values_only=True)] == [
            (2, 52_345, 5_344)]
        months = json.loads(_ok(*base, "payments", "withholding"))["months"]
        assert [(m["month"], m["people"], m["paid_yen"], m["withheld_yen"]) for m in months] == [
            ("2026-12", 1, 52_345, 5_344)]
        _ok(*base, "export", "withholding-monthly", "--out", str(tmp_path / "w.xlsx"))
        monthly = load_workbook(tmp_path / "w.xlsx").active
        assert [r[2:5] for r in monthly.iter_rows(min_row=3, max_row=3, values_only=True)] == [(1, 52_345, 5_344)]


def test_a_statement_and_its_correction_paid_in_one_transfer_count_as_one_payment(db: Database,
                                                                                  tmp_path: Path) -> None:
    """支払回数 in the JSON and the workbook alike: the run paid the statement and its correction as one transfer,
    one payment for the withholding, so one payment on the 調書 (accountant's review 19)."""
    joined = joined_run(db)
    outcome = runs.create_run(db, joined.programme_id, DAY, tmp_path / "run.txt", WHO, exclude=[
        statements.statement(db, joined.alone).statement_no], today=DAY)
    runs.mark_paid(db, joined.programme_id, WHO, DAY, run_id=outcome.run_id, today=DAY)
    base = ("--db", str(db.url), "--programme", str(joined.programme_id))
    chosho = json.loads(_ok(*base, "payments", "chosho", "--year", "2022", "--json"))
    assert [(r["payments"], r["paid_yen"]) for r in chosho["rows"]] == [(1, 60_000)]
    _ok(*base, "export", "chosho", "--year", "2022", "--out", str(tmp_path / "c.xlsx"))
    sheet = load_workbook(tmp_path / "c.xlsx").active
    assert [r[5:7] for r in sheet.iter_rows(min_row=3, max_row=sheet.max_row - 1, values_only=True)] == [
        (1, 60_000)]
