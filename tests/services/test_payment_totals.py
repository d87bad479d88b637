"""The 支払 page's totals add each issued statement once: a correction as its difference, a reclaim negative and
without a bank fee, drafts counted but not added (issue 14 item 8). On a programme made for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.statement_totals import StatementTotals, add_up
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_batch
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay

from tests.programmes import new_programme
from tests.services.payments_fixtures import FEE, WHO, approved, corrected, fee_bearing_talents, set_payer
from tests.services.payments_fixtures import pay as pay_in_run

PAID = date(2022, 3, 10)


def test_totals_add_corrections_as_differences_and_reclaims_without_a_fee(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    more, less, drafted = fee_bearing_talents(db, programme_id, 3)
    first = {talent_id: approved(db, programme_id, talent_id) for talent_id in (more, less)}
    pay_in_run(db, programme_id, list(first.values()), PAID, tmp_path)
    raised = corrected(db, programme_id, first[more], more, 50_000)  # pays 10,000 more: a second transfer
    reclaim = corrected(db, programme_id, first[less], less, 30_000)  # 10,000 less: 返金請求
    statements.compute_draft(db, programme_id, drafted, WHO)  # a draft: counted, not added

    assert statements.statement(db, reclaim).payment.is_reclaim
    final = [statements.statement(db, i).result for i in (raised, reclaim)]  # each payee's corrected payment
    gross = sum(r.gross_yen for r in final)
    withholding = sum(r.withholding_yen for r in final)
    fees = 2 * FEE + FEE  # the first payments and the additional one; the reclaim is no transfer
    assert pay.programme_totals(db, programme_id) == StatementTotals(
        issued=4, drafts=1, gross_yen=gross, withholding_yen=withholding, fee_yen=fees,
        net_yen=gross - withholding - fees)
    # read from the rows alone, the totals agree with the statements as every export reads them
    assert pay.programme_totals(db, programme_id) == add_up(
        statements.statements_with_status(db, programme_id, *StatementStatus))
    # `colead payments statements` lists the same money: the sums of its issued rows are the totals
    issued = [e for e in payment_batch.statement_entries(db, programme_id) if e["status"] != "draft"]
    assert [sum(e[k] for e in issued) for k in ("gross_yen", "withholding_yen", "fee_yen", "net_yen")] == [
        gross, withholding, fees, gross - withholding - fees]
    assert next(e for e in issued if e["net_yen"] < 0)["fee_yen"] == 0  # the reclaim
    # the latest statements alone (what the page added before) would count the corrections as whole payments
    latest = [p for p in pay.list_payees(db, programme_id) if p.talent_id in (more, less)]
    assert sum(p.gross_yen for p in latest) == gross and sum(p.fee_yen for p in latest) == 2 * FEE != fees


def test_a_programme_without_statements_adds_up_to_zero(db: Database) -> None:
    assert pay.programme_totals(db, new_programme(db)) == StatementTotals(0, 0, 0, 0, 0, 0)
