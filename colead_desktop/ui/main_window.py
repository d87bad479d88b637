"""The main window: a navigation sidebar beside a stack of pages, and the menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu,
                               QMenuBar, QStackedWidget, QVBoxLayout, QWidget)

from colead_desktop.db.engine import Database
from colead_desktop.domain.team import Area
from colead_desktop.services.drafts import DraftStore
from colead_desktop.services.programme_scope import list_programmes
from colead_desktop.settings import Settings
from colead_desktop.ui.change_watch import ChangeWatcher
from colead_desktop.ui.context import AppContext, Runner
from colead_desktop.ui.jobs import JobRunner
from colead_desktop.ui.start_window import MAIN_WINDOW_SIZE
from colead_desktop.ui.offline_actions import show_copy_banner
from colead_desktop.ui.pages.dashboard import DashboardPage
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.pages.tabbed_page import TabbedPage
from colead_desktop.ui.shortcuts import current_list
from colead_desktop.ui.style import set_role, set_state, styled
from colead_desktop.ui.unsaved import leave


class _PageStack(QStackedWidget):
    """The pages, one on show. Qt's stacked layout answers a height-for-width question by asking every page, the
    hidden ones too, each through all its word-wrapped labels: 25-30 ms of every page switch with ten pages built
    (issue 15). No height here depends on the width (the window does not grow to fit a page), so it is asked none."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: Settings, runner: Runner | None = None, *,
                 open_last_page: bool = True) -> None:
        """`runner` runs the pages' background jobs: one worker thread (`JobRunner`) unless given. Without
        `open_last_page`, the last page is chosen in the sidebar but built by `open_last_page()`: a start paints
        the window first (issue 15)."""
        super().__init__()
        self.setObjectName("main_window")
        self.context = AppContext(db, settings, runner if runner is not None else JobRunner(self),
                                  QUndoStack(self), self)
        self.nav = QListWidget(objectName="nav_list")
        self.nav.setFixedWidth(190)
        styled(self.nav)
        self.stack = _PageStack(objectName="page_stack")
        self.nav.currentRowChanged.connect(self._show_page)
        self.copy_banner = QLabel(objectName="offline_copy_banner", wordWrap=True)  # an offline copy is open
        set_role(self.copy_banner, "note")
        set_state(self.copy_banner, "warning")
        self.copy_banner.setContentsMargins(12, 6, 12, 6)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.copy_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.page_keys: list[str] = []
        self._shown_row = -1  # the page on show: where キャンセル of leaving an editor returns to
        self.menus: dict[str, QMenu] = {}  # filled by actions.install_menus
        self.selection_actions: list[QAction] = []  # 開く and 削除: on while a list has the focus
        from colead_desktop.ui import actions  # the menus call back into this window

        actions.install_menus(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)  # a slot of the window: gone with it
        self.context.database_switched.connect(self._build_pages)
        self.context.programme_switched.connect(self._build_pages)
        self._offering_drafts = False
        # what a crash left in the database or programme now shown is offered once its pages are up
        self.context.database_switched.connect(lambda: self.offer_drafts_soon(None))
        self.context.programme_switched.connect(lambda: self.offer_drafts_soon(self.context.programme_id))
        self._build_pages(open_last_page)
        # another window, app instance or the CLI saved records: the page on show reads them again
        self.changes = ChangeWatcher(self.context)
        self.changes.changed_elsewhere.connect(self.reload_page)
        self.changes.start()
        self.resize(*MAIN_WINDOW_SIZE)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)

    @property
    def db(self) -> Database:
        return self.context.db

    @property
    def settings(self) -> Settings:
        return self.context.settings

    @property
    def undo_stack(self) -> QUndoStack:
        return self.context.undo_stack

    def set_database(self, db: Database) -> None:
        """Show `db`: pages are rebuilt and the undo history (which belongs to the old database) cleared."""
        self.context.switch_database(db)

    def switch_programme(self, programme_id: int) -> None:
        """Show programme `programme_id`: the pages are rebuilt for it (File > プログラム… calls this). Not when
        the user keeps unsaved edits (キャンセル, or a 保存 that failed): the programme on show stays."""
        if self.leave_editors():
            self.context.switch_programme(programme_id)

    def leave_editors(self) -> bool:
        """Before the pages are dropped (another programme or database, closing): ask about every unsaved edit
        on them; whether the caller may go ahead."""
        return leave(self, self.stack)

    def offer_drafts_soon(self, programme_id: int | None) -> None:
        """offer_drafts once the event loop runs again: after the switch that asked for it has finished."""
        QTimer.singleShot(0, self, lambda: self.offer_drafts(programme_id))

    def offer_drafts(self, programme_id: int | None = None) -> None:
        """Offer the crash drafts of the database (of programme `programme_id` only, if given). Not while an
        offer runs: restoring a draft may switch programme, and the editor it fills holds that draft then."""
        if self._offering_drafts or not DraftStore(self.db.url).drafts():
            return
        from colead_desktop.ui.draft_offer import offer_drafts  # with the editors it restores: only then

        self._offering_drafts = True
        try:
            offer_drafts(self, programme_id)
        finally:
            self._offering_drafts = False

    def _build_pages(self, open_page: bool = True) -> None:
        ctx = self.context
        self.nav.blockSignals(True)
        self.nav.clear()
        while (page := self.stack.widget(0)) is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.page_keys = []
        self._shown_row = -1
        kinds = {kind.key: kind for kind in record_kinds()}

        def records(key: str) -> Callable[[], QWidget]:
            return lambda: RecordsPage(kinds[key], ctx)

        self._factories: list[Callable[[], QWidget]] = []
        pages: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("dashboard", self.tr("ダッシュボード"), lambda: DashboardPage(ctx)),
            ("talents", self.tr("人材"), records("talents")),
            ("regions", self.tr("地域・企業"), lambda: TabbedPage(
                "regions", [(kinds[key].title, records(key)()) for key in ("regions", "companies", "staff")])),
            ("venues", self.tr("会場"), records("venues")),
            ("events", self.tr("イベント"), records("events")),
            ("meetup", self.tr("ミートアップ"), lambda: _meetup_page(ctx)),
            ("tours", self.tr("ツアー"), lambda: _tours_page(ctx)),
            ("payments", self.tr("支払"), lambda: _payments_page(ctx)),
            ("calls", self.tr("募集・選考"), lambda: _calls_page(ctx)),
            ("matching", self.tr("マッチング"), lambda: _matching_page(ctx)),
        ]
        for key, title, factory in pages:
            self.page_keys.append(key)
            self._factories.append(factory)
            QListWidgetItem(title, self.nav).setData(Qt.ItemDataRole.UserRole, key)
            self.stack.addWidget(QWidget())  # replaced by the real page when first shown: keeps start-up quick
        if not open_page:  # chosen in the sidebar now, built by open_last_page()
            self.nav.setCurrentRow(self._last_page_row())
        self.nav.blockSignals(False)
        if open_page:
            self.open_last_page()
        self.show_title()

    def _last_page_row(self) -> int:
        key = self.settings.last_page
        return self.page_keys.index(key) if key in self.page_keys else 0

    def open_last_page(self) -> None:
        """Show the page the user was on last (the dashboard the first time)."""
        self.show_page(self.page_keys[self._last_page_row()])

    def show_title(self) -> None:
        """The programme's name and where its database is (after a switch, or a change of its settings)."""
        db, ctx = self.db, self.context
        programme = next((p for p in list_programmes(db) if p.id == ctx.programme_id), None)
        name = programme.name if programme is not None else self.tr("プログラムがありません")
        where = db.display_name
        if ctx.member is not None:  # a team database: who is signed in, as what
            where += "（" + "・".join(role.label for role in ctx.member.roles) + "）"
        self.setWindowTitle(self.tr("{0} — Co-LEAD Desktop — {1}").format(name, where))
        show_copy_banner(self.copy_banner, ctx)

    def _built(self, row: int) -> QWidget | None:
        page = self.stack.widget(row)
        return page if page is not None and page.objectName() == f"{self.page_keys[row]}_page" else None

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use (a page loads its data as it is built)."""
        row = self.page_keys.index(key)
        built = self._built(row)
        if built is not None:
            return built
        placeholder = self.stack.widget(row)
        page = self._factories[row]()
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return page

    def show_page(self, key: str) -> None:
        row = self.page_keys.index(key) if key in self.page_keys else 0
        if self.nav.currentRow() == row:
            self._show_page(row)  # shown again (the pages were rebuilt): the sidebar sends no signal
        else:
            self.nav.setCurrentRow(row)  # its currentRowChanged shows the page

    def _show_page(self, row: int) -> None:
        """A visit loads the page's data once: by building the page on the first visit, by its reload() after."""
        if row < 0:
            return
        if row != self._shown_row and 0 <= self._shown_row < self.stack.count() \
                and not leave(self, self._built(self._shown_row)):
            self.nav.blockSignals(True)  # キャンセル: the sidebar points at the page still on show
            self.nav.setCurrentRow(self._shown_row)
            self.nav.blockSignals(False)
            return
        self._shown_row = row
        visited = self._built(row)
        if visited is None:
            # A first visit: the page is built now and shown in the event loop's next turn, so that the window
            # answers between the two (each 25-60 ms of the GUI thread for 支払 on a big database: issue 15).
            # Its read starts after that, once it has painted (ui/page_load.py).
            self.context.runner.later(self, lambda: self._open_built(row))
            self.page(self.page_keys[row])
        else:
            self.stack.setCurrentWidget(visited)
            reload = getattr(visited, "reload", None)
            if reload is not None:
                reload()
        self.settings.last_page = self.page_keys[row]

    def _open_built(self, row: int) -> None:
        if row == self._shown_row:  # else the user has gone on to another page meanwhile
            self.stack.setCurrentWidget(self.page(self.page_keys[row]))

    def step_page(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous page of the sidebar, round the end."""
        self.nav.setCurrentRow((self.nav.currentRow() + step) % self.nav.count())

    def reload_page(self) -> None:
        """F5: the page on show reads its data again."""
        reload = getattr(self.stack.currentWidget(), "reload", None)
        if reload is not None:
            reload()

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(now, (QMenu, QMenuBar)):
            return  # choosing from the menu: the list keeps the focus it had
        target = current_list(self.stack.currentWidget())
        for action in self.selection_actions:
            action.setEnabled(target is not None and now is target.view)

    def current_page_key(self) -> str:
        return self.page_keys[self.nav.currentRow()]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closing (the window's ×, 終了 / Ctrl+Q) asks about unsaved edits first; キャンセル keeps the window open."""
        if not self.leave_editors():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.changes.stop()
        super().closeEvent(event)

    def add_action(self, menu_name: str, text: str,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.menus[menu_name].addAction(action)
        return action


# The feature pages import reportlab, openpyxl and the solvers; importing them on first visit keeps
# start-up close to a bare window's.
def _meetup_page(ctx: AppContext) -> QWidget:
    from colead_desktop.ui.pages.meetup_page import MeetupPage

    return MeetupPage(ctx)


def _tours_page(ctx: AppContext) -> QWidget:
    from colead_desktop.ui.pages.tours_page import ToursPage

    return ToursPage(ctx)


def _payments_page(ctx: AppContext) -> QWidget:
    from colead_desktop.ui.pages.payments_page import PaymentsPage

    why = ctx.hidden(Area.PAYMENTS)
    if why is not None:  # a lab coordinator's login may not read payments: the database would refuse the page
        return QLabel(why, objectName="payments_page", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
    return PaymentsPage(ctx)


def _calls_page(ctx: AppContext) -> QWidget:
    from colead_desktop.ui.pages.calls_page import CallsPage

    return CallsPage(ctx)


def _matching_page(ctx: AppContext) -> QWidget:
    from colead_desktop.ui.pages.matching_page import MatchingPage

    return MatchingPage(ctx)
