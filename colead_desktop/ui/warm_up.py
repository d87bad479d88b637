"""After the first paint: the feature pages' modules imported on a thread of their own, and the heap frozen
(issue 15).

A page's module is imported on its first visit, on the GUI thread: the ミートアップ page pulled in openpyxl and
reportlab and froze the window for a second. Imported here in the background, a visit finds them loaded (or
waits only for the module still being imported), and so does a tour's first check find geopy (domain/geodesic.py:
most of that check's time). Only modules are imported: no widget is made off the GUI thread. A module that
fails to import is left to the visit, which shows the failure as it always has.

A started app holds some 85,000 objects the cyclic garbage collector keeps walking: a full collection, set off
by whichever thread allocates (a page's read of 10,000 talents), held the GIL for 80-130 ms and stalled the
window that long. Frozen (gc.freeze), they are left out of collections; they live as long as the app anyway.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Callable
from functools import partial

from colead_desktop.domain.geodesic import geodesic_km

log = logging.getLogger(__name__)

PAGE_MODULES = ("colead_desktop.ui.pages.tours_page", "colead_desktop.ui.pages.payments_page",
                "colead_desktop.ui.pages.calls_page", "colead_desktop.ui.pages.matching_page",
                "colead_desktop.ui.pages.meetup_page")


def freeze_heap() -> None:
    """Leave every object alive now out of later garbage collections (modules, classes, the window)."""
    gc.freeze()


def import_pages_in_background() -> threading.Thread:
    thread = threading.Thread(target=_import_pages, name="colead-page-imports", daemon=True)
    thread.start()
    return thread


def _import_pages() -> None:
    loads: list[tuple[str, Callable[[], object]]] = [(name, partial(importlib.import_module, name))
                                                     for name in PAGE_MODULES]
    for name, load in [*loads, ("geopy", geodesic_km)]:
        try:
            load()
        except Exception as exc:  # noqa: BLE001 (the visit or check imports it again and shows why it cannot)
            log.warning("importing %s in the background failed: %s", name, type(exc).__name__)
    freeze_heap()  # the modules just imported too
