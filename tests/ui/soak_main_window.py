"""Soak the real main window (issue 11), run as its own process by tests/ui/test_soak.py.

Resizes the dashboard and reloads the payments page many times on the demo programme, offscreen, in the
data folder named by COLEAD_DATA_DIR. A PySide6 that leaks or drains references kills this process
("Fatal Python error: none_dealloc", SIGABRT) instead of pytest. Prints one JSON line of figures on
stdout: None's reference count before and after each phase (on Python 3.12+ None is immortal and its
count does not move at all).

    python tests/ui/soak_main_window.py RESIZES RELOADS
"""

from __future__ import annotations

import gc
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.pages.payments_page import PaymentsPage

# Two sizes a user drags between; every step changes both sides, so every step repaints the whole page.
SIZES = (QSize(1200, 760), QSize(1000, 640))


def none_refs() -> int:
    """None's reference count once garbage is collected: cycles awaiting the collector hold None too, and
    the count would otherwise climb by about one per reload and drop back every fifty or so."""
    gc.collect()
    return sys.getrefcount(None)


def loaded(app: QApplication, widget: QWidget) -> None:
    """Until every page in `widget` has shown what it read off the GUI thread (ui/page_load.py)."""
    app.processEvents()
    while any(load.loading for load in widget.findChildren(PageLoad)):
        app.processEvents()


def soak(resizes: int, reloads: int) -> dict[str, int]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    db = Database()
    db.migrate()
    load_demo(db)
    window = MainWindow(db, Settings())
    window.show()
    window.show_page("dashboard")
    loaded(app, window)
    figures = {"none_refs_at_start": none_refs()}
    for step in range(resizes):
        window.resize(SIZES[step % 2])
        app.processEvents()
    figures["none_refs_after_resizes"] = none_refs()
    window.show_page("payments")
    payments = window.page("payments")
    assert isinstance(payments, PaymentsPage)
    loaded(app, payments)
    figures["none_refs_payments_shown"] = none_refs()  # after its modules' import, which holds None
    for _ in range(reloads):
        payments.reload()
        loaded(app, payments)
    figures["none_refs_after_reloads"] = none_refs()
    window.close()
    db.dispose()
    return figures


if __name__ == "__main__":
    print(json.dumps(soak(int(sys.argv[1]), int(sys.argv[2]))), flush=True)
