"""Qt calls leave None's reference count alone (issue 11).

PySide6 6.12.0 drops one reference to None on every Qt method that returns nothing; on Python 3.11, where
None is an ordinary counted object, the app then aborts with "Fatal Python error: none_dealloc". PySide6
6.10 and 6.11 instead keep one more reference each time a view first sizes a new table item (a leak). Each
test makes 100,000 such calls and checks that None's reference count did not move, or that None is
immortal (Python 3.12+), where a lost or kept reference is harmless.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

CALLS = 100_000
WARM_UP = 1_000
# The first calls of a method may cache an object or two that holds None; a drain is one per call.
ONE_OFF_CACHES = 100

# References to None lent while a test runs. When a drain has eaten them, handing them back would take
# None's count to zero and abort the interpreter, so they stay here and the test fails with a message.
_never_returned: list[list[None]] = []


def none_is_immortal() -> bool:
    """True when new references leave None's count alone (PEP 683), measured rather than read off the version."""
    before = sys.getrefcount(None)
    references = [None] * CALLS  # one new reference per slot
    immortal = sys.getrefcount(None) == before
    del references
    return immortal


def none_count_change(call: Callable[[], object]) -> int:
    """How far CALLS calls of `call` move None's reference count, after a warm-up."""
    lent = [None] * 2 * (WARM_UP + CALLS)  # keeps a drain of one per call from deallocating None before we report it
    for _ in range(WARM_UP):
        call()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    change = sys.getrefcount(None) - before
    if change < 0:
        _never_returned.append(lent)
    return change


@pytest.fixture
def table(qtbot) -> QTableWidget:  # type: ignore[no-untyped-def]
    widget = QTableWidget(1, 1)
    qtbot.addWidget(widget)
    return widget


def new_item_sized(table: QTableWidget) -> None:
    """What every page's reload does per cell: a new item, which the view then measures."""
    table.setItem(0, 0, QTableWidgetItem("y"))
    table.resizeColumnToContents(0)


def qt_calls(table: QTableWidget) -> dict[str, Callable[[], object]]:
    item = QTableWidgetItem("x")
    red = QColor("#c62828")
    return {
        "new item sized by the view": lambda: new_item_sized(table),
        "QTableWidget.setItem": lambda: table.setItem(0, 0, QTableWidgetItem("y")),
        "QTableWidgetItem.setFlags": lambda: item.setFlags(Qt.ItemFlag.ItemIsEnabled),
        "QTableWidgetItem.setData": lambda: item.setData(Qt.ItemDataRole.UserRole, 1),
        "QTableWidgetItem.setTextAlignment": lambda: item.setTextAlignment(Qt.AlignmentFlag.AlignRight),
        "QTableWidgetItem.setForeground": lambda: item.setForeground(red),
    }


@pytest.mark.parametrize("name", ["QTableWidget.setItem", "QTableWidgetItem.setFlags", "QTableWidgetItem.setData",
                                  "QTableWidgetItem.setTextAlignment", "QTableWidgetItem.setForeground",
                                  "new item sized by the view"])
def test_qt_calls_leave_none_count_alone(table: QTableWidget, name: str) -> None:
    change = none_count_change(qt_calls(table)[name])
    assert abs(change) <= ONE_OFF_CACHES or none_is_immortal(), (
        f"{CALLS:,} calls of {name} changed sys.getrefcount(None) by {change:+,} ({change / CALLS:+.3f} per call); "
        f"this PySide6 release {'drains' if change < 0 else 'leaks'} references to None on Python "
        f"{sys.version_info.major}.{sys.version_info.minor} (see the PySide6 pin in pyproject.toml)")


def test_immortality_is_measured_not_assumed() -> None:
    """The way out above only opens where None really is immortal (Python 3.12+, PEP 683)."""
    assert none_is_immortal() == (sys.version_info >= (3, 12))
