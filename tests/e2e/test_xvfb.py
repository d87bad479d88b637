"""The real app under a real X server (Xvfb): the window opens on the demo and is captured to artifacts/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

SHOOT = r"""
import sys
from PySide6.QtWidgets import QApplication
from colead_desktop.app import install_fonts, install_translations
from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.page_load import PageLoad

app = QApplication(sys.argv[:1])
install_translations(app, "ja")
install_fonts(app)
db = Database()
db.migrate()
load_demo(db)
window = MainWindow(db, Settings())
window.resize(1280, 800)
window.move(0, 0)
window.show()
for key in window.page_keys:
    window.show_page(key)
    while any(load.loading for load in window.findChildren(PageLoad)):  # the page's read, off the GUI thread
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    screen = app.primaryScreen().grabWindow(0, 0, 0, 1280, 800)
    screen.save(f"{sys.argv[1]}/xvfb_{key}.png")
print(app.platformName())
"""


def test_main_window_on_xvfb_is_captured(display: str, artifacts: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, "-c", SHOOT, str(artifacts)], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "xcb"
    shot = artifacts / "xvfb_dashboard.png"
    assert shot.stat().st_size > 20_000  # a blank 1280x800 screen compresses to a few kB
