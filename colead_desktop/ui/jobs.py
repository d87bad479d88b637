"""Run long work off the GUI thread, with a progress dialog (after ~600 ms) and Cancel.

The job function receives a `progress(done, total) -> bool` callback that returns False once the user
has pressed Cancel; the job then raises `Cancelled` (domain.progress) and nothing is delivered.

A job outlives what asked for it: a page is dropped when the programme changes, a window closes. Its result
then reaches nobody: the runner drops it (and logs the kind of a failure) instead of calling into a deleted
widget, whose RuntimeError reached the crash dialog, which said nothing was saved when the job had saved.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from colead_desktop.domain.progress import Cancelled
from colead_desktop.ui.failures import show_crash, show_exception

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], bool]
JobFn = Callable[[ProgressFn], Any]


def show_failure(parent: QWidget, title: str,
                 on_cancelled: Callable[[], None] = lambda: None) -> Callable[[BaseException], None]:
    """The usual `on_error` for `JobRunner.submit`: Cancel is not an error; a failure the user can fix is a
    message titled `title`; anything else is a bug and goes to the crash dialog, its traceback to the log."""

    def handle(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            on_cancelled()
        else:
            show_exception(parent, exc, title)

    return handle


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job:
    """Started as `pool.start(job.run)`: the pool's own runnable holds only that bound method, and lets go of it
    after run(). A QRunnable subclass handed to start() was referenced by PySide's pool for good: every job,
    its slots and its result stayed alive, a visit each, once pages read through jobs."""

    def __init__(self, work: JobFn, cancel: threading.Event) -> None:
        self.work = work
        self.cancel = cancel
        self.signals = _Signals()  # no parent: only this job's references delete it
        self.returned = False  # run() is over: the runner may let go of the job (on the GUI thread)

    def run(self) -> None:
        # held until run() returns: the GUI thread drops the job once its result arrives, which may be while
        # this thread is still inside emit(); the signals' source must not be deleted under it
        signals = self.signals

        def progress(done: int, total: int) -> bool:
            signals.progress.emit(done, total)
            return not self.cancel.is_set()

        try:
            if self.cancel.is_set():  # cancelled while queued (a newer page visit): not worth starting
                raise Cancelled()
            result = self.work(progress)
        except BaseException as exc:  # delivered to the GUI thread, which shows it
            signals.failed.emit(exc)
        else:
            signals.finished.emit(result)
        finally:
            self.returned = True


class JobRunner(QObject):
    """One worker thread for anything touching the database or reportlab; jobs run in submission order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: dict[int, _Job] = {}  # each job alive until its result is delivered, by a number
        self._retired: list[_Job] = []  # delivered, kept until their run() is over (then freed here)
        self._numbers = itertools.count()

    def submit(self, parent: QWidget | None, label: str, work: JobFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None], *, dialog: bool = True) -> Callable[[], None]:
        """Run `work` on the worker thread; `on_done(result)` or `on_error(exc)` on the GUI thread, unless
        `parent` is gone by then (its result is dropped). A progress dialog shows after ~600 ms unless not
        `dialog` (a page loading shows its own placeholder). Returns what cancels the job."""
        cancel = threading.Event()
        job, number = _Job(work, cancel), next(self._numbers)
        progress = self._progress_dialog(parent, label, cancel) if dialog else None

        def update(done: int, total: int) -> None:
            if progress is not None and isValid(progress):
                progress.setMaximum(total)
                progress.setValue(done)

        # The slots below name the job by its number only: a slot holding the job itself (whose signals hold the
        # slots) made a cycle through Qt that the garbage collector never freed, a job and its result a visit.
        def finish(handler: Callable[[Any], None], value: Any, done: bool) -> None:
            self._retire(self._running.pop(number))
            if progress is not None and isValid(progress):  # gone with its parent otherwise
                progress.reset()
                progress.deleteLater()
            if parent is not None and not isValid(parent):
                if not done and not isinstance(value, Cancelled):
                    log.warning("%s in a job whose window is closed; not shown", type(value).__name__)
                return
            if done:
                _deliver_result(parent, handler, value)
            else:
                handler(value)

        job.signals.progress.connect(update)
        job.signals.finished.connect(lambda result: finish(on_done, result, True))
        job.signals.failed.connect(lambda exc: finish(on_error, exc, False))
        self._running[number] = job
        self._pool.start(job.run)
        return cancel.set

    def _retire(self, job: _Job) -> None:
        """Let go of jobs whose run() is over: freed here, on the GUI thread that made their signals."""
        self._retired = [*(retired for retired in self._retired if not retired.returned), job]

    @staticmethod
    def _progress_dialog(parent: QWidget | None, label: str, cancel: threading.Event) -> QProgressDialog:
        dialog = QProgressDialog(parent)  # its stock Cancel button is translated by qtbase_ja
        dialog.setLabelText(label)
        dialog.setRange(0, 0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        dialog.canceled.connect(cancel.set)
        return dialog

    def busy(self) -> bool:
        """Whether a job has not yet delivered its result (the benchmarks wait for a page's data with it)."""
        return bool(self._running)

    def wait(self) -> None:
        self._pool.waitForDone()


def _deliver_result(parent: QWidget | None, on_done: Callable[[Any], None], result: Any) -> None:
    """`on_done(result)`; a bug in it is a crash, but the job had finished: what it saved stays saved, and the
    crash dialog says so instead of its usual "nothing was saved"."""
    try:
        on_done(result)
    except Exception:  # noqa: BLE001 (any bug: shown, then the event loop goes on)
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        show_crash(parent if parent is not None and isValid(parent) else None, kind, value, tb, finished=True)
