"""A kill during an export left a hidden empty `.NAME.<pid>.<hex>.part` beside the target for good (review14a item
8): the app's start removes those of dead processes from the folders exports were last saved to."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from colead_desktop import app
from colead_desktop.db.engine import Database
from colead_desktop.settings import Settings
from colead_desktop.ui.programme.first_start import FirstStartDialog
from tests.processes import dead_pid
from tests.ui.test_failure_messages import restored_app_state  # noqa: F401  # a fixture: start() undone after


@pytest.mark.usefixtures("restored_app_state")
def test_start_removes_the_parts_killed_exports_left_in_the_last_export_folders(
        qapp: QApplication, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    statements, zengin = tmp_path / "statements", tmp_path / "zengin"
    statements.mkdir()
    zengin.mkdir()
    settings = Settings()
    settings.set_last_folder("pdf", str(statements))
    settings.set_last_folder("zengin", str(zengin))
    settings.set_last_folder("xlsx", str(tmp_path / "removed since"))
    settings.sync()
    killed = [statements / f".kill.pdf.{dead_pid()}.fd076ce0.part", zengin / f".run.txt.{dead_pid()}.0badc0de.part"]
    kept = [statements / f".now.pdf.{os.getpid()}.0123abcd.part",  # an export still writing
            statements / ".notes.txt.part", statements / "kill.pdf"]  # not this app's part names
    for path in killed + kept:
        path.write_bytes(b"")
    monkeypatch.setattr(FirstStartDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)  # an empty database
    window = app.start(qapp, db.url)
    assert window is not None
    try:
        assert [p for p in killed if p.exists()] == [] and all(p.exists() for p in kept)
    finally:
        window.close()
        window.db.dispose()  # type: ignore[attr-defined]
