"""Garbage is collected on the GUI thread only, once a job thread exists (ui/gui_gc.py).

Whole-suite runs died with a segmentation fault in pytest-qt's processEvents after Qt's "QBasicTimer::stop:
Failed. Possibly trying to stop from a different thread", a page's read running on the job thread: Python's
automatic collection, set off there by the read's allocations, freed Qt objects of the GUI thread.
"""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from colead_desktop.ui.jobs import JobRunner, ProgressFn


class _Cycle:
    """Garbage only a cyclic collection frees; it notes the thread that freed it."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _allocating(progress: ProgressFn) -> list[list[object]]:
    """A job that reads many rows, as a page's read does: far past the collector's thresholds, kept."""
    return [[index, str(index)] for index in range(200_000)]


def test_a_cycle_dropped_while_a_job_allocates_is_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = JobRunner()
    freed_on: list[str] = []
    done: list[object] = []
    gc.collect()  # the counts start from nothing: the cycle below is young garbage when the job starts
    _Cycle(freed_on)
    runner.submit(None, "…", _allocating, done.append, done.append, dialog=False)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)  # the GUI thread's collector has come round
    assert freed_on == [threading.main_thread().name]
    assert not gc.isenabled()
