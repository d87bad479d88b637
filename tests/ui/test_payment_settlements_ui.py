"""On a programme made for the test: the run dialog's preview says which statements share one transfer (one bank
fee), and the payments page settles a statement of ¥0 without a transfer (振込なしで確定…), review of issue 14."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.services import payment_statements as statements
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.run_dialog import RunDialog
from colead_desktop.ui.widgets import to_qdate

from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, WHO, approved, corrected, fee_bearing_talents, set_payer
from tests.ui.payments_fixtures import accept_date_dialogs, payee_cell

SHOTS = Path("/work/shots/money11")


def _shot(widget: QWidget, name: str, artifacts: Path) -> None:
    QApplication.processEvents()
    for folder in (artifacts, SHOTS):
        if folder == SHOTS and not folder.parent.is_dir():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


@pytest.fixture
def fresh(context: AppContext) -> tuple[int, list[int], list[str]]:
    """A new programme: payee A's statement and its correction (+¥10,000 fare) approved and waiting, payee B's
    statement and a correction of it that changes nothing. (programme, [A, B], [A1, A2, B1, B2] numbers)."""
    db = context.db
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    a, b = fee_bearing_talents(db, programme_id, 2)
    a1 = approved(db, programme_id, a)
    a2 = corrected(db, programme_id, a1, a, 50_000)
    b1 = approved(db, programme_id, b)
    b2 = statements.adjust_statement(db, b1, WHO, "住所の誤記（金額の変更なし）")
    statements.approve_statement(db, b2, APPROVER)
    context.switch_programme(programme_id)
    context.settings.user_name = WHO
    return programme_id, [a, b], [statements.statement(db, i).statement_no for i in (a1, a2, b1, b2)]


def test_the_run_preview_says_which_statements_share_a_transfer(qtbot: QtBot, context: AppContext,
                                                               fresh: tuple[int, list[int], list[str]],
                                                               artifacts: Path) -> None:
    _programme, _talents, (a1, a2, _b1, b2) = fresh
    dialog = RunDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(to_qdate(next_bank_business_day(tokyo_today() + timedelta(days=7))))
    text = dialog.plan_label.text()
    assert "明細書 3 件を振込 2 件で" in text
    codes = f"{a1.replace('-', '')}/{a2.replace('-', '')}"
    assert f"まとめて振込（顧客コード {codes}）: {a1}、{a2} を1件 53,434 円で" in text
    assert f"除外: {b2}" in text and "振込なしで確定" in text
    amounts = [dialog.statements.item(row, 4).text() for row in range(4)]  # type: ignore[union-attr]
    assert amounts == ["44,455", "8,979", "44,455", "0"]  # the joining correction without its fee: the total's parts
    assert "合計 97,889 円" in text
    _shot(dialog, "run_preview_joined", artifacts)


def test_a_statement_of_nothing_is_settled_from_the_page(qtbot: QtBot, context: AppContext,
                                                         fresh: tuple[int, list[int], list[str]], artifacts: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _programme, (a, b), (_a1, _a2, _b1, b2) = fresh
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 820)
    page.show()
    page.select_talent(a)
    assert not page.settle_button.isEnabled()  # A's correction pays ¥8,979: a run pays it
    page.select_talent(b)
    assert page.settle_button.isEnabled() and "「振込なしで確定」で確定します" in page.statement_head.text()
    _shot(page, "zero_statement_open", artifacts)
    titles = accept_date_dialogs(monkeypatch, lambda dialog: _shot(dialog, "settle_dialog", artifacts))
    page.settle_button.click()
    assert titles == ["振込なしで確定"]
    row = next(i for i, p in enumerate(page.summaries) if p.talent_id == b)
    assert payee_cell(page, row, 3) == "確定（振込なし）"
    assert f"振込なし（確定日 {tokyo_today().isoformat()}）" in page.statement_head.text() and b2 in page.statement_head.text()
    assert not page.settle_button.isEnabled()
    _shot(page, "zero_statement_settled", artifacts)


def test_approving_a_statement_without_an_account_warns_in_the_question(qtbot: QtBot, context: AppContext,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from colead_desktop.services import payments

    db = context.db
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    payments.save_payee(db, talent, WHO, bank_code="", branch_code="", account_number="", holder_kana="",
                        bank_name_kana="", branch_name_kana="")
    number = statements.statement(db, statements.compute_draft(db, programme_id, talent, WHO)).statement_no
    context.switch_programme(programme_id)
    context.settings.user_name = APPROVER
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_talent(talent)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_args: asked.append(text)
                        or QMessageBox.StandardButton.No)
    page.approve()
    assert len(asked) == 1 and f"⚠ 明細書 {number} は振込されません: 振込先口座が登録されていません" in asked[0]
    shown = page.selected_summary()
    assert shown is not None and shown.name and shown.name not in asked[0]  # a dialog never shows a name
