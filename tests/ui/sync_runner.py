"""A job runner for UI tests that runs each job at once on the calling thread (like the fake thread pool in
Picard's tests): the same progress, Cancel, result and failure callbacks as `ui.jobs.JobRunner`, no waiting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from colead_desktop.ui.jobs import JobFn


class SyncRunner:
    """`cancel_at`: progress reports Cancel once `done` reaches it, as if the user pressed Cancel there."""

    def __init__(self) -> None:
        self.cancel_at: int | None = None
        self.labels: list[str] = []  # the progress labels of the jobs submitted, in order

    def submit(self, parent: QWidget | None, label: str, work: JobFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None], *, dialog: bool = True) -> Callable[[], None]:
        if dialog:  # a page's load has no label
            self.labels.append(label)

        def progress(done: int, _total: int) -> bool:
            return self.cancel_at is None or done < self.cancel_at

        try:
            result = work(progress)
        except Exception as exc:  # what the threaded runner delivers to on_error
            on_error(exc)
        else:
            on_done(result)
        return lambda: None  # already finished: nothing left to cancel

    def later(self, _parent: QWidget, step: Callable[[], None]) -> None:
        """A GUI-thread step runs at once too."""
        step()

    def wait(self) -> None:
        """Every job has already finished."""
