"""The window a start paints first (issue 15): the main window's size, place and frame, titled 「Co-LEAD Desktop —
データベースを開いています…」, shown before the database layer (sqlalchemy, the models, the services and the pages)
is imported, so the user sees the app as soon as a bare window would show. The main window takes its place as
soon as the database is open; the dialogs a start may need (a damaged file, signing in) show over it.

Everything done before this window paints delays it: each import (PySide6's import hook slows them), and each
widget in it (a label and its layout cost the first paint 40 ms of PySide6 types made on their first events).
So it is an empty QMainWindow, made by a function, and says what it is doing in its title.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtWidgets import QMainWindow

MAIN_WINDOW_SIZE = (1200, 760)  # the main window's before the user has moved or resized it


def start_window(geometry: QByteArray | None) -> QMainWindow:
    """The start window, not yet shown: where the main window was last (`geometry`), or its first size."""
    window = QMainWindow(objectName="start_window")
    window.setWindowTitle(QCoreApplication.translate("StartWindow", "Co-LEAD Desktop — データベースを開いています…"))
    window.resize(*MAIN_WINDOW_SIZE)
    if geometry is not None:
        window.restoreGeometry(geometry)
    return window
