"""A revealed bank account number is masked again after saving and after a while (issue 17 item 9)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from colead_desktop.domain.personal import mask_number
from colead_desktop.services import payments as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.payee_tab import REMASK_MS, PayeeTab
from tests.ui.conftest import show_demo
from tests.ui.payments_fixtures import WHO


@pytest.fixture
def tab(qtbot: QtBot, context: AppContext) -> PayeeTab:
    programme = show_demo(context)
    context.settings.user_name = WHO
    widget = PayeeTab(context, remask_ms=200)  # a minute in the app
    qtbot.addWidget(widget)
    widget.show()
    widget.show_payee(service.list_payees(context.db, programme)[0].talent_id)
    return widget


def test_the_app_waits_a_minute() -> None:
    assert REMASK_MS == 60_000


def test_a_revealed_number_is_masked_again_after_the_interval(tab: PayeeTab, qtbot: QtBot) -> None:
    assert tab.details is not None
    number = tab.details.account_number
    tab.reveal.click()
    assert tab.account.text() == number and not tab.account.isReadOnly()
    qtbot.waitUntil(lambda: tab.account.text() == mask_number(number), timeout=5000)
    assert tab.account.isReadOnly() and not tab.reveal.isChecked() and tab.reveal.text() == "表示"


def test_typing_in_the_number_puts_the_masking_off(tab: PayeeTab) -> None:
    tab.remask.setInterval(600_000)
    tab.reveal.click()
    tab.remask.stop()  # as if the minute were nearly over
    tab.account.textEdited.emit(tab.account.text())  # the user types
    assert tab.remask.isActive() and tab.revealed  # the minute starts again from the keystroke


def test_saving_masks_the_number_and_shows_the_one_stored(tab: PayeeTab, context: AppContext) -> None:
    tab.remask.setInterval(600_000)  # only the save may mask it here
    assert tab.talent_id is not None
    tab.reveal.click()
    tab.account.setText("7654321")
    tab.save()
    assert service.payee_details(context.db, tab.talent_id).account_number == "7654321"
    assert tab.account.text() == mask_number("7654321") and tab.account.isReadOnly()
    assert not tab.revealed and not tab.remask.isActive()


def test_a_failed_save_keeps_the_number_shown_to_correct_it(tab: PayeeTab, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *_a, **_k: None)
    tab.reveal.click()
    tab.account.setText("12ab")
    tab.save()
    assert tab.revealed and tab.account.text() == "12ab"
