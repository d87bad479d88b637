"""Shared by the payments widget tests (the Payments page fixture `payments_page` is in conftest.py)."""

from __future__ import annotations

from typing import Any

WHO = "経理 花子"


def payee_cell(page: Any, row: int, column: int) -> str:
    """The text of a cell of the Payments page's payees table."""
    return str(page.payees.model().index(row, column).data())
