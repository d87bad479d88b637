"""The 支払処理 dialog on the demo: the preview says what is left out and which planned dates change, creating
writes the file on the JobRunner and lists the run, 再作成 keeps the history, paid takes the bank's date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QMessageBox

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.run_dialog import RunDialog
from colead_desktop.ui.widgets import to_qdate
from tests.ui.conftest import show_demo
from tests.conftest import shots_dir

SHOTS = shots_dir("runs")


def shot(widget: RunDialog, name: str, artifacts: Path) -> None:
    for folder in (artifacts, SHOTS):
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


@pytest.fixture
def dialog(qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> RunDialog:  # type: ignore[no-untyped-def]
    programme_id = show_demo(context)
    context.settings.user_name = "経理 花子"
    payee = service.list_payees(context.db, programme_id)[2]  # a reclaim: travel booked twice, corrected after approval
    adjusting = statements.adjust_statement(context.db, payee.statement_id or 0, "経理 花子", "航空券の二重計上")
    expense = max(records.expenses(context.db, programme_id, payee.talent_id), key=lambda e: e.amount_yen)
    records.delete_record(context.db, "expense", expense.id, "経理 花子")
    statements.compute_draft(context.db, programme_id, payee.talent_id, "経理 花子")
    statements.approve_statement(context.db, adjusting, "経理 次郎")
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    widget = RunDialog(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.usefixtures("bank_confirms_later")
def test_preview_create_regenerate_and_paid(dialog: RunDialog, tmp_path: Path, artifacts: Path) -> None:
    day = next_bank_business_day(tokyo_today() + date.resolution * 7)
    dialog.day.setDate(to_qdate(day))
    assert dialog.statements.rowCount() == 17
    text = dialog.plan_label.text()
    assert "明細書 16 件を振込 16 件で" in text and "返金請求" in text
    assert f"振込予定日の変更 2022-03-10 → {day.isoformat()}: 16 件" in text
    dialog.statements.item(15, 0).setCheckState(Qt.CheckState.Unchecked)
    assert "除外を指定されました" in dialog.plan_label.text() and "明細書 15 件を振込 15 件で" in dialog.plan_label.text()
    shot(dialog, "run_dialog_preview", artifacts)
    dialog.create_run(day, dialog.excluded(), tmp_path / "z.txt")
    assert (tmp_path / "z.txt").exists()
    assert dialog.history.rowCount() == 1 and dialog.history.item(0, 2).text() == "15"
    assert dialog.statements.rowCount() == 2  # the excluded one and the reclaim wait
    assert dialog.run_members.rowCount() == 15 and dialog.regenerate_button.isEnabled()
    dialog.regenerate(runs.list_runs(dialog.db, dialog.programme_id)[0].run_id, tmp_path / "z2.txt")
    assert (tmp_path / "z2.txt").read_bytes() == (tmp_path / "z.txt").read_bytes()
    assert dialog.history.item(0, 7).text() == "2"
    shot(dialog, "run_dialog_history", artifacts)
    dialog.run_members.selectRow(0)
    dialog.mark_paid(day, numbers=[dialog.run_members.item(0, 0).text()])
    assert dialog.run_members.item(0, 3).text() == "支払済" and dialog.run_members.item(0, 4).text() == day.isoformat()
    dialog.mark_paid(day, run_id=runs.list_runs(dialog.db, dialog.programme_id)[0].run_id)
    assert dialog.history.item(0, 6).text() == "支払済" and not dialog.regenerate_button.isEnabled()
    shot(dialog, "run_dialog_paid", artifacts)


def test_a_paid_date_before_the_transfer_is_refused_with_a_message(dialog: RunDialog, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    day = next_bank_business_day(tokyo_today() + date.resolution * 7)
    dialog.create_run(day, [], tmp_path / "z.txt")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    dialog.mark_paid(tokyo_today(), run_id=runs.list_runs(dialog.db, dialog.programme_id)[0].run_id)
    assert shown and "より前です" in shown[0]


def test_the_whole_summary_is_shown_inside_its_box(dialog: RunDialog, qtbot, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    """Its first and last lines were cut off: the tables squeezed it below the height of its text."""
    dialog.day.setDate(to_qdate(next_bank_business_day(tokyo_today() + date.resolution * 7)))
    dialog.statements.item(15, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.wait_until(lambda: dialog.plan_area.height() > 0)
    QApplication.processEvents()  # the layout takes the summary's new height
    label, area = dialog.plan_label, dialog.plan_area
    assert label.text().count("\n") == 3  # four lines: the total, two left out, the changed date
    assert area.viewport().height() >= label.heightForWidth(area.viewport().width()) > 3 * label.fontMetrics().height()
    box = area.parentWidget()
    while box is not None and not isinstance(box, QGroupBox):
        box = box.parentWidget()
    assert box is not None and area.geometry().bottom() <= box.contentsRect().bottom()
    assert area.verticalScrollBar().maximum() == 0  # nothing left to scroll to
    shot(dialog, "run_dialog_summary", artifacts)
