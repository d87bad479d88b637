"""The key dialog at start (wrong key: a message, then asked again) and Settings > 暗号化."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from colead_desktop.db import encryption
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.settings import Settings
from colead_desktop.ui.actions import edit_settings
from colead_desktop.ui.encryption_dialogs import KeyDialog, manage_encryption, unlock
from colead_desktop.ui.main_window import MainWindow
from tests.ui.modal import when_modal

pytest.importorskip("sqlcipher3")
KEY = "correct horse battery"


def typed_keys(monkeypatch: pytest.MonkeyPatch, *keys: str | None) -> list[KeyDialog]:
    """Answer each key dialog with the next of `keys` (None = Cancel), as a user typing would."""
    answers = iter(keys)
    shown: list[KeyDialog] = []

    def value(dialog: KeyDialog) -> str | None:
        shown.append(dialog)
        key = next(answers)
        if key is None:
            return None
        dialog.key.setText(key)
        if dialog.again is not None:
            dialog.again.setText(key)
        dialog._check()
        return key if dialog.result() == KeyDialog.DialogCode.Accepted else None

    monkeypatch.setattr(KeyDialog, "value", value)
    return shown


def test_wrong_key_says_so_and_asks_again(qapp, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db.dispose()
    db_file = sqlite_path(db.url)
    encryption.encrypt_file(db_file, KEY)
    encryption.forget_key(db_file)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    shown = typed_keys(monkeypatch, "wrong key!", KEY)
    assert unlock(None, None)
    assert len(shown) == 2 and len(warnings) == 1
    assert str(db_file) in warnings[0] and KEY not in warnings[0]
    Database().dispose()  # opens with the key kept in memory
    encryption.forget_key(db_file)
    typed_keys(monkeypatch, None)
    assert not unlock(None, None)  # Cancel: the app quits without a traceback
    encryption.forget_key(db_file)


def test_settings_encrypts_and_decrypts_the_open_database(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    db_file = sqlite_path(db.url)
    shown = typed_keys(monkeypatch, KEY)
    manage_encryption(window)
    assert shown[0].again is not None  # a new key is typed twice
    assert encryption.is_encrypted(db_file)
    assert window.db is not db
    with window.db.engine.connect() as connection:  # the window now works on the encrypted file
        assert connection.exec_driver_sql("SELECT count(*) FROM talent").scalar() == 0
    typed_keys(monkeypatch, KEY)
    manage_encryption(window)
    assert not encryption.is_encrypted(db_file)
    assert encryption.remembered_key(db_file) is None
    window.db.dispose()


def test_the_settings_dialog_offers_encryption(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    found: list[str] = []

    def look(dialog: QDialog) -> None:
        found.append(dialog.findChild(QPushButton, "encryption_button").text())
        dialog.reject()

    when_modal(look, QDialog)
    edit_settings(window)
    assert found == ["暗号化…"]
