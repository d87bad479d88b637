"""The window a start paints first (issue 15): the main window's size, place and title with 「データベースを
開いています…」, shown before the database layer (sqlalchemy, the models, the services and the pages) is
imported, so the user sees the app as soon as a bare window would show. The main window takes its place as
soon as the database is open; the dialogs a start may need (a damaged file, signing in) show over it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from colead_desktop.ui.main_size import MAIN_WINDOW_SIZE


class StartWindow(QMainWindow):
    def __init__(self, geometry: QByteArray | None) -> None:
        super().__init__()
        self.setObjectName("start_window")
        self.setWindowTitle("Co-LEAD Desktop")
        self.setCentralWidget(QLabel(self.tr("データベースを開いています…"), objectName="start_window_text",
                                     alignment=Qt.AlignmentFlag.AlignCenter))
        self.resize(*MAIN_WINDOW_SIZE)
        if geometry is not None:  # where the main window was last: it opens in the same place
            self.restoreGeometry(geometry)
