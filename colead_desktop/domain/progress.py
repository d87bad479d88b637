"""Progress reporting and cancellation for long jobs (big PDFs, exports) without tying them to Qt.

Why: the GUI runs document generation in a worker and shows a progress bar with a Cancel button; the
job only sees a plain callable, so the same code runs from the CLI and the tests.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]
"""progress(done, total) -> False asks the job to stop."""


class Cancelled(Exception):
    """The user cancelled; nothing was written (outputs are atomic)."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell `progress` how far the job is and raise Cancelled when it answers False."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
