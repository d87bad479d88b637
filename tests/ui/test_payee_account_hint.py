"""受取人情報's 口座番号 on a fresh programme (review 14c item 12): masked, it says why it takes no typing and how to
edit it; a wrong number is refused as 「受取人の口座番号は…」 (no stray space)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.payee_tab import PayeeTab
from tests.programmes import new_programme, talent_in
from tests.ui.payments_fixtures import WHO


def test_the_masked_account_number_says_how_to_edit_it(qtbot: QtBot, context: AppContext,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    programme = new_programme(context.db)
    talent = talent_in(context.db, programme, "テスト人材03")
    context.switch_programme(programme)
    context.settings.user_name = WHO
    tab = PayeeTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_payee(talent)

    assert tab.account.isReadOnly()
    assert "「表示」を押す" in tab.account.placeholderText() and "「表示」を押す" in tab.account.toolTip()

    tab.reveal.click()
    assert not tab.account.isReadOnly() and "表示" not in tab.account.placeholderText() and tab.account.toolTip() == ""
    said: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda _parent, _title, text, *_a: said.append(text))
    tab.fields["bank_code"].setText("0001")
    tab.fields["branch_code"].setText("001")
    tab.account.setText("12ab")
    tab.save()
    assert any("受取人の口座番号は7桁の数字で入力してください" in text for text in said), said
