"""Signing in to a shared PostgreSQL database with one's own login (a team's, `colead team add-user`).

Asked when the server refuses the login or password the URL gave (or gave none). The password is put into
the URL held in memory for this session only: settings keep the URL without it (db/failures hides it in
every message), so nobody finds it on the laptop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from colead_desktop.db.engine import parse_url
from colead_desktop.db.failures import database_label
from colead_desktop.ui.style import set_role


class SignInDialog(QDialog):
    def __init__(self, url: str, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("データベースにサインイン"))
        self.setMinimumWidth(460)
        self._url = parse_url(url)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("共有データベース {0} に、あなたのログイン名とパスワードでサインインします。")
                           .format(database_label(url)), wordWrap=True))
        self.login = QLineEdit(self._url.username or "", objectName="sign_in_login")
        self.password = QLineEdit(objectName="sign_in_password", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("ログイン名"), self.login)
        form.addRow(self.tr("パスワード"), self.password)
        self.problem = QLabel(problem, objectName="sign_in_problem", wordWrap=True)
        set_role(self.problem, "error")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("サインイン"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.password if self.login.text() else self.login).setFocus()

    def _check(self) -> None:
        if not self.login.text().strip() or not self.password.text():
            self.problem.setText(self.tr("ログイン名とパスワードを入力してください。"))
            return
        self.accept()

    def signed_url(self) -> str:
        """The URL with the login and password typed (in memory only)."""
        chosen = self._url.set(username=self.login.text().strip(), password=self.password.text())
        return chosen.render_as_string(hide_password=False)


def ask_sign_in(url: str, problem: str, parent: QWidget | None) -> str | None:
    """The URL to try again with, or None when the user cancels."""
    dialog = SignInDialog(url, problem, parent)
    return dialog.signed_url() if dialog.exec() == QDialog.DialogCode.Accepted else None
