"""Payment runs on SQLite and PostgreSQL: a run and its file, reclaims left out, the run's date, 再作成 with
history, paid dates, the payee snapshot, two-people approval and rates that cannot rewrite the past."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payment_runs import RunStatus
from colead_desktop.domain.payments import Rates
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.zengin import parse_file
from colead_desktop.exports import atomic
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_policy as policy
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from colead_desktop.services.demo import load_demo

from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, WHO

TODAY = date(2022, 3, 1)  # the demo's statements were approved on this day
DAY = date(2022, 3, 10)


def _reclaim(db: Database, programme_id: int) -> str:
    """An approved 訂正明細書 that takes back travel: its net is negative (返金請求). Its number."""
    payee = pay.list_payees(db, programme_id)[2]
    adjusting = statements.adjust_statement(db, payee.statement_id, WHO, "航空券の二重計上")
    expense = max(records.expenses(db, programme_id, payee.talent_id), key=lambda e: e.amount_yen)
    records.delete_record(db, "expense", expense.id, WHO)
    statements.compute_draft(db, programme_id, payee.talent_id, WHO)
    statements.approve_statement(db, adjusting, APPROVER)
    return statements.statement(db, adjusting).statement_no


def test_a_run_pays_the_approved_statements_once_and_leaves_a_reclaim_out(demo: Database, demo_id: int, tmp_path: Path) -> None:
    reclaim = _reclaim(demo, demo_id)
    planned = {st.statement_no: st.transfer_date for st in runs.waiting_statements(demo, demo_id)}
    outcome = runs.create_run(demo, demo_id, DAY + date.resolution * 1, tmp_path / "z.txt", WHO, today=TODAY)
    assert [o.statement_no for o in outcome.left_out] == [reclaim] and "返金請求" in outcome.left_out[0].reason
    assert len(outcome.statements) == 16 and reclaim not in outcome.statements
    data = parse_file(outcome.path.read_bytes())
    amounts = {r["customer_code1"].rstrip(): int(r["amount"]) for r in data if r["data_type"] == "2"}
    in_run = [st for st in statements.statements_with_status(demo, demo_id, StatementStatus.IN_RUN)]
    assert amounts == {st.statement_no.replace("-", ""): st.transfer_yen for st in in_run}
    assert {st.transfer_date for st in in_run} == {date(2022, 3, 11)} != set(planned.values())
    [summary] = runs.list_runs(demo, demo_id)
    assert (summary.count, summary.total_yen, summary.created_by, summary.status, summary.files) == (
        16, outcome.total_yen, WHO, RunStatus.CREATED, 1)
    assert summary.file_sha256 == hashlib.sha256(outcome.path.read_bytes()).hexdigest()
    with pytest.raises(InputError, match="承認済みの明細書がありません"):  # the reclaim alone pays nothing
        runs.create_run(demo, demo_id, DAY, tmp_path / "again.txt", WHO, today=TODAY)
    assert not (tmp_path / "again.txt").exists()
    dates = [e for e in audit_log.audit_entries(demo, entity="payment_statement") if e.field == "transfer_date"]
    assert len(dates) == 16 and {e.new for e in dates} == {"2022-03-11"}


def test_regenerating_keeps_the_history_and_paid_takes_the_banks_date(demo: Database, demo_id: int, tmp_path: Path) -> None:
    outcome = runs.create_run(demo, demo_id, DAY, tmp_path / "z.txt", WHO, today=TODAY)
    again = runs.regenerate_run_file(demo, outcome.run_id, tmp_path / "z2.txt", APPROVER)
    assert again.read_bytes() == outcome.path.read_bytes()
    files = runs.run_files(demo, outcome.run_id)
    assert [(f.created_by, f.regenerated) for f in files] == [(WHO, False), (APPROVER, True)]
    first, second = outcome.statements[:2]
    with pytest.raises(InputError, match="振込指定日 2022-03-10 より前"):
        runs.mark_paid(demo, demo_id, WHO, date(2022, 3, 9), run_id=outcome.run_id)
    assert runs.mark_paid(demo, demo_id, WHO, DAY, statement_nos=[first]) == [first]
    assert runs.list_runs(demo, demo_id)[0].status is RunStatus.CREATED
    with pytest.raises(InputError, match="支払済"):
        runs.regenerate_run_file(demo, outcome.run_id, tmp_path / "z3.txt", WHO)
    with pytest.raises(InputError, match=f"支払処理 {outcome.run_id} はこのプログラムのものではありません"):
        runs.mark_paid(demo, new_programme(demo), WHO, date(2022, 3, 11), run_id=outcome.run_id)
    paid = runs.mark_paid(demo, demo_id, WHO, date(2022, 3, 11), run_id=outcome.run_id)
    assert first not in paid and second in paid and len(paid) == 15
    assert runs.list_runs(demo, demo_id)[0].status is RunStatus.PAID
    by_no = {st.statement_no: st for st in runs.run_statements(demo, outcome.run_id)}
    assert by_no[first].paid_on == DAY and by_no[second].paid_on == date(2022, 3, 11)


def test_a_file_that_cannot_be_put_in_place_leaves_no_run(demo: Database, demo_id: int, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OSError):
        runs.create_run(demo, demo_id, DAY, tmp_path / "out" / "z.txt", WHO, today=TODAY)
    monkeypatch.undo()
    assert runs.list_runs(demo, demo_id) == [] and not (tmp_path / "out").exists()  # the folder it made goes too
    waiting = runs.waiting_statements(demo, demo_id)
    assert len(waiting) == 16 and {st.transfer_date for st in waiting} == {DAY}  # their own date again


def test_the_account_is_snapshotted_at_approval(demo: Database, demo_id: int, tmp_path: Path) -> None:
    first, second = pay.list_payees(demo, demo_id)[:2]
    approved_bank = statements.statement(demo, first.statement_id).bank
    pay.save_payee(demo, first.talent_id, WHO, address="北海道北見市（架空・転居後）")
    assert pay.list_payees(demo, demo_id)[0].status is StatementStatus.APPROVED  # not the account: still approved
    assert statements.statement(demo, first.statement_id).payee_address == "（架空の住所）"
    pay.save_payee(demo, first.talent_id, WHO, account_number="7654321")
    reopened = statements.statement(demo, first.statement_id)
    assert reopened.status is StatementStatus.DRAFT and reopened.bank is not None
    assert reopened.bank.number == "7654321" != (approved_bank.number if approved_bank else "")
    notes = [e for e in audit_log.audit_entries(demo, entity="payment_statement") if e.field == "reopened"]
    assert len(notes) == 1 and "****321" in (notes[0].new or "") and "7654321" not in (notes[0].new or "")
    third = pay.list_payees(demo, demo_id)[2]
    pay.save_payee(demo, third.talent_id, WHO, employer_name="株式会社テスト（架空）", tax_status="exempt",
                   exempt_reason="所属企業へ支払")
    assert statements.statement(demo, third.statement_id).status is StatementStatus.DRAFT  # another recipient
    with pytest.raises(InputError, match="所属企業"):  # a company is paid without withholding
        pay.save_payee(demo, third.talent_id, WHO, tax_status="individual")
    outcome = runs.create_run(demo, demo_id, DAY, tmp_path / "z.txt", WHO, today=TODAY)
    assert first.statement_no not in outcome.statements  # back to draft: waits for approval
    in_run_bank = statements.statement(demo, second.statement_id).bank
    pay.save_payee(demo, second.talent_id, WHO, account_number="1111111")
    kept = statements.statement(demo, second.statement_id)
    assert kept.status is StatementStatus.IN_RUN and kept.bank == in_run_bank  # the change waits for the next run
    assert runs.regenerate_run_file(demo, outcome.run_id, tmp_path / "z2.txt", WHO).read_bytes() == \
        outcome.path.read_bytes()


def test_two_people_approve_unless_the_programme_allows_one(demo: Database, demo_id: int) -> None:
    payee = pay.list_payees(demo, demo_id)[0]
    draft = statements.adjust_statement(demo, payee.statement_id, WHO, "確認のための再計算")
    with pytest.raises(InputError, match="経理 花子 以外の人が承認してください"):
        statements.approve_statement(demo, draft, WHO)
    book = policy.load_policies(demo, demo_id)
    assert not book.single_approver
    policy.save_policies(demo, WHO, replace(book, single_approver=True))
    assert policy.load_policies(demo, demo_id).single_approver
    statements.approve_statement(demo, draft, WHO)
    st = statements.statement(demo, draft)
    assert st.single_approval and st.computed_by == st.approved_by == WHO
    assert not statements.statement(demo, payee.statement_id).single_approval  # the demo had two people


def test_a_rate_cannot_start_inside_an_issued_statements_period(demo: Database, demo_id: int) -> None:
    book = policy.load_policies(demo, demo_id)
    back_dated = policy.RateEntry(None, Rates("", date(2022, 2, 1), 10_000, 35_000, 150_000))
    changed = replace(book, programme=replace(book.programme, rates=book.programme.rates + (back_dated,)))
    with pytest.raises(InputError, match="2022-02-01 から適用する料率は、承認済みの支払明細書 2021-0001"):
        policy.save_policies(demo, WHO, changed)
    later = policy.RateEntry(None, Rates("", date(2022, 4, 1), 10_000, 35_000, 150_000))
    policy.save_policies(demo, WHO, replace(book, programme=replace(book.programme,
                                                                    rates=book.programme.rates + (later,))))
    assert [e.rates.effective_from for e in policy.load_policies(demo, demo_id).programme.rates] == [
        date(2021, 4, 1), date(2022, 4, 1)]


@pytest.mark.slow
def test_two_writers_creating_runs_over_the_same_statements(postgres: object, tmp_path: Path,
                                                            request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("postgres").fresh_database()
    first, second = Database(url), Database(url)
    first.migrate()
    programme_id = load_demo(first)
    assert programme_id is not None
    barrier = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def create(index: int, db: Database) -> None:
        barrier.wait()
        try:
            outcomes[index] = runs.create_run(db, programme_id, DAY, tmp_path / f"run{index}.txt", WHO, today=TODAY)
        except InputError as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=create, args=(i, db)) for i, db in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    refused = [o for o in outcomes if isinstance(o, InputError)]
    made = [o for o in outcomes if isinstance(o, runs.RunOutcome)]
    assert len(made) == 1 and len(refused) == 1 and "承認済みの明細書がありません" in str(refused[0])
    assert [p.name for p in tmp_path.iterdir()] == [made[0].path.name]
    assert [r.count for r in runs.list_runs(first, programme_id)] == [16]
    first.dispose()
    second.dispose()
