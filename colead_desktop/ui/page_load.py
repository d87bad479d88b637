"""A page reads its data off the GUI thread (issue 15): one way for every page.

A page gives a `reader()`, called on the GUI thread as each load hands its read to the worker, that takes what
the read needs from the page (the database, ids, translated texts) and returns the read: a function run on the
job runner's worker with its own database sessions, returning plain data (dataclasses, tuples: no ORM objects
cross threads), that never touches the page or any other Qt object — the GUI thread may be deleting the page
meanwhile, without the GIL. The read starts in the event loop's turn after the load's, once the page has painted.
And a `fill(data)`, run on the GUI thread, that only puts that data into widgets and models; a fill that is a
generator runs a step (up to each `yield`) per turn of the event loop, so that a page whose filling takes long
on the GUI thread shows its list first and the window answers between the steps. While a read runs the page
shows 「読み込み中…」 over itself (at once when it has nothing to show yet, after a moment when it shows the data of the
last visit). A newer load cancels an older one still queued and ignores its data if it already ran. A failure the
user can fix (the database server gone, db/failures.explain) is said on the page itself, where the placeholder
stays until a later visit or F5 reads again: a modal message would repeat the one an edit refused for the same
reason has just shown. A bug goes to the crash dialog as any job's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from colead_desktop.db.failures import explain
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.progress import Cancelled
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.failures import show_exception
from colead_desktop.ui.style import set_role

T = TypeVar("T")

_FILLED = object()  # what a fill's generator gives when it has no step left
PLACEHOLDER_DELAY_MS = 250  # a reload quicker than this keeps the last visit's data on show, without a flash


class LoadingPlaceholder(QLabel):
    """「読み込み中…」 covering its page (which it follows when resized); it swallows clicks meant for the
    stale widgets beneath."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page, objectName="loading_placeholder")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        set_role(self, "loading")
        self.hide()
        page.installEventFilter(self)

    def cover(self, text: str = "") -> None:
        """Cover the page saying 読み込み中… (or `text`)."""
        self.setText(text or QCoreApplication.translate("PageLoad", "読み込み中…"))
        self._fit()
        self.raise_()
        self.show()

    def _fit(self) -> None:
        page = self.parentWidget()
        if page is not None:
            self.setGeometry(page.rect())

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and not self.isHidden():  # shown, perhaps before its page
            self._fit()
        return False


class PageLoad(QObject, Generic[T]):
    """`start()` runs the read `reader()` makes off the GUI thread, then `fill(data)` on it; a failure says 読み込めません.
    Until its first data arrive the page is disabled: nothing on it acts on pick lists not read yet."""

    def __init__(self, page: QWidget, ctx: AppContext, reader: Callable[[], Callable[[], T]],
                 fill: Callable[[T], Iterator[None] | None]) -> None:
        super().__init__(page, objectName="page_load")
        self.page, self.ctx = page, ctx
        self._reader, self._fill = reader, fill
        self.placeholder = LoadingPlaceholder(page)
        self._later = QTimer(page, singleShot=True, interval=PLACEHOLDER_DELAY_MS, timeout=lambda: self.placeholder.cover())
        self._cancel: Callable[[], None] = lambda: None
        self._generation = 0
        self.loading = False  # a read is under way: the tests and the benchmarks wait for it
        self.loaded = False  # filled at least once

    def start(self) -> None:
        self._cancel()  # an older read still queued need not run
        self._generation += 1
        generation = self._generation
        self.loading = True
        if self.loaded:
            self._later.start()
        else:
            self.page.setEnabled(False)
            self.placeholder.cover()

        def current() -> bool:
            return generation == self._generation

        def done(data: T) -> None:
            if current():  # else a newer visit's read is on its way
                self._uncover()
                self._fill_steps(self._fill(data), current)

        def failed(exc: BaseException) -> None:
            if not current() or isinstance(exc, Cancelled):
                return
            self._uncover()
            self.loading = False
            reason = exc if isinstance(exc, InputError) else explain(exc, self.ctx.db.url)
            if reason is None:  # a bug
                show_exception(self.page, exc, QCoreApplication.translate("PageLoad", "読み込めません"))
                return
            self.placeholder.cover(QCoreApplication.translate("PageLoad", "読み込めません。\n{0}").format(reason))

        def submit() -> None:
            if current():
                read = self._reader()
                self._cancel = self.ctx.runner.submit(self.page, "", lambda _progress: read(), done, failed,
                                                      dialog=False)

        # The worker starts once the page has painted (its placeholder, or the last visit's data): while it reads,
        # it takes the interpreter from the GUI thread every few milliseconds, which would slow that first paint.
        self.ctx.runner.later(self.page, submit)

    def fill_now(self, data: T) -> None:
        """Fill the page with `data` at once, every step (data made on the GUI thread: nothing to show)."""
        for _step in self._fill(data) or ():
            pass

    def _fill_steps(self, steps: Iterator[None] | None, current: Callable[[], bool]) -> None:
        """Run the fill's next step (all of it, if the fill is no generator); the steps after it each in a later
        turn of the event loop, so the window answers in between. The page counts as loaded after the last."""
        try:
            more = steps is not None and next(steps, _FILLED) is not _FILLED
        except BaseException:
            self.loading = False  # a bug, on its way to the crash dialog: nobody waits for the rest
            raise
        if steps is not None and more:
            self.ctx.runner.later(self.page, lambda: self._fill_steps(steps, current) if current() else None)
            return
        self.loading = False
        self.loaded = True
        self.page.setEnabled(True)

    def _uncover(self) -> None:
        self._later.stop()
        self.placeholder.hide()
