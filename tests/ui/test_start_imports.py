"""A start paints the window without importing what it does not need yet (issue 15): alembic only to upgrade,
reportlab just after the first paint (its fonts then registered on the GUI thread), holidays only for a year
outside the holiday table, geopy with the pages' modules after the first paint (ui/warm_up.py), openpyxl on first
use. Checked in a fresh process; `python -X importtime` shows
the rest."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("alembic", "mako", "reportlab", "openpyxl", "holidays", "geopy", "icalendar")

START = f"""
import json, sys, time
from PySide6.QtWidgets import QApplication
from colead_desktop.app import start
app = QApplication([])
window = start(app, None)
shown = window is not None and window.isVisible()
loaded = lambda: sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r}))
at_paint = loaded()
for _ in range(500):  # the first paint, then what waits for it
    app.processEvents()
    if "reportlab" in loaded():
        break
    time.sleep(0.01)
after = loaded()
from reportlab.pdfbase import pdfmetrics
print(json.dumps({{"shown": shown, "at_paint": at_paint, "after": after,
                  "fonts": sorted(pdfmetrics.getRegisteredFontNames())}}))
"""


def test_the_window_is_painted_before_the_heavy_modules_load(data_dir: Path) -> None:
    db = Database()
    db.migrate()
    load_demo(db)  # a start on the demo: every page has data, the dashboard shows
    db.dispose()
    done = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, check=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    start = json.loads(done.stdout.strip().splitlines()[-1])
    assert start["shown"]
    assert start["at_paint"] == []
    assert "reportlab" in start["after"]  # registered just after the first paint, on the GUI thread
    assert {"IPAexGothic", "IPAexMincho"} <= set(start["fonts"])


PAGES = ("tours_page", "calls_page", "matching_page", "payments_page", "dashboard", "records_page")


def test_a_first_page_visit_leaves_the_heavy_modules_to_the_exports() -> None:
    """Building these pages imports none of them: each loads in the export or import job that uses it."""
    code = ("import json, sys\nimport colead_desktop.ui.main_window\n"
            + "".join(f"import colead_desktop.ui.pages.{page}\n" for page in PAGES)
            + f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


WAIT = ("json", "dataclasses")  # 3 and 2 ms of the start window's first paint


def test_the_start_window_waits_for_no_input_rules() -> None:
    """What `colead_desktop.app` imports is on the way to the start window's paint: the input rules (spin boxes'
    full-width digits, the records' validation) are imported after it, before the main window is made, and so
    are json and dataclasses."""
    code = (f"import sys\nimport colead_desktop.app\nWAIT = {WAIT!r}\n"
            "print(sorted(m for m in sys.modules if m.startswith('colead_desktop.domain.') or m in WAIT))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    imported = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert "colead_desktop.domain.validation" not in imported and "colead_desktop.domain.records" not in imported
    assert not set(imported) & set(WAIT)  # the settings' list views are named tuples; the programme file is read later
