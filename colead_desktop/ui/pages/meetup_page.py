"""Online events page: pick an event, then edit its agenda, its round tables and its documents."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.types import EventKind
from colead_desktop.services import documents
from colead_desktop.services.offline_holds import current_login, held_records
from colead_desktop.services import meetup as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.meetup.agenda_tab import AgendaTab
from colead_desktop.ui.meetup.docs_tab import DocsTab
from colead_desktop.ui.meetup.roundtable_tab import RoundTableTab
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.hold_banner import HoldBanner
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.style import set_role
from colead_desktop.ui.unsaved import DraftKeeper, leave
from colead_desktop.ui.widgets import data_combo, enable, set_choices


class MeetupPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetup_page")
        self.ctx = ctx
        self.db = ctx.db
        self._kinds: dict[int, str] = {}
        self._shown_event: int | None = None  # the event the tabs show: where キャンセル of a switch returns to
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("ミートアップ"))  # the sidebar's name for the page (review 14c item 14)
        set_role(title, "page_title")
        top.addWidget(title)
        self.event_combo = data_combo("meetup_event", 30)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        top.addWidget(self.event_combo, 1)
        self.print_button = QPushButton(self.tr("印刷…"), objectName="meetup_print")
        self.print_button.setToolTip(self.tr("印刷センターでこのイベントの配布資料を開きます"))
        self.print_button.clicked.connect(self.open_print_centre)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.hold_banner = HoldBanner("meetup_hold")  # the database refuses others' edits of a held meetup
        layout.addWidget(self.hold_banner)
        self.empty = EmptyState("meetup")
        layout.addWidget(self.empty)
        self.tabs = QTabWidget(objectName="meetup_tabs")
        self.agenda_tab = AgendaTab(ctx)
        self.roundtable_tab = RoundTableTab(ctx)
        self.docs_tab = DocsTab(ctx)
        self.tabs.addTab(self.agenda_tab, self.tr("アジェンダ"))
        self.tabs.addTab(self.roundtable_tab, self.tr("ラウンドテーブル"))
        self.tabs.addTab(self.docs_tab, self.tr("資料"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        layout.addStretch()  # no stretch factor: it takes the space only while the tabs are hidden
        self.agenda_tab.saved.connect(lambda: self._reload_tab(self.tabs.currentIndex(), agenda=False))
        for editor in (self.agenda_tab, self.docs_tab):
            DraftKeeper(ctx, editor)
        self.load = PageLoad(self, ctx, self._reader, self._show)
        ctx.data_changed.connect(self._reload_if_shown)  # e.g. a talent archived or added on another page
        self.reload()

    def _reload_if_shown(self) -> None:
        """Another page's change (ctx.data_changed): read again now if on show, else the next visit reads anyway."""
        if self.isVisible():
            self.reload()

    @property
    def event_id(self) -> int | None:
        value = self.event_combo.currentData()
        return None if value is None else int(value)

    @property
    def event_kind(self) -> str | None:
        return self._kinds.get(self.event_id) if self.event_id is not None else None

    def open_print_centre(self) -> None:
        from colead_desktop.ui.print_centre import open_print_centre  # reportlab and QtPdf: loaded when first used

        if self.event_id is not None:
            open_print_centre(self.ctx, self.window(), select=documents.handouts_key(self.event_id))

    def reload(self) -> None:
        """Refresh the event list and the chosen event's tabs (the meetup by default): a visit, F5, another
        page's or another user's change. Unsaved agenda or brief edits and a plan being made are kept."""
        if self.ctx.programme_id is None:
            self._show([])
        else:
            self.load.start()

    def _reader(self) -> Callable[[], list[service.EventSummary]]:
        db, programme_id = self.db, self.ctx.programme_id
        assert programme_id is not None  # reload() reads only in a programme
        return lambda: service.list_online_events(db, programme_id)

    def _show(self, events: list[service.EventSummary]) -> None:
        keep = self.event_id
        self._kinds = {e.id: e.kind for e in events}
        default = keep if keep is not None else next((e.id for e in events if e.kind == "meetup"), None)
        set_choices(self.event_combo, [(event.label, event.id) for event in events], default)
        if keep is None or keep != self.event_id:
            self._event_chosen()
        else:
            self._show_event(keep_edits=True)  # the same event: what changed since (seats, talents, a hold)
        self.tabs.setVisible(bool(events))  # without an event, the empty state says how to get one
        if self.ctx.programme_id is None:
            self.empty.no_programme(self.ctx)
        elif not events:
            self.empty.show_state(
                self.tr("オンラインイベントはまだありません。「イベント」ページで種別「ミートアップ」のイベントを追加すると、"
                        "アジェンダとラウンドテーブル（テーブルはプログラムの地域から作られます）をここで編集できます。"),
                [(self.tr("イベントを追加…"), "empty_add_event", lambda: self.ctx.request("add:events"))])
        else:
            self.empty.hide()

    def select_event(self, event_id: int) -> None:
        self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def _event_chosen(self, _index: int = -1) -> None:
        event_id = self.event_id
        if event_id != self._shown_event and not leave(self, self.agenda_tab, self.docs_tab):
            self.event_combo.blockSignals(True)  # キャンセル: back to the event whose edits are on show
            self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(self._shown_event)))
            self.event_combo.blockSignals(False)
            return
        self._shown_event = event_id
        self._show_event(keep_edits=False)

    def _show_event(self, keep_edits: bool) -> None:
        """Read the chosen event into the tabs. With `keep_edits` (the same event read again) only the tab on show
        is read, the others when next shown (each read takes the GUI thread 50-100 ms), and a tab with unsaved
        edits, or round tables being planned, is left as it is: the edits are the user's, the plan's result comes
        to the tab as it was."""
        event_id = self.event_id
        # the print centre lists handouts for meetups (the events with round tables and a pre-reading pack)
        enable(self.print_button, self.event_kind == EventKind.MEETUP.value,
               self.tr("配布資料があるのはミートアップのイベントです。ミートアップを選んでください"))
        held = held_records(self.db, "event", tokyo_today()) if event_id is not None else {}
        read_only = self.hold_banner.show_hold(held.get(event_id) if event_id is not None else None,
                                               current_login(self.db))
        for tab in (self.agenda_tab, self.roundtable_tab):  # shown, not edited; the handouts still print
            tab.setEnabled(not read_only)
        if keep_edits:
            self._reload_tab(self.tabs.currentIndex(), keep_plan=True)
            return
        self.agenda_tab.load(event_id)
        self.roundtable_tab.load(event_id)
        self.docs_tab.load(event_id)

    def _reload_tab(self, index: int, keep_plan: bool = False, agenda: bool = True) -> None:
        """Read tab `index` again (not the agenda after its own save: it shows what it saved)."""
        tab = self.tabs.widget(index)
        if tab is self.roundtable_tab and not (keep_plan and self.roundtable_tab.planning):
            self.roundtable_tab.load(self.event_id)
        elif tab is self.docs_tab and not self.docs_tab.has_unsaved():
            self.docs_tab.load(self.event_id)  # (briefs being edited are kept, not read over)
        elif tab is self.agenda_tab and agenda and not self.agenda_tab.has_unsaved():
            self.agenda_tab.load(self.event_id)

    def _tab_changed(self, index: int) -> None:
        self._reload_tab(index)
