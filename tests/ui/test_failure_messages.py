"""The GUI under the same real failures as the CLI: start-up says why and gives up (exit 2), an output
failure in a background job is a message naming the path, a bug is the crash dialog with the log's location."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from colead_desktop import app
from colead_desktop.db.engine import Database
from colead_desktop.services.payments import export_payments_workbook
from colead_desktop.services.programme_scope import current_programme_id, list_programmes
from colead_desktop.ui.failures import show_crash
from colead_desktop.ui.jobs import JobRunner, show_failure
from colead_desktop.ui.programme.first_start import FirstStartDialog
from tests.failure_conditions import DB_CONDITIONS, OUTPUT_CONDITIONS, condition
from tests.ui.modal import when_modal

SLOW = {"locked"}


@pytest.fixture
def restored_app_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """start() installs the exception hook and the log handler: undo both after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _shown(kind: type[QMessageBox] = QMessageBox) -> list[str]:
    """Collect the next message box's text and details, then close it."""
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text() + "\n" + box.detailedText())
        box.close()

    when_modal(read, kind)
    return texts


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in DB_CONDITIONS])
def test_start_up_with_an_unusable_database_says_why(name: str, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      request: pytest.FixtureRequest, restored_app_state: None) -> None:
    with condition(name, tmp_path, request) as broken:
        texts = _shown()
        assert app.start(qapp, broken.url) is None
    assert texts and broken.expect in texts[0]
    assert "Traceback" not in texts[0] and "secret" not in texts[0]


def test_start_up_with_the_data_folder_a_file_says_why(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                       restored_app_state: None) -> None:
    not_a_folder = tmp_path / "data-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("COLEAD_DATA_DIR", str(not_a_folder))
    texts = _shown()
    assert app.start(qapp, None) is None
    assert texts and str(not_a_folder) in texts[0] and "フォルダが必要な場所にファイルがあります" in texts[0]


@pytest.mark.parametrize("name", OUTPUT_CONDITIONS)
def test_background_export_failure_names_the_path(name: str, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  request: pytest.FixtureRequest) -> None:
    with condition(name, tmp_path, request) as broken:
        assert broken.url is not None and broken.out is not None
        database, out = Database(broken.url), broken.out
        programme = current_programme_id(database, None)  # the demo's, the only one
        assert programme is not None
        runner = JobRunner()
        texts = _shown()
        runner.submit(None, "書き出し中", lambda _progress: export_payments_workbook(database, programme, out),
                      lambda _result: None, show_failure(None, "書き出しできません"))
        qtbot.waitUntil(lambda: bool(texts), timeout=30_000)
        database.dispose()
    assert broken.expect in texts[0] and "Traceback" not in texts[0]


def test_server_down_while_running_is_a_message_then_works_after_restart(  # type: ignore[no-untyped-def]
        qapp, postgres, restored_app_state: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # the first start on the empty database: cancelled (no programme, no demo)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    window = app.start(qapp, postgres.fresh_database())
    assert window is not None
    try:
        postgres.halt()
        try:
            texts = _shown()
            list_programmes(window.db)  # type: ignore[attr-defined]
        except Exception:
            sys.excepthook(*sys.exc_info())  # as Qt does for an exception escaping a slot
        finally:
            postgres.start()
        assert texts and "接続できません" in texts[0] and "Traceback" not in texts[0]
        # pool_pre_ping: the pooled connection died with the server and is replaced, not reported
        assert list_programmes(window.db) == []  # type: ignore[attr-defined]
    finally:
        window.close()
        window.db.dispose()  # type: ignore[attr-defined]


def test_opening_a_damaged_database_keeps_the_current_one(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from colead_desktop.settings import Settings
    from colead_desktop.ui import actions
    from colead_desktop.ui.main_window import MainWindow

    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_text("これはデータベースではありません\n", encoding="utf-8")
    texts = _shown()
    assert not actions.switch_database(window, f"sqlite:///{damaged}")
    assert window.db is db and texts and "破損しています" in texts[0]


def test_a_bug_raised_again_while_the_crash_dialog_is_open_is_logged_not_shown_again(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The open crash dialog can set the same bug off again (its focus change reaching the slot that failed): each
    new dialog did so too, without end, and the app hung. One dialog at a time; the repeats go to the log only."""
    shown: list[str] = []

    def exec_again(box: QMessageBox) -> int:
        shown.append(box.text())
        if len(shown) < 50:  # bounded: the old code would recurse until Python's limit
            error = RuntimeError("again")
            show_crash(None, RuntimeError, error, None)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_again)
    with caplog.at_level(logging.ERROR):
        show_crash(None, RuntimeError, RuntimeError("first"), None)
    assert len(shown) == 1
    assert sum(record.getMessage() == "unhandled exception" for record in caplog.records) == 2
