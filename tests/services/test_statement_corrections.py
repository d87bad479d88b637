"""The statement service's 訂正明細書 moves the money domain.payments.difference says (issue 14's fee cases)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.payments import Difference
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from tests.services.payments_fixtures import WHO


def _fee_bearing_payee(demo: Database, demo_id: int) -> tuple[pay.PayeeSummary, int]:
    for payee in pay.list_payees(demo, demo_id):
        details = pay.payee_details(demo, payee.talent_id)
        if details.fee_borne_by == "payee" and details.fee_yen:
            return payee, details.fee_yen
    raise AssertionError("the demo has a payee who bears the bank fee")


def test_a_reclaim_and_a_correction_without_change_carry_no_fee(demo: Database, demo_id: int, tmp_path: Path) -> None:
    payee, fee = _fee_bearing_payee(demo, demo_id)
    run = runs.create_run(demo, demo_id, date(2022, 3, 10), tmp_path / "zengin.txt", WHO, today=date(2022, 3, 1))
    runs.mark_paid(demo, demo_id, WHO, date(2022, 3, 10), run_id=run.run_id)
    unchanged = statements.statement(demo, statements.adjust_statement(demo, payee.statement_id, WHO, "住所の誤記"))
    assert unchanged.payment == Difference(0, 0, 0, 0) and unchanged.transfer_yen == 0  # was −fee
    assert unchanged.result.fee_yen == fee  # the payee still bears the fee of a transfer; there is none here

    expense = max((e for e in records.expenses(demo, demo_id, payee.talent_id) if not e.paid_directly),
                  key=lambda e: e.amount_yen)
    assert expense.amount_yen >= 10_000
    records.update_expense(demo, expense.id, WHO, expense.day, expense.category, expense.amount_yen - 10_000,
                           False, expense.description)
    reclaim = statements.statement(demo, statements.compute_draft(demo, demo_id, payee.talent_id, WHO))
    # ¥10,000 less travel, withheld at 10.21%: 10,000 − 1,021 reclaimed, no fee (was 8,979 + fee).
    assert reclaim.payment == Difference(-10_000, -1_021, 0, -8_979) and reclaim.transfer_yen == -8_979
    assert reclaim.payment.is_reclaim
