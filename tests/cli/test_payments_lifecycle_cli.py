"""The accountant's weeks through the CLI, on SQLite and PostgreSQL (issue 14): the demo paid in a first run, one
statement corrected upwards and one into a reclaim, a second run that leaves the reclaim out, paid on the bank's
date. The Zengin files parsed field by field, the workbook (recalculated by LibreOffice), the 支払調書 and the
monthly withholding summary all agree with the statements list."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.zengin import parse_file

from tests.cli.run import colead
from tests.cli.test_payments_cli import statements, transfer_day

CLERK, APPROVER = "経理 花子", "経理 次郎"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        url = str(request.getfixturevalue("postgres").fresh_database())
        ok("--db", url, "demo")
        return url
    return str(request.getfixturevalue("demo_url"))


def ok(*args: str) -> Any:
    done = colead(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else None


def records_file(url: str, original: dict[str, Any], folder: Path, change: str) -> Path:
    """The records statement `original` pays, as `payments records` prints them, changed: 'more' adds a ¥10,000
    taxi fare, 'less' takes ¥10,000 off the largest cash expense."""
    document = ok("--db", url, "payments", "records", str(original["talent_id"]), "--statement", original["no"],
                  "--json")
    expenses = document["expenses"]
    if change == "more":
        expenses.append({"date": document["tour_days"][0], "category": "taxi", "amount_yen": 10_000,
                         "paid_directly": False})
    else:
        largest = max((e for e in expenses if not e["paid_directly"]), key=lambda e: e["amount_yen"])
        largest["amount_yen"] -= 10_000
    path = folder / f"records_{original['no']}.json"
    path.write_text(json.dumps(document), "utf-8")
    return path


@pytest.mark.usefixtures("bank_confirms_later")
def test_demo_correction_second_run_and_paid(url: str, tmp_path: Path) -> None:
    first_day = transfer_day()
    run1 = ok("--db", url, "payments", "run", "--transfer-date", first_day.isoformat(), "--out",
              str(tmp_path / "z1.txt"), "--by", CLERK)
    assert len(run1["statements"]) == 16 and run1["left_out"] == []
    ok("--db", url, "payments", "paid", "--run", str(run1["run"]), "--on", first_day.isoformat(), "--by", CLERK)
    listed = {s["no"]: s for s in statements(url)}
    data = [r for r in parse_file((tmp_path / "z1.txt").read_bytes()) if r["data_type"] == "2"]
    assert {r["customer_code1"].rstrip(): int(r["amount"]) for r in data} == {
        no.replace("-", ""): s["net_yen"] for no, s in listed.items()}

    more, less = listed["2021-0001"], listed["2021-0003"]
    adjusted = {}
    for original, change in ((more, "more"), (less, "less")):
        adjusted[change] = ok("--db", url, "payments", "adjust", original["no"], "--records",
                              str(records_file(url, original, tmp_path, change)),
                              "--reason", "旅費の訂正", "--by", CLERK)
        assert adjusted[change]["corrects"] == original["no"] and adjusted[change]["rates"] == "corrected"
    assert adjusted["more"]["gross_yen"] == 10_000 and adjusted["more"]["net_yen"] > 0
    assert adjusted["less"]["gross_yen"] == -10_000 and adjusted["less"]["fee_yen"] == 0  # a reclaim pays no fee
    refused = colead("--db", url, "payments", "approve", adjusted["more"]["no"], "--by", CLERK)
    assert refused.returncode == 2 and CLERK in refused.stderr  # who computed it may not approve it
    ok("--db", url, "payments", "approve", adjusted["more"]["no"], adjusted["less"]["no"], "--by", APPROVER,
       "--despite-warnings")  # the reclaim is not transferred: the CLI says so and asks first

    second_day = next_bank_business_day(first_day + timedelta(days=1))
    run2 = ok("--db", url, "payments", "run", "--transfer-date", second_day.isoformat(), "--out",
              str(tmp_path / "z2.txt"), "--by", CLERK)
    assert run2["statements"] == [adjusted["more"]["no"]]
    assert [o["no"] for o in run2["left_out"]] == [adjusted["less"]["no"]] and run2["left_out"][0]["reason"]
    paid_on = second_day + timedelta(days=3)  # the bank confirmed a few days later
    ok("--db", url, "payments", "paid", "--run", str(run2["run"]), "--on", paid_on.isoformat(), "--by", CLERK)
    (record,) = [r for r in parse_file((tmp_path / "z2.txt").read_bytes()) if r["data_type"] == "2"]
    assert record["customer_code1"].rstrip() == adjusted["more"]["no"].replace("-", "")
    assert int(record["amount"]) == adjusted["more"]["net_yen"] == run2["total_yen"]

    final = {s["no"]: s for s in statements(url)}
    assert final[adjusted["more"]["no"]]["run"] == run2["run"]
    assert (final[adjusted["more"]["no"]]["status"], final[adjusted["more"]["no"]]["paid_date"]) == (
        "paid", paid_on.isoformat())
    assert final[adjusted["less"]["no"]]["status"] == "approved" and final[adjusted["less"]["no"]]["net_yen"] < 0
    assert final[adjusted["less"]["no"]]["kind"] == "adjusting"
    _exports_agree(url, tmp_path, list(final.values()))


def _exports_agree(url: str, folder: Path, listed: list[dict[str, Any]]) -> None:
    paid = [s for s in listed if s["status"] == "paid"]
    years = {date.fromisoformat(s["paid_date"]).year for s in paid}
    by_talent: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in paid:
        by_talent[s["talent_id"]].append(s)
    for year in years:
        out = folder / f"chosho{year}.xlsx"
        ok("--db", url, "export", "chosho", "--year", str(year), "--out", str(out))
        sheet = load_workbook(out).active
        rows = {str(sheet.cell(r, 1).value): (sheet.cell(r, 7).value, sheet.cell(r, 8).value)
                for r in range(3, sheet.max_row) if sheet.cell(r, 7).value is not None}
        for talent, items in by_talent.items():
            in_year = [s for s in items if date.fromisoformat(s["paid_date"]).year == year]
            gross = sum(s["gross_yen"] for s in in_year)
            if gross > 50_000 and str(talent) in rows:  # companies are listed by name, checked in the totals
                assert rows[str(talent)] == (gross, sum(s["withholding_yen"] for s in in_year))
    monthly_path = folder / "monthly.xlsx"
    ok("--db", url, "export", "withholding-monthly", "--out", str(monthly_path))
    monthly = load_workbook(monthly_path).active
    tax = defaultdict(int)
    for s in paid:
        tax[s["paid_date"][:7]] += s["withholding_yen"]
    assert {monthly.cell(r, 1).value: monthly.cell(r, 5).value for r in range(3, monthly.max_row)} == {
        m: t for m, t in tax.items() if t}
    workbook = folder / "payments.xlsx"
    ok("--db", url, "export", "payments-xlsx", "--out", str(workbook))
    if url.startswith("sqlite") and shutil.which("libreoffice"):  # once is enough: the workbook is the same
        out = folder / "recalculated"
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{folder}/lo", "--headless", "--convert-to",
                        "xlsx", "--outdir", str(out), str(workbook)], check=True, capture_output=True, timeout=180)
        workbook = out / "payments.xlsx"
    summary = load_workbook(workbook, data_only=workbook.parent.name == "recalculated")["集計"]
    headers = [c.value for c in summary[1]]
    for header, key in (("支払総額", "gross_yen"), ("源泉徴収税額", "withholding_yen"), ("振込手数料", "fee_yen")):
        column = headers.index(header) + 1
        values = [summary.cell(r, column).value for r in range(2, summary.max_row)]
        assert sum(values) == sum(s[key] for s in listed), header
        if workbook.parent.name == "recalculated":
            assert summary.cell(summary.max_row, column).value == sum(s[key] for s in listed), header
