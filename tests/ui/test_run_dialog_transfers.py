"""The 支払処理 window on a programme made for the test (money12): the history counts a run's transfers as its 全銀
file's trailer does, with the statements where they differ, and each statement shows the customer codes and the
sum of the transfer that pays it, so a line of the bank statement leads to all of its statements."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.services import payment_statements as statements
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.run_dialog import RunDialog
from tests.services.payments_fixtures import WHO, corrected, joined_run


@pytest.mark.usefixtures("bank_confirms_later")
def test_the_history_counts_transfers_and_members_name_theirs(qtbot, context: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              artifacts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = context.db
    programme_id, talent, other, first, alone, more = astuple(joined_run(db))
    first_no, more_no, alone_no = (statements.statement(db, i).statement_no for i in (first, more, alone))
    context.switch_programme(programme_id)
    context.settings.user_name = WHO
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    dialog = RunDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    day = next_bank_business_day(tokyo_today() + date.resolution * 7)
    dialog.create_run(day, [], tmp_path / "z.txt")
    assert dialog.history.item(0, 2).text() == "2（明細書 3）"
    members = {dialog.run_members.item(r, 0).text(): (dialog.run_members.item(r, 5).text(),
                                                      dialog.run_members.item(r, 6).text())
               for r in range(dialog.run_members.rowCount())}
    joined = (f"{first_no.replace('-', '')}/{more_no.replace('-', '')}", "53,434")
    assert members == {first_no: joined, more_no: joined, alone_no: (alone_no.replace("-", ""), "44,455")}
    dialog.resize(1200, 720)
    dialog.grab().save(str(artifacts / "run_dialog_transfers.png"))

    # one step later: paid, corrected again, the next run is one transfer of one statement: no second figure
    dialog.mark_paid(day, run_id=int(dialog.history.item(0, 0).text()))
    corrected(db, programme_id, more, talent, 60_000)
    dialog.reload()
    dialog.create_run(day, [], tmp_path / "z2.txt")
    assert [dialog.history.item(r, 2).text() for r in range(2)] == ["1", "2（明細書 3）"]
