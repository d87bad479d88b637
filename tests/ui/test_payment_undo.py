"""Payments undo on the demo: adding and editing a payment record are named steps; undo and redo move the
stored record back and forth (read back through the services); an undo meeting another session's edit is
refused without writing; approval and a payment run say in their confirmation that they cannot be undone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.services import payment_records as records
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.dialogs import WorkDayDialog
from colead_desktop.ui.payments.run_dialog import PaidDateDialog, RunDialog
from tests.ui.modal import when_modal
from tests.ui.payments_fixtures import WHO


@pytest.fixture
def page(demo_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> PaymentsPage:
    """The Payments page on the demo's first payee; warnings recorded in `page.shown`."""
    demo_context.settings.user_name = WHO
    widget = PaymentsPage(demo_context)
    qtbot.addWidget(widget)
    widget.shown = []  # type: ignore[attr-defined]  # test-only record of the warnings
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: widget.shown.append((title, text)))
    assert widget.talent_id is not None
    return widget


def work_days(page: PaymentsPage) -> list[tuple[date, str, str]]:
    assert page.ctx.programme_id is not None and page.talent_id is not None
    return [(w.day, w.activity, w.note) for w in records.work_days(page.db, page.ctx.programme_id, page.talent_id)]


def fill(day: date, note: str) -> None:
    """Answer the next work-day dialog with `day` and `note`, then OK."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkDayDialog)
        dialog.day.setDate(QDate(day.year, day.month, day.day))
        dialog.activity.setCurrentIndex(dialog.activity.findData("meeting"))
        dialog.note.setText(note)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(answer)


def _select_row_of(page: PaymentsPage, note: str) -> None:
    table = page.records.work_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 4).text() == note)
    table.selectRow(row)


def test_adding_and_editing_a_work_day_are_steps(page: PaymentsPage) -> None:
    stack = page.ctx.undo_stack
    page.tabs.setCurrentIndex(2)
    original = work_days(page)

    fill(date(2022, 2, 3), "追加した打合せ")
    page.records.add_work_day()
    added = work_days(page)
    assert sorted(set(added) - set(original)) == [(date(2022, 2, 3), "meeting", "追加した打合せ")]
    assert stack.undoText() == "作業日を追加"
    stack.undo()
    assert work_days(page) == original
    stack.redo()
    assert work_days(page) == added

    _select_row_of(page, "追加した打合せ")
    fill(date(2022, 2, 4), "日付を直した打合せ")
    page.records.edit_work_day()
    edited = work_days(page)
    assert (date(2022, 2, 4), "meeting", "日付を直した打合せ") in edited and len(edited) == len(added)
    assert stack.undoText() == "作業日を変更"
    stack.undo()
    assert work_days(page) == added
    stack.redo()
    assert work_days(page) == edited
    stack.undo()
    stack.undo()  # the add too
    assert work_days(page) == original and page.shown == []  # type: ignore[attr-defined]


def test_undo_of_an_add_refused_when_another_session_edited_the_record(page: PaymentsPage) -> None:
    page.tabs.setCurrentIndex(2)
    fill(date(2022, 2, 3), "追加した打合せ")
    page.records.add_work_day()
    assert page.ctx.programme_id is not None and page.talent_id is not None
    mine = next(w for w in records.work_days(page.db, page.ctx.programme_id, page.talent_id)
                if w.note == "追加した打合せ")
    records.update_work_day(page.db, mine.id, "別の窓", mine.day, "meeting", note="別の窓で直した")
    theirs = work_days(page)

    page.ctx.undo_stack.undo()
    assert work_days(page) == theirs  # not deleted
    title, text = page.shown[0]  # type: ignore[attr-defined]
    assert title == "元に戻せません" and "ほかの操作で変更" in text
    assert not page.ctx.undo_stack.canUndo()


def test_approval_and_payment_runs_say_they_cannot_be_undone(page: PaymentsPage, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    summary = page.selected_summary()
    assert summary is not None and summary.statement_id is not None
    page.approve()
    assert len(asked) == 1 and summary.statement_no in asked[0] and "この操作は元に戻せません" in asked[0]
    assert page.shown == []  # type: ignore[attr-defined]  # No: the service was not asked

    dialog = RunDialog(page.ctx, page)
    monkeypatch.setattr(dialog, "_ask_target", lambda _n: pytest.fail("the file was asked although the user said No"))
    dialog.ask_create()
    assert len(asked) == 2 and "この操作は元に戻せません" in asked[1]

    paid = PaidDateDialog(date(2022, 3, 1), "支払処理 1 の明細書をすべて支払済みにします。")
    assert any("この操作は元に戻せません" in label.text() for label in paid.findChildren(QLabel))
