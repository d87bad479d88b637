"""The GUI paths: a damaged database at start offers the latest good backup (the main window never opens
on it), and File > restore refuses a bad file and swaps in a good one, showing its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from colead_desktop.db.backup import backup_sqlite
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.demo import load_demo
from colead_desktop.services.records import list_records, save_record
from colead_desktop.settings import Settings
from colead_desktop.ui import actions
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.start_database import open_for_editing
from tests.db.damage import corrupt_pages
from tests.programmes import new_programme
from tests.ui.loading import wait_loaded
from tests.ui.modal import when_modal


def _names(db: Database, programme: int) -> list[str]:
    return [t.name for t in list_records(db, TalentRecord, programme)]


def _click(name: str, seen: list[str]) -> object:
    def click(box: QMessageBox) -> None:
        seen.append(box.text())
        box.findChild(QPushButton, name).click()

    return click


def test_damaged_database_at_start_offers_the_latest_good_backup(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    demo = load_demo(db)
    assert demo is not None
    talents = _names(db, demo)
    db_file = sqlite_path(db.url)
    assert db_file is not None
    backup_sqlite(db_file, "manual")
    db.dispose()
    corrupt_pages(db_file)

    seen: list[str] = []
    when_modal(_click("quit_button", seen), QMessageBox)
    assert open_for_editing(db.url) is None
    assert "破損" in seen[0]

    when_modal(_click("restore_button", seen), QMessageBox)
    reopened = open_for_editing(db.url)
    assert reopened is not None
    assert _names(reopened, demo) == talents
    reopened.dispose()


def test_restore_from_the_file_menu(qtbot, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    programme = new_programme(db)
    save_record(db, TalentRecord(None, programme, "残る人", skills=("engineer",)))
    db_file = sqlite_path(db.url)
    assert db_file is not None
    good = backup_sqlite(db_file, "manual")
    save_record(db, TalentRecord(None, programme, "後から追加", skills=("engineer",)))
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_page("talents")

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(junk), ""))
    messages: list[str] = []

    def confirm_then_read_refusal(box: QMessageBox) -> None:
        when_modal(lambda refusal: (messages.append(refusal.text()), refusal.accept()), QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(confirm_then_read_refusal, QMessageBox)
    actions.restore_backup(window)
    assert "junk.sqlite3" in messages[-1]
    assert _names(window.db, programme) == ["残る人", "後から追加"]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(good), ""))

    def confirm_then_read_result(box: QMessageBox) -> None:
        when_modal(lambda done: (messages.append(done.text()), done.accept()), QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(confirm_then_read_result, QMessageBox)
    actions.restore_backup(window)
    assert "復元しました" in messages[-1]
    assert _names(window.db, programme) == ["残る人"]
    wait_loaded(qtbot, window)  # the rebuilt pages read the restored file a turn of the event loop later
    page = window.stack.currentWidget()
    assert page.model.rowCount() == 1  # type: ignore[attr-defined]
