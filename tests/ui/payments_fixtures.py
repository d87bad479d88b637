"""The Payments page on the demo programme, shared by the payments widget tests (import the fixture by name)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo
from colead_desktop.settings import Settings
from colead_desktop.ui.pages.payments_page import PaymentsPage

WHO = "経理 花子"


@pytest.fixture
def payments_page(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> PaymentsPage:  # type: ignore[no-untyped-def]
    """The page, shown at a desktop size; message boxes are recorded in `page.messages` as (kind, text)."""
    load_demo(db)
    settings = Settings()
    settings.user_name = WHO
    widget = PaymentsPage(db, settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 820)
    widget.show()
    widget.messages = []  # type: ignore[attr-defined]
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, _k=kind: widget.messages.append((_k, text)))
    return widget
