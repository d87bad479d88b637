"""Pages follow what other users save (issue 16 item 3): poll a cheap change mark, reload the page on show.

Every few seconds, while the window is the active one and no dialog is open (an edit in progress keeps the
state it was opened on: a stale save meets the conflict dialog instead), the watcher reads
services/versions.change_mark and, when it moved, emits `changed_elsewhere`. Our own saves move it too, so
the mark is taken again after each of them (the undo stack's steps, `data_changed`): only other connections'
changes reload the page. On SQLite the mark is read only after a commit (services/versions.CommitCounter): a
tick with nothing committed costs microseconds instead of a scan of every editable table.

On PostgreSQL the other instances announce their commits (db/change_notices.py: LISTEN/NOTIFY), so the mark is
read only when a notice came, at once, and otherwise every FALLBACK_POLLS-th tick (a change made outside the
app); while the listener is down (server gone, reconnecting) every tick polls, as on SQLite.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from colead_desktop.db.change_notices import ChangeListener
from colead_desktop.services.versions import CommitCounter, change_mark
from colead_desktop.ui.context import AppContext

POLL_MS = 4000
FALLBACK_POLLS = 8  # with a listener: read the mark anyway every 8 ticks (32 s)


class ChangeWatcher(QObject):
    changed_elsewhere = Signal()
    _noticed = Signal()  # emitted in the listener's thread; Qt queues it to this object's (the GUI) thread

    def __init__(self, ctx: AppContext, interval_ms: int = POLL_MS) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self._commits = CommitCounter(ctx.db)
        self._mark: tuple[int, ...] = self._read_mark() or ()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        for own_change in (ctx.undo_stack.indexChanged, ctx.data_changed, ctx.programme_switched):
            own_change.connect(self.take_mark)
        ctx.database_switched.connect(self._count_commits)
        self._noticed.connect(self._on_notice)
        self._listener: ChangeListener | None = None
        self._heard = False
        self._quiet_ticks = 0
        ctx.database_switched.connect(self._listen)

    def start(self) -> None:
        self.timer.start()
        self._listen()

    def stop(self) -> None:
        self.timer.stop()
        self._commits.close()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.listening

    def _listen(self) -> None:
        """A listener for the database now open, when it is PostgreSQL (the old one, if any, stopped)."""
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        engine = self._ctx.db.engine
        if engine.dialect.name == "postgresql" and self.timer.isActive():
            self._listener = ChangeListener(engine, self._noticed.emit)
            self._listener.start()

    def _count_commits(self) -> None:
        """Another database is open: count its commits, from the mark it has now."""
        self._commits.close()
        self._commits = CommitCounter(self._ctx.db)
        self.take_mark()

    def _on_notice(self) -> None:
        self._heard = True
        self.poll()

    def _read_mark(self) -> tuple[int, ...] | None:
        """The mark now, or None when the database cannot be read (a server gone, a file closed): polling stays
        quiet then; the user's next action meets the trouble and explains it."""
        # A window collected as garbage tears its context down before its undo stack, whose last indexChanged
        # then arrives here with the context's attributes already cleared: nothing to read any more.
        db = getattr(self._ctx, "db", None)
        if db is None:
            return None
        try:
            return change_mark(db)
        except SQLAlchemyError:
            return None

    def take_mark(self) -> None:
        """What is stored now is what the pages show (after our own change, or a reload)."""
        self._commits.moved()  # before the mark: a commit between the two is then seen at the next check
        self._mark = self._read_mark() or self._mark

    def poll(self) -> None:
        if QApplication.activeWindow() is None or QApplication.activeModalWidget() is not None:
            return  # in the background, or in the middle of an edit
        if self.listening and not self._heard:
            self._quiet_ticks += 1
            if self._quiet_ticks < FALLBACK_POLLS:
                return
        self._heard = False
        self._quiet_ticks = 0
        self.check()

    def check(self) -> bool:
        """Emit `changed_elsewhere` if the stored records moved since the last mark; whether they did."""
        if not self._commits.moved():
            return False
        mark = self._read_mark()
        if mark is None or mark == self._mark:
            return False
        self._mark = mark
        self.changed_elsewhere.emit()
        return True
