"""The encryption key in the UI: asked when an encrypted database is opened, and set or removed from
the settings dialog (暗号化). The key is only ever held in memory (db/encryption.py), never in settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from colead_desktop.db import encryption
from colead_desktop.db.engine import default_url, sqlite_path
from colead_desktop.domain.errors import InputError
from colead_desktop.ui.style import set_role

if TYPE_CHECKING:
    from colead_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class KeyDialog(QDialog):
    """A password field, twice when a new key is chosen (a typo would lock the data away for good)."""

    def __init__(self, title: str, text: str, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        label = QLabel(text, wordWrap=True)
        form.addRow(label)
        self.key = _password_field("key")
        form.addRow(self.tr("暗号化キー"), self.key)
        self.again: QLineEdit | None = None
        if confirm:
            self.again = _password_field("key_again")
            form.addRow(self.tr("もう一度"), self.again)
        self.error = QLabel()
        self.error.setObjectName("key_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.key.text():
            self.error.setText(self.tr("暗号化キーを入力してください。"))
        elif self.again is not None and self.again.text() != self.key.text():
            self.error.setText(self.tr("2回入力したキーが一致しません。"))
        else:
            self.accept()

    def value(self) -> str | None:
        return self.key.text() if self.exec() == QDialog.DialogCode.Accepted else None


def unlock(url: str | None, parent: QWidget | None) -> bool:
    """Ask for the key of an encrypted database until it is right (each wrong key said in a message) and
    keep it in memory for opening it; False when the user cancels. Plain and server databases pass."""
    db_file = sqlite_path(url or default_url())
    if db_file is None or not encryption.is_encrypted(db_file) or encryption.remembered_key(db_file):
        return True
    encryption.require()  # without sqlcipher3 say so at once, not after the key has been typed
    text = translate("Encryption", "{0}\nは暗号化されています。暗号化キーを入力してください。").format(db_file)
    while True:
        key = KeyDialog(translate("Encryption", "暗号化されたデータベース"), text, confirm=False, parent=parent).value()
        if key is None:
            return False
        try:
            encryption.check_key(db_file, key)
        except encryption.WrongKey as exc:  # say so and ask again
            QMessageBox.warning(parent, translate("Encryption", "暗号化キー"), str(exc))
            continue
        encryption.remember_key(db_file, key)
        return True


def manage_encryption(window: MainWindow) -> None:
    """Settings > 暗号化: encrypt the open SQLite database with a new key, or decrypt it back."""
    db_file = sqlite_path(window.db.url)
    dialog_title = translate("Encryption", "データベースの暗号化")
    if db_file is None:
        QMessageBox.information(window, dialog_title, translate("Encryption",
            "サーバー上のデータベースはサーバー側で保護してください（ディスク暗号化・アクセス権）。"))
        return
    if not encryption.available():
        QMessageBox.information(window, dialog_title, translate("Encryption",
            "暗号化には sqlcipher3 パッケージが必要です（pip install \"colead-desktop[encryption]\"）。"))
        return
    encrypted = encryption.is_encrypted(db_file)
    if encrypted:
        key = KeyDialog(dialog_title, translate("Encryption",
            "暗号化を解除し、データベースを通常の SQLite ファイルに戻します。現在の暗号化キーを入力してください。"),
            confirm=False, parent=window).value()
    else:
        key = KeyDialog(dialog_title, translate("Encryption",
            "データベースを暗号化します（SQLCipher）。起動のたびにこのキーを入力します。\n\n"
            "キーを忘れるとデータは二度と読めません。誰も復元できません。キーは安全な場所に控えてください。\n"
            "これまでのバックアップは暗号化されません。"), confirm=True, parent=window).value()
    if key is None or not window.leave_editors():  # the database is closed and reopened: unsaved edits first
        return
    _convert(window, db_file, key, encrypted)


def _convert(window: MainWindow, db_file: Path, key: str, decrypt: bool) -> None:
    from colead_desktop.ui.actions import switch_database

    window.db.dispose()  # no connection may be open while the file is replaced
    try:
        if decrypt:
            encryption.decrypt_file(db_file, key)
        else:
            encryption.encrypt_file(db_file, key)
    except InputError as exc:
        QMessageBox.warning(window, translate("Encryption", "データベースの暗号化"), str(exc))
        return
    if switch_database(window, window.db.url):
        done = (translate("Encryption", "暗号化を解除しました。") if decrypt
                else translate("Encryption", "データベースを暗号化しました。"))
        QMessageBox.information(window, translate("Encryption", "データベースの暗号化"), done)
