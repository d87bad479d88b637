"""Fieldwork tours: pick or create a tour, edit its timetable on a week timeline, see the checks live.

Every edit (drag, resize, item dialog, ツアー設定) is saved to the database at once and pushed on the main
window's undo stack, so 元に戻す (Ctrl+Z) restores the previous timetable, also in the database. The
findings are re-run on every edit, with the programme's check parameters (チェック設定) and the bookings
other tours and events hold on the same venues; clicking one highlights the items it concerns. Exports (itinerary
PDF for everyone or one participant, .ics, B-5 workbook) are services/tour_exports.py's, the same the print
centre and `colead export` use; the page asks where, whether to go ahead when the checks found errors, and runs
the export on the JobRunner with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.itinerary import Item, ItemKind, Lodging, Tour, Transport
from colead_desktop.domain.progress import Progress
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.domain.tourcheck import (DEFAULT_CHECKS, Booking, CheckParams, Finding, Severity,
                                            check_tour)
from colead_desktop.exports.b5_workbook import read_b5_workbook
from colead_desktop.services import documents, tour_checks, tour_exports
from colead_desktop.services import tours as service
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.records import list_records
from colead_desktop.ui.conflict_dialog import ConflictDialog, plain_text
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import open_file, save_file
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.style import set_role
from colead_desktop.ui.tours.check_params_dialog import CheckParamsDialog
from colead_desktop.ui.tours.dialogs import CopyTourDialog, ItemDialog, NewTourDialog
from colead_desktop.ui.tours.panels import FindingsPanel, SummaryLabel
from colead_desktop.ui.tours.settings_dialog import TourSettingsDialog
from colead_desktop.ui.tours.timeline import TourTimeline
from colead_desktop.ui.undo import CheckedChange
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.widgets import button, enable


class _TourEdit(CheckedChange[Tour]):
    """One timetable edit; redo and undo both write the whole tour, if nobody else changed it meanwhile."""

    def __init__(self, page: ToursPage, before: Tour, after: Tour, text: str) -> None:
        # store() shows the tour it wrote, so nothing more to refresh after a step, except a refused one
        super().__init__(before, after, text, page.reload_if_withdrawn, page.refused, page.resolve)
        self.page = page

    def write(self, source: Tour, target: Tour) -> Tour:
        return self.page.store(source, target)


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
        self.params: CheckParams = (DEFAULT_CHECKS if self.programme_id is None
                                    else tour_checks.load_check_params(self.db, self.programme_id))
        self._bookings: tuple[object, list[Booking]] = (None, [])  # (tour id and places, bookings) cache
        self.last_export: Path | None = None

        self.tour_combo = QComboBox(objectName="tour_combo")
        self.tour_combo.setMinimumWidth(320)
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
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("ツアー")))
        top.addWidget(self.tour_combo, 1)
        for widget in (self.new_button, self.copy_button, self.delete_button, self.settings_button,
                       self.add_item_button, self.checks_button):
            top.addWidget(widget)

        self.pdf_button = button(self.tr("旅程表PDF…"), "export_pdf", self.ask_itinerary_pdf)
        self.member_pdf_button = button(self.tr("参加者別PDF…"), "export_member_pdf", self.ask_member_pdf)
        self.ics_button = button(self.tr("カレンダー（.ics）…"), "export_ics", self.ask_ics)
        self.b5_button = button(self.tr("B-5ワークシート書き出し…"), "export_b5", self.ask_b5)
        self.print_button = button(self.tr("印刷…"), "tour_print", self.open_print_centre,
                                         self.tr("印刷センターでこのツアーの旅程表をプレビュー・印刷します"))
        self.b5_import_button = button(self.tr("B-5から新規…"), "import_b5", self.ask_import_b5,
                                             self.tr("地域から届いたB-5ワークシートをもとにツアーを作ります"))
        self.saved_label = QLabel(self.tr("編集は自動的に保存されます（元に戻す: Ctrl+Z）"), objectName="tour_saved")
        set_role(self.saved_label, "hint")
        exports = QHBoxLayout()
        for widget in (self.pdf_button, self.member_pdf_button, self.print_button, self.ics_button, self.b5_button,
                       self.b5_import_button):
            exports.addWidget(widget)
        exports.addStretch(1)
        exports.addWidget(self.saved_label)

        self.summary = SummaryLabel()
        self.summary.activated.connect(self.edit_settings)
        self.timeline = TourTimeline()
        self.timeline.itemChanged.connect(self._item_dragged)
        self.timeline.itemActivated.connect(self.edit_item)
        self.timeline.itemSelected.connect(lambda _i: self.timeline.set_highlighted(set()))
        self.timeline_scroll = QScrollArea(objectName="tour_scroll")
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.findings_panel = FindingsPanel()
        self.findings_panel.chosen.connect(self._finding_chosen)
        self.findings_list = self.findings_panel.list
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.timeline_scroll)
        splitter.addWidget(self.findings_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])

        self.empty = EmptyState("tours")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(exports)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.reload()

    def _programme(self) -> int:
        # tours are listed, created and checked only in a programme (the buttons say so without one)
        assert self.programme_id is not None
        return self.programme_id

    # --- tours ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the tour list (the page is shown again, or the database changed)."""
        current = self.tour.id if self.tour else None
        self._bookings = (None, [])  # other tours may have changed meanwhile
        keys = self._list_tours()
        self.select_tour(current if current in keys else (keys[0] if keys else None))
        no_programme = self.tr("プログラムがまだありません。先にプログラムを作成してください")
        for widget in (self.new_button, self.b5_import_button):
            enable(widget, self.programme_id is not None, no_programme)
        if self.programme_id is None:
            self.empty.no_programme(self.ctx)
        elif not keys:
            self.empty.show_state(
                self.tr("フィールドワークツアーはまだありません。ガイドラインのひな形から作るか、"
                        "地域から届いたB-5ワークシートを読み込んで作ります。"),
                [(self.tr("新規…"), "empty_new_tour", self.new_tour),
                 (self.tr("B-5から新規…"), "empty_import_b5", self.ask_import_b5)])
        else:
            self.empty.hide()

    def _list_tours(self) -> list[str]:
        """Fill the combo from the database (titles and dates shown there may have changed); the tour keys."""
        summaries = [] if self.programme_id is None else service.list_tours(self.db, self.programme_id)
        self.tour_combo.blockSignals(True)
        self.tour_combo.clear()
        for summary in summaries:
            self.tour_combo.addItem(f"{summary.title or summary.region}（{summary.start_date:%Y-%m-%d}〜, "
                                    + self.tr("{0}日間").format(summary.days) + "）", summary.key)
        self.tour_combo.blockSignals(False)
        return [s.key for s in summaries]

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

    def show_tour(self, tour: Tour | None) -> None:
        self.tour = tour
        self.timeline.set_tour(tour, self.params.travel)
        no_tour = self.tr("ツアーがありません。「新規…」または「B-5から新規…」で作成してください")
        for widget in (self.copy_button, self.delete_button, self.add_item_button, self.pdf_button,
                       self.print_button, self.ics_button, self.b5_button, self.settings_button, self.checks_button):
            enable(widget, tour is not None, no_tour)
        enable(self.member_pdf_button, bool(tour and tour.members),
               no_tour if tour is None else self.tr("参加者が名前で登録されていません（ツアー設定の「参加者」）"))
        self.summary.show_tour(tour)
        self.refresh_findings()

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

        def value_text(name: str, value: Any) -> str:
            if isinstance(value, tuple):
                return self.tr("{0}件").format(len(value))
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
        self.undo_stack.push(_TourEdit(self, self.tour, after, text))

    def new_tour(self) -> None:
        if self.programme_id is None:
            return
        dialog = NewTourDialog(list(load_lookups(self.db, self.programme_id).regions.values()), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        region, start, days = dialog.values()
        if not region:
            return
        self._created(service.new_tour(self.db, self.programme_id, region, start, days, dialog.from_template()))

    def _created(self, tour: Tour) -> None:
        self.tour = tour
        self.reload()
        self.select_tour(tour.id)

    def copy_tour(self) -> None:
        if self.tour is None:
            return
        dialog = CopyTourDialog(self.tour.start_date, self.tour.headcount, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._created(service.copy_saved_tour(self.db, self.tour.id, dialog.start_date(),
                                                  dialog.keep_party.isChecked()))

    def delete_tour(self) -> None:
        if self.tour is None:
            return
        answer = QMessageBox.question(self, self.tr("ツアーの削除"), self.tr(
            "「{0}」を削除しますか？ この操作は元に戻せません。").format(self.tour.title or self.tour.region))
        if answer == QMessageBox.StandardButton.Yes:
            service.delete_tour(self.db, self.tour.id)
            self.tour = None
            self.reload()

    def edit_settings(self) -> None:
        if self.tour is None or self.programme_id is None:
            return
        programme_id = self.programme_id
        dialog = TourSettingsDialog(self.tour, list_records(self.db, VenueRecord, programme_id),
                                    list_records(self.db, CompanyRecord, programme_id),
                                    service.party_candidates(self.db, programme_id), self,
                                    list_records(self.db, RegionRecord, programme_id))
        if dialog.exec() == QDialog.DialogCode.Accepted and (edited := dialog.result_tour()) is not None:
            self.apply(edited, self.tr("ツアー設定の変更"))

    def edit_check_params(self) -> None:
        if self.tour is None or self.programme_id is None:
            return
        dialog = CheckParamsDialog(self.params, load_lookups(self.db, self.programme_id).programme_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.params = dialog.result_params()
            tour_checks.save_check_params(self.db, self.programme_id, self.params)
            self.show_tour(self.tour)

    # --- items ------------------------------------------------------------------------------------------
    def _replace_item(self, index: int, item: Item) -> Tour:
        assert self.tour is not None
        items = list(self.tour.items)
        items[index] = item
        return replace(self.tour, items=tuple(items))

    def _item_dragged(self, index: int, item: Item) -> None:
        if self.tour is not None:
            self.apply(self._replace_item(index, item), self.tr("「{0}」の移動").format(item.display_title))
            self.timeline.selected = index

    def edit_item(self, index: int) -> None:
        if self.tour is None:
            return
        dialog = ItemDialog(self.tour, self.tour.items[index], self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_item() is not None:
            item = dialog.result_item()
            assert item is not None
            self.apply(self._replace_item(index, item), self.tr("「{0}」の編集").format(item.display_title))

    def add_item(self) -> None:
        if self.tour is None:
            return
        dialog = ItemDialog(self.tour, Item(1, time(10, 0), time(11, 0), ItemKind.OTHER), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_item() is not None:
            item = dialog.result_item()
            assert item is not None
            self.apply(replace(self.tour, items=(*self.tour.items, item)), self.tr("項目の追加"))

    # --- findings ---------------------------------------------------------------------------------------
    def bookings(self) -> list[Booking]:
        """Other tours' and events' bookings on this tour's venues; they change only with the tour or its places."""
        if self.tour is None:
            return []
        key = (self.tour.id, self.tour.places)
        if self._bookings[0] != key:
            self._bookings = (key, tour_checks.venue_bookings(self.db, self._programme(), self.tour))
        return self._bookings[1]

    def refresh_findings(self) -> None:
        self.findings = check_tour(self.tour, self.params, self.bookings()) if self.tour else []
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
            self.last_export = Path(result) if result else None
            self.saved_label.setText(self.tr("書き出しました: {0}").format(result))

        cancelled = self.tr("書き出しを取り消しました")
        self.runner.submit(self, label, work, done, show_failure(
            self, self.tr("書き出しできません"), lambda: self.saved_label.setText(cancelled)))

    def export_itinerary(self, target: Path, participant: str | None = None) -> None:
        assert self.tour is not None
        db, key = self.db, self.tour.id
        self._run(self.tr("旅程表PDFを作成しています…"),
                  lambda progress: tour_exports.export_itinerary(db, key, Path(target), participant, progress))

    def export_ics(self, target: Path) -> None:
        assert self.tour is not None
        db, key = self.db, self.tour.id
        self._run(self.tr("カレンダーを書き出しています…"),
                  lambda progress: tour_exports.export_ics(db, key, Path(target), progress))

    def export_b5(self, target: Path) -> None:
        assert self.tour is not None
        db, key = self.db, self.tour.id
        self._run(self.tr("B-5ワークシートを書き出しています…"),
                  lambda progress: tour_exports.export_b5(db, key, Path(target), progress))

    def import_b5(self, source: Path) -> None:
        """Read a lab's B-5 workbook and create a tour from it (the reader lists every bad cell)."""
        try:
            sheet = read_b5_workbook(Path(source))
        except InputError as exc:
            QMessageBox.warning(self, self.tr("B-5ワークシートを読み込めません"), str(exc))
            return
        self._created(service.save_tour(self.db, self._programme(), service.tour_from_b5(sheet, date.today())))

    def _default_name(self, suffix: str) -> str:
        assert self.tour is not None
        return f"{self.tour.title or self.tour.region}{suffix}".replace("/", "_")

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
        if not self.tour or not self.tour.members or not self._errors_accepted():
            return
        names = [f"{m.name}（{m.role.label}）" for m in self.tour.members]
        chosen, ok = QInputDialog.getItem(self, self.tr("参加者別の旅程表"), self.tr("参加者"), names, 0, False)
        if not ok:
            return
        member = self.tour.members[names.index(chosen)]
        path = self._ask_save(self.tr("旅程表PDFの保存"), self._default_name(f"_旅程表_{member.name}.pdf"),
                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_itinerary(path, member.id)

    def ask_ics(self) -> None:
        if self.tour and self._errors_accepted() and (path := self._ask_save(
                self.tr("カレンダーの保存"), self._default_name(".ics"), self.tr("iCalendar (*.ics)"))):
            self.export_ics(path)

    def ask_b5(self) -> None:
        if self.tour and self._errors_accepted() and (path := self._ask_save(
                self.tr("B-5ワークシートの保存"), self._default_name("_B-5.xlsx"), self.tr("Excel ブック (*.xlsx)"))):
            self.export_b5(path)

    def ask_import_b5(self) -> None:
        path = open_file(self, self.ctx.settings, "xlsx", self.tr("B-5ワークシートを開く"), self.tr("Excel ブック (*.xlsx)"))
        if path:
            self.import_b5(path)
