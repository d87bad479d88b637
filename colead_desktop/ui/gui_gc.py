"""Python's cyclic garbage collector runs on the GUI thread only, once a job thread exists.

An automatic collection runs on whichever thread allocates past the threshold. On the job thread it can free
Qt objects of the GUI thread that sit in a reference cycle (a page and its bound slots), and Qt then deletes
them from the wrong thread: "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread", then
a segmentation fault (seen in the suite, in pytest-qt's processEvents while a page's read ran on the job
thread). So automatic collection is turned off, and a GUI-thread timer collects what the automatic collector
would have, when it would have (pyqtgraph and GitFourchette do the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

CHECK_INTERVAL_MS = 250
"""Often enough that garbage never waits long, rarely enough to cost nothing when there is none."""

_collector: QTimer | None = None


def collect_on_gui_thread() -> None:
    """From now on, garbage is collected on this thread only; call it on the GUI thread, with the application
    made. A second call changes nothing."""
    global _collector
    if _collector is not None:
        return
    app = QCoreApplication.instance()
    assert app is not None, "the application is made first: the collector's timer belongs to it"
    _collector = QTimer(app, interval=CHECK_INTERVAL_MS)
    _collector.timeout.connect(collect_due)
    _collector.start()
    gc.disable()


def collect_due() -> None:
    """The collection Python would have made by now: none until the youngest generation has passed its
    threshold, then the oldest generation past its own, with the younger ones."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] > thresholds[0]:
        gc.collect(max(generation for generation in range(3) if counts[generation] > thresholds[generation]))
