"""An expense edit that adds or removes receipts, and 「ツアーから取り込む」, are one undo step each: do, undo, redo
read back through the services; another session's change refuses the step without writing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services.receipts import receipt_file
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.dialogs import ExpenseDialog
from tests.ui.payments_fixtures import WHO


def _unlocked(page: PaymentsPage) -> tuple[int, int]:
    """A correction of the person's approved statement makes their records editable: (programme, talent)."""
    summary = page.selected_summary()
    assert summary is not None and summary.statement_id is not None
    statements.adjust_statement(page.db, summary.statement_id, WHO, "記録の訂正")
    page.reload()
    assert page.ctx.programme_id is not None and page.talent_id is not None
    return page.ctx.programme_id, page.talent_id


def _receipts(db: Database, programme: int, talent: int, expense_id: int) -> tuple[int, list[str]]:
    expense = next(e for e in records.expenses(db, programme, talent) if e.id == expense_id)
    return expense.amount_yen, sorted(r.file_name for r in expense.receipts)


def test_an_expense_edit_with_receipts_is_one_step(payments_page: PaymentsPage, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = payments_page
    programme, talent = _unlocked(page)
    expense = records.expenses(page.db, programme, talent)[0]
    dropped = tmp_path / "旧領収書.pdf"
    dropped.write_bytes(b"%PDF-1.4 invented old receipt")
    records.update_expense(page.db, expense.id, WHO, expense.day, expense.category, expense.amount_yen,
                           expense.paid_directly, expense.description, add_receipts=[dropped])
    page.reload()
    before = _receipts(page.db, programme, talent, expense.id)
    new = tmp_path / "搭乗券.pdf"
    new.write_bytes(b"%PDF-1.4 invented boarding pass")
    old_id = next(r.id for r in records.expenses(page.db, programme, talent)[0].receipts
                  if r.file_name == "旧領収書.pdf")

    def edit(dialog: ExpenseDialog) -> QDialog.DialogCode:
        dialog.amount.setValue(expense.amount_yen + 500)
        dialog.new_receipts = lambda: [new]  # type: ignore[method-assign]
        dialog.removed = [old_id]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExpenseDialog, "exec", edit)
    page.tabs.setCurrentIndex(3)
    page.records.expense_table.selectRow(0)
    page.records.edit_expense()
    after = _receipts(page.db, programme, talent, expense.id)
    assert after[0] == expense.amount_yen + 500 and "搭乗券.pdf" in after[1] and "旧領収書.pdf" not in after[1]
    stack = page.ctx.undo_stack
    assert stack.undoText() == "経費を変更（領収書 追加 1件・削除 1件）"

    stack.undo()
    assert _receipts(page.db, programme, talent, expense.id) == before  # the removed receipt is back
    restored = next(r for r in records.expenses(page.db, programme, talent)[0].receipts
                    if r.file_name == "旧領収書.pdf")
    assert receipt_file(page.db, restored.id) == ("旧領収書.pdf", dropped.read_bytes())  # its bytes with it
    stack.redo()
    assert _receipts(page.db, programme, talent, expense.id) == after

    other = Database(page.db.url)  # another instance takes the new receipt off again
    receipt_id = next(r.id for r in records.expenses(other, programme, talent)[0].receipts
                      if r.file_name == "搭乗券.pdf")
    records.update_expense(other, expense.id, WHO, expense.day, expense.category, expense.amount_yen + 500,
                           expense.paid_directly, expense.description, remove_receipts=[receipt_id])
    other.dispose()
    changed = _receipts(page.db, programme, talent, expense.id)
    page.messages.clear()  # type: ignore[attr-defined]
    stack.undo()
    assert _receipts(page.db, programme, talent, expense.id) == changed
    assert page.messages and "変更された" in page.messages[0][1]  # type: ignore[attr-defined]


def test_filling_tour_days_from_tours_is_one_step(payments_page: PaymentsPage) -> None:
    page = payments_page
    programme, talent = _unlocked(page)
    for day in records.tour_days(page.db, programme, talent):
        records.delete_record(page.db, "tour_day", day.id, WHO)
    page.reload()
    stack, base = page.ctx.undo_stack, page.ctx.undo_stack.count()
    page.records.fill_tour_days()
    filled = records.tour_days(page.db, programme, talent)
    assert len(filled) > 1 and stack.count() == base + 1 and stack.undoText() == "ツアーから取り込む"
    stack.undo()
    assert records.tour_days(page.db, programme, talent) == []
    stack.redo()
    assert records.tour_days(page.db, programme, talent) == filled  # the same days, ids and notes

    page.records.fill_tour_days()  # nothing more to take: refused, no empty step
    assert stack.count() == base + 1
    assert "取り込むツアー参加日はありません" in page.messages[-1][1]  # type: ignore[attr-defined]

    records.update_tour_day(page.db, filled[0].id, WHO, filled[0].day, "別の端末で変更")
    stack.undo()  # one of them changed since: refused, all of them stay
    assert len(records.tour_days(page.db, programme, talent)) == len(filled)
    assert "変更された" in page.messages[-1][1]  # type: ignore[attr-defined]
