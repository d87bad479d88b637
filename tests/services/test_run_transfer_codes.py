"""A transfer that pays several statements names them (money12): the 全銀 record's two customer codes hold its first
two statements' numbers, the run's listing names every statement of every transfer, and the history counts the
transfers as the file's trailer does; on a programme made for the test, on SQLite and PostgreSQL. Figures by hand
(payments_fixtures): the original nets 50,000 − 5,105 − 440 = 44,455; each correction adds 10,000 − 1,021 = 8,979
and bears no fee while it travels with the original."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from sqlalchemy import update

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import StatementRow
from colead_desktop.domain.zengin import parse_file
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services.payment_batch import statement_entries

from tests.programmes import new_programme
from tests.services.payments_fixtures import WHO, approved, corrected, fee_bearing_talents, joined_run, set_payer

DAY = date(2022, 3, 10)
LATER = date(2022, 4, 11)


def _file(path: Path) -> tuple[list[tuple[str, str, int]], tuple[int, int]]:
    """The data records (customer code 1, customer code 2, amount) and the trailer's (count, total)."""
    records = parse_file(path.read_bytes())
    data = [(r["customer_code1"].rstrip(), r["customer_code2"].rstrip(), int(r["amount"]))
            for r in records if r["data_type"] == "2"]
    [trailer] = [r for r in records if r["data_type"] == "8"]
    return data, (int(trailer["count"]), int(trailer["total"]))


def _summary_rows(path: Path) -> dict[str, dict[str, object]]:
    """The workbook's summary sheet, by statement number."""
    rows = list(load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
    head = next(row for row in rows if "明細書番号" in row)
    return {str(row[0]): dict(zip(head, row, strict=True)) for row in rows[rows.index(head) + 1:]
            if row[0] and str(row[0])[:1].isdigit()}


def _code(no: str) -> str:
    return no.replace("-", "")


def test_a_transfer_of_three_statements_names_them_in_every_output(any_db: Database, tmp_path: Path) -> None:
    db = any_db
    programme_id, talent, other, first, alone, more = astuple(joined_run(db))
    most = corrected(db, programme_id, more, talent, 60_000)  # corrected again before any run
    first_no, more_no, most_no, alone_no = (statements.statement(db, i).statement_no
                                            for i in (first, more, most, alone))

    plan = runs.preview_run(db, programme_id, DAY, today=DAY)
    outcome = runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    records, trailer = _file(outcome.path)
    together = 44_455 + 8_979 + 8_979
    assert records == [(_code(first_no), _code(more_no), together), (_code(alone_no), "", 44_455)]
    assert trailer == (2, together + 44_455) == (plan.transfer_count, outcome.total_yen)
    [summary] = runs.list_runs(db, programme_id)
    assert [(t.statement_nos, t.amount_yen, t.code_text) for t in summary.transfers] == [
        ((first_no, more_no, most_no), together, f"{_code(first_no)}/{_code(more_no)}"),
        ((alone_no,), 44_455, _code(alone_no))]
    assert (len(summary.transfers), summary.count, summary.total_yen) == (2, 4, trailer[1])
    assert summary.transfers == outcome.transfers  # the run's answer and its listing read one rule
    # every statement's net is in exactly one transfer, and the transfers add up to the statements to the yen
    nets = {e["no"]: e["net_yen"] for e in statement_entries(db, programme_id)}
    assert sorted(no for t in summary.transfers for no in t.statement_nos) == sorted(nets)
    assert [t.amount_yen for t in summary.transfers] == [sum(nets[n] for n in t.statement_nos)
                                                          for t in summary.transfers]
    # the payments workbook: each row's 振込金額 and the statements sharing its transfer
    book = _summary_rows(payments.export_payments_workbook(db, programme_id, tmp_path / "payments.xlsx"))
    assert {no: (row["振込金額"], row["同じ振込の明細書"]) for no, row in book.items()} == {
        first_no: (44_455, f"{more_no}、{most_no}"), more_no: (8_979, first_no), most_no: (8_979, first_no),
        alone_no: (44_455, None)}
    again = runs.regenerate_run_file(db, outcome.run_id, tmp_path / "again.txt", WHO)
    assert again.read_bytes() == outcome.path.read_bytes()

    # one step later: paid, then corrected once more; the next run is one transfer of one statement
    runs.mark_paid(db, programme_id, WHO, DAY, run_id=outcome.run_id, today=DAY)
    later = statements.statement(db, corrected(db, programme_id, most, talent, 70_000)).statement_no
    second = runs.create_run(db, programme_id, LATER, tmp_path / "z2.txt", WHO, today=LATER)
    assert _file(second.path) == ([(_code(later), "", 8_979 - 440)], (1, 8_979 - 440))
    newest, older = runs.list_runs(db, programme_id)
    assert [(len(r.transfers), r.count) for r in (newest, older)] == [(1, 1), (2, 4)]
    assert older.transfers == summary.transfers  # the paid run's listing does not change


def test_a_withdrawn_run_lists_no_transfer(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    corrected(db, programme_id, approved(db, programme_id, talent), talent, 50_000)
    outcome = runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    assert [(len(r.transfers), r.count) for r in runs.list_runs(db, programme_id)] == [(1, 2)]
    runs.withdraw_run(db, programme_id, outcome.run_id, WHO)
    assert [(r.transfers, r.count, r.total_yen) for r in runs.list_runs(db, programme_id)] == [((), 0, 0)]


def test_a_run_made_before_statements_joined_keeps_one_record_each(any_db: Database, tmp_path: Path) -> None:
    """A run recorded before 0025_money11 paid each statement by a record of its own (joins_transfer_of ''): its
    listing and its file made again say so, as the file the bank had did, instead of grouping it anew."""
    db = any_db
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    first = approved(db, programme_id, talent)
    more = corrected(db, programme_id, first, talent, 50_000)
    outcome = runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    with db.session() as session:  # as the migration left such a run
        session.execute(update(StatementRow).where(StatementRow.run_id == outcome.run_id).values(joins_transfer_of=""))
    first_no, more_no = (statements.statement(db, i).statement_no for i in (first, more))
    [summary] = runs.list_runs(db, programme_id)
    assert [t.statement_nos for t in summary.transfers] == [(first_no,), (more_no,)]
    again = runs.regenerate_run_file(db, outcome.run_id, tmp_path / "again.txt", WHO)
    records, trailer = _file(again)
    assert [r[:2] for r in records] == [(_code(first_no), ""), (_code(more_no), "")]
    assert trailer == (len(summary.transfers), summary.total_yen)
