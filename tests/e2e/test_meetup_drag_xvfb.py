"""A real mouse drag of a round-table chip, under a real X server.

Why Xvfb: on the offscreen platform QDrag.exec() returns IgnoreAction at once (there is no platform drag),
so tests/ui/test_meetup_page.py can only deliver a QDropEvent to the cell. Under xcb the drag runs its own
event loop; a timer moves the mouse over the target cell and releases it while that loop runs, which is
what a user's hand does. The app runs in a subprocess (the test process is offscreen) on the test's
database; the test then reads the plan back from that database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services.demo import load_demo

pytestmark = pytest.mark.xvfb

DRAG = r"""
import json, sys
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from colead_desktop.db.engine import Database
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.jobs import JobRunner
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.pages.meetup_page import MeetupPage

app = QApplication(sys.argv[:1])
page = MeetupPage(AppContext(Database(), Settings(), JobRunner(), QUndoStack()))
page.resize(1400, 780)
page.move(0, 0)
page.show()
while any(load.loading for load in page.findChildren(PageLoad)):  # the page's read, off the GUI thread
    app.processEvents()
page.tabs.setCurrentWidget(page.roundtable_tab)
for _ in range(20):
    app.processEvents()
rt = page.roundtable_tab
who, source, target = sys.argv[1:4]
QTest.mouseDClick(rt.grid.chip(who, 1), Qt.MouseButton.LeftButton)  # pin it where it sits
chip = rt.grid.chip(who, 1)  # the grid was redrawn with the pinned chip
cell = rt.grid.cells[(1, target)]
seen = []


def over_target():  # runs inside QDrag.exec()'s event loop
    seen.append("dragging")
    QTest.mouseMove(cell, cell.rect().center())
    QTimer.singleShot(50, lambda: QTest.mouseRelease(cell, Qt.MouseButton.LeftButton,
                                                     Qt.KeyboardModifier.NoModifier, cell.rect().center()))


QTimer.singleShot(100, over_target)
QTest.mousePress(chip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, chip.rect().center())
QTest.mouseMove(chip, chip.rect().center() + QPoint(40, 0))  # past the drag distance: QDrag.exec() starts
for _ in range(10):
    app.processEvents()
page.grab().save(sys.argv[4])
print(json.dumps({"platform": app.platformName(), "seen": seen, "bad": rt.grid.cells[(1, target)].bad,
                  "feedback": [rt.feedback.item(i).text() for i in range(rt.feedback.count())]}))
"""


def test_a_chip_dragged_with_the_mouse_moves_the_talent(display: str, db: Database,
                                                        artifacts: Path) -> None:
    programme_id = load_demo(db)  # the only programme, so the app in the subprocess shows it
    assert programme_id is not None
    event_id = meetup.meetup_event_id(db, programme_id)
    assert event_id is not None
    setup, before = setups.load_setup(db, event_id), setups.load_plan(db, event_id)
    assert setup is not None and before is not None
    source, target = setup.tables[0].name, setup.tables[1].name
    who = before.rounds[0][source][0]
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    shot = artifacts / "xvfb_meetup_drag.png"
    result = subprocess.run([sys.executable, "-c", DRAG, who, source, target, str(shot)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb" and report["seen"] == ["dragging"]
    after = setups.load_plan(db, event_id)
    assert after is not None and who in after.rounds[0][target] and who not in after.rounds[0][source]
    assert setups.load_setup(db, event_id).pinned(who, 1) == source  # type: ignore[union-attr]
    assert report["bad"] and any(who in text and source in text for text in report["feedback"])
