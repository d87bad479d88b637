"""Driving modal dialogs from widget tests: dialogs block in exec(), so the test acts once one is shown."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)
PATIENCE_S = 20.0
_test = [0]  # which test the waiting actions belong to (end_of_test moves it on)


def end_of_test() -> None:
    """Drop the actions still waiting for a dialog: one left by a test whose dialog never came took the next
    test's first message box (a whole-suite run, tests dealt one by one, lost a crash dialog's text that way)."""
    _test[0] += 1


def when_modal(action: Callable[[W], None], kind: type[W] = QWidget) -> None:  # type: ignore[assignment]
    """Run `action` on the next modal dialog of `kind` once its exec() loop runs (dialogs nest).

    Whatever goes wrong closes the dialog on screen, so the test reports the failure instead of waiting
    forever on exec(): a failing action, or no such dialog within PATIENCE_S (say, another one is open).
    """
    deadline = time.monotonic() + PATIENCE_S
    test = _test[0]

    def attempt() -> None:
        if test != _test[0]:  # its test has ended
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            try:
                action(dialog)
            except BaseException:
                dialog.close()
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, attempt)
        else:
            if dialog is not None:
                dialog.close()
            raise AssertionError(f"no modal {kind.__name__} was shown within {PATIENCE_S:.0f} s "
                                 f"(on screen: {type(dialog).__name__ if dialog else 'none'})")

    QTimer.singleShot(0, attempt)
