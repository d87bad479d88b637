"""What every page shares: the database, the settings, the undo history and the one job runner.

The main window owns these and hands one `AppContext` to each page, so a page never looks them up on its
window. Pages hear about changes through the context's signals rather than through callbacks handed to
their sub-controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.db.failures import explain
from colead_desktop.domain.team import Area, hidden, refusal
from colead_desktop.services.programme_scope import current_programme_id
from colead_desktop.services.team import Member, signed_in
from colead_desktop.settings import Settings
from colead_desktop.ui.jobs import JobFn
from colead_desktop.ui.widgets import enable


class Runner(Protocol):
    """Runs a job with progress and Cancel, then calls `on_done(result)` or `on_error(exc)` on the GUI thread.
    `ui.jobs.JobRunner` is the application's; the UI tests use one that runs each job at once."""

    def submit(self, parent: QWidget | None, label: str, work: JobFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None], *, dialog: bool = True) -> Callable[[], None]: ...

    def later(self, parent: QWidget, step: Callable[[], None]) -> None: ...

    def wait(self) -> None: ...


class AppContext(QObject):
    data_changed = Signal()  # a page saved something other pages may show
    database_switched = Signal()  # `db` now names another database; the old pages are being replaced
    programme_switched = Signal()  # `programme_id` names another programme; the old pages are being replaced
    # a page asks the window for something beyond itself: "new_programme", "load_demo", "import_roster",
    # "add:<page key>" (show that records page and add one); ui/actions.py answers
    requested = Signal(str)

    def __init__(self, db: Database, settings: Settings, runner: Runner, undo_stack: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.runner = runner
        self.undo_stack = undo_stack
        self.programme_id = self._remembered_programme()
        self.member: Member | None = signed_in(db)  # None: no team on this database, nothing is limited

    def _remembered_programme(self) -> int | None:
        """The programme last shown for this database, else the only or newest; None on an empty database."""
        return current_programme_id(self.db, self.settings.current_programme(self.db.url))

    def switch_database(self, db: Database) -> None:
        """Use `db` from now on: jobs on the old one finish first, and its undo history is dropped."""
        self.runner.wait()
        self.db = db
        self.programme_id = self._remembered_programme()
        self.member = signed_in(db)
        self.undo_stack.clear()
        self.database_switched.emit()

    def switch_programme(self, programme_id: int) -> None:
        """Show programme `programme_id` from now on (remembered for this database); the undo history, whose
        steps belong to the pages of the old programme, is dropped."""
        self.runner.wait()
        self.programme_id = programme_id
        self.settings.set_current_programme(self.db.url, programme_id)
        self.undo_stack.clear()
        self.programme_switched.emit()
    @property
    def who(self) -> str:
        """Who the audit log and the approvals name: the database login on a team database (the database
        records it whatever the app says), else the name in the settings."""
        return self.member.login if self.member else self.settings.user_name

    def refusal(self, area: Area) -> str | None:
        """Why the signed-in role may not change `area`, or None when it may (always, without a team)."""
        return refusal(frozenset(self.member.roles), area) if self.member else None

    def hidden(self, area: Area) -> str | None:
        """Why the signed-in role may not even read `area`, or None when it may."""
        return hidden(frozenset(self.member.roles), area) if self.member else None

    def guard(self, area: Area, *widgets: QWidget) -> None:
        """Disable what the signed-in role may not change, the tooltip saying why; the database refuses it
        anyway (services/team.py), this only says so before the user tries."""
        why = self.refusal(area)
        if why is None:
            return
        for widget in widgets:
            widget.setProperty("role_refusal", why)  # widgets.enable keeps it disabled whatever else changes
            enable(widget, False, why)

    def request(self, what: str) -> None:
        self.requested.emit(what)

    def attempt(self, parent: QWidget, action: Callable[[], object], title: str = "") -> bool:
        """Run a change; a failure the user can fix (bad input, or the database refusing or gone: named by this
        context's URL) is shown as a warning titled `title`, success announced through `data_changed`; a bug
        goes on to the crash dialog. Whether it succeeded."""
        try:
            action()
        except Exception as exc:
            explained = explain(exc, self.db.url)
            if explained is None:
                raise
            QMessageBox.warning(parent, title or self.tr("操作できません"), str(explained))
            return False
        self.data_changed.emit()
        return True
