"""A payee's statements paid in one run are one transfer with one bank fee (review of issue 14: a statement and
its correction became two 全銀 records to the same account, each less the payee's fee), on a programme made for
the test. Figures by hand: per diem 10,000 + air 40,000 = 50,000, withheld 5,105, the payee's fee 440."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.zengin import parse_file
from colead_desktop.exports import atomic
from colead_desktop.services import payment_audit
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services.payment_batch import statement_entries

from tests.programmes import new_programme
from tests.services.payments_fixtures import FEE, WHO, approved, corrected, fee_bearing_talents, joined_run, set_payer

DAY = date(2022, 3, 10)
LATER = date(2022, 4, 11)


def _records(path: Path) -> list[tuple[str, int]]:
    return [(r["customer_code1"].rstrip(), int(r["amount"])) for r in parse_file(path.read_bytes())
            if r["data_type"] == "2"]


def _workbook_column(path: Path, header: str) -> dict[str, int]:
    rows = list(load_workbook(path, data_only=True).worksheets[0].iter_rows(values_only=True))
    head = next(i for i, row in enumerate(rows) if "明細書番号" in row)
    column, no = rows[head].index(header), rows[head].index("明細書番号")
    return {str(r[no]): int(r[column]) for r in rows[head + 1:] if r[no] and str(r[no])[:1].isdigit()}


def test_a_statement_and_its_correction_are_one_transfer_with_one_fee(any_db: Database, tmp_path: Path) -> None:
    db = any_db
    programme_id, talent, other, first, alone, more = astuple(joined_run(db))  # +10,000 gross, +1,021 tax
    first_no, more_no, alone_no = (statements.statement(db, i).statement_no for i in (first, more, alone))

    plan = runs.preview_run(db, programme_id, DAY, today=DAY)
    assert (len(plan.included), plan.transfer_count, plan.joined()) == (3, 2, [(more_no, first_no)])
    outcome = runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    assert outcome.joined == ((more_no, first_no),) and outcome.total_yen == plan.total_yen
    listed = {e["no"]: e for e in statement_entries(db, programme_id)}
    # the original keeps its fee: 50,000 − 5,105 − 440; the correction joins its transfer: 10,000 − 1,021, no fee
    assert [(listed[n]["net_yen"], listed[n]["fee_yen"], listed[n]["joins_transfer_of"]) for n in (first_no, more_no)] \
        == [(44_455, FEE, None), (8_979, 0, first_no)]
    # one record per payee: the sum the statements show, under the first statement's number
    assert _records(outcome.path) == [(first_no.replace("-", ""), 44_455 + 8_979),
                                      (alone_no.replace("-", ""), 44_455)]
    assert outcome.total_yen == sum(e["net_yen"] for e in listed.values()) == 44_455 + 8_979 + 44_455
    # withholding stays each statement's: together the tax on the corrected 60,000 (floor(60,000 × 10.21%))
    assert listed[first_no]["withholding_yen"] + listed[more_no]["withholding_yen"] == 6_126
    joined = statements.statement(db, more)
    assert (joined.joins_transfer_of, joined.payment.fee_yen, joined.transfer_yen) == (first_no, 0, 8_979)
    assert statements.statement(db, first).joined_by == (more_no,)  # its PDF names the statement it carries
    [summary] = runs.list_runs(db, programme_id)
    assert summary.total_yen == outcome.total_yen
    totals = payments.programme_totals(db, programme_id)  # the 支払 page's totals row: one fee per transfer
    assert (totals.fee_yen, totals.net_yen) == (2 * FEE, outcome.total_yen)
    book = payments.export_payments_workbook(db, programme_id, tmp_path / "payments.xlsx")
    assert _workbook_column(book, "振込手数料") == {first_no: FEE, more_no: 0, alone_no: FEE}
    assert _workbook_column(book, "振込金額") == {n: e["net_yen"] for n, e in listed.items()}
    again = runs.regenerate_run_file(db, outcome.run_id, tmp_path / "again.txt", WHO)
    assert again.read_bytes() == outcome.path.read_bytes()  # 再作成 groups the same way from what the run recorded
    changes = {(e.field, e.new) for e in payment_audit.audit_entries(db, entity="payment_statement", entity_id=more)}
    assert {("joins_transfer_of", first_no), ("transfer_yen", "8979")} <= changes

    # the bank confirms the transfer whole: naming the correction pays the statement it travelled with
    assert runs.mark_paid(db, programme_id, WHO, DAY, statement_nos=[more_no], today=DAY) == [first_no, more_no]
    assert {statements.statement(db, i).status for i in (first, more)} == {StatementStatus.PAID}

    # one step later: the correction corrected again, in the next run, is a transfer of its own with its fee
    again_more = corrected(db, programme_id, more, talent, 60_000)  # +10,000 gross, +1,021 tax, − 440
    second = runs.create_run(db, programme_id, LATER, tmp_path / "z2.txt", WHO, today=LATER)
    later_no = statements.statement(db, again_more).statement_no
    assert (second.joined, _records(second.path)) == ((), [(later_no.replace("-", ""), 8_539)])


def test_a_withdrawn_run_gives_each_statement_its_own_fee_back(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    first = approved(db, programme_id, talent)
    more = corrected(db, programme_id, first, talent, 50_000)
    first_no, more_no = (statements.statement(db, i).statement_no for i in (first, more))
    outcome = runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    assert runs.withdraw_run(db, programme_id, outcome.run_id, WHO) == [first_no, more_no]
    back = statements.statement(db, more)
    assert (back.status, back.joins_transfer_of, back.transfer_yen) == (StatementStatus.APPROVED, "", 8_979 - FEE)
    assert statements.statement(db, first).joined_by == ()
    # paid apart (the original excluded from this run), each transfer bears the fee the bank charges it
    apart = runs.create_run(db, programme_id, DAY, tmp_path / "z2.txt", WHO, exclude=[first_no], today=DAY)
    assert (apart.joined, _records(apart.path)) == ((), [(more_no.replace("-", ""), 8_979 - FEE)])


def test_a_file_that_cannot_be_put_in_place_leaves_each_statement_its_own_transfer(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    first = approved(db, programme_id, talent)
    more = corrected(db, programme_id, first, talent, 50_000)

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)  # the rename after the commit fails: the run is undone
    with pytest.raises(OSError):
        runs.create_run(db, programme_id, DAY, tmp_path / "out" / "z.txt", WHO, today=DAY)
    monkeypatch.undo()
    assert runs.list_runs(db, programme_id) == [] and not (tmp_path / "out").exists()  # the folder it made goes too
    back = statements.statement(db, more)
    assert (back.status, back.joins_transfer_of, back.transfer_yen) == (StatementStatus.APPROVED, "", 8_979 - FEE)


def test_a_reclaim_in_the_same_run_is_not_netted_into_the_transfer(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    first = approved(db, programme_id, talent)
    less = corrected(db, programme_id, first, talent, 30_000)  # −10,000 gross, −1,021 tax: −8,979 to refund
    first_no, less_no = (statements.statement(db, i).statement_no for i in (first, less))
    outcome = runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    assert [o.statement_no for o in outcome.left_out] == [less_no] and "返金請求" in outcome.left_out[0].reason
    assert _records(outcome.path) == [(first_no.replace("-", ""), 44_455)]
    assert statements.statement(db, less).transfer_yen == -8_979


@pytest.mark.parametrize("named", ["first", "joined"])
def test_paying_part_of_a_transfer_pays_all_of_it(db: Database, tmp_path: Path, named: str) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    first = approved(db, programme_id, talent)
    more = corrected(db, programme_id, first, talent, 50_000)
    numbers = [statements.statement(db, i).statement_no for i in (first, more)]
    runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    chosen = numbers[0] if named == "first" else numbers[1]
    assert runs.mark_paid(db, programme_id, WHO, DAY, statement_nos=[chosen], today=DAY) == numbers
    assert [r.status for r in runs.list_runs(db, programme_id)] == [runs.RunStatus.PAID]
