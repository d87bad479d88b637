"""An invalid spin box or date edit keeps its up/down arrows (input review 12 item 3): the stylesheet's red
border used to make Qt draw its buttons flat, so a refused amount could no longer be stepped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QSpinBox, QStyle, QStyleOptionSpinBox
from pytestqt.qtbot import QtBot

from colead_desktop.ui.payments.widgets import yen_spin
from colead_desktop.ui.style import set_state
from tests.conftest import shots_dir

SHOTS = shots_dir("input12")


def _arrow_rows(spin: QAbstractSpinBox, part: QStyle.SubControl) -> list[int]:
    """The width of the arrow drawn on the button `part`, row by row from the top (rows without it left out)."""
    image = spin.grab(_button(spin, part)).toImage()
    dark = [[_is_arrow(image.pixelColor(x, y)) for x in range(image.width())] for y in range(image.height())]
    return [sum(row) for row in dark if any(row)]


def _is_arrow(colour: QColor) -> bool:
    """Dark grey, as the arrows are; the red border is as dark but not grey."""
    return colour.lightness() < 120 and colour.saturation() < 100


@pytest.mark.parametrize("make", [lambda: yen_spin("expense_amount", " 円"), QSpinBox, QDateEdit])
def test_an_invalid_field_keeps_both_arrows_and_steps_with_them(qtbot: QtBot, make) -> None:  # type: ignore[no-untyped-def]
    spin: QAbstractSpinBox = make()
    qtbot.addWidget(spin)
    spin.resize(220, spin.sizeHint().height())
    spin.show()
    qtbot.waitExposed(spin)
    set_state(spin, "invalid")
    up, down = _arrow_rows(spin, QStyle.SubControl.SC_SpinBoxUp), _arrow_rows(spin, QStyle.SubControl.SC_SpinBoxDown)
    assert len(up) >= 3 and up[0] < up[-1]  # a triangle pointing up, not a flat bar
    assert len(down) >= 3 and down[0] > down[-1]
    spin.grab().save(str(SHOTS / f"invalid_{type(spin).__name__}.png"))
    before = spin.text()
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=_button(spin, QStyle.SubControl.SC_SpinBoxUp).center())
    assert spin.text() != before and spin.property("state") == "invalid"


def _button(spin: QAbstractSpinBox, part: QStyle.SubControl) -> QRect:
    """Where the style (the stylesheet's, once a rule applies) puts the up or down button."""
    option = QStyleOptionSpinBox()
    option.initFrom(spin)
    option.subControls = QStyle.SubControl.SC_SpinBoxUp | QStyle.SubControl.SC_SpinBoxDown
    return spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
