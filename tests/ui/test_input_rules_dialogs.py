"""Review 11's dialog findings on a fresh programme: the tour settings refuse 99999999999999999999 nights and an
empty title at their fields (nothing saved), emoji are refused where printed text is typed, the expense amount
keeps an over-limit number as typed and refuses it naming the field, asks before an implausibly large one, and
full-width digits typed through an input method are taken in every spin box."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QTableWidgetItem, QWidget)
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.itinerary import Item, ItemKind
from colead_desktop.services import payment_records as records
from colead_desktop.services import tours
from colead_desktop.settings import Settings
from colead_desktop.ui import unsaved
from colead_desktop.ui.number_input import accept_wide_digits, refused_amount
from colead_desktop.ui.payments.widgets import yen_spin
from colead_desktop.ui.payments.dialogs import ExpenseDialog
from colead_desktop.ui.tours.dialogs import ItemDialog, NewTourDialog
from colead_desktop.ui.tours.settings_dialog import TourSettingsDialog
from tests.conftest import shots_dir
from tests.programmes import new_programme
from tests.services.statement_fixtures import WHO, add_payees

SHOTS = shots_dir("input11")


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialogs left open with refused edits close at teardown without asking whether to discard them."""
    monkeypatch.setattr(unsaved, "confirm_discard", lambda _parent, _changed: True)


def press_ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def type_through_input_method(widget: QWidget, text: str) -> None:
    """What an input method in full-width mode does: commit the whole string at once."""
    widget.setFocus()
    QApplication.processEvents()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def fresh_tour_dialog(db: Database, qtbot: QtBot) -> TourSettingsDialog:
    programme_id = new_programme(db)
    tour = tours.new_tour(db, programme_id, "架空市", date(2026, 10, 6), 3)
    dialog = TourSettingsDialog(tour, [], [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_twenty_digit_nights_and_an_empty_title_are_refused_at_their_fields(fresh_tour_dialog: TourSettingsDialog,
                                                                           db: Database) -> None:
    dialog = fresh_tour_dialog
    dialog.findChild(QLineEdit, "settings_nights").setText("99999999999999999999")
    dialog.findChild(QLineEdit, "settings_title").setText("")
    press_ok(dialog)
    assert dialog.result_tour() is None and dialog.isVisible()
    message = dialog.error.text()
    assert "泊数: 0〜31 の整数を入力してください" in message and "タイトル: 入力してください" in message
    assert dialog.title.property("state") == "invalid"
    QApplication.processEvents()  # the message's lines are laid out as on screen
    dialog.grab().save(str(SHOTS / "tour_settings_refused_basics.png"))
    dialog.tabs.setCurrentWidget(dialog.lodging_page)
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / "tour_settings_refused_nights.png"))
    dialog.findChild(QLineEdit, "settings_nights").setText("３１")  # the limit itself, typed full-width
    dialog.findChild(QLineEdit, "settings_title").setText("架空市 視察")
    press_ok(dialog)
    edited = dialog.result_tour()
    assert edited is not None and edited.lodging is not None
    assert (edited.title, edited.lodging.nights) == ("架空市 視察", 31)


def test_an_emoji_in_the_tour_title_or_hotel_is_refused_naming_the_field(fresh_tour_dialog: TourSettingsDialog) -> None:
    dialog = fresh_tour_dialog
    dialog.findChild(QLineEdit, "settings_title").setText("架空市ツアー😀")
    dialog.findChild(QLineEdit, "settings_hotel").setText("ホテル🏨")
    dialog.findChild(QPushButton, "contact_add").click()
    dialog.contacts.setItem(0, 0, QTableWidgetItem("架空 次郎📞"))
    press_ok(dialog)
    assert dialog.result_tour() is None
    assert "連絡先: 「📞」（U+1F4DE）" in dialog.error.text()
    assert "タイトル: 「😀」（U+1F600）は印刷できないため使えません（PDFの書体にない文字です）。" in dialog.error.text()
    assert "宿泊先: 「🏨」（U+1F3E8）" in dialog.error.text()


def test_an_item_title_with_an_emoji_is_refused(db: Database, qtbot: QtBot) -> None:
    tour = tours.new_tour(db, new_programme(db), "架空市", date(2026, 10, 6), 3, template=False)
    dialog = ItemDialog(tour, Item(1, time(10), time(11), ItemKind.COMPANY_VISIT, None))
    qtbot.addWidget(dialog)
    dialog.title.setText("工場見学🏭")
    press_ok(dialog)
    assert dialog.result_item() is None
    assert dialog.error.text() == "タイトル: 「🏭」（U+1F3ED）は印刷できないため使えません（PDFの書体にない文字です）。"
    dialog.grab().save(str(SHOTS / "item_emoji_refused.png"))
    dialog.title.setText("工場見学")  # OK closes it: no discard question at teardown
    press_ok(dialog)
    assert dialog.result_item() is not None and dialog.result_item().title == "工場見学"  # type: ignore[union-attr]


@pytest.fixture
def expense_dialog(db: Database, qtbot: QtBot) -> ExpenseDialog:
    accept_wide_digits(QApplication.instance())  # type: ignore[arg-type]  # as app.start does
    dialog = ExpenseDialog(date(2026, 10, 6), Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_over_limit_amount_stays_as_typed_and_is_refused_naming_the_field(expense_dialog: ExpenseDialog,
                                                                             qtbot: QtBot) -> None:
    dialog = expense_dialog
    dialog.amount.setFocus()
    dialog.amount.lineEdit().selectAll()
    qtbot.keyClicks(dialog.amount, "999999999999")
    assert dialog.error.text() == "金額: 0〜100,000,000 円の整数で指定してください"  # said while typing
    assert dialog.amount.property("state") == "invalid"
    dialog.description.setFocus()  # leaving the field used to put the last accepted value back
    assert dialog.amount.text().replace(",", "").startswith("999999999999")
    press_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error.text() == "金額: 0〜100,000,000 円の整数で指定してください"
    dialog.grab().save(str(SHOTS / "expense_over_limit_refused.png"))


def test_an_emoji_in_the_description_is_refused(expense_dialog: ExpenseDialog) -> None:
    expense_dialog.amount.setValue(12_000)
    expense_dialog.description.setText("往路✈️")
    press_ok(expense_dialog)
    assert expense_dialog.isVisible() and expense_dialog.error.text().startswith("内容: 「")


def test_an_implausible_expense_is_asked_about_and_kept_only_when_confirmed(
        expense_dialog: ExpenseDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_a: asked.append(text) or answers.pop(0))
    expense_dialog.amount.setValue(1_000_000)  # the threshold itself: no question
    press_ok(expense_dialog)
    assert not asked and expense_dialog.result() == QDialog.DialogCode.Accepted
    expense_dialog.setResult(0)
    expense_dialog.show()
    expense_dialog.amount.setValue(99_999_999)
    press_ok(expense_dialog)
    assert asked == ["金額 99,999,999 円は経費1件としては非常に高額です（目安: 1,000,000 円まで）。"
                     "桁の誤りがないか確認してください。"]
    assert expense_dialog.result() != QDialog.DialogCode.Accepted and expense_dialog.isVisible()
    press_ok(expense_dialog)
    assert expense_dialog.result() == QDialog.DialogCode.Accepted
    assert expense_dialog.values()["amount_yen"] == 99_999_999


def test_full_width_digits_are_taken_in_the_amount(expense_dialog: ExpenseDialog) -> None:
    expense_dialog.amount.lineEdit().selectAll()
    type_through_input_method(expense_dialog.amount, "１２３４５")
    expense_dialog.amount.interpretText()
    assert expense_dialog.amount.value() == 12_345


def test_full_width_digits_are_taken_in_spin_boxes_of_forms_and_code(qtbot: QtBot) -> None:
    accept_wide_digits(QApplication.instance())  # type: ignore[arg-type]
    tour_dialog = NewTourDialog(["架空市"])
    qtbot.addWidget(tour_dialog)
    tour_dialog.show()
    qtbot.waitExposed(tour_dialog)
    days = tour_dialog.days
    days.lineEdit().selectAll()
    type_through_input_method(days, "４")
    days.interpretText()
    assert days.value() == 4
    days.lineEdit().selectAll()
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "５")
    QApplication.sendEvent(days, key)  # a full-width key press without composition
    days.interpretText()
    assert days.value() == 5
    start = tour_dialog.findChild(QWidget, "new_tour_start")
    assert start is not None


def test_an_over_limit_fee_in_a_smaller_field_is_named_by_its_form_label(qtbot: QtBot) -> None:
    """The payee's fee field (limit ¥10,000) and the policy's rates are checked through the same helper."""
    form = QWidget()
    qtbot.addWidget(form)
    fee = yen_spin("payee_fee_yen", " 円", 10_000)
    QFormLayout(form).addRow("振込手数料", fee)
    fee.lineEdit().setText("20000 円")
    assert refused_amount(form) == "振込手数料: 0〜10,000 円の整数で指定してください" and fee.value() == 0
    fee.lineEdit().setText("9000 円")
    assert refused_amount(form) is None


def test_an_expense_stored_before_the_rule_still_reads(db: Database, qtbot: QtBot) -> None:
    """Old data with an emoji is read and shown; only a save of new text is refused."""
    programme, (talent,) = add_payees(db, 1)
    from colead_desktop.db.payment_models import ExpenseRow

    with db.session() as session:
        session.add(ExpenseRow(talent_id=talent, programme_id=programme, day=date(2021, 11, 16), category="air",
                               amount_yen=41_000, paid_directly=False, description="往路✈"))
    [item] = records.expenses(db, programme, talent)
    dialog = ExpenseDialog(item.day, Settings(), item=item)
    qtbot.addWidget(dialog)
    assert dialog.description.text() == "往路✈"  # ✈ without the emoji selector is a text symbol the font has
    assert QDate(item.day) == dialog.day.date()
    with pytest.raises(Exception, match="内容"):
        records.update_expense(db, item.id, WHO, item.day, "air", 41_000, False, "往路✈️")
    assert isinstance(dialog.amount, QSpinBox)


def test_an_item_title_or_notes_too_long_are_refused_naming_the_field(db: Database, qtbot: QtBot) -> None:
    """A pasted e-mail in the notes, or a title longer than a name, is refused at OK with the count, both at once."""
    tour = tours.new_tour(db, new_programme(db), "架空市", date(2026, 10, 6), 3, template=False)
    dialog = ItemDialog(tour, Item(1, time(10), time(11), ItemKind.COMPANY_VISIT, None))
    qtbot.addWidget(dialog)
    dialog.title.setText("見" * 101)
    dialog.notes.setPlainText("連" * 1_200)
    press_ok(dialog)
    assert dialog.result_item() is None
    assert dialog.error.text() == ("タイトル: 100 文字以内にしてください（101 文字あります）\n"
                                   "メモ: 1000 文字以内にしてください（1200 文字あります）")
    dialog.grab().save(str(shots_dir("itin13") / "item_too_long_refused.png"))
    dialog.title.setText("見" * 100)
    dialog.notes.setPlainText("連" * 1_000)
    press_ok(dialog)
    assert dialog.result_item() is not None and len(dialog.result_item().notes) == 1_000  # type: ignore[union-attr]
