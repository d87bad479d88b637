"""Start-up time: the app's main window on the demo database versus a bare PySide6 window.

Each run is a fresh process timed by the parent, from launch until the window has been shown and its
first events processed (offscreen platform). Prints the median of several runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""

APP = """
from PySide6.QtWidgets import QApplication
from colead_desktop.app import install_font, install_translations
from colead_desktop.db.engine import Database
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
app = QApplication([])
settings = Settings()
install_translations(app, settings.language)
install_font(app)
db = Database()
db.migrate()
window = MainWindow(db, settings)
window.show()
app.processEvents()
"""


def median_seconds(code: str, env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COLEAD_DATA_DIR": data}
        subprocess.run([sys.executable, "-m", "colead_desktop.cli", "demo"], env=env, check=True, capture_output=True)
        bare = median_seconds(BARE, env)
        app = median_seconds(APP, env)
    print(f"bare PySide6 window: median {bare * 1000:.0f} ms over {RUNS} runs")
    print(f"Co-LEAD Desktop with the demo loaded: median {app * 1000:.0f} ms over {RUNS} runs")
    print(f"difference: {(app - bare) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
