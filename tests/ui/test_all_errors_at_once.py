"""A form with several problems says all of them at once, each naming its field, in the form's order (review 15
item 9: the item dialog said the end before the start only after the title and notes were fixed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Item, ItemKind, Member, Movement, PlaceKind, Role, Tour
from colead_desktop.domain.tour_places import PlaceDraft
from colead_desktop.services import payment_records as records
from colead_desktop.services import tours
from colead_desktop.settings import Settings
from colead_desktop.ui import unsaved
from colead_desktop.ui.payments.dialogs import ExpenseDialog
from colead_desktop.ui.tours.dialogs import ItemDialog
from colead_desktop.ui.tours.movements import MovementDialog
from colead_desktop.ui.tours.places import PlaceDialog
from tests.programmes import new_programme
from tests.services.statement_fixtures import WHO, add_payees

SHOTS = Path("/work/shots")


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unsaved, "confirm_discard", lambda _parent, _changed: True)


def press_ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def fresh_tour(db: Database) -> Tour:
    """A tour of a programme made for the test, with two listed members (so the attendees can be left empty)."""
    tour = tours.new_tour(db, new_programme(db), "架空市", date(2026, 10, 6), 3, template=False)
    return replace(tour, members=(Member("m1", "山田 太郎", Role.TALENT), Member("m2", "高橋 さくら", Role.TALENT)))


def item_dialog_with_every_problem(db: Database, qtbot: QtBot) -> ItemDialog:
    dialog = ItemDialog(fresh_tour(db), Item(1, time(10), time(11), ItemKind.COMPANY_VISIT, None))
    qtbot.addWidget(dialog)
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(13, 0))
    dialog.attendees.set_checked(set())  # 一部の参加者, nobody ticked
    dialog.title.setText("工場見学🏭مرحبا")
    dialog.notes.setPlainText("連" * 12_000)
    dialog.show()
    press_ok(dialog)
    QApplication.processEvents()  # the dialog grows to the message's lines, as it does on screen
    return dialog


def test_the_item_dialog_says_every_problem_at_once_in_the_forms_order(db: Database, qtbot: QtBot) -> None:
    dialog = item_dialog_with_every_problem(db, qtbot)
    assert dialog.result_item() is None
    lines = dialog.error.text().split("\n")
    assert [line.split(": ")[0] for line in lines] == ["終了", "参加者", "タイトル", "メモ"]
    assert lines[0] == "終了: 14:00〜13:00: 終了は開始より後にしてください"
    assert lines[3] == "メモ: 1000 文字以内にしてください（12000 文字あります）"
    dialog.grab().save(str(SHOTS / "input15_item_all_errors_ja.png"))
    dialog.end.setTime(QTime(15, 0))
    dialog.attendees.everyone.setChecked(True)
    dialog.title.setText("工場見学")
    dialog.notes.setPlainText("連" * 1_000)
    press_ok(dialog)
    assert dialog.result_item() is not None and dialog.result_item().end == time(15)  # type: ignore[union-attr]


def test_the_item_dialog_says_every_problem_at_once_in_english(db: Database, qtbot: QtBot, english: None) -> None:
    dialog = item_dialog_with_every_problem(db, qtbot)
    lines = dialog.error.text().split("\n")
    assert [line.split(": ")[0] for line in lines] == ["End", "Participants", "Title", "Notes"]
    assert lines[0] == "End: 14:00-13:00: the end must be after the start"
    dialog.grab().save(str(SHOTS / "input15_item_all_errors_en.png"))


def test_the_movement_dialog_says_both_problems_at_once(db: Database, qtbot: QtBot) -> None:
    """No gateway registered and nobody ticked: both said at the first OK (the second used to wait)."""
    tour = fresh_tour(db)
    dialog = MovementDialog("到着", Movement("", datetime(2026, 10, 6, 9)), [], tour.members)  # no gateway yet
    qtbot.addWidget(dialog)
    dialog.who.set_checked(set())
    press_ok(dialog)
    assert dialog.result_movement() is None
    assert dialog.error.text() == "発着地: 場所を選んでください。\n対象: 1人以上選ぶか「全員」にしてください。"


@pytest.fixture
def expense_dialog(qtbot: QtBot) -> ExpenseDialog:
    dialog = ExpenseDialog(date(2026, 10, 6), Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def refuse_amount_and_description(dialog: ExpenseDialog, qtbot: QtBot) -> list[str]:
    """An amount over the limit and an emoji in the description, then OK: the lines said."""
    dialog.description.setText("往路✈️")
    dialog.amount.setFocus()
    dialog.amount.lineEdit().selectAll()
    qtbot.keyClicks(dialog.amount, "999999999999")
    press_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    return dialog.error.text().split("\n")


def test_the_expense_dialog_says_an_over_limit_amount_and_an_unprintable_description_together(
        expense_dialog: ExpenseDialog, qtbot: QtBot) -> None:
    lines = refuse_amount_and_description(expense_dialog, qtbot)
    assert lines[0] == "金額: 0〜100,000,000 円の整数で指定してください"
    assert len(lines) == 2 and lines[1].startswith("内容: 「")
    expense_dialog.grab().save(str(SHOTS / "input15_expense_all_errors_ja.png"))


def test_the_expense_dialog_says_both_in_english(english: None, qtbot: QtBot) -> None:
    dialog = ExpenseDialog(date(2026, 10, 6), Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    lines = refuse_amount_and_description(dialog, qtbot)
    assert len(lines) == 2 and lines[0].startswith("Amount: ") and lines[1].startswith("Details: ")
    dialog.grab().save(str(SHOTS / "input15_expense_all_errors_en.png"))


def test_the_expense_service_refuses_every_bad_field_in_one_error(db: Database) -> None:
    """What the dialog sends, or a script: date, amount and description wrong at once, one InputError, one line
    each in the form's order."""
    programme, (talent,) = add_payees(db, 1)
    with pytest.raises(InputError) as refused:
        records.add_expense(db, programme, talent, date(2200, 1, 1), "air", 100_000_001, False, WHO, "往路✈️")
    lines = str(refused.value).split("\n")
    assert [line.split(": ")[0] for line in lines] == ["日付", "金額", "内容"]
    assert records.expenses(db, programme, talent) == []



def test_the_place_dialog_lists_its_problems_in_the_forms_order(qtbot: QtBot) -> None:
    """An empty name, an emoji in the address and a latitude outside Japan: 名称, 住所, 緯度 as on the form (the
    address used to come after the coordinates, the rules' order)."""
    dialog = PlaceDialog(PlaceDraft("", PlaceKind.FACILITY), "place1")
    qtbot.addWidget(dialog)
    dialog.edits["address"].setText("工場🏭")
    dialog.edits["lat"].setText("95")
    dialog.edits["lon"].setText("140")
    press_ok(dialog)
    assert dialog.result_place() is None
    assert [line.split(": ")[0] for line in dialog.error.text().split("\n")] == ["名称", "住所", "緯度"]
