"""受取人情報 保存 is an undo step (issue 17 item 1): do, undo, redo read back through the service, each audited;
another session's change refuses the step without writing; the step's text names no account number."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import AuditRow
from colead_desktop.services import payments as service
from colead_desktop.ui.conflict_dialog import ConflictDialog
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.payee_tab import PayeeTab
from tests.conftest import shots_dir
from tests.programmes import new_programme, talent_in
from tests.ui.payments_fixtures import WHO
from tests.ui.test_save_key import press_ctrl_s, save_action

ACCOUNT = dict(bank_code="0001", bank_name_kana="ﾐｽﾞﾎ", branch_code="100", branch_name_kana="ﾎﾝﾃﾝ",
               holder_kana="ｶｸｳ ﾀﾛｳ")


def _talent(db: Database, programme_id: int) -> int:
    """An invented talent taking part in a fresh programme, with no payee details yet."""
    return talent_in(db, programme_id)


def _audits(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditRow)) or 0


@pytest.fixture
def tab(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> PayeeTab:
    """The tab on a fresh programme's talent; warnings recorded in `tab.shown`."""
    programme_id = new_programme(context.db)
    context.switch_programme(programme_id)
    context.settings.user_name = WHO
    widget = PayeeTab(context)
    qtbot.addWidget(widget)
    widget.shown = []  # type: ignore[attr-defined]  # test-only record of the warnings
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: widget.shown.append((title, text)))
    widget.show_payee(_talent(context.db, programme_id))
    return widget


def _enter_account(tab: PayeeTab, number: str) -> None:
    for key, value in ACCOUNT.items():
        tab.fields[key].setText(value)
    tab.fields["address"].setText("三重県桑名市1-1")
    tab.reveal.click()
    tab.account.setText(number)


def test_a_saved_payee_is_one_step_undone_and_redone(tab: PayeeTab, context: AppContext) -> None:
    assert tab.talent_id is not None
    db, talent_id = context.db, tab.talent_id
    empty = service.payee_details(db, talent_id)
    _enter_account(tab, "1234567")
    audits = _audits(db)
    assert tab.save()
    saved = service.payee_details(db, talent_id)
    assert saved.account_number == "1234567" and saved.address == "三重県桑名市1-1"
    assert context.undo_stack.undoText() == "受取人情報を保存"  # no name: the Edit menu shows it to anyone nearby
    assert "1234567" not in context.undo_stack.undoText() and "4567" not in context.undo_stack.undoText()
    assert tab.account.isReadOnly() and tab.account.text() != "1234567"  # masked again
    assert _audits(db) > audits  # audited like the save

    context.undo_stack.undo()
    assert service.payee_details(db, talent_id) == empty
    assert tab.fields["address"].text() == "" and not tab.has_unsaved()
    context.undo_stack.redo()
    assert service.payee_details(db, talent_id) == saved

    # one step later in its life: a second save, undone back to the first
    tab.reveal.click()
    tab.account.setText("7654321")
    assert tab.save() and context.undo_stack.count() == 2
    context.undo_stack.undo()
    assert service.payee_details(db, talent_id) == saved
    assert tab.save() and context.undo_stack.count() == 2  # saving nothing new adds no step
    assert tab.shown == []  # type: ignore[attr-defined]


def test_undo_refused_when_another_session_changed_the_payee(tab: PayeeTab, context: AppContext) -> None:
    assert tab.talent_id is not None
    db, talent_id = context.db, tab.talent_id
    _enter_account(tab, "1234567")
    assert tab.save()
    service.save_payee(db, talent_id, "他の人", address="沖縄県うるま市2-2")  # another instance meanwhile
    theirs = service.payee_details(db, talent_id)
    audits = _audits(db)

    context.undo_stack.undo()
    assert service.payee_details(db, talent_id) == theirs and _audits(db) == audits  # nothing written
    title, text = tab.shown[0]  # type: ignore[attr-defined]
    assert title == "元に戻せません" and "ほかの操作で変更" in text and "1234567" not in text
    assert not context.undo_stack.canUndo()
    assert tab.fields["address"].text() == "沖縄県うるま市2-2"  # shown as stored now


def _conflict(tab: PayeeTab, context: AppContext, monkeypatch: pytest.MonkeyPatch, answer: QDialog.DialogCode,
              seen: list[ConflictDialog]) -> bool:
    """Another session saves an address after the details were shown here, then 保存 here meets the conflict
    dialog, answered `answer`; whether the save wrote."""
    assert tab.talent_id is not None
    service.save_payee(context.db, tab.talent_id, "他の人", address="沖縄県うるま市2-2")
    tab.fields["address"].setText("三重県桑名市1-1")
    tab.fields["exempt_reason"].setText("")

    def exec_(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        return int(answer)

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return tab.save()


def test_a_save_over_details_changed_since_offers_the_conflict_dialog_and_keeps_the_choice(
        tab: PayeeTab, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ConflictDialog] = []
    assert _conflict(tab, context, monkeypatch, QDialog.DialogCode.Accepted, seen)
    assert tab.talent_id is not None
    assert service.payee_details(context.db, tab.talent_id).address == "三重県桑名市1-1"  # mine, as chosen
    table = seen[0].table
    mine, theirs = (table.cellWidget(0, c).text() for c in (1, 2))  # type: ignore[attr-defined]  # radio buttons
    assert table.item(0, 0).text() == "住所" and "桑名" not in mine and "うるま" not in theirs  # masked until 表示
    assert context.undo_stack.count() == 1 and tab.shown == []  # type: ignore[attr-defined]
    context.undo_stack.undo()  # back to their version, not to the state the edit started from
    assert service.payee_details(context.db, tab.talent_id).address == "沖縄県うるま市2-2"


def test_reload_in_the_conflict_dialog_writes_nothing_and_shows_theirs(
        tab: PayeeTab, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _conflict(tab, context, monkeypatch, QDialog.DialogCode.Rejected, [])
    assert tab.talent_id is not None
    assert service.payee_details(context.db, tab.talent_id).address == "沖縄県うるま市2-2"
    assert tab.fields["address"].text() == "沖縄県うるま市2-2" and not tab.has_unsaved()
    assert context.undo_stack.count() == 0


def test_an_invalid_account_is_refused_and_enters_no_history(tab: PayeeTab, context: AppContext) -> None:
    assert tab.talent_id is not None
    _enter_account(tab, "12ab")
    assert not tab.save()
    assert context.undo_stack.count() == 0 and tab.revealed and tab.account.text() == "12ab"
    assert service.payee_details(context.db, tab.talent_id).account_number == ""


def test_an_address_typed_full_width_is_saved_and_shown_as_stored(tab: PayeeTab, context: AppContext) -> None:
    """The 支払調書 prints the stored address: 「桑名市１ー１」 typed here is 桑名市1-1 there and in the tab."""
    assert tab.talent_id is not None
    _enter_account(tab, "1234567")
    tab.fields["address"].setText("三重県桑名市中央町１ー１")
    assert tab.save()
    assert service.payee_details(context.db, tab.talent_id).address == "三重県桑名市中央町1-1"
    assert tab.fields["address"].text() == "三重県桑名市中央町1-1" and not tab.has_unsaved()
    tab.grab().save(str(shots_dir("pay15") / "payee_address_saved.png"))


def test_ctrl_s_saves_the_payee_details(qtbot: QtBot, tab: PayeeTab) -> None:
    tab.show()
    qtbot.waitExposed(tab)
    action = save_action(tab, "payee_save")
    assert not action.isEnabled()
    tab.fields["address"].setText("三重県桑名市1-1")
    assert action.isEnabled()

    press_ctrl_s(qtbot, tab.fields["address"])

    assert tab.talent_id is not None and not tab.has_unsaved() and not action.isEnabled()
    assert service.payee_details(tab.ctx.db, tab.talent_id).address == "三重県桑名市1-1"
