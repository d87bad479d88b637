"""Review 12 in the payments dialogs: a record dated outside the programme's period or after today is saved only
after the user confirms a warning that names the field and the period; the expense dialog of a programme whose
period has not started opens inside it; a negative amount keeps its sign as typed and is refused naming the
field, saying how a refund is recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.record_dates import ProgrammePeriod
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services.record_dates import programme_period
from colead_desktop.settings import Settings
from colead_desktop.ui import unsaved
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.number_input import accept_wide_digits
from colead_desktop.ui.payments.dialogs import ExpenseDialog, TourDayDialog, WorkDayDialog
from colead_desktop.ui.widgets import to_date
from tests.conftest import shots_dir
from tests.ui.test_input_rules_dialogs import type_through_input_method
from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, WHO, fee_bearing_talents, set_payer

SHOTS = shots_dir("dates12")
FY2027 = ProgrammePeriod(date(2027, 6, 1), date(2028, 2, 29))  # the reviewer's next-year programme


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unsaved, "confirm_discard", lambda _parent, _changed: True)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions asked, answered No until the test says Yes (by appending "yes")."""
    questions: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes if "yes" in questions else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    return questions


def press_ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_expense_of_a_programme_not_started_opens_on_its_first_day(qtbot: QtBot, asked: list[str]) -> None:
    today = tokyo_today()
    later = ProgrammePeriod(today + timedelta(days=30), today + timedelta(days=300))  # not started yet
    dialog = _shown(qtbot, ExpenseDialog(later.default_day(today), Settings(), period=later))
    assert isinstance(dialog, ExpenseDialog) and to_date(dialog.day.date()) == later.start
    dialog.amount.setValue(3_000)
    press_ok(dialog)  # inside the period, so only the day not having come yet is asked about
    assert asked == [f"日付 {later.start.isoformat()} は今日（{today.isoformat()}）より後の日付です。"
                     "まだ来ていない日の支払になります\n\nこの日付で保存しますか？"]
    dialog.grab().save(str(SHOTS / "expense_not_started.png"))


MAKERS: dict[str, Callable[[date], QDialog]] = {
    "tour_day": lambda day: TourDayDialog(day, period=FY2027),
    "work_day": lambda day: WorkDayDialog(day, [], period=FY2027),
    "expense": lambda day: ExpenseDialog(day, Settings(), period=FY2027)}


@pytest.mark.parametrize("kind", list(MAKERS))
def test_a_date_outside_the_period_is_saved_only_when_confirmed(kind: str, qtbot: QtBot, asked: list[str]) -> None:
    made = MAKERS[kind](date(2026, 12, 3))
    dialog = _shown(qtbot, made)
    press_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert asked[0].startswith("日付 2026-12-03 はプログラムの期間（2027-06-01〜2028-02-29）の外です")
    if kind == "expense":
        dialog.grab().save(str(SHOTS / "expense_outside_period_dialog.png"))
    asked.append("yes")
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_edit_that_keeps_its_date_is_not_asked_again(qtbot: QtBot, asked: list[str]) -> None:
    from colead_desktop.services.payment_records import TourDayItem

    item = TourDayItem(1, date(2026, 12, 3), None, "", None)
    dialog = _shown(qtbot, TourDayDialog(item.day, item=item, period=FY2027))
    press_ok(dialog)
    assert asked == [] and dialog.result() == QDialog.DialogCode.Accepted
    dialog = _shown(qtbot, TourDayDialog(item.day, item=item, period=FY2027))
    assert isinstance(dialog, TourDayDialog)
    dialog.day.setDate(QDate(2029, 1, 5))  # moved: after the period and after today
    press_ok(dialog)
    assert len(asked) == 1 and "2028-02-29" in asked[0] and "より後の日付" in asked[0]


def test_the_programme_period_read_for_the_dialogs(db: Database) -> None:
    programme_id = new_programme(db, fiscal_year=2027)
    assert programme_period(db, programme_id) == ProgrammePeriod(date(2027, 4, 1), date(2028, 3, 31))


@pytest.mark.parametrize("typed", ["-500", "－５００", "▲500"])
def test_a_negative_amount_keeps_its_sign_and_is_refused_naming_the_field(typed: str, qtbot: QtBot,
                                                                           asked: list[str]) -> None:
    accept_wide_digits(QApplication.instance())  # type: ignore[arg-type]  # as app.start does
    dialog = _shown(qtbot, ExpenseDialog(date(2027, 6, 8), Settings(), period=FY2027))
    assert isinstance(dialog, ExpenseDialog)
    dialog.amount.setFocus()
    dialog.amount.lineEdit().selectAll()
    if typed.isascii():
        qtbot.keyClicks(dialog.amount.lineEdit(), typed)
    else:  # QTest types ASCII only: full-width text comes through an input method
        type_through_input_method(dialog.amount.lineEdit(), typed)
    refusal = ("金額: マイナスの金額は入力できません。払い戻し・返金は、元の記録を訂正明細書で直して記録します"
               "（払い過ぎは返金請求になります）")
    assert dialog.error.text() == refusal  # said while typing
    dialog.description.setFocus()  # leaving the field must not drop the sign
    assert "500" in dialog.amount.text() and dialog.amount.text() != "500 円"
    press_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text() == refusal and asked == []
    if typed == "-500":
        dialog.grab().save(str(SHOTS / "expense_negative_refused.png"))
    dialog.amount.lineEdit().selectAll()
    qtbot.keyClicks(dialog.amount.lineEdit(), "500")
    assert dialog.error.text() == "" and dialog.amount.value() == 500


def test_the_page_shows_and_the_approval_asks_about_another_years_records(qtbot: QtBot, context: AppContext,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db = context.db
    soon = tokyo_today() + timedelta(days=20)
    year = soon.year if soon.month >= 4 else soon.year - 1  # a fiscal year that ends 20 days or more after today
    programme_id = new_programme(db, fiscal_year=year)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)  # a tour day and an air fare of 2021
    ahead = [date(year + 1, 3, 31) - timedelta(days=n) for n in range(14, -1, -1)]  # to come: one warning, not 15
    for day in ahead:
        records.add_tour_day(db, programme_id, talent, day, WHO)
    statement = statements.statement(db, statements.compute_draft(db, programme_id, talent, WHO))
    context.switch_programme(programme_id)
    context.settings.user_name = APPROVER
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 820)
    page.show()
    page.select_talent(talent)
    outside = f"ツアー参加日 2021-11-16 はプログラムの期間（{year}-04-01〜{year + 1}-03-31）の外です"
    QApplication.processEvents()
    assert outside in page.statement_head.text()
    page.grab().save(str(SHOTS / "page_statement_warnings.png"))
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_args: questions.append(text)
                        or QMessageBox.StandardButton.No)
    page.approve()
    assert len(questions) == 1 and f"⚠ {outside}" in questions[0] and "⚠ 経費 2021-11-16" in questions[0]
    assert f"⚠ ツアー参加日 15 件の日付（{ahead[0].isoformat()}〜{ahead[-1].isoformat()}）が今日" in questions[0]
    assert questions[0].count("⚠") == 3  # the days to come in one warning
    money = statement.payment  # the amount asked about, not only the warnings
    assert (f"振込金額 {statement.transfer_yen:,} 円（総額 {money.gross_yen:,} 円・源泉徴収 {money.withholding_yen:,} 円"
            f"・手数料 {money.fee_yen:,} 円）") in questions[0]
    assert statements.statement_history(db, programme_id, talent)[0][1].status.value == "draft"  # not approved


def test_the_page_opens_a_new_records_dialog_inside_a_period_not_started(qtbot: QtBot, context: AppContext) -> None:
    programme_id = new_programme(context.db, fiscal_year=tokyo_today().year + 2)
    context.switch_programme(programme_id)
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    assert page._first_day() == date(tokyo_today().year + 2, 4, 1)  # not today: a day of another fiscal year


@pytest.mark.parametrize(("fare", "said"), [(30_000, "返金を請求する額 {a} 円"), (50_000, "差額の振込金額 {t} 円")])
def test_the_approval_question_of_a_correction_says_the_difference_or_the_reclaim(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, fare: int, said: str) -> None:
    db = context.db
    programme_id = new_programme(db, fiscal_year=2026)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)  # an air fare of 40,000
    first = statements.compute_draft(db, programme_id, talent, WHO)
    statements.approve_statement(db, first, APPROVER)
    correction = statements.adjust_statement(db, first, WHO, "航空券の金額の訂正")
    [expense] = records.expenses(db, programme_id, talent)
    records.update_expense(db, expense.id, WHO, expense.day, expense.category, fare, False, expense.description)
    statements.compute_draft(db, programme_id, talent, WHO)
    corrected = statements.statement(db, correction)
    context.switch_programme(programme_id)
    context.settings.user_name = APPROVER
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_talent(talent)
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_args: questions.append(text)
                        or QMessageBox.StandardButton.No)
    page.approve()
    first_no = statements.statement(db, first).statement_no
    assert f"{first_no} の訂正: " + said.format(a=f"{-corrected.transfer_yen:,}", t=f"{corrected.transfer_yen:,}") \
        in questions[0]
    assert f"（差額: 総額 {fare - 40_000:,} 円" in questions[0]
