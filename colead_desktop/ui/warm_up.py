"""The feature pages' modules imported after the first paint, on a thread of their own (issue 15).

A page's module is imported on its first visit, on the GUI thread: the ミートアップ page pulled in openpyxl and
reportlab and froze the window for a second. Imported here in the background, a visit finds them loaded (or
waits only for the module still being imported). Only modules are imported: no widget is made off the GUI
thread. A module that fails to import is left to the visit, which shows the failure as it always has.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

PAGE_MODULES = ("colead_desktop.ui.pages.tours_page", "colead_desktop.ui.pages.payments_page",
                "colead_desktop.ui.pages.calls_page", "colead_desktop.ui.pages.matching_page",
                "colead_desktop.ui.pages.meetup_page")


def import_pages_in_background() -> threading.Thread:
    thread = threading.Thread(target=_import_pages, name="colead-page-imports", daemon=True)
    thread.start()
    return thread


def _import_pages() -> None:
    for name in PAGE_MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 (the visit imports it again and shows why it cannot)
            log.warning("importing %s in the background failed: %s", name, type(exc).__name__)
