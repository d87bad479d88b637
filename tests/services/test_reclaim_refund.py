"""A reclaim (返金請求) settled when its refund arrives, and a run withdrawn before it was sent (new-user review of
issue 14's payments), on a programme made for the test. The figures are computed by hand in the comments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import StatementRow
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payment_runs import RunStatus
from colead_desktop.domain.statements import Statement
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.withholding_monthly import monthly_withholding
from colead_desktop.exports.shiharai_chosho_xlsx import chosho_rows
from colead_desktop.services import budget
from colead_desktop.services import payment_audit
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements

from tests.programmes import new_programme
from tests.services.payments_fixtures import WHO, approved, corrected, fee_bearing_talents, set_payer
from tests.services.payments_fixtures import pay as pay_in_run

PAID = date(2022, 3, 10)
APPROVED = date(2022, 3, 20)  # the correction's approval, set back to the spring of 2022 as if done then
REFUNDED = date(2022, 4, 5)


def _talent_with_fare(db: Database, programme_id: int, fare: int) -> int:
    """A talent of the programme with one tour day (per diem ¥10,000) and an air fare of `fare`."""
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    [expense] = records.expenses(db, programme_id, talent)
    records.update_expense(db, expense.id, WHO, expense.day, expense.category, fare, False, expense.description)
    return talent


def _approved_on(db: Database, statement_id: int, day: date) -> None:
    with db.session() as session:
        session.execute(update(StatementRow).where(StatementRow.id == statement_id)
                        .values(approved_at=datetime.combine(day, datetime.min.time())))


def _paid(db: Database, programme_id: int) -> list[Statement]:
    return statements.statements_with_status(db, programme_id, StatementStatus.PAID)


def test_a_refunded_reclaim_counts_like_a_paid_statement(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    talent = _talent_with_fare(db, programme_id, 90_000)
    first = approved(db, programme_id, talent)
    # per diem 10,000 + air 90,000 = 100,000; withheld 10.21%: 10,210; the payee's fee 440; net 89,350
    assert statements.statement(db, first).transfer_yen == 89_350
    pay_in_run(db, programme_id, [first], PAID, tmp_path)
    reclaim_id = corrected(db, programme_id, first, talent, 80_000)
    reclaim = statements.statement(db, reclaim_id)
    # corrected: 90,000, withheld 9,189; the reclaim is −10,000 gross, −1,021 tax, no fee: −8,979 back
    assert (reclaim.payable_gross_yen, reclaim.payable_withholding_yen, reclaim.transfer_yen) == (-10_000, -1_021,
                                                                                                 -8_979)
    _approved_on(db, reclaim_id, APPROVED)
    before = chosho_rows(_paid(db, programme_id), 2022)
    assert [(r.paid_yen, r.withheld_yen) for r in before] == [(100_000, 10_210)]  # what the reviewer saw
    with pytest.raises(InputError, match="返金受領"):  # paid is for runs; it names the action that settles it
        runs.mark_paid(db, programme_id, WHO, REFUNDED, statement_nos=[reclaim.statement_no])
    with pytest.raises(InputError, match="より前"):
        runs.mark_refunded(db, programme_id, WHO, reclaim.statement_no, APPROVED - timedelta(days=1))
    tomorrow = tokyo_today() + timedelta(days=1)
    with pytest.raises(InputError, match="今日"):
        runs.mark_refunded(db, programme_id, WHO, reclaim.statement_no, tomorrow)
    assert statements.statement(db, reclaim_id).status is StatementStatus.APPROVED  # refusals changed nothing

    assert runs.mark_refunded(db, programme_id, WHO, reclaim.statement_no, REFUNDED) == reclaim.statement_no
    settled = statements.statement(db, reclaim_id)
    assert (settled.status, settled.paid_on) == (StatementStatus.PAID, REFUNDED)
    with pytest.raises(InputError, match="返金請求ではない.*（返金済）"):  # once only
        runs.mark_refunded(db, programme_id, WHO, reclaim.statement_no, REFUNDED)
    paid = _paid(db, programme_id)
    assert [(r.paid_yen, r.withheld_yen) for r in chosho_rows(paid, 2022)] == [(90_000, 9_189)]
    assert [(m.month, m.paid_yen, m.withheld_yen) for m in monthly_withholding(paid)] == [
        (date(2022, 3, 1), 100_000, 10_210), (date(2022, 4, 1), -10_000, -1_021)]  # the refund in its month
    total = budget.programme_report(db, programme_id).total.total
    assert (total.approved_yen, total.paid_yen) == (90_000, 90_000)
    assert reclaim.statement_no not in {st.statement_no for st in runs.waiting_statements(db, programme_id)}
    changes = {(e.field, e.new) for e in payment_audit.audit_entries(db, "payment_statement", reclaim_id)}
    assert ("status", "paid") in changes


def test_an_unsent_run_is_withdrawn_before_a_correction(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    talent, other = (_talent_with_fare(db, programme_id, 90_000) for _ in range(2))
    statement_id, other_id = approved(db, programme_id, talent), approved(db, programme_id, other)
    day = tokyo_today() + timedelta(days=1)
    while True:  # a run's date is a bank business day from today on
        try:
            run = runs.create_run(db, programme_id, day, tmp_path / "z.txt", WHO)
            break
        except InputError:
            day += timedelta(days=1)
    with pytest.raises(InputError, match="支払処理を取消"):  # nothing was transferred: no −89,350 correction
        statements.adjust_statement(db, statement_id, WHO, "作業日の削除")
    with pytest.raises(InputError, match="今日"):
        runs.mark_paid(db, programme_id, WHO, day, run_id=run.run_id, today=day - timedelta(days=1))

    assert sorted(runs.withdraw_run(db, programme_id, run.run_id, "経理 三郎")) == sorted(run.statements)
    (summary,) = runs.list_runs(db, programme_id)
    assert (summary.status, summary.withdrawn_by) == (RunStatus.WITHDRAWN, "経理 三郎")
    assert summary.withdrawn_at is not None
    assert {st.status for st in runs.waiting_statements(db, programme_id)} == {StatementStatus.APPROVED}
    assert len(runs.waiting_statements(db, programme_id)) == 2
    for refused in (lambda: runs.regenerate_run_file(db, run.run_id, tmp_path / "again.txt", WHO),
                    lambda: runs.withdraw_run(db, programme_id, run.run_id, WHO),
                    lambda: runs.mark_paid(db, programme_id, WHO, day, run_id=run.run_id, today=day)):
        with pytest.raises(InputError, match="取消"):
            refused()
    assert not (tmp_path / "again.txt").exists()
    statements.adjust_statement(db, statement_id, WHO, "作業日の削除")  # approved again: a correction may start

    second = runs.create_run(db, programme_id, day, tmp_path / "z2.txt", WHO, exclude=[])
    assert statements.statement(db, other_id).statement_no in second.statements
    runs.mark_paid(db, programme_id, WHO, day, statement_nos=list(second.statements), today=day)
    with pytest.raises(InputError, match="支払済の明細書"):
        runs.withdraw_run(db, programme_id, second.run_id, WHO)


def test_a_second_writer_cannot_pay_a_run_the_first_withdrew(instances: tuple[Database, Database],
                                                             tmp_path: Path) -> None:
    first, second = instances
    programme_id = new_programme(first, fiscal_year=2021)
    set_payer(first, programme_id)
    approved(first, programme_id, _talent_with_fare(first, programme_id, 90_000))
    day = date(2022, 3, 10)  # a run made on its own transfer date, as if that were today
    run = runs.create_run(first, programme_id, day, tmp_path / "z.txt", WHO, today=day)
    shown_to_second = runs.list_runs(second, programme_id)  # B's window still shows the run as created
    runs.withdraw_run(first, programme_id, run.run_id, WHO)
    assert shown_to_second[0].status is RunStatus.CREATED
    with pytest.raises(InputError, match="取消されています"):
        runs.mark_paid(second, programme_id, "経理 次郎", day, run_id=run.run_id)
    with pytest.raises(InputError, match="承認済"):
        runs.mark_paid(second, programme_id, "経理 次郎", day, statement_nos=list(run.statements))
    assert {st.status for st in runs.waiting_statements(second, programme_id)} == {StatementStatus.APPROVED}
