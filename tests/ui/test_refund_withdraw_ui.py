"""The payments page words a reclaim as one (返金請求額, no 振込予定日, fee 0) and records its refund (返金受領…);
the run dialog withdraws an unsent run (取消…). On the demo, after its statements were paid (new-user review)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.run_dialog import RunDialog

from tests.services.payments_fixtures import APPROVER, WHO
from tests.services.payments_fixtures import pay as pay_in_run
from tests.ui.payments_fixtures import accept_date_dialogs, payee_cell

SHOTS = Path("/work/shots/refund9")


def _shot(widget: QDialog | PaymentsPage, name: str, artifacts: Path) -> None:
    QApplication.processEvents()  # the layout takes the head's new height
    for folder in (artifacts, SHOTS):
        if folder == SHOTS and not folder.parent.is_dir():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


def _reclaim(db: Database, programme_id: int, tmp_path: Path) -> service.PayeeSummary:
    """The demo paid, then its third payee's largest expense removed by an approved correction: a reclaim."""
    payees = service.list_payees(db, programme_id)
    pay_in_run(db, programme_id, [p.statement_id or 0 for p in payees], date(2022, 3, 10), tmp_path)
    payee = payees[2]
    adjusting = statements.adjust_statement(db, payee.statement_id or 0, WHO, "航空券の二重計上")
    expense = max(records.expenses(db, programme_id, payee.talent_id), key=lambda e: e.amount_yen)
    records.delete_record(db, "expense", expense.id, WHO)
    statements.compute_draft(db, programme_id, payee.talent_id, WHO)
    statements.approve_statement(db, adjusting, APPROVER)
    return next(p for p in service.list_payees(db, programme_id) if p.talent_id == payee.talent_id)


def test_a_reclaim_is_worded_as_one_and_its_refund_recorded(payments_page: PaymentsPage, tmp_path: Path,
                                                            artifacts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = payments_page
    programme_id = page.ctx.programme_id or 0
    reclaim = _reclaim(page.db, programme_id, tmp_path)
    assert reclaim.transfer_yen < 0
    page.reload()
    page.select_talent(reclaim.talent_id)
    head = page.statement_head.text()
    assert f"返金請求額 <b>{-reclaim.transfer_yen:,}</b> 円" in head and "手数料 0 円" in head
    assert "振込予定日" not in head and "振込金額" not in head and "返金を請求します" in head
    assert page.refund_button.isEnabled()
    _shot(page, "reclaim_head", artifacts)

    chosen = accept_date_dialogs(monkeypatch, lambda dialog: _shot(dialog, "refund_dialog", artifacts))
    page.refund_button.click()
    assert chosen == ["返金受領"]
    row = next(i for i, p in enumerate(page.summaries) if p.talent_id == reclaim.talent_id)
    assert payee_cell(page, row, 3) == "返金済"
    assert f"返金受領日 {tokyo_today().isoformat()}" in page.statement_head.text()
    assert not page.refund_button.isEnabled()
    _shot(page, "reclaim_refunded", artifacts)


def test_an_unsent_run_is_withdrawn_from_the_dialog(payments_page: PaymentsPage, tmp_path: Path,
                                                    artifacts: Path) -> None:
    page = payments_page
    dialog = RunDialog(page.ctx, page)
    dialog.resize(1000, 720)
    dialog.show()
    day = next_bank_business_day(tokyo_today() + timedelta(days=7))
    run = runs.create_run(page.db, page.ctx.programme_id or 0, day, tmp_path / "z.txt", WHO)
    dialog.reload()
    assert dialog.withdraw_button.isEnabled() and dialog.regenerate_button.isEnabled()
    dialog.withdraw_button.click()  # the fixture answers the confirmation Yes
    assert dialog.history.item(0, 6).text().startswith(f"取消（{WHO} ")
    assert dialog.run_members.rowCount() == 0 and dialog.statements.rowCount() == len(run.statements)
    assert not dialog.withdraw_button.isEnabled() and not dialog.regenerate_button.isEnabled()
    _shot(dialog, "run_withdrawn", artifacts)
    dialog.close()


def test_withdrawing_a_run_with_a_paid_statement_is_refused_with_a_message(
        payments_page: PaymentsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = payments_page
    day = next_bank_business_day(tokyo_today() + timedelta(days=7))
    run = runs.create_run(page.db, page.ctx.programme_id or 0, day, tmp_path / "z.txt", WHO)
    runs.mark_paid(page.db, page.ctx.programme_id or 0, WHO, day, statement_nos=[run.statements[0]], today=day)
    dialog = RunDialog(page.ctx, page)
    dialog.withdraw(run.run_id)  # the button is off; the rule holds whoever calls
    assert any("支払済の明細書" in text for kind, text in page.messages)  # type: ignore[attr-defined]
    assert not dialog.withdraw_button.isEnabled()


def test_a_correction_of_a_statement_in_an_unsent_run_says_what_to_do(
        payments_page: PaymentsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from colead_desktop.ui.payments.dialogs import AdjustDialog

    page = payments_page
    programme_id = page.ctx.programme_id or 0
    day = next_bank_business_day(tokyo_today() + timedelta(days=7))
    runs.create_run(page.db, programme_id, day, tmp_path / "z.txt", WHO)
    page.reload()
    count = len(statements.statements_with_status(page.db, programme_id, *StatementStatus))

    def fill_and_accept(dialog: AdjustDialog) -> QDialog.DialogCode:
        dialog.reason.setText("作業日の削除")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AdjustDialog, "exec", fill_and_accept)
    page.adjust_button.click()
    assert any("支払処理を取消" in text for _kind, text in page.messages)  # type: ignore[attr-defined]
    assert len(statements.statements_with_status(page.db, programme_id, *StatementStatus)) == count
