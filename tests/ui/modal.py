"""Driving modal dialogs from widget tests: dialogs block in exec(), so the test acts once one is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_modal(action: Callable[[QDialog], None]) -> None:
    """Run `action` on the next modal dialog once it is shown; a failing action rejects the dialog so the
    test reports the failure instead of waiting forever on exec()."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        try:
            action(dialog)  # type: ignore[arg-type]
        except BaseException:
            dialog.reject()  # type: ignore[attr-defined]
            raise

    QTimer.singleShot(0, attempt)
