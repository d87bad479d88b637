"""The 支払 page's totals add each issued statement once: a correction as its difference, a reclaim negative and
without a bank fee, drafts counted but not added (issue 14 item 8). On a programme made for the test."""

from __future__ import annotations

from datetime import date
from dataclasses import replace
from pathlib import Path

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.domain.bank import AccountType
from colead_desktop.domain.programme_setup import PayerSetup, ZenginRequester
from colead_desktop.domain.statement_totals import StatementTotals, add_up
from colead_desktop.domain.statements import StatementStatus
from colead_desktop.services import payment_batch
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from colead_desktop.services import programme_setup

from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, BANK, WHO, approved
from tests.services.payments_fixtures import pay as pay_in_run

FEE = 440
DAY = date(2021, 11, 16)
PAID = date(2022, 3, 10)


def _payer(db: Database, programme_id: int) -> None:
    """The secretariat's account, which a payment run's 全銀 file needs."""
    setup = programme_setup.load_setup(db, programme_id)
    payer = PayerSetup(name="架空事務局", zengin=ZenginRequester(
        requester_code="0123456789", requester_kana="ｺﾘ-ﾄﾞｼﾞﾑｷﾖｸ", bank_code="0001", branch_code="001",
        account_type=AccountType.ORDINARY, account_number="7654321"))
    programme_setup.update_setup(db, programme_id, replace(setup, payer=payer), WHO)


def _talents(db: Database, programme_id: int, count: int) -> list[int]:
    """Invented talents taking part in the programme, each with one tour day and the bank fee to bear."""
    with db.session() as session:
        talents = [models.Talent(name=f"架空 {i}", kana="ｶｸｳ ﾀﾛｳ") for i in range(count)]
        session.add_all(talents)
        session.flush()
        session.add_all(models.ProgrammeTalent(programme_id=programme_id, talent_id=t.id, region_preferences=[],
                                               motivation="") for t in talents)
        session.add_all(TourDayRow(programme_id=programme_id, talent_id=t.id, day=DAY, note="") for t in talents)
        ids = [t.id for t in talents]
    for talent_id in ids:
        pay.save_payee(db, talent_id, WHO, fee_borne_by="payee", fee_yen=FEE, **BANK)
        records.add_expense(db, programme_id, talent_id, DAY, "air", 40_000, False, WHO, "羽田〜女満別")
    return ids


def _corrected(db: Database, programme_id: int, statement_id: int, talent_id: int, fare: int) -> int:
    """An approved 訂正明細書 of a paid statement: the payee's air fare becomes `fare`."""
    adjusting = statements.adjust_statement(db, statement_id, WHO, "航空券の金額の訂正")
    [expense] = records.expenses(db, programme_id, talent_id)
    records.update_expense(db, expense.id, WHO, expense.day, expense.category, fare, False, expense.description)
    statements.compute_draft(db, programme_id, talent_id, WHO)
    statements.approve_statement(db, adjusting, APPROVER)
    return adjusting


def test_totals_add_corrections_as_differences_and_reclaims_without_a_fee(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    _payer(db, programme_id)
    more, less, drafted = _talents(db, programme_id, 3)
    first = {talent_id: approved(db, programme_id, talent_id) for talent_id in (more, less)}
    pay_in_run(db, programme_id, list(first.values()), PAID, tmp_path)
    raised = _corrected(db, programme_id, first[more], more, 50_000)  # pays 10,000 more: a second transfer
    reclaim = _corrected(db, programme_id, first[less], less, 30_000)  # 10,000 less: 返金請求
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
