"""Payments page on the demo: opens, masks the bank number until 表示, approves, refuses locked edits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from colead_desktop.db.engine import Database
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.run_dialog import RunDialog
from tests.ui.conftest import show_demo
from tests.services.payments_fixtures import APPROVER, WHO
from tests.services.payments_fixtures import pay as pay_in_run
from tests.ui.payments_fixtures import payee_cell


@pytest.fixture
def page(qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> PaymentsPage:  # type: ignore[no-untyped-def]
    show_demo(context)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)  # 承認の確認
    context.settings.user_name = "テスト 太郎"
    widget = PaymentsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 820)
    widget.show()
    return widget


def test_page_opens_on_the_demo_with_statements(page: PaymentsPage, artifacts: Path) -> None:
    assert page.payee_model.rowCount() == 16
    assert payee_cell(page, 0, 3) == "承認済"
    assert page.lines.rowCount() > 0 and "FY2021" in page.rates_label.text()
    assert "差引支払額" in page.totals.text()
    page.payees.selectRow(2)  # as a click does: the person shown follows the current row
    assert page.talent_id == page.summaries[2].talent_id and page.summaries[2].statement_no in page.statement_head.text()
    page.payees.selectRow(0)
    page.grab().save(str(artifacts / "payments_page.png"))
    page.tabs.setCurrentIndex(4)
    page.grab().save(str(artifacts / "payments_page_payee.png"))


def test_bank_number_is_masked_until_revealed(page: PaymentsPage, db: Database) -> None:
    number = service.payee_details(db, page.talent_id).account_number
    assert page.payee_tab.account.text() == "****" + number[-3:] and page.payee_tab.account.isReadOnly()
    page.payee_tab.reveal.click()
    assert page.payee_tab.account.text() == number and not page.payee_tab.account.isReadOnly()
    page.payee_tab.reveal.click()
    assert page.payee_tab.account.text() == "****" + number[-3:]


def _adjust(page: PaymentsPage, monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    """訂正明細書 through its dialog: the latest statement, the reason typed, the corrected statement's rates."""
    from PySide6.QtWidgets import QDialog

    from colead_desktop.ui.payments.dialogs import AdjustDialog

    def fill_and_accept(dialog: AdjustDialog) -> QDialog.DialogCode:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # no reason yet
        dialog.reason.setText(reason)
        assert ok.isEnabled() and not dialog.current_rates.isChecked()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AdjustDialog, "exec", fill_and_accept)
    page.adjust_button.click()


def test_adjust_then_approve_changes_the_status(page: PaymentsPage, db: Database,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _adjust(page, monkeypatch, "作業日の追加")
    assert payee_cell(page, 0, 3) == "下書き"
    assert not page.approve_button.isEnabled()  # テスト 太郎 computed it: someone else approves
    assert "テスト 太郎 以外の人が承認してください" in page.approve_button.toolTip()
    page.settings.user_name = "テスト 花子"
    page.show_person()
    assert page.approve_button.isEnabled() and "作成者: テスト 太郎" in page.approve_button.toolTip()
    page.approve_button.click()
    assert payee_cell(page, 0, 3) == "承認済"
    entries = audit_log.audit_entries(db, entity="payment_statement")
    assert any(e.field == "status" and e.new == "approved" and e.who == "テスト 花子" for e in entries)


def test_editing_an_approved_statement_is_refused_with_a_message(page: PaymentsPage,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    page.records.expense_table.selectRow(0)
    page.findChild(type(page.approve_button), "expense_delete").click()
    assert shown and "承認済" in shown[0] and "訂正明細書" in shown[0]
    # a new record is not on the approved statement: it is added, for the person's next statement
    rows_before = page.records.work_table.rowCount()
    page.ctx.attempt(page, lambda: records.add_work_day(page.db, page.ctx.programme_id, page.talent_id,
                                                        __import__("datetime").date(2022, 2, 1), "support", page.who))
    assert len(shown) == 1 and page.records.work_table.rowCount() == rows_before + 1


def test_approving_a_draft_whose_records_changed_elsewhere_shows_why_it_is_refused(
        page: PaymentsPage, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    _adjust(page, monkeypatch, "航空券の追加")
    before = service.list_payees(db, page.ctx.programme_id)[0].gross_yen
    other_instance = Database(db.url)  # another app on the same file adds the air fare
    records.add_expense(other_instance, page.ctx.programme_id, page.talent_id, date(2021, 11, 16), "air", 45_000,
                        False, "別の端末")
    other_instance.dispose()
    page.settings.user_name = "テスト 花子"  # someone other than who computed the draft approves
    page.show_person()
    page.approve_button.click()
    assert shown == ["明細書の作成後に記録が変更されました。明細書を作り直してから承認してください。"]
    assert payee_cell(page, 0, 3) == "下書き"
    page.settings.user_name = "テスト 太郎"
    page.compute_button.click()
    page.settings.user_name = "テスト 花子"
    page.show_person()
    page.approve_button.click()
    assert len(shown) == 1 and payee_cell(page, 0, 3) == "承認済"
    assert service.list_payees(db, page.ctx.programme_id)[0].gross_yen == before + 45_000


def test_a_draft_computed_before_its_records_changed_says_so_until_it_is_computed_again(
        page: PaymentsPage, db: Database, monkeypatch: pytest.MonkeyPatch, artifacts: Path) -> None:
    _adjust(page, monkeypatch, "経費の訂正")
    assert "金額の変更はありません" in page.statement_head.text()  # the correction as computed: the same records
    expense = page.records.expense_items[0]
    records.update_expense(db, expense.id, page.who, expense.day, expense.category, expense.amount_yen + 1_000,
                           expense.paid_directly, expense.description)
    page.ctx.data_changed.emit()  # as the records tab's edit step does
    head = page.statement_head.text()
    assert "金額の変更はありません" not in head and "明細書の作成後に記録が変更されました" in head
    QApplication.processEvents()  # the head's new height laid out before the picture
    page.grab().save(str(artifacts / "payments_outdated_correction.png"))
    page.compute_button.click()
    head = page.statement_head.text()
    assert "今回の差額を支払います" in head and "明細書の作成後に記録が変更されました" not in head


def test_holder_not_matching_the_kana_is_flagged_and_confirmed_before_a_run(
        page: PaymentsPage, db: Database, monkeypatch: pytest.MonkeyPatch, artifacts: Path) -> None:
    tab = page.payee_tab
    page.tabs.setCurrentIndex(4)
    assert tab.fields["kana"].text() == "サトウ ケンタ" and tab.holder_warning.isHidden()
    tab.fields["holder_kana"].setText("ｱｵｷ ﾊﾙｶ")
    assert not tab.holder_warning.isHidden()
    page.grab().save(str(artifacts / "payments_page_holder_warning.png"))
    tab.save()  # a new holder: the statement goes back to draft, approved again by someone else
    sato = next(p for p in service.list_payees(db, page.ctx.programme_id) if p.name == "佐藤 健太")
    statements.approve_statement(db, sato.statement_id or 0, "経理 次郎")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    dialog = RunDialog(page.ctx, page)
    monkeypatch.setattr(dialog, "_ask_target", lambda _n: pytest.fail("the file was asked although the user said No"))
    dialog.ask_create()
    assert len(asked) == 1 and "佐藤 健太" in asked[0] and "ｱｵｷ ﾊﾙｶ" in asked[0] and "高橋" not in asked[0]


def test_chosho_dialog_proposes_the_year_of_the_demo_payments(page: PaymentsPage,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    proposed: list[int] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda _p, _t, _l, value, *_a: proposed.append(value) or (value, False))
    page.exports.ask_chosho()
    assert proposed == [2022]


def test_demo_work_days_say_plainly_that_they_are_invented(page: PaymentsPage) -> None:
    table = page.records.work_table
    assert table.rowCount() > 0
    assert {table.item(row, 4).text() for row in range(table.rowCount())} == {"架空のデモデータ"}


def test_totals_count_a_correction_once_and_the_month_of_payment_is_summed(
        page: PaymentsPage, db: Database, tmp_path: Path, artifacts: Path) -> None:
    """Issue 14: after a 訂正明細書 the totals add the difference, whose transfer bears the payee's fee again (the
    latest statements alone miss that fee), and the withholding tab sums the month the statements were paid in,
    due on the next 10th."""
    programme_id = page.ctx.programme_id
    payees = service.list_payees(db, programme_id)
    pay_in_run(db, programme_id, [p.statement_id for p in payees], date(2022, 3, 10), tmp_path)
    payer = next(p for p in payees if service.payee_details(db, p.talent_id).fee_borne_by == "payee")
    adjusting = statements.adjust_statement(db, payer.statement_id, WHO, "航空券の追加")
    records.add_expense(db, programme_id, payer.talent_id, date(2021, 11, 16), "air", 45_000, False, WHO, "追加")
    statements.compute_draft(db, programme_id, payer.talent_id, WHO)
    page.reload()
    assert "下書きの明細書 1 件は合計に含みません" in page.totals.text()
    statements.approve_statement(db, adjusting, APPROVER)
    page.reload()
    totals = service.programme_totals(db, programme_id)
    fees = sum(p.fee_yen for p in payees) + service.payee_details(db, payer.talent_id).fee_yen
    assert totals.issued == 17 and totals.fee_yen == fees  # the correction's transfer bears its fee too
    assert sum(p.fee_yen for p in service.list_payees(db, programme_id)) < fees  # the latest statements alone
    assert f"手数料 {fees:,} 円" in page.totals.text() and "下書き" not in page.totals.text()
    page.grab().save(str(artifacts / "payments_totals_after_correction.png"))

    page.left_tabs.setCurrentIndex(1)
    model = page.monthly_model
    paid = statements.statements_with_status(db, programme_id, StatementStatus.PAID)
    withheld = [st for st in paid if st.result.withholding_yen]
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(5)] == [
        "2022年3月", str(len(withheld)), f"{sum(st.result.gross_yen for st in withheld):,}",
        f"{sum(st.result.withholding_yen for st in withheld):,}", "2022-04-11"]  # the 10th is a Sunday
    page.grab().save(str(artifacts / "payments_withholding_monthly.png"))


def test_the_audit_tab_lists_the_chosen_persons_changes_or_all_of_them(page: PaymentsPage, db: Database) -> None:
    programme_id = page.ctx.programme_id
    assert programme_id is not None and page.talent_id is not None
    mine = service.talent_audit(db, programme_id, page.talent_id)
    assert mine and page.audit_model.rowCount() == len(mine)
    assert page.audit_model.index(0, 1).data() == mine[0].who
    page.audit_scope.setCurrentIndex(page.audit_scope.findData("all"))
    everything = audit_log.audit_entries(db, limit=500)
    assert page.audit_model.rowCount() == len(everything) > len(mine)


def test_a_payee_chosen_while_a_visit_shows_another_is_shown_on_every_tab(
        page: PaymentsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    """A visit shows the chosen payee's tabs one turn at a time (issue 15); a click on another payee between two
    of them must not leave the remaining tabs showing the first."""
    first, other = page.summaries[0].talent_id, page.summaries[1].talent_id
    page.select_talent(first)
    show_records = page.records.show_records
    clicked: list[int] = []

    def show_then_click(talent_id: int | None, read: object = None) -> None:
        show_records(talent_id, read)  # type: ignore[arg-type]
        if not clicked:  # the user chooses another payee before the next tab is shown
            clicked.append(other)
            page.payees.selectRow(1)

    monkeypatch.setattr(page.records, "show_records", show_then_click)
    page.reload()
    assert clicked == [other]
    assert page.talent_id == other
    assert page.records.talent_id == other and page.payee_tab.talent_id == other
    assert page.payee_tab.details == service.payee_details(page.db, other)  # not the first's under the other's id


def test_a_correction_reason_too_long_is_refused_naming_the_field(page: PaymentsPage, db: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's 訂正の理由 has the CLI's limit (domain.statements.adjusting_statement): said, nothing made."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    before = len(statements.statement_history(db, page.ctx.programme_id, page.talent_id))
    _adjust(page, monkeypatch, "運" * 2_001)
    assert any("訂正の理由は 2000 文字以内" in text for text in shown), shown
    assert len(statements.statement_history(db, page.ctx.programme_id, page.talent_id)) == before
    assert payee_cell(page, 0, 3) == "承認済"
