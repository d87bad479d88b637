"""ui/screen_fit.resize_to_fit: a window's designed size shrunk to its screen, without the window holding the screen.

Asked of the window (QWidget.screen()), PySide kept the application's QScreen referenced by the window's wrapper,
and a garbage collection of such a dialog destroyed the QScreen itself: whole-suite runs died with segmentation
faults wherever Qt next used the screen (sessions 13-15; gdb showed QScreen::~QScreen from shiboken inside gc).
"""

from __future__ import annotations

import gc

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from colead_desktop.ui.screen_fit import FRAME_ALLOWANCE, resize_to_fit


def test_a_window_larger_than_the_screen_is_shrunk_to_it(qapp: QApplication) -> None:
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    dialog = QDialog()
    resize_to_fit(dialog, room.width() * 2, 100)
    assert (dialog.width(), dialog.height()) == (room.width() - FRAME_ALLOWANCE[0], 100)


def test_a_fitted_window_does_not_hold_the_screen(qapp: QApplication) -> None:
    parent = QWidget()
    for window in (QDialog(), QDialog(parent)):
        resize_to_fit(window, 900, 700)
        assert window not in gc.get_referrers(QGuiApplication.primaryScreen())
