"""The places tab of the tour settings: a table of the tour's places, added from the database's venues or
companies (their details copied) or typed in as a facility or gateway; edited in PlaceDialog.

Adding a record that already is one of the tour's places is refused, naming that place; the company picker
lists the tour's region first. Removing a place that items, arrivals or the base venue still use is refused
with their names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.domain.itinerary import Place, PlaceKind
from colead_desktop.domain.i18n import listed, span
from colead_desktop.domain.jp_calendar import WEEKDAYS, weekday_name
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.domain.tour_places import (PlaceDraft, build_place, companies_by_region, draft_from_company,
                                               draft_from_place, draft_from_venue, new_place_id, present_as,
                                               region_centre)
from colead_desktop.domain.types import Facility
from colead_desktop.domain.validation import error_lines
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.tours.widgets import button_row, row_table
from colead_desktop.ui.unsaved import DiscardGuard

HOURS = 4  # the places table's 営業時間・定休日 column


def weekdays_text(days: frozenset[int]) -> str:
    return listed(weekday_name(d) for d in sorted(days))


class PlaceDialog(QDialog):
    """One place's name, kind, address, coordinates, capacity, hours, closed weekdays and (venues) facilities."""

    def __init__(self, draft: PlaceDraft, place_id: str, parent: QWidget | None = None,
                 centre: tuple[float, float] | None = None) -> None:
        """`centre`: the tour region's gateway, shown as the coordinates' example (a place far from 桑名 showed
        桑名's); without one the fields say that empty is allowed."""
        super().__init__(parent)
        self.setObjectName("tour_place_dialog")
        self.setWindowTitle(self.tr("場所"))
        self.draft, self.place_id = draft, place_id
        self.kind = QComboBox(objectName="place_kind")
        for kind in PlaceKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(PlaceKind).index(draft.kind))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("種類"), self.kind)
        # Coordinates may stay empty (a company imported without them): the tour check then says that travel
        # to the place is not estimated.
        labels = {"name": self.tr("名称 *"), "address": self.tr("住所"), "lat": self.tr("緯度"),
                  "lon": self.tr("経度"), "capacity": self.tr("定員"), "opens": self.tr("開始時刻"),
                  "closes": self.tr("終了時刻")}
        unknown, example = self.tr("空欄は不明"), self.tr("例: {0}")
        hints = {"lat": example.format(f"{centre[0]:.4f}") if centre else unknown,
                 "lon": example.format(f"{centre[1]:.4f}") if centre else unknown,
                 "capacity": unknown, "opens": "09:00", "closes": "17:00"}
        self.labels: dict[str, str] = {}
        for name, label in labels.items():
            edit = QLineEdit(getattr(draft, name), objectName=f"place_{name}")
            edit.setPlaceholderText(hints.get(name, ""))
            edit.textChanged.connect(self.refresh)
            self.edits[name] = edit
            self.labels[name] = label.rstrip(" *")
            form.addRow(label, edit)
        self.closed = [QCheckBox(weekday_name(n), objectName=f"place_closed_{n}") for n in range(len(WEEKDAYS))]
        closed_row = QHBoxLayout()
        for n, box in enumerate(self.closed):
            box.setChecked(n in draft.closed_weekdays)
            closed_row.addWidget(box)
        closed_row.addStretch(1)
        form.addRow(self.tr("定休日"), closed_row)
        self.facilities = {facility: QCheckBox(facility.label, objectName=f"place_facility_{facility.value}")
                           for facility in Facility}
        grid = QGridLayout()
        for n, (facility, box) in enumerate(self.facilities.items()):
            box.setChecked(facility in (draft.facilities or ()))
            grid.addWidget(box, n // 2, n % 2)
        self.facilities_label = QLabel(self.tr("設備（拠点会場）"))
        form.addRow(self.facilities_label, grid)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.error = QLabel(objectName="place_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if draft.venue_id is not None:
            layout.addWidget(QLabel(self.tr("会場の登録内容をコピーしました。このツアー用に変更できます。")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._kind_changed()
        self._place: Place | None = None
        self._guard = DiscardGuard(self, self.current_draft)

    def _kind_changed(self) -> None:
        is_venue = PlaceKind(self.kind.currentData()) is PlaceKind.VENUE
        for box in self.facilities.values():
            box.setEnabled(is_venue)
        self.refresh()

    def current_draft(self) -> PlaceDraft:
        texts: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        return replace(self.draft, kind=PlaceKind(self.kind.currentData()), **texts,
                       closed_weekdays=frozenset(n for n, box in enumerate(self.closed) if box.isChecked()),
                       facilities=frozenset(f for f, box in self.facilities.items() if box.isChecked()))

    def refresh(self) -> bool:
        place, errors = build_place(self.current_draft(), self.place_id)
        for name, edit in self.edits.items():
            set_state(edit, "invalid" if name in errors else "")
            edit.setToolTip(errors.get(name, ""))
        self.error.setText(error_lines(errors, self.labels))  # every problem, in the form's order
        self._place = place
        return place is not None

    def accept(self) -> None:
        if self.refresh():
            super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def result_place(self) -> Place | None:
        return self._place


class RecordPicker(QDialog):
    """Choose one venue or company record, filtered by typing part of its name or address.

    With `local` set, the first `local` rows are the tour's region and the rest are shown only on request
    (「他の地域も表示」, ticked from the start when the region has none).
    """

    def __init__(self, title: str, rows: Sequence[tuple[str, str]], parent: QWidget | None = None,
                 local: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour_record_picker")
        self.setWindowTitle(title)
        self.local = len(rows) if local is None else local
        self.filter = QLineEdit(objectName="picker_filter")
        self.filter.setPlaceholderText(self.tr("名称・住所で絞り込み"))
        self.show_all = QCheckBox(self.tr("他の地域も表示"), objectName="picker_all")
        self.show_all.setChecked(self.local == 0)
        self.show_all.setVisible(local is not None)
        self.list = QListWidget(objectName="picker_list")
        for n, (name, detail) in enumerate(rows):
            row = QListWidgetItem(f"{name}　—　{detail}" if detail else name)
            row.setData(Qt.ItemDataRole.UserRole, n)
            self.list.addItem(row)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        self.filter.textChanged.connect(lambda _text: self._filter())
        self.show_all.toggled.connect(lambda _on: self._filter())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.show_all)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)
        self._filter()

    def _filter(self) -> None:
        text = self.filter.text().strip().lower()
        for n in range(self.list.count()):
            row = self.list.item(n)
            row.setHidden(text not in row.text().lower() or (n >= self.local and not self.show_all.isChecked()))

    def chosen(self) -> int | None:
        row = self.list.currentItem()
        return int(row.data(Qt.ItemDataRole.UserRole)) if row is not None and not row.isHidden() else None


class PlacesEditor(QWidget):
    """The places table with add (from a venue, from a company, by hand), edit and remove."""

    changed = Signal()

    def __init__(self, places: Sequence[Place], venues: Sequence[VenueRecord], companies: Sequence[CompanyRecord],
                 uses: Callable[[str], list[str]], parent: QWidget | None = None,
                 regions: Sequence[RegionRecord] = (), region: str = "") -> None:
        super().__init__(parent)
        self.places = list(places)
        local, others = companies_by_region(companies, regions, region)
        self.centre = region_centre(regions, region)
        self.venues, self.companies, self.local_companies, self.uses = list(venues), local + others, len(local), uses
        self.table = row_table("places_table", [self.tr("名称"), self.tr("種類"), self.tr("住所"), self.tr("定員"),
                                                self.tr("営業時間・定休日")], stretch=2)
        self.table.horizontalHeader().setSectionResizeMode(HOURS, QHeaderView.ResizeMode.Interactive)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit_place())
        buttons = button_row(((self.tr("会場から追加…"), "place_from_venue", self.add_from_venue),
                              (self.tr("企業から追加…"), "place_from_company", self.add_from_company),
                              (self.tr("施設・発着地を追加…"), "place_custom", self.add_custom),
                              (self.tr("編集…"), "place_edit", self.edit_place),
                              (self.tr("削除"), "place_remove", self.remove_place)))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.places))
        for row, place in enumerate(self.places):
            opens, closes = (t.strftime("%H:%M") if t else "" for t in (place.opens, place.closes))
            hours = span(opens, closes) if opens and closes else opens or closes
            closed = self.tr("休: {0}").format(weekdays_text(place.closed_weekdays)) if place.closed_weekdays else ""
            cells = (place.name, place.kind.label, place.address, "" if place.capacity is None else str(place.capacity),
                     " ".join(part for part in (hours, closed) if part))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # Sized to its contents plus a margin (the address column takes the rest): sized exactly, the last
        # character of 「09:30〜17:00 休: 月」 touched the frame and was clipped with some fonts.
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(HOURS, max(self.table.sizeHintForColumn(HOURS), header.sectionSizeHint(HOURS))
                                  + 2 * self.fontMetrics().horizontalAdvance("0"))

    def _edit(self, draft: PlaceDraft, place_id: str) -> Place | None:
        dialog = PlaceDialog(draft, place_id, self, self.centre)
        return dialog.result_place() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _add(self, draft: PlaceDraft, stem: str) -> None:
        place = self._edit(draft, new_place_id(self.places, stem))
        if place is not None:
            self.places.append(place)
            self._fill()
            self.table.selectRow(len(self.places) - 1)
            self.changed.emit()

    def _pick(self, title: str, rows: list[tuple[str, str]], local: int | None = None) -> int | None:
        picker = RecordPicker(title, rows, self, local)
        return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else None

    def _add_record(self, title: str, name: str, draft: PlaceDraft, stem: str) -> None:
        """Add the place a record describes, unless it already is one of the tour's places."""
        present = present_as(self.places, draft)
        if present is not None:
            QMessageBox.information(self, title, self.tr(
                "「{0}」はすでに場所「{1}」として登録されています。内容は「編集…」で変更できます。").format(
                name, present.name))
            return
        self._add(draft, stem)

    def add_from_venue(self) -> None:
        title = self.tr("会場から追加")
        chosen = self._pick(title, [(v.name, v.address) for v in self.venues])
        if chosen is not None:
            venue = self.venues[chosen]
            self._add_record(title, venue.name, draft_from_venue(venue), f"venue-{venue.id}")

    def add_from_company(self) -> None:
        title = self.tr("企業から追加")
        chosen = self._pick(title, [(c.name, c.address) for c in self.companies], self.local_companies)
        if chosen is not None:
            company = self.companies[chosen]
            self._add_record(title, company.name, draft_from_company(company), f"company-{company.id}")

    def add_custom(self) -> None:
        self._add(PlaceDraft("", PlaceKind.FACILITY), "place")

    def current_row(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.places) else None

    def edit_place(self) -> None:
        row = self.current_row()
        if row is None:
            return
        place = self._edit(draft_from_place(self.places[row]), self.places[row].id)
        if place is not None and place != self.places[row]:
            self.places[row] = place
            self._fill()
            self.changed.emit()

    def remove_place(self) -> None:
        row = self.current_row()
        if row is None:
            return
        place = self.places[row]
        uses = self.uses(place.id)
        if uses:
            QMessageBox.warning(self, self.tr("場所を削除できません"), self.tr(
                "「{0}」は次で使われているため削除できません。\n{1}").format(place.name, "\n".join(uses)))
            return
        del self.places[row]
        self._fill()
        self.changed.emit()
