"""Full-width numbers pasted into spin boxes (input review 12 item 1): 「１２，３４５」 or 「１２３４５円」 copied from a
Japanese document is taken as 12,345 whether it is pasted (Ctrl+V, `QLineEdit.insert`) or typed, in the shared
yen field, every other spin box and the date fields; text that is no number is still refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from colead_desktop.ui import unsaved
from colead_desktop.ui.number_input import accept_wide_digits
from colead_desktop.ui.payments.widgets import yen_spin
from colead_desktop.ui.tours.dialogs import NewTourDialog
from colead_desktop.ui.widgets import date_edit


def paste_over_value(spin: QAbstractSpinBox, text: str, interpret: bool = True) -> None:
    """What the user does: click into the field, its number selected, and insert the clipboard's text (then
    press Enter, unless `interpret` is False)."""
    spin.setFocus()
    QApplication.processEvents()
    spin.selectAll()
    line = spin.findChild(QLineEdit)
    assert line is not None
    line.insert(text)
    if interpret:
        spin.interpretText()


@pytest.fixture(autouse=True)
def wide_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    accept_wide_digits(QApplication.instance())  # type: ignore[arg-type]  # as app.start does
    monkeypatch.setattr(unsaved, "confirm_discard", lambda _parent, _changed: True)  # the edited dialog closes


@pytest.mark.parametrize("pasted", ["１２，３４５", "１２３４５円", "１２３４５", "12,345 円"])
def test_a_pasted_amount_is_taken_in_the_yen_field(qtbot: QtBot, pasted: str) -> None:
    spin = yen_spin("expense_amount", " 円")
    qtbot.addWidget(spin)
    spin.show()
    paste_over_value(spin, pasted)
    assert (spin.value(), spin.text(), spin.problem()) == (12_345, "12,345 円", None)


def test_the_clipboard_pasted_with_ctrl_v_is_taken_in_a_form_spin_box(qtbot: QtBot) -> None:
    dialog = NewTourDialog(["架空市"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    days = dialog.days
    days.setFocus()
    QApplication.processEvents()
    days.selectAll()
    QGuiApplication.clipboard().setText("４")
    qtbot.keyClick(days, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    days.interpretText()
    assert days.value() == 4, days.text()


def test_a_unit_pasted_with_the_number_is_dropped_only_when_it_is_the_fields_own(qtbot: QtBot) -> None:
    seats = QSpinBox()
    seats.setRange(0, 999)
    seats.setSuffix("名")
    qtbot.addWidget(seats)
    seats.show()
    paste_over_value(seats, "１２名")
    assert (seats.value(), seats.text()) == (12, "12名")
    paste_over_value(seats, "３４円")  # another unit is no number of people: refused, the value kept
    assert (seats.value(), seats.text()) == (12, "12名")
    paste_over_value(seats, "abc")
    assert seats.value() == 12


@pytest.mark.parametrize("pasted", ["１２\n３４", "½", "🍵", "－５", "１２ ３４５", "1e3", "１２３４５ドル"])
def test_pasted_text_that_is_no_amount_is_refused_and_the_amount_kept(qtbot: QtBot, pasted: str) -> None:
    spin = yen_spin("expense_amount", " 円")
    qtbot.addWidget(spin)
    spin.show()
    spin.setValue(500)
    paste_over_value(spin, pasted)
    assert (spin.value(), spin.text()) == (500, "500 円")


def test_a_pasted_amount_over_the_limit_stays_as_pasted_and_is_named(qtbot: QtBot) -> None:
    spin = yen_spin("expense_amount", " 円")
    qtbot.addWidget(spin)
    spin.show()
    paste_over_value(spin, "１２３，４５６，７８９，０１２円", interpret=False)
    assert spin.text() == "123,456,789,012 円"
    assert spin.problem() == "0〜100,000,000 円の整数で指定してください"


def test_a_full_width_date_pasted_into_a_date_field_is_taken(qtbot: QtBot) -> None:
    field = date_edit(date(2026, 1, 5), "expense_day")
    qtbot.addWidget(field)
    field.show()
    paste_over_value(field, "２０２６－１０－０６")
    assert field.date().toPython() == date(2026, 10, 6)
