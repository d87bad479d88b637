"""Composition-root behaviour: the exception dialog and the log (the first start is in test_programme_gui.py)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from colead_desktop import app
from colead_desktop.logsetup import setup_logging


def test_unhandled_exception_is_logged_and_shown(qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + box.detailedText()) or 0)
    handler = setup_logging()
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
