"""Window sizes that fit the screen: a window's designed size, shrunk to the screen it opens on.

A 1366x768 laptop, or 1920x1080 at 150 % (1280x720 in Qt's pixels), is smaller than some designed sizes: the
print centre's 1180x820 put its 印刷 / 閉じる row below the screen's edge (review 14c item 2).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = (16, 48)
"""Room for the window manager's frame and title bar, which are outside the size a window is given."""


def resize_to_fit(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width x height, or less where the screen it opens on (its parent's) is smaller.

    The screen is asked of the application, never of the window (QWidget.screen()): PySide then keeps the screen
    referenced by the window's wrapper, and a garbage collection of a dialog so fitted destroyed the application's
    QScreen itself (gdb: QScreen::~QScreen from shiboken's dealloc inside gc), after which Qt died at the next use
    of the screen: the segmentation faults of whole-suite runs (sessions 13-15)."""
    parent = window.parentWidget()
    screen = (QGuiApplication.screenAt(parent.mapToGlobal(parent.rect().center())) if parent is not None else None) \
        or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_ALLOWANCE[0])
        height = min(height, room.height() - FRAME_ALLOWANCE[1])
    window.resize(width, height)
