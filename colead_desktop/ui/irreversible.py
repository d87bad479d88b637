"""The confirmation of an action the undo stack cannot take back (issue 17 item 1): it says so in its text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def cannot_undo() -> str:
    return QApplication.translate("Irreversible", "この操作は元に戻せません。")


def confirm_irreversible(parent: QWidget, title: str, question: str) -> bool:
    """Ask `question` with the warning that it cannot be undone; whether the user said はい."""
    answer = QMessageBox.question(parent, title, question + "\n\n" + cannot_undo())
    return answer == QMessageBox.StandardButton.Yes
