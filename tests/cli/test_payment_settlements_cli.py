"""Through `colead payments …` on a programme made for the test (review of issue 14): a statement and its correction
in one run are one transfer with one fee, and the plain 再作成 groups them alike; a refunded reclaim is listed as
refunded and a ¥0 statement settled without a transfer as settled, not as paid."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.zengin import parse_file
from colead_desktop.services import payment_statements as statements

from tests.cli.run import colead
from tests.cli.test_payments_cli import transfer_day
from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, FEE, WHO, approved, corrected, fee_bearing_talents, pay, set_payer


def _ok(*args: str) -> Any:
    done = colead(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _listed() -> dict[str, dict[str, Any]]:
    return {s["no"]: s for s in _ok("payments", "statements", "--json")}


def _fresh(db: Database) -> tuple[int, int, int]:
    """A new programme with one fee-bearing payee and their approved statement: (programme, talent, statement)."""
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    return programme_id, talent, approved(db, programme_id, talent)


@pytest.mark.usefixtures("bank_confirms_later")
def test_a_statement_and_its_correction_are_one_transfer(db: Database, tmp_path: Path) -> None:
    programme_id, talent, first = _fresh(db)
    more = corrected(db, programme_id, first, talent, 50_000)  # corrected before any transfer: +10,000 gross
    first_no, more_no = (statements.statement(db, i).statement_no for i in (first, more))
    day = transfer_day()
    run = _ok("payments", "run", "--transfer-date", day.isoformat(), "--out", str(tmp_path / "z.txt"), "--by", WHO)
    assert run["joined"] == [{"no": more_no, "joins_transfer_of": first_no}] and run["left_out"] == []
    listed = _listed()
    assert [(listed[n]["fee_yen"], listed[n]["net_yen"]) for n in (first_no, more_no)] == [(FEE, 44_455), (0, 8_979)]
    [record] = [r for r in parse_file((tmp_path / "z.txt").read_bytes()) if r["data_type"] == "2"]
    assert (record["customer_code1"].rstrip(), int(record["amount"])) == (first_no.replace("-", ""), run["total_yen"])
    assert run["total_yen"] == listed[first_no]["net_yen"] + listed[more_no]["net_yen"]
    again = colead("export", "zengin", "--run", str(run["run"]), "--out", str(tmp_path / "again.txt"), "--by", WHO,
                   "--again")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.txt").read_bytes() == (tmp_path / "z.txt").read_bytes()
    paid = _ok("payments", "paid", more_no, "--on", day.isoformat(), "--by", WHO)
    assert paid["paid"] == [first_no, more_no]
    assert {listed["status"] for listed in _listed().values()} == {"paid"}


def test_a_refunded_reclaim_is_listed_as_refunded(db: Database, tmp_path: Path) -> None:
    programme_id, talent, first = _fresh(db)
    pay(db, programme_id, [first], next_bank_business_day(tokyo_today()), tmp_path / "paid")
    reclaim = statements.statement(db, corrected(db, programme_id, first, talent, 30_000)).statement_no
    assert _listed()[reclaim]["status"] == "approved" and _listed()[reclaim]["net_yen"] == -8_979
    _ok("payments", "refunded", reclaim, "--on", tokyo_today().isoformat(), "--by", WHO)
    assert (_listed()[reclaim]["status"], _listed()[reclaim]["paid_date"]) == ("refunded", tokyo_today().isoformat())


def test_a_statement_of_nothing_is_settled_without_a_transfer(db: Database) -> None:
    programme_id, _talent, first = _fresh(db)
    nothing = statements.adjust_statement(db, first, WHO, "住所の誤記（金額の変更なし）")
    statements.approve_statement(db, nothing, APPROVER)
    no, first_no = (statements.statement(db, i).statement_no for i in (nothing, first))
    refused = colead("payments", "settle", first_no, "--on", tokyo_today().isoformat(), "--by", WHO)
    assert refused.returncode == 2 and first_no in refused.stderr and "0円" in refused.stderr
    assert _ok("payments", "settle", no, "--on", tokyo_today().isoformat(), "--by", WHO) == {
        "settled": no, "on": tokyo_today().isoformat()}
    entry = _listed()[no]
    assert (entry["status"], entry["net_yen"], entry["paid_date"], entry["run"]) == (
        "settled", 0, tokyo_today().isoformat(), None)
    assert _listed()[first_no]["status"] == "approved"  # untouched, waiting for a run


def test_approving_a_statement_without_an_account_warns_and_the_run_says_why(db: Database, tmp_path: Path) -> None:
    """The payee's account was never registered: approval says the statement will not be transferred and why
    (new-user review: it went through silently), and the run that cannot transfer anything names the reason."""
    from colead_desktop.services import payments

    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    payments.save_payee(db, talent, WHO, bank_code="", branch_code="", account_number="", holder_kana="",
                        bank_name_kana="", branch_name_kana="")  # the account taken off again
    draft = statements.compute_draft(db, programme_id, talent, WHO)
    number = statements.statement(db, draft).statement_no
    asked = colead("payments", "approve", number, "--by", APPROVER)  # asks first: nothing approved yet
    assert asked.returncode == 2 and f"警告: {number}: 明細書 {number} は振込されません: 振込先口座が登録されていません" \
        in asked.stderr and statements.statement(db, draft).status.value == "draft"
    done = colead("payments", "approve", number, "--by", APPROVER, "--despite-warnings")
    assert done.returncode == 0, done.stderr
    assert f"警告: {number}: 明細書 {number} は振込されません: 振込先口座が登録されていません" in done.stderr
    run = colead("payments", "run", "--transfer-date", transfer_day().isoformat(), "--out", str(tmp_path / "z.txt"),
                 "--by", WHO)
    assert run.returncode == 2 and f"{number}: 振込先口座が登録されていません" in run.stderr
    assert not (tmp_path / "z.txt").exists()
