"""Composition-root behaviour: the demo offer on an empty database, the exception dialog, the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from colead_desktop import app
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import count_records
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow


def test_empty_database_offers_the_demo_and_loads_it(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    app.offer_demo(window, db)
    assert asked and "デモプログラム" in asked[0]
    assert count_records(db, TalentRecord) == 16
    app.offer_demo(window, db)  # not asked again once there is data
    assert len(asked) == 1


def test_unhandled_exception_is_logged_and_shown(qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + box.detailedText()) or 0)
    handler = app.setup_logging()
    previous = sys.excepthook
    try:
        app.install_exception_hook()
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert shown and "予期しないエラー" in shown[0] and "boom in a slot" in shown[0]
    log_text = (data_dir / "logs" / "colead.log").read_text(encoding="utf-8")
    assert "unhandled exception" in log_text and "RuntimeError: boom in a slot" in log_text
