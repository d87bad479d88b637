"""Fieldwork tours: pick or create a tour, edit its timetable on a week timeline, see the checks live.

Every edit (drag, resize, item dialog, ツアー設定) is saved to the database at once and pushed on the main
window's undo stack, so 元に戻す (Ctrl+Z) restores the previous timetable, also in the database; deleting a
tour is a step too, whose undo puts the whole tour back under its key. The
findings are re-run on every edit, with the programme's check parameters (チェック設定) and the bookings
other tours and events hold on the same venues; clicking one highlights the items it concerns. Exports (itinerary
PDF for everyone or one participant, .ics, B-5 workbook) are services/tour_exports.py's, the same the print
centre and `colead export` use; the page asks where, whether to go ahead when the checks found errors, and runs
the export on the JobRunner with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.itinerary import Item, ItemKind, Lodging, Tour, Transport
from colead_desktop.domain.progress import Progress
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.domain.team import Area
from colead_desktop.domain.tour_template_titles import tour_title
from colead_desktop.domain.tour_party import keeping_withdrawn, taking_part
from colead_desktop.domain.tourcheck import DEFAULT_CHECKS, CheckParams, Finding, Severity
from colead_desktop.services import documents, tour_checks
from colead_desktop.services import tours as service
from colead_desktop.services.b5_import import B5Plan, apply_b5_import, apply_company_updates, plan_b5_import
from colead_desktop.services.deleted_tours import deleted_tours_to_cancel
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.offline_holds import HoldInfo, current_login, held_tours
from colead_desktop.services.record_dates import programme_period
from colead_desktop.services.records import count_records, list_records
from colead_desktop.services.tour_checks import Elsewhere
from colead_desktop.ui.conflict_dialog import ConflictDialog, list_difference, plain_text
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import choose_folder, open_file, save_file
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.output_language import OutputLanguageBox
from colead_desktop.ui.style import set_role
from colead_desktop.ui.tours.b5_preview import B5PreviewDialog
from colead_desktop.ui.tours.check_params_dialog import CheckParamsDialog
from colead_desktop.ui.tours.conflict_text import item_changes
from colead_desktop.ui.tours.dialogs import (CopyTourDialog, DeleteChoice, DeletedToursDialog, ItemDialog, NewTourDialog,
                                             ask_delete_tour)
from colead_desktop.ui.tours.panels import FindingsPanel, SummaryLabel
from colead_desktop.ui.tours.settings_dialog import TourSettingsDialog
from colead_desktop.ui.tours.route_map import RouteMapPanel
from colead_desktop.ui.tours.timeline import TourTimeline
from colead_desktop.ui.undo import CheckedChange
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.hold_banner import HoldBanner
from colead_desktop.ui.widgets import ElidedLabel, button, data_combo, enable, set_choices, tell_cancellations


class _TourEdit(CheckedChange[Tour]):
    """One timetable edit; redo and undo both write the whole tour, if nobody else changed it meanwhile."""

    def __init__(self, page: ToursPage, before: Tour, after: Tour, text: str) -> None:
        # store() shows the tour it wrote, so nothing more to refresh after a step, except a refused one
        super().__init__(before, after, text, page.reload_if_withdrawn, page.refused, resolve=page.resolve)
        self.page = page

    def write(self, source: Tour, target: Tour) -> Tour:
        return self.page.store(source, target)


class _CheckParamsChange(CheckedChange[CheckParams]):
    """The programme's tour check settings (チェック設定…); each step refused if someone changed them meanwhile."""

    def __init__(self, page: ToursPage, programme_id: int, before: CheckParams, after: CheckParams,
                 text: str) -> None:
        super().__init__(before, after, text, page.show_check_params, page.refused)
        self.page, self.programme_id = page, programme_id

    def write(self, source: CheckParams, target: CheckParams) -> CheckParams:
        return tour_checks.save_check_params(self.page.db, self.programme_id, target, expected=source)


class _TourExistence(CheckedChange[Tour | None]):
    """A tour going (削除) or coming (新規…, コピー…, a B-5 worksheet made into a new tour, stored when pushed):
    either way a step deletes the tour only if nobody changed it meanwhile, and puts the whole tour back (items,
    party, places) where it belonged, unless its key has been used again."""

    def __init__(self, page: ToursPage, before: Tour | None, after: Tour | None, text: str) -> None:
        super().__init__(before, after, text, page.reload, page.refused, written=before is None)
        self.page = page
        self._links: service.TourLinks | None = None  # where the tour belonged, known once it is deleted

    @property
    def deleted(self) -> bool:
        """Whether the step deleted the tour (not refused)."""
        return self._links is not None

    def write(self, source: Tour | None, target: Tour | None) -> Tour | None:
        if target is None:
            assert source is not None
            self._links = service.delete_tour(self.page.db, source)
            return None
        assert self._links is not None
        restored = service.undelete_tour(self.page.db, target, self._links)
        self.page.tour = restored  # reload() keeps the tour on show: the one put back
        return restored


@dataclass(frozen=True)
class _Tours:
    """What a visit reads off the GUI thread: the checks' parameters, the holds, the tour list, and the tour
    to show with what the other tours and events hold of its venues and people."""
    params: CheckParams
    holds: dict[str, HoldInfo]
    choices: list[tuple[str, str]]  # the tour list's texts (made on the read: 1,000 tours) and keys
    tour: Tour | None
    held: Elsewhere
    findings: list[Finding]  # the tour's check
    has_regions: bool = False  # a tour is made in one of the programme's regions
    deleted: int = 0  # deleted tours whose calendars were sent and not cancelled (services/deleted_tours.py)


def _choices(summaries: list[service.TourSummary], label: str) -> list[tuple[str, str]]:
    """The tour list's texts and keys; `label` is the translated 「{0}（{1}〜, {2}日間）」 (name, start, days)."""
    return [(label.format(tour_title(summary.title, summary.region), f"{summary.start_date:%Y-%m-%d}", summary.days),
             summary.key) for summary in summaries]


def _held_key(tour: Tour) -> object:
    """What the other tours' and events' bookings depend on: the tour's places, dates and members."""
    return tour.id, tour.places, tour.start_date, tour.days, tour.members


class ToursPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tours_page")
        self.ctx = ctx
        self.db = ctx.db
        self.undo_stack = ctx.undo_stack
        self.runner = ctx.runner
        self.tour: Tour | None = None
        self._withdrawn = False  # the user chose 再読み込み in a conflict: the page shows a stale tour
        self.findings: list[Finding] = []
        self.programme_id = ctx.programme_id  # the page is rebuilt when the user switches programmes
        self.params: CheckParams = DEFAULT_CHECKS  # the programme's, once a visit has read them
        self._bookings: tuple[object, Elsewhere] = (None, Elsewhere())  # (_held_key, bookings) cache
        self.last_export: Path | None = None
        self._holds: dict[str, HoldInfo] = {}  # tours checked out to an offline copy (持ち出し), by key
        self._wanted: str | None = None  # the tour a reload keeps on show, if it is still there
        self._me = current_login(self.db)
        self._read_only = False  # the shown tour is held by someone else
        self.hold_banner = HoldBanner("tour_hold")
        # deleted tours whose calendars were sent and not cancelled (「削除のみ」): said, with the way to cancel them,
        # only when there are some (a row of its own: the export buttons already fill the window's width)
        self.deleted_label = QLabel(objectName="tour_deleted_note")
        self.deleted_label.setWordWrap(True)
        set_role(self.deleted_label, "note")
        self.deleted_banner = QWidget(objectName="tour_deleted_banner")
        deleted_row = QHBoxLayout(self.deleted_banner)
        deleted_row.setContentsMargins(0, 0, 0, 0)
        deleted_row.addWidget(self.deleted_label, 1)
        deleted_row.addWidget(button(self.tr("削除したツアーの取り消し…"), "tour_cancel_deleted",
                                     self.ask_cancel_deleted))
        self.deleted_banner.hide()

        self.tour_combo = data_combo("tour_combo")
        self.tour_combo.currentIndexChanged.connect(self._combo_changed)
        self.new_button = button(self.tr("新規…"), "tour_new", self.new_tour,
                                       self.tr("空のツアーか、ガイドラインのひな形から新しいツアーを作ります"))
        self.copy_button = button(self.tr("コピー…"), "tour_copy", self.copy_tour,
                                        self.tr("選んだツアーの行程を別の日程にコピーします"))
        self.delete_button = button(self.tr("削除"), "tour_delete", self.delete_tour)
        self.add_item_button = button(self.tr("項目を追加"), "tour_add_item", self.add_item)
        self.settings_button = button(self.tr("ツアー設定…"), "tour_settings", self.edit_settings,
                                            self.tr("日程・参加者・宿泊・移動手段・場所・到着と出発を編集します"))
        self.checks_button = button(self.tr("チェック設定…"), "tour_check_settings", self.edit_check_params,
                                          self.tr("必要な設備と移動時間の見積もり方（プログラム共通）"))
        self.pdf_button = button(self.tr("旅程表PDF…"), "export_pdf", self.ask_itinerary_pdf)
        self.member_pdf_button = button(self.tr("参加者別PDF…"), "export_member_pdf", self.ask_member_pdf)
        self.ics_button = button(self.tr("カレンダー（.ics）…"), "export_ics", self.ask_ics)
        self.member_ics_button = button(self.tr("参加者別カレンダー…"), "export_member_ics", self.ask_member_ics,
                                        self.tr("参加者ごとに、その人が参加する項目だけのカレンダーをフォルダに書き出します"
                                                "（ファイル名はID）"))
        self.b5_button = button(self.tr("B-5ワークシート書き出し…"), "export_b5", self.ask_b5,
                                self.tr("B-5は政府の様式のため、出力言語によらず日本語で書き出します"))
        self.print_button = button(self.tr("印刷…"), "tour_print", self.open_print_centre,
                                         self.tr("印刷センターでこのツアーの旅程表をプレビュー・印刷します"))
        self.b5_import_button = button(self.tr("B-5取り込み…"), "import_b5", self.ask_import_b5, self.tr(
            "B-5ワークシートで書き出し元のツアーを更新するか、新しいツアーを作ります（変更点を確認してから）"))
        top = QHBoxLayout()  # editing, B-5 import included (it updates or makes a tour); the exports below
        top.addWidget(QLabel(self.tr("ツアー")))
        top.addWidget(self.tour_combo, 1)
        for widget in (self.new_button, self.copy_button, self.delete_button, self.settings_button,
                       self.add_item_button, self.checks_button, self.b5_import_button):
            top.addWidget(widget)
        self.saved_label = ElidedLabel(self.tr("編集は自動的に保存されます（元に戻す: Ctrl+Z）"), "tour_saved")
        set_role(self.saved_label, "hint")
        # an export's path shows here too: cut (whole in the tooltip) rather than squeezing the summary beside it
        self.saved_label.setMaximumWidth(self.saved_label.sizeHint().width())
        self.output_language = OutputLanguageBox()
        self.output_language.setToolTip(self.tr("旅程表とカレンダーの言語。B-5は政府の様式のため常に日本語です"))
        exports = QHBoxLayout()
        exports.addWidget(self.output_language)
        for widget in (self.pdf_button, self.member_pdf_button, self.print_button, self.ics_button,
                       self.member_ics_button, self.b5_button):
            exports.addWidget(widget)
        exports.addStretch(1)

        ctx.guard(Area.TOURS, self.new_button, self.copy_button, self.delete_button, self.add_item_button,
                  self.settings_button, self.b5_import_button)
        ctx.guard(Area.SETUP, self.checks_button)

        self.summary = SummaryLabel()
        self.summary.activated.connect(self.edit_settings)
        self.timeline = TourTimeline()
        self.timeline.itemChanged.connect(self._item_dragged)
        self.timeline.itemActivated.connect(self.edit_item)
        self.timeline.itemSelected.connect(self._item_selected)
        self.timeline_scroll = QScrollArea(objectName="tour_scroll")
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.findings_panel = FindingsPanel()
        self.findings_panel.chosen.connect(self._finding_chosen)
        self.findings_list = self.findings_panel.list
        self.route_map = RouteMapPanel()
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.route_map)
        side.addWidget(self.findings_panel)
        side.setSizes([340, 420])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.timeline_scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])

        self.empty = EmptyState("tours")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hold_banner)
        layout.addWidget(self.deleted_banner)
        layout.addWidget(self.empty)
        layout.addLayout(exports)
        # the hint beside the summary (which wraps), not after the export buttons: there the English one was cut
        # to 「Edits a…」 at 1366 px (review 14c item 13)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.saved_label)
        layout.addLayout(summary_row)
        layout.addWidget(splitter, 1)
        self.load = PageLoad(self, ctx, self._reader, self._show)
        ctx.data_changed.connect(self._reload_if_shown)  # e.g. a talent archived, or its archive undone (Ctrl+Z)
        self.reload()

    def _reload_if_shown(self) -> None:
        """Another page's change (ctx.data_changed): read again now if on show, else the next visit reads anyway."""
        if self.isVisible():
            self.reload()

    def _programme(self) -> int:
        # tours are listed, created and checked only in a programme (the buttons say so without one)
        assert self.programme_id is not None
        return self.programme_id

    # --- tours ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the tour list (the page is shown again, or the database changed), keeping the tour on show."""
        self._wanted = self.tour.id if self.tour else None
        if self.programme_id is None:
            self.load.fill_now(_Tours(DEFAULT_CHECKS, {}, [], None, Elsewhere(), []))
        else:
            self.load.start()

    def _reader(self) -> Callable[[], _Tours]:
        db, programme_id, wanted, label = self.db, self._programme(), self._wanted, self.tr("{0}（{1}〜, {2}日間）")

        def read() -> _Tours:
            summaries = service.list_tours(db, programme_id)
            keys = [s.key for s in summaries]
            key = wanted if wanted in keys else (keys[0] if keys else None)
            tour = service.load_tour(db, key) if key else None
            params = tour_checks.load_check_params(db, programme_id)
            held = tour_checks.held_elsewhere(db, programme_id, tour) if tour else Elsewhere()
            return _Tours(params, held_tours(db, programme_id, tokyo_today()), _choices(summaries, label), tour, held,
                          tour_checks.check_held(tour, params, held) if tour else [],
                          bool(keys) or count_records(db, RegionRecord, programme_id) > 0,
                          len(deleted_tours_to_cancel(db, programme_id)))

        return read

    def _show(self, tours: _Tours) -> Iterator[None]:
        """The visit's data, all of it at once; the two drawings paint in a turn each of the event loop after it. A
        first visit paints every text of the page for the first time, the timeline's and route map's shapes with them:
        50-70 ms of the GUI thread in one block; the timeline's first paint alone takes 20-30 ms on the big database
        (its glyphs drawn for the first time), so it has a turn of its own (issue 15)."""
        drawings = (self.timeline, self.route_map)
        for drawing in drawings:
            drawing.setUpdatesEnabled(False)
        self._show_now(tours)
        for drawing in drawings:
            yield
            drawing.setUpdatesEnabled(True)

    def _show_now(self, tours: _Tours) -> None:
        self.params, self._holds = tours.params, tours.holds
        keys = self._fill_combo(tours.choices)
        tour = tours.tour
        # bookings as read with the tour: other tours may have changed since the last visit
        self._bookings = (_held_key(tour), tours.held) if tour else (None, Elsewhere())
        self._mark(tour.id if tour else None)
        self.show_tour(tour, tours.findings)
        self._show_deleted(tours.deleted)
        no_programme = self.tr("プログラムがまだありません。先にプログラムを作成してください")
        for widget in (self.new_button, self.b5_import_button):
            enable(widget, self.programme_id is not None, no_programme)
        if self.programme_id is None:
            self.empty.no_programme(self.ctx)
        elif not keys and not tours.has_regions:
            self.empty.show_state(
                self.tr("フィールドワークツアーはまだありません。ツアーは地域ごとに作りますが、このプログラムには"
                        "地域がまだありません。先に地域を追加するか、「新規…」で地域名を入力してください。"),
                [(self.tr("地域を追加…"), "empty_add_region", lambda: self.ctx.request("add:regions")),
                 (self.tr("新規…"), "empty_new_tour", self.new_tour)])
        elif not keys:
            self.empty.show_state(
                self.tr("フィールドワークツアーはまだありません。ガイドラインのひな形から作るか、"
                        "地域から届いたB-5ワークシートを読み込んで作ります。"),
                [(self.tr("新規…"), "empty_new_tour", self.new_tour),
                 (self.tr("B-5取り込み…"), "empty_import_b5", self.ask_import_b5)])
        else:
            self.empty.hide()

    def _list_tours(self) -> list[str]:
        """Fill the combo from the database (titles and dates shown there may have changed); the tour keys."""
        summaries = [] if self.programme_id is None else service.list_tours(self.db, self.programme_id)
        return self._fill_combo(_choices(summaries, self.tr("{0}（{1}〜, {2}日間）")))

    def _fill_combo(self, choices: list[tuple[str, str]]) -> list[str]:
        set_choices(self.tour_combo, choices)
        return [key for _text, key in choices]

    def _mark(self, key: str | None) -> int:
        """Select `key` in the combo without loading it again; its index, -1 if it is not listed."""
        index = self.tour_combo.findData(key) if key else -1
        self.tour_combo.blockSignals(True)
        self.tour_combo.setCurrentIndex(index)
        self.tour_combo.blockSignals(False)
        return index

    def select_tour(self, key: str | None) -> None:
        index = self._mark(key)
        self.show_tour(service.load_tour(self.db, key) if key and index >= 0 else None)

    def _combo_changed(self, _index: int) -> None:
        key = self.tour_combo.currentData()
        self.show_tour(service.load_tour(self.db, key) if key else None)

    def show_tour(self, tour: Tour | None, findings: list[Finding] | None = None) -> None:
        """Show `tour` with its check's `findings` (checked here if not given)."""
        self.tour = tour
        self.timeline.set_tour(tour, self.params.travel)
        self.route_map.set_tour(tour, self.params.travel)
        no_tour = self.tr("ツアーがありません。「新規…」または「B-5取り込み…」で作成してください")
        for widget in (self.copy_button, self.delete_button, self.add_item_button, self.pdf_button,
                       self.print_button, self.ics_button, self.b5_button, self.settings_button, self.checks_button):
            enable(widget, tour is not None, no_tour)
        no_members = no_tour if tour is None else self.tr("参加者が名前で登録されていません（ツアー設定の「参加者」）")
        party = self.taking_part()
        for widget in (self.member_pdf_button, self.member_ics_button):
            enable(widget, bool(party and party.members), no_members)
        self.summary.show_tour(party)
        self._read_only = self.hold_banner.show_hold(self._holds.get(tour.id) if tour else None, self._me)
        self.hold_banner.lock(self._read_only, self.delete_button, self.add_item_button, self.settings_button)
        self.refresh_findings(findings)

    def store(self, expected: Tour, wanted: Tour) -> Tour:
        """Save `wanted` over `expected` and show it (the undo commands); returns it as stored."""
        saved = service.replace_tour(self.db, expected, wanted)
        self._list_tours()  # a new title or start date shows in the combo at once
        self._mark(saved.id)
        self.show_tour(saved)
        return saved

    def resolve(self, stale: StaleRecord[Tour]) -> Tour | None:
        """Someone saved the tour after it was shown here: pick per part of the tour, or None to reload."""
        labels = {"region": self.tr("地域"), "start_date": self.tr("開始日"), "days": self.tr("日数"),
                  "title": self.tr("タイトル"), "members": self.tr("参加者"), "party_size": self.tr("人数"),
                  "base_venue_id": self.tr("拠点会場"), "lodging": self.tr("宿泊"), "transport": self.tr("現地の移動手段"),
                  "arrivals": self.tr("到着"), "departures": self.tr("出発"), "remote_mornings": self.tr("午前はリモート"),
                  "online_fallback": self.tr("オンライン代替"), "places": self.tr("場所"), "items": self.tr("予定"),
                  "contacts": self.tr("連絡先")}

        changes = item_changes(stale.mine, stale.theirs)

        def value_text(name: str, value: Any, other: Any) -> str:
            if isinstance(value, tuple):  # members, places and contacts by their number only: they name people
                return list_difference(value, other, lambda item: self.tr("{0}日目 {1}–{2} {3}").format(
                    item.day, f"{item.start:%H:%M}", f"{item.end:%H:%M}", item.display_title)
                    if isinstance(item, Item) else None, changes)
            if isinstance(value, Lodging):
                return value.hotel
            if isinstance(value, Transport):
                return value.mode.label if value.mode else "—"
            return plain_text(name, value)

        dialog = ConflictDialog(stale, labels, value_text, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.merged()
        self._withdrawn = True
        return None

    def reload_if_withdrawn(self) -> None:
        """After a step: store() showed what it wrote; only a withdrawn edit (再読み込み) leaves the page stale."""
        if self._withdrawn:
            self._withdrawn = False
            self.reload()

    def refused(self, title: str, message: str) -> None:
        """An undo step met a tour changed elsewhere: show it as it is stored now, then say why."""
        self.reload()
        QMessageBox.warning(self, title, message)

    def apply(self, after: Tour, text: str) -> None:
        if self.tour is None or after == self.tour:
            return
        if self._read_only:  # a drag on the timeline: put the item back and say who has the tour
            self.show_tour(self.tour)
            QMessageBox.information(self, self.tr("持ち出し中"), self.hold_banner.text())
            return
        self.undo_stack.push(_TourEdit(self, self.tour, after, text))

    def new_tour(self) -> None:
        if self.programme_id is None:
            return
        # today when it is in the programme's period, else its nearer end: a tour of FY2027 prepared in December
        # 2026 opened on a day of the wrong fiscal year
        first_day = programme_period(self.db, self.programme_id).default_day(tokyo_today())
        dialog = NewTourDialog(list(load_lookups(self.db, self.programme_id).regions.values()), self, first_day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        region, start, days = dialog.values()
        self._created(service.new_tour(self.db, self.programme_id, region, start, days, dialog.from_template()),
                      self.tr("新しいツアー"))

    def _created(self, tour: Tour, text: str) -> None:
        self.tour = tour
        self.undo_stack.push(_TourExistence(self, None, tour, text))  # stored already: pushing only records it
        self.reload()
        self.select_tour(tour.id)

    def copy_tour(self) -> None:
        if self.tour is None:
            return
        dialog = CopyTourDialog(self.tour.start_date, self.tour.headcount, self, self.tour.days)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._created(service.copy_saved_tour(self.db, self.tour.id, dialog.start_date(),
                                                  dialog.keep_party.isChecked()), self.tr("ツアーのコピー"))

    def delete_tour(self) -> None:
        """Delete the tour on show (an undo step); when its calendars were exported, offer to write their
        cancellation, for the people who imported them (the deleted tour can no longer be exported)."""
        if self.tour is None:
            return
        tour, name = self.tour, self.tour.display_title
        choice = ask_delete_tour(self, name, _calendars().tour_calendars_sent(self.db, tour))
        if choice is DeleteChoice.KEEP:
            return
        folder = None
        if choice is DeleteChoice.DELETE_AND_CANCEL:
            folder = choose_folder(self, self.ctx.settings, "ics", self.tr("カレンダーの取り消しの保存先フォルダ"))
            if folder is None:
                return
        step = _TourExistence(self, tour, None, self.tr("ツアー「{0}」を削除").format(name))
        self.undo_stack.push(step)
        if folder is not None and step.deleted:
            self.cancel_deleted(tour.id, folder)

    def _show_deleted(self, count: int) -> None:
        """The note on deleted tours whose calendars were sent and not cancelled: `count` of them (0: hidden)."""
        self.deleted_label.setText(self.tr("カレンダーを書き出した後に削除したツアーが {0} 件あり、取り消しをまだ書き出して"
                                           "いません。受け取った人のカレンダーには予定が残っています。").format(count))
        self.deleted_banner.setVisible(count > 0)

    def ask_cancel_deleted(self) -> None:
        """「削除したツアーの取り消し」: the cancellation of a tour deleted with 「削除のみ」 after its calendars were sent
        (review 19 item 2), chosen from the programme's deleted tours not cancelled yet, into a folder."""
        if self.programme_id is None:
            return
        offered = deleted_tours_to_cancel(self.db, self.programme_id)
        if not offered:
            QMessageBox.information(self, self.tr("削除したツアーの取り消し"),
                                    self.tr("取り消しを書き出していない削除済みのツアーはありません。"))
            return
        dialog = DeletedToursDialog([(tour.key, self.tr("{0}（{1} に削除）").format(
            tour.title, tour.deleted_at.strftime("%Y-%m-%d %H:%M"))) for tour in offered], self)
        if dialog.exec() != QDialog.DialogCode.Accepted or (key := dialog.chosen()) is None:
            return
        folder = choose_folder(self, self.ctx.settings, "ics", self.tr("カレンダーの取り消しの保存先フォルダ"))
        if folder is not None:
            self.cancel_deleted(key, folder)

    def cancel_deleted(self, key: str, folder: Path) -> None:
        """Write the cancellation of the deleted tour `key`'s calendars into `folder` (then it is offered no more)."""
        db, programme_id = self.db, self.programme_id
        self._run(self.tr("カレンダーの取り消しを書き出しています…"),
                  lambda progress: _calendars().cancel_tour_calendars(db, key, folder, progress,
                                                                      programme_id=programme_id))

    def edit_settings(self) -> None:
        if self.tour is None or self.programme_id is None:
            return
        programme_id = self.programme_id
        dialog = TourSettingsDialog(self.tour, list_records(self.db, VenueRecord, programme_id),
                                    list_records(self.db, CompanyRecord, programme_id),
                                    service.party_candidates(self.db, programme_id), self,
                                    list_records(self.db, RegionRecord, programme_id), self.bookings().archived)
        if dialog.exec() == QDialog.DialogCode.Accepted and (edited := dialog.result_tour()) is not None:
            self.apply(edited, self.tr("ツアー設定の変更"))

    def show_check_params(self) -> None:
        """Check the tour on show with the programme's settings as stored (after a step on them)."""
        if self.programme_id is not None:
            self.params = tour_checks.load_check_params(self.db, self.programme_id)
        if self.tour is not None:
            self.show_tour(self.tour)

    def edit_check_params(self) -> None:
        if self.tour is None or self.programme_id is None:
            return
        dialog = CheckParamsDialog(self.params, load_lookups(self.db, self.programme_id).programme_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (params := dialog.result_params()) != self.params:
            self.undo_stack.push(_CheckParamsChange(self, self.programme_id, self.params, params,
                                                    self.tr("チェック設定の変更")))

    # --- items ------------------------------------------------------------------------------------------
    def _replace_item(self, index: int, item: Item) -> Tour:
        assert self.tour is not None
        items = list(self.tour.items)
        items[index] = item
        return replace(self.tour, items=tuple(items))

    def _item_selected(self, index: int) -> None:
        self.timeline.set_highlighted(set())
        if self.tour is not None:
            self.route_map.show_day(self.tour.items[index].day)

    def _item_dragged(self, index: int, item: Item) -> None:
        if self.tour is not None:
            self.apply(self._replace_item(index, item), self.tr("「{0}」の移動").format(item.display_title))
            self.timeline.selected = index

    def edit_item(self, index: int) -> None:
        if self.tour is None:
            return
        before = self.tour.items[index]
        dialog = ItemDialog(self.taking_part() or self.tour, before, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_item() is not None:
            item = dialog.result_item()
            assert item is not None
            item = keeping_withdrawn(before, item, self.bookings().archived)
            edited = self._replace_item(index, item)
            self.apply(replace(edited, places=(*edited.places, *dialog.added_places())),
                       self.tr("「{0}」の編集").format(item.display_title))

    def add_item(self) -> None:
        if self.tour is None:
            return
        dialog = ItemDialog(self.taking_part() or self.tour, Item(1, time(10, 0), time(11, 0), ItemKind.OTHER), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_item() is not None:
            item = dialog.result_item()
            assert item is not None
            self.apply(replace(self.tour, items=(*self.tour.items, item),
                               places=(*self.tour.places, *dialog.added_places())), self.tr("項目の追加"))

    # --- findings ---------------------------------------------------------------------------------------
    def bookings(self) -> Elsewhere:
        """Other tours' and events' bookings on this tour's venues and people; they change only with the tour's
        places, dates or members."""
        if self.tour is None:
            return Elsewhere()
        key = _held_key(self.tour)
        if self._bookings[0] != key:
            self._bookings = (key, tour_checks.held_elsewhere(self.db, self._programme(), self.tour))
        return self._bookings[1]

    def taking_part(self) -> Tour | None:
        """The tour on show without its archived talents: what its summary, item choices and exports name."""
        return taking_part(self.tour, self.bookings().archived) if self.tour else None

    def refresh_findings(self, findings: list[Finding] | None = None) -> None:
        """Show the tour's check: `findings` if already made (off the GUI thread), else checked now."""
        if findings is None:
            findings = tour_checks.check_held(self.tour, self.params, self.bookings()) if self.tour else []
        self.findings = findings
        self.findings_panel.show_findings(self.tour, self.findings)
        self.timeline.set_highlighted(set())

    def finding_codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def _finding_chosen(self, indexes: set[int]) -> None:
        self.timeline.set_highlighted(indexes)
        rects = self.timeline.block_rects()
        if indexes and min(indexes) in rects:
            rect = rects[min(indexes)]
            self.timeline_scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 20, int(rect.height() / 2) + 40)

    # --- exports ----------------------------------------------------------------------------------------
    def _run(self, label: str, work: Callable[[Progress], Any]) -> None:
        def done(result: Any) -> None:
            if isinstance(result, _calendars().CalendarsWritten):  # the members' calendars: how many, how many cancel
                self.last_export = result.folder
                if self.programme_id is not None:  # a deleted tour's cancellation: offered no more
                    self._show_deleted(len(deleted_tours_to_cancel(self.db, self.programme_id)))
                self.saved_label.setText(result.summary())
                if result.cancelled:  # and where the cancellations went: to be sent to the people who left
                    tell_cancellations(self, self.tr("参加者別カレンダー"), result.summary(), result.cancellations())
                return
            self.last_export = Path(result) if result else None
            self.saved_label.setText(self.tr("書き出しました: {0}").format(result))

        cancelled = self.tr("書き出しを取り消しました")
        self.runner.submit(self, label, self.output_language.wrap(work), done, show_failure(
            self, self.tr("書き出しできません"), lambda: self.saved_label.setText(cancelled)))

    def export_itinerary(self, target: Path, participant: str | None = None) -> None:
        assert self.tour is not None
        db, key = self.db, self.tour.id
        self._run(self.tr("旅程表PDFを作成しています…"),
                  lambda progress: _tour_exports().export_itinerary(db, key, Path(target), participant, progress))

    def export_ics(self, target: Path) -> None:
        assert self.tour is not None
        db, key = self.db, self.tour.id
        self._run(self.tr("カレンダーを書き出しています…"),
                  lambda progress: _calendars().export_tour_ics(db, key, Path(target), progress))

    def export_member_ics(self, folder: Path) -> None:
        """The tour's calendar and one per member (tour-<key>-talent-<id>.ics) into `folder`."""
        assert self.tour is not None
        db, key = self.db, self.tour.id
        self._run(self.tr("参加者別カレンダーを書き出しています…"),
                  lambda progress: _calendars().export_tour_calendars(db, key, Path(folder), True, progress=progress))

    def export_b5(self, target: Path) -> None:
        assert self.tour is not None
        db, key = self.db, self.tour.id
        self._run(self.tr("B-5ワークシートを書き出しています…"),
                  lambda progress: _tour_exports().export_b5(db, key, Path(target), progress))

    def import_b5(self, source: Path) -> None:
        """Read a B-5 workbook, show what it changes, then update the tour it came from (undoable) or create one.

        The reader names every bad cell, or the missing sheet or column, before anything is shown.
        """
        try:
            plan = plan_b5_import(self.db, self._programme(), Path(source), tokyo_today())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("B-5ワークシートを読み込めません"), str(exc))
            return
        if not self.confirm_b5(plan):
            return
        if plan.before is None:
            self._created(apply_b5_import(self.db, self._programme(), plan), self.tr("B-5ワークシートからツアーを作成"))
            return
        if plan.after != plan.before:
            self.select_tour(plan.before.id)
            self.undo_stack.push(_TourEdit(self, plan.before, plan.after, self.tr("B-5ワークシートの取り込み")))
        apply_company_updates(self.db, plan)  # the companies' B-1 and B-3: records, outside the tour's undo

    def confirm_b5(self, plan: B5Plan) -> bool:
        """The preview dialog; True to go ahead (never for a worksheet that changes nothing)."""
        dialog = B5PreviewDialog(plan, self)
        return dialog.exec() == QDialog.DialogCode.Accepted and plan.action != "unchanged"

    def _default_name(self, suffix: str) -> str:
        assert self.tour is not None
        return f"{self.tour.display_title}{suffix}".replace("/", "_")

    def _ask_save(self, title: str, name: str, pattern: str) -> Path | None:
        return save_file(self, self.ctx.settings, title, name, pattern)

    def open_print_centre(self) -> None:
        from colead_desktop.ui.print_centre import open_print_centre  # reportlab and QtPdf: loaded when first used

        if self.tour is not None:
            open_print_centre(self.ctx, self.window(), select=documents.itinerary_key(self.tour.id))

    def _errors_accepted(self) -> bool:
        """Whether to export although the checks found errors (asked only then; warnings never ask)."""
        errors = sum(1 for finding in self.findings if finding.severity is Severity.ERROR)
        if not errors:
            return True
        answer = QMessageBox.question(self, self.tr("書き出し"), self.tr(
            "チェックでエラーが{0}件見つかっています。このまま書き出しますか？").format(errors))
        return answer == QMessageBox.StandardButton.Yes

    def ask_itinerary_pdf(self) -> None:
        if self.tour and self._errors_accepted() and (path := self._ask_save(
                self.tr("旅程表PDFの保存"), self._default_name("_旅程表.pdf"), self.tr("PDF (*.pdf)"))):
            self.export_itinerary(path)

    def ask_member_pdf(self) -> None:
        party = self.taking_part()
        if not party or not party.members or not self._errors_accepted():
            return
        names = [f"{m.name}（{m.role.label}）" for m in party.members]
        chosen, ok = QInputDialog.getItem(self, self.tr("参加者別の旅程表"), self.tr("参加者"), names, 0, False)
        if not ok:
            return
        member = party.members[names.index(chosen)]
        path = self._ask_save(self.tr("旅程表PDFの保存"), self._default_name(f"_旅程表_{member.name}.pdf"),
                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_itinerary(path, member.id)

    def ask_ics(self) -> None:
        if self.tour and self._errors_accepted() and (path := self._ask_save(
                self.tr("カレンダーの保存"), f"tour-{self.tour.id}.ics", self.tr("iCalendar (*.ics)"))):
            self.export_ics(path)

    def ask_member_ics(self) -> None:
        """Only with someone taking part (the party without its archived talents, as the button's state and the
        calendars written count it)."""
        party = self.taking_part()
        if party and party.members and self._errors_accepted() and (folder := choose_folder(
                self, self.ctx.settings, "ics", self.tr("参加者別カレンダーの保存先フォルダ"))):
            self.export_member_ics(folder)

    def ask_b5(self) -> None:
        if self.tour and self._errors_accepted() and (path := self._ask_save(
                self.tr("B-5ワークシートの保存"), self._default_name("_B-5.xlsx"), self.tr("Excel ブック (*.xlsx)"))):
            self.export_b5(path)

    def ask_import_b5(self) -> None:
        path = open_file(self, self.ctx.settings, "xlsx", self.tr("B-5ワークシートを開く"), self.tr("Excel ブック (*.xlsx)"))
        if path:
            self.import_b5(path)


# The exports import reportlab, openpyxl and icalendar (half a second): loaded by the first export's job, on its
# worker thread, not by the page's first visit.
def _tour_exports() -> ModuleType:
    from colead_desktop.services import tour_exports

    return tour_exports


def _calendars() -> ModuleType:
    from colead_desktop.services import calendars

    return calendars
