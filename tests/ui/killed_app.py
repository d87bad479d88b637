"""A real app process for the crash-draft tests: a main window on database argv[1] showing one page, then the
test's own steps; the test kills it with SIGKILL once the steps print that they are done."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from colead_desktop.db.engine import Database
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow

app = QApplication([sys.argv[0]])
window = MainWindow(Database(sys.argv[1]), Settings())
window.show()
window.show_page({page!r})
page = window.page({page!r})
while page.load.loading:  # its data are read off the GUI thread
    app.processEvents()
"""


def start_app(page: str, steps: str, *args: str) -> subprocess.Popen[str]:
    """The app on `page` running `steps` (Python, with `app`, `window` and `page` at hand; argv[2:] are `args`
    after the database URL), its stdout piped."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", _WINDOW.format(page=page) + steps, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
