"""Shared by the payments widget tests (the Payments page fixture `payments_page` is in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from colead_desktop.ui.payments.run_dialog import PaidDateDialog

WHO = "経理 花子"


def payee_cell(page: Any, row: int, column: int) -> str:
    """The text of a cell of the Payments page's payees table."""
    return str(page.payees.model().index(row, column).data())


def accept_date_dialogs(monkeypatch: pytest.MonkeyPatch, shown: Callable[[PaidDateDialog], None]) -> list[str]:
    """Every PaidDateDialog from now on accepted with its preset day (today) after `shown(dialog)`; the titles of
    those that came, in order."""
    titles: list[str] = []

    def accept(dialog: PaidDateDialog) -> QDialog.DialogCode:
        titles.append(dialog.windowTitle())
        shown(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PaidDateDialog, "exec", accept)
    return titles
