"""振込なしで確定… on the payments page offers every unsettled ¥0 statement of the payee, not only the latest (money12),
and settles those left checked; on a programme made for the test, then once more for the one left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_statements as statements
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.settle_dialog import SettleDialog

from tests.programmes import new_programme
from tests.services.payments_fixtures import (WHO, approved, corrected, fee_bearing_talents, set_payer,
                                              unchanged_correction)

SHOTS = Path("/work/shots/money12")


def test_the_older_zero_statement_is_offered_and_settled_alone(qtbot: QtBot, context: AppContext, artifacts: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = context.db
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    older = unchanged_correction(db, approved(db, programme_id, talent))
    newer = unchanged_correction(db, older)
    older_no, newer_no = (statements.statement(db, i).statement_no for i in (older, newer))
    context.switch_programme(programme_id)
    context.settings.user_name = WHO
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 820)
    page.show()
    page.select_talent(talent)
    assert page.settle_button.isEnabled()
    offered: list[list[str]] = []

    def keep_only(number: str) -> None:
        def exec_(dialog: SettleDialog) -> QDialog.DialogCode:
            offered.append(dialog.chosen_numbers())  # all checked when it opens
            for row in range(dialog.choices.count()):
                choice = dialog.choices.item(row)
                if choice.data(Qt.ItemDataRole.UserRole) != number:
                    choice.setCheckState(Qt.CheckState.Unchecked)
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
            assert ok.isEnabled()
            for folder in (artifacts, SHOTS):
                folder.mkdir(parents=True, exist_ok=True)
                dialog.grab().save(str(folder / f"settle_chosen_dialog_{len(offered)}.png"))
            return QDialog.DialogCode.Accepted
        monkeypatch.setattr(SettleDialog, "exec", exec_)

    keep_only(older_no)  # the older one, which the page's button could not reach before
    page.settle_button.click()
    assert offered == [[older_no, newer_no]]
    assert statements.statement(db, older).status is StatementStatus.PAID
    assert statements.statement(db, newer).status is StatementStatus.APPROVED
    assert page.settle_button.isEnabled()  # the newer one still waits

    keep_only(newer_no)
    page.settle_button.click()
    assert offered[1] == [newer_no]
    assert (statements.statement(db, newer).status, statements.statement(db, newer).paid_on) == (
        StatementStatus.PAID, tokyo_today())
    assert not page.settle_button.isEnabled()


def test_unchecking_every_statement_disables_ok(qtbot: QtBot, context: AppContext) -> None:
    db = context.db
    programme_id = new_programme(db, fiscal_year=2021)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    zero = statements.statement(db, unchanged_correction(db, approved(db, programme_id, talent)))
    dialog = SettleDialog([zero], "")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    assert ok.isEnabled()
    dialog.choices.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled() and dialog.chosen_numbers() == []


def test_a_zero_statement_behind_a_later_payment_is_still_offered(qtbot: QtBot, context: AppContext, artifacts: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The page shows the payee's latest statement, which transfers money; the older ¥0 one waits all the same."""
    db = context.db
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    zero = unchanged_correction(db, approved(db, programme_id, talent))
    later = corrected(db, programme_id, zero, talent, 50_000)  # +¥10,000 fare: a run pays it
    zero_no = statements.statement(db, zero).statement_no
    context.switch_programme(programme_id)
    context.settings.user_name = WHO
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 820)
    page.show()
    page.select_talent(talent)
    assert statements.statement(db, later).transfer_yen > 0 and page.settle_button.isEnabled()
    assert f"振込金額0円で未確定の明細書 {zero_no} があります" in page.statement_head.text()
    page.grab().save(str(artifacts / "settle_behind_payment.png"))
    offered: list[list[str]] = []

    def accept(dialog: SettleDialog) -> QDialog.DialogCode:
        offered.append(dialog.chosen_numbers())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettleDialog, "exec", accept)
    page.settle_button.click()
    assert offered == [[zero_no]]
    assert statements.statement(db, zero).status is StatementStatus.PAID
    assert statements.statement(db, later).status is StatementStatus.APPROVED  # a run pays it
    assert not page.settle_button.isEnabled()
    assert "振込金額0円で未確定" not in page.statement_head.text()
