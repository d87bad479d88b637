"""Run long work off the GUI thread, with a progress dialog (after ~600 ms) and Cancel.

The job function receives a `progress(done, total) -> bool` callback that returns False once the user
has pressed Cancel; the job then raises `Cancelled` (domain.progress) and nothing is delivered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from colead_desktop.domain.progress import Cancelled
from colead_desktop.ui.failures import show_exception

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


class _Job(QRunnable):
    def __init__(self, work: JobFn, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.cancel = cancel
        self.signals = _Signals()

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progress.emit(done, total)
            return not self.cancel.is_set()

        try:
            result = self.work(progress)
        except BaseException as exc:  # delivered to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """One worker thread for anything touching the database or reportlab; jobs run in submission order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Job] = set()  # keeps each job alive until its result is delivered

    def submit(self, parent: QWidget | None, label: str, work: JobFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        cancel = threading.Event()
        job = _Job(work, cancel)
        dialog = QProgressDialog(parent)  # its stock Cancel button is translated by qtbase_ja
        dialog.setLabelText(label)
        dialog.setRange(0, 0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        dialog.canceled.connect(cancel.set)

        def update(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running.discard(job)
            dialog.reset()
            dialog.deleteLater()
            handler(value)

        job.signals.progress.connect(update)
        job.signals.finished.connect(lambda result: finish(on_done, result))
        job.signals.failed.connect(lambda exc: finish(on_error, exc))
        self._running.add(job)
        self._pool.start(job)

    def busy(self) -> bool:
        """Whether a job has not yet delivered its result (the benchmarks wait for a page's data with it)."""
        return bool(self._running)

    def wait(self) -> None:
        self._pool.waitForDone()
