"""Editing payment records in place on the Payments page (編集… and double-click), the print button."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QPushButton

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.ui import print_centre
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.dialogs import ExpenseDialog, WorkDayDialog
from tests.ui.loading import shown_page, wait_loaded
from tests.ui.modal import when_modal
from tests.ui.payments_fixtures import WHO


@pytest.fixture
def page(payments_page: PaymentsPage) -> PaymentsPage:
    return payments_page


def _unlock(page: PaymentsPage) -> None:
    """Correct the approved statement the way the page offers: an adjusting statement (a new draft)."""
    summary = page.selected_summary()
    assert summary is not None and summary.statement_id is not None
    statements.adjust_statement(page.db, summary.statement_id, WHO, "記録の訂正")
    page.reload()


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _latest_by_field(entries: list[audit_log.AuditEntry]) -> dict[str, audit_log.AuditEntry]:
    latest: dict[str, audit_log.AuditEntry] = {}
    for entry in entries:  # newest first
        latest.setdefault(entry.field, entry)
    return latest


def _double_click(table, row: int) -> None:  # type: ignore[no-untyped-def]
    table.selectRow(row)
    rect = table.visualRect(table.model().index(row, 0))
    # a press first, as a real double-click has: the view only reacts to a double-click on the pressed cell
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def test_editing_a_work_day_saves_it_with_old_and_new_in_the_audit_log(page: PaymentsPage, db: Database,
                                                                       artifacts: Path) -> None:
    _unlock(page)
    page.tabs.setCurrentIndex(2)
    before = records.work_days(db, page.ctx.programme_id, page.talent_id)[0]
    company_id, company = page.records._companies()[0]

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkDayDialog)
        assert dialog.windowTitle() == "作業日の編集"
        assert dialog.values()["day"] == before.day and dialog.values()["activity"] == before.activity
        dialog.day.setDate(QDate(2022, 1, 14))
        dialog.activity.setCurrentIndex(dialog.activity.findData("meeting"))
        dialog.company.setCurrentIndex(dialog.company.findData(company_id))
        dialog.note.setText("定例会（第2回）")
        dialog.approved_by.setText("北見市IoT推進ラボ 担当")
        dialog.grab().save(str(artifacts / "payments_work_day_edit.png"))
        _ok(dialog)

    when_modal(edit)
    _double_click(page.records.work_table, 0)
    after = next(w for w in records.work_days(db, page.ctx.programme_id, page.talent_id) if w.id == before.id)
    assert (after.day, after.activity, after.company_id, after.note, after.approved_by) == (
        date(2022, 1, 14), "meeting", company_id, "定例会（第2回）", "北見市IoT推進ラボ 担当")  # kept as typed
    audit = _latest_by_field(audit_log.audit_entries(db, entity="payment_work_day", entity_id=before.id))
    assert (audit["activity"].old, audit["activity"].new, audit["activity"].who) == (before.activity, "meeting", WHO)
    assert audit["day"].old == before.day.isoformat() and audit["day"].new == "2022-01-14"
    row = [page.records.work_table.item(r, 0).text() for r in range(page.records.work_table.rowCount())]
    assert "2022-01-14" in row and company in [page.records.work_table.item(r, 2).text()
                                               for r in range(page.records.work_table.rowCount())]


def test_editing_an_expense_changes_amount_payer_and_receipts(page: PaymentsPage, db: Database, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              artifacts: Path) -> None:
    _unlock(page)
    page.tabs.setCurrentIndex(3)
    before = records.expenses(db, page.ctx.programme_id, page.talent_id)[0]
    receipt = tmp_path / "搭乗券.pdf"
    receipt.write_bytes(b"%PDF-1.4 invented boarding pass")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ExpenseDialog)
        assert dialog.amount.value() == before.amount_yen and dialog.direct.isChecked() == before.paid_directly
        dialog.amount.setValue(before.amount_yen + 1_230)
        dialog.direct.setChecked(not before.paid_directly)
        dialog.description.setText("往路 羽田→女満別（変更後の便）")
        dialog.findChild(QPushButton, "expense_receipt_add").click()
        assert dialog.receipts.count() == len(before.receipts) + 1
        dialog.grab().save(str(artifacts / "payments_expense_edit.png"))
        _ok(dialog)

    page.records.expense_table.selectRow(0)
    when_modal(edit)
    page.findChild(QPushButton, "expense_edit").click()
    after = next(e for e in records.expenses(db, page.ctx.programme_id, page.talent_id) if e.id == before.id)
    assert (after.amount_yen, after.paid_directly) == (before.amount_yen + 1_230, not before.paid_directly)
    assert [r.file_name for r in after.receipts][-1] == "搭乗券.pdf"
    assert receipts.receipt_file(db, after.receipts[-1].id) == ("搭乗券.pdf", receipt.read_bytes())
    audit = _latest_by_field(audit_log.audit_entries(db, entity="payment_expense", entity_id=before.id))
    assert (audit["amount_yen"].old, audit["amount_yen"].new) == (str(before.amount_yen),
                                                                  str(before.amount_yen + 1_230))
    assert any(e.field == "file_name" and e.new == "搭乗券.pdf" and e.who == WHO
               for e in audit_log.audit_entries(db, entity="payment_receipt"))
    page.compute_button.click()
    assert page.selected_summary().status == "draft"  # recomputed with the edited expense


def test_tour_days_are_taken_from_the_tours_then_edited(page: PaymentsPage, db: Database) -> None:
    _unlock(page)
    page.tabs.setCurrentIndex(1)
    for day in records.tour_days(db, page.ctx.programme_id, page.talent_id):
        records.delete_record(db, "tour_day", day.id, WHO)
    page.reload()
    assert page.records.tour_table.rowCount() == 0
    page.findChild(QPushButton, "tour_fill").click()
    filled = records.tour_days(db, page.ctx.programme_id, page.talent_id)
    assert len(filled) == page.records.tour_table.rowCount() >= 2 and all("ツアー" in d.note for d in filled)

    def edit(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "tour_day_note").setText("3日目は欠席")
        _ok(dialog)

    when_modal(edit)
    _double_click(page.records.tour_table, len(filled) - 1)
    assert records.tour_days(db, page.ctx.programme_id, page.talent_id)[-1].note == "3日目は欠席"
    page.records.tour_table.selectRow(len(filled) - 1)
    page.findChild(QPushButton, "tour_delete").click()
    assert [d.day for d in records.tour_days(db, page.ctx.programme_id, page.talent_id)] == [d.day for d in filled[:-1]]


def test_editing_a_record_of_an_approved_statement_is_refused_before_the_dialog_opens(
        page: PaymentsPage, db: Database) -> None:
    summary = page.selected_summary()
    assert summary is not None and summary.status == "approved"
    before = records.work_days(db, page.ctx.programme_id, page.talent_id)
    page.records.work_table.selectRow(0)
    page.findChild(QPushButton, "work_edit").click()  # no dialog: the refusal comes first
    _double_click(page.records.expense_table, 0)
    warnings = [text for kind, text in page.messages if kind == "warning"]
    assert len(warnings) == 2
    assert all(summary.statement_no in text and "承認済" in text and "訂正明細書" in text for text in warnings)
    assert records.work_days(db, page.ctx.programme_id, page.talent_id) == before
    with pytest.raises(Exception, match=summary.statement_no):  # and the service refuses on its own too
        records.update_work_day(db, before[0].id, WHO, before[0].day, "report")


def test_print_button_opens_the_print_centre_on_the_selected_statement(page: PaymentsPage, db: Database,
                                                                       qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from colead_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(print_centre, "available_printers", lambda: ["Test printer"])
    window = MainWindow(db, page.settings)
    qtbot.addWidget(window)
    window.show()
    shown = shown_page(qtbot, window, "payments")
    assert isinstance(shown, PaymentsPage)
    shown.select_talent(service.list_payees(db, page.ctx.programme_id)[2].talent_id)
    summary = shown.selected_summary()
    assert shown.print_button.isEnabled()
    shown.print_button.click()
    centre = window.findChild(print_centre.PrintCentre)
    assert centre is not None and centre.isVisible()
    assert centre.current is not None and centre.current.key == f"statement:{summary.statement_id}"
    centre.close()
    shown.reload()
    wait_loaded(qtbot, shown)
    statements.adjust_statement(db, summary.statement_id, WHO, "訂正")
    shown.reload()
    wait_loaded(qtbot, shown)
    assert not shown.print_button.isEnabled()  # a draft is not printed for the payee


def test_deleting_an_expense_is_undone_with_its_receipt(page: PaymentsPage, db: Database, tmp_path: Path) -> None:
    _unlock(page)  # the correction's draft pays the records now: they can change
    programme, talent = page.ctx.programme_id, page.talent_id
    receipt = tmp_path / "領収書.pdf"
    receipt.write_bytes(b"%PDF-1.4 invented receipt")
    expense_id = records.add_expense(db, programme, talent, date(2021, 11, 16), "taxi", 4_200, False, WHO,
                                     receipts=[receipt])
    page.reload()
    before = records.expenses(db, programme, talent)
    row = next(r for r in range(page.records.expense_table.rowCount())
               if page.records.expense_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == expense_id)
    page.records.expense_table.selectRow(row)
    page.findChild(QPushButton, "expense_delete").click()
    assert [e.id for e in records.expenses(db, programme, talent)] == [e.id for e in before if e.id != expense_id]
    assert page.records.expense_table.rowCount() == len(before) - 1
    page.ctx.undo_stack.undo()
    assert records.expenses(db, programme, talent) == before  # the same id, amount and receipt
    assert page.records.expense_table.rowCount() == len(before)
    page.ctx.undo_stack.redo()
    assert expense_id not in [e.id for e in records.expenses(db, programme, talent)]
    entries = audit_log.audit_entries(db, entity="payment_expense", entity_id=expense_id)
    assert any(e.field == "amount_yen" and e.old == "4200" and e.new is None for e in entries)


def test_an_expense_moved_to_another_date_and_category_in_a_correction_keeps_its_receipt(
        page: PaymentsPage, db: Database, tmp_path: Path) -> None:
    """The window's path of a correction (訂正明細書, then the record edited) corrects the record in place, as
    `colead payments adjust` does (services/payment_corrections.py): its receipts stay with it."""
    before = records.expenses(db, page.ctx.programme_id, page.talent_id)[0]
    receipt = tmp_path / "領収書.pdf"
    receipt.write_bytes(b"%PDF-1.4 invented receipt")
    _unlock(page)
    records.change_receipts(db, before.id, WHO, add=[receipt])
    page.reload()
    page.tabs.setCurrentIndex(3)
    row = next(i for i, e in enumerate(page.records.expense_items) if e.id == before.id)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ExpenseDialog)
        dialog.day.setDate(QDate(2021, 11, 15))
        dialog.category.setCurrentIndex(dialog.category.findData("rail"))
        _ok(dialog)

    page.records.expense_table.selectRow(row)
    when_modal(edit)
    page.findChild(QPushButton, "expense_edit").click()
    after = next(e for e in records.expenses(db, page.ctx.programme_id, page.talent_id) if e.id == before.id)
    assert (after.day, after.category) == (date(2021, 11, 15), "rail")
    assert [r.file_name for r in after.receipts] == [r.file_name for r in before.receipts] + ["領収書.pdf"]
