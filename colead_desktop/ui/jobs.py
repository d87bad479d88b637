"""Run long work off the GUI thread, with a progress dialog (after ~600 ms) and Cancel.

The job function receives a `progress(done, total) -> bool` callback that returns False once the user
has pressed Cancel; the job then raises `Cancelled` (domain.progress) and nothing is delivered.

A job outlives what asked for it: a page is dropped when the programme changes, a window closes. Its result
then reaches nobody: the runner drops it (and logs the kind of a failure) instead of calling into a deleted
widget, whose RuntimeError reached the crash dialog, which said nothing was saved when the job had saved.
"""

from __future__ import annotations

import functools
import itertools
import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from colead_desktop.domain.progress import Cancelled
from colead_desktop.ui.failures import show_crash, show_exception

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], bool]
# A step's timer: a zero timer is a posted call that Qt delivers before the window's low-priority paint request.
STEP_DELAY_MS = 1
JobFn = Callable[[ProgressFn], Any]
# While the worker runs Python, the GUI thread waits for the interpreter at each call from Qt into Python (a
# model's data(), a paint event, a timer) until the worker is made to let go, after the switch interval: at
# Python's 5 ms, a page built while a read ran stalled the window for 60-200 ms with a tenth of that in its own
# work (issue 15). At half a millisecond the worst stall fell to 50 ms, and the visits' reads took no longer.
GUI_SWITCH_INTERVAL_S = 0.0005


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


class _Relay(QObject):
    """Carries jobs' reports, by job number, from the worker thread to the runner on the GUI thread.

    Jobs own no QObject of their own: a per-job signals object, last released on the worker thread once the GUI
    thread had let go of its job, was a QObject freed off its thread, met later by a garbage collection (a
    segmentation fault in the suite)."""

    progressed = Signal(int, int, int)
    finished = Signal(int, object)
    failed = Signal(int, object)


@dataclass
class _Delivery:
    """What the GUI thread needs to deliver a job's result, kept until then."""
    parent: QWidget | None
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    progress: QProgressDialog | None
    work: JobFn  # held here too: the GUI thread, not the worker, lets go of it and of what it refers to


def _run(relay: _Relay, number: int, handed: list[JobFn], cancel: threading.Event) -> None:
    """The job on the worker thread. It takes `work` out of `handed` and drops it before reporting, so the last
    reference to it is the runner's, released on the GUI thread."""
    work = handed.pop()

    def progress(done: int, total: int) -> bool:
        relay.progressed.emit(number, done, total)
        return not cancel.is_set()

    try:
        if cancel.is_set():  # cancelled while queued (a newer page visit): not worth starting
            raise Cancelled()
        result = work(progress)
    except BaseException as exc:  # delivered to the GUI thread, which shows it
        del work
        relay.failed.emit(number, exc)
    else:
        del work
        relay.finished.emit(number, result)


class JobRunner(QObject):
    """One worker thread for anything touching the database or reportlab; jobs run in submission order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
        self._pool = QThreadPool(self)  # made before the relay: deleted first, waiting for a job still running
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._running: dict[int, _Delivery] = {}
        self._numbers = itertools.count()
        self._steps: deque[tuple[QWidget, Callable[[], None]]] = deque()  # GUI-thread steps waiting (later)
        self._step_timer = QTimer(self, singleShot=True, interval=STEP_DELAY_MS)
        self._step_timer.timeout.connect(self._next_step)

    def submit(self, parent: QWidget | None, label: str, work: JobFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None], *, dialog: bool = True) -> Callable[[], None]:
        """Run `work` on the worker thread; `on_done(result)` or `on_error(exc)` on the GUI thread, unless
        `parent` is gone by then (its result is dropped). A progress dialog shows after ~600 ms unless not
        `dialog` (a page loading shows its own placeholder). Returns what cancels the job."""
        cancel = threading.Event()
        number = next(self._numbers)
        progress = self._progress_dialog(parent, label, cancel) if dialog else None
        self._running[number] = _Delivery(parent, on_done, on_error, progress, work)
        self._pool.start(functools.partial(_run, self._relay, number, [work], cancel))
        return cancel.set

    def _progressed(self, number: int, done: int, total: int) -> None:
        delivery = self._running.get(number)
        if delivery is not None and delivery.progress is not None and isValid(delivery.progress):
            delivery.progress.setMaximum(total)
            delivery.progress.setValue(done)

    def _finished(self, number: int, result: Any) -> None:
        delivery = self._delivered(number)
        if delivery is not None:
            _deliver_result(delivery.parent, delivery.on_done, result)

    def _failed(self, number: int, exc: BaseException) -> None:
        delivery = self._delivered(number)
        if delivery is not None:
            delivery.on_error(exc)
        elif not isinstance(exc, Cancelled):
            log.warning("%s in a job whose window is closed; not shown", type(exc).__name__)

    def _delivered(self, number: int) -> _Delivery | None:
        """The job's delivery, its progress dialog closed; None when what asked for it is gone."""
        delivery = self._running.pop(number)
        if delivery.progress is not None and isValid(delivery.progress):  # gone with its parent otherwise
            delivery.progress.reset()
            delivery.progress.deleteLater()
        parent = delivery.parent
        return None if parent is not None and not isValid(parent) else delivery

    @staticmethod
    def _progress_dialog(parent: QWidget | None, label: str, cancel: threading.Event) -> QProgressDialog:
        dialog = QProgressDialog(parent)  # its stock Cancel button is translated by qtbase_ja
        dialog.setLabelText(label)
        dialog.setRange(0, 0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        dialog.canceled.connect(cancel.set)
        return dialog

    def later(self, parent: QWidget, step: Callable[[], None]) -> None:
        """Run `step` on the GUI thread in a later turn of the event loop, after the events queued now (a paint
        included: a zero timer would come before it), unless `parent` is gone by then. A page splits its GUI work
        into such steps so that the window answers between them (issue 15). Steps run in order, one per turn:
        two steps whose timers had both expired would otherwise run back to back, as one long block."""
        self._steps.append((parent, step))
        if not self._step_timer.isActive():
            self._step_timer.start()

    def _next_step(self) -> None:
        parent, step = self._steps.popleft()
        if self._steps:  # started now, it is due only in a later turn: Qt fires the timers due when a turn began
            self._step_timer.start()
        if isValid(parent):
            step()

    def busy(self) -> bool:
        """Whether a job has not yet delivered its result, or a step is still to run (the benchmarks wait for a
        page's data with it)."""
        return bool(self._running) or bool(self._steps)

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
