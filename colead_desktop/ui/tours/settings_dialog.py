"""ツアー設定: everything about a tour except its timetable, in five tabs (basics and contacts, party, lodging and
transport, places, arrivals and departures). OK returns the edited Tour; the page saves it as one undoable edit.

Each bad field is outlined and named in the message line, and OK refuses until all are fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from colead_desktop.domain.itinerary import Contact, Lodging, Member, PlaceKind, Tour, Transport
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.domain.tour_places import place_uses
from colead_desktop.domain.types import TransportMode
from colead_desktop.domain.validation import Errors, normalise_text, optional_int
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.tours.movements import MovementsEditor
from colead_desktop.ui.tours.party import PartyEditor
from colead_desktop.ui.tours.places import PlacesEditor


class TourSettingsDialog(QDialog):
    def __init__(self, tour: Tour, venues: Sequence[VenueRecord], companies: Sequence[CompanyRecord],
                 candidates: Sequence[Member], parent: QWidget | None = None,
                 regions: Sequence[RegionRecord] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("tour_settings_dialog")
        self.setWindowTitle(self.tr("ツアー設定"))
        self.tour = tour
        self.tabs = QTabWidget(objectName="settings_tabs")
        self.party = PartyEditor(tour.members, tour.party_size, candidates, self._member_uses)
        self.places = PlacesEditor(tour.places, venues, companies, self._place_uses, regions=regions,
                                   region=tour.region)
        self.movements = MovementsEditor(tour.arrivals, tour.departures, lambda: self.places.places,
                                         lambda: list(self.party.result()[0]), self._dates)
        self.tabs.addTab(self._basics_tab(), self.tr("基本"))
        self.tabs.addTab(self.party, self.tr("参加者"))
        self.tabs.addTab(self._lodging_tab(), self.tr("宿泊・移動手段"))
        self.tabs.addTab(self.places, self.tr("場所"))
        self.tabs.addTab(self.movements, self.tr("到着・出発"))
        self.places.changed.connect(self._places_changed)
        self.party.changed.connect(self.movements.refresh)
        self.error = QLabel(objectName="settings_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(860, 600)
        self._result: Tour | None = None
        for edit in (self.region, self.nights, self.seats):
            edit.textChanged.connect(lambda _text: self.show_errors(self.edited()[1]))
        self.mode.currentIndexChanged.connect(lambda _index: self.show_errors(self.edited()[1]))

    # --- tabs ---------------------------------------------------------------------------------------------
    def _basics_tab(self) -> QWidget:
        tour = self.tour
        self.title = QLineEdit(tour.title, objectName="settings_title")
        self.region = QLineEdit(tour.region, objectName="settings_region")
        self.start = QDateEdit(QDate(tour.start_date), objectName="settings_start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.days = QSpinBox(objectName="settings_days")
        self.days.setRange(2, 5)
        self.days.setValue(min(max(tour.days, 2), 5))
        self.days.setSuffix(self.tr(" 日間"))
        self.remote = QCheckBox(self.tr("2日目以降の午前をリモートワーク用に確保する（4〜5日間のツアー向け）"),
                                objectName="settings_remote_mornings")
        self.remote.setChecked(tour.remote_mornings)
        self.online = QCheckBox(self.tr("中止の場合はオンライン開催に切り替える"), objectName="settings_online_fallback")
        self.online.setChecked(tour.online_fallback)
        self.base_venue = QComboBox(objectName="settings_base_venue")
        self._fill_venues(tour.base_venue_id)
        form = QFormLayout()
        form.addRow(self.tr("タイトル"), self.title)
        form.addRow(self.tr("地域 *"), self.region)
        form.addRow(self.tr("開始日"), self.start)
        form.addRow(self.tr("日数"), self.days)
        form.addRow(self.tr("拠点会場"), self.base_venue)
        form.addRow("", self.remote)
        form.addRow("", self.online)
        self.contacts = QTableWidget(0, 3, objectName="settings_contacts")
        self.contacts.setHorizontalHeaderLabels([self.tr("氏名"), self.tr("所属"), self.tr("電話")])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().setVisible(False)
        for contact in tour.contacts:
            self._add_contact(contact)
        add = QPushButton(self.tr("行を追加"), objectName="contact_add")
        add.clicked.connect(lambda _checked=False: self._add_contact(Contact("")))
        remove = QPushButton(self.tr("行を削除"), objectName="contact_remove")
        remove.clicked.connect(lambda _checked=False: self.contacts.removeRow(self.contacts.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box = QGroupBox(self.tr("連絡先（旅程表の表紙に載ります）"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.contacts)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        return page

    def _lodging_tab(self) -> QWidget:
        lodging, transport = self.tour.lodging, self.tour.transport
        self.hotel = QLineEdit(lodging.hotel if lodging else "", objectName="settings_hotel")
        self.hotel_address = QLineEdit(lodging.address if lodging else "", objectName="settings_hotel_address")
        self.nights = QLineEdit("" if lodging is None or lodging.nights is None else str(lodging.nights),
                                objectName="settings_nights")
        self.nights.setPlaceholderText(self.tr("空欄は未定"))
        self.mode = QComboBox(objectName="settings_transport_mode")
        self.mode.addItem(self.tr("（未設定）"), None)
        for mode in TransportMode:
            self.mode.addItem(mode.label, mode)
        self.mode.setCurrentIndex(self.mode.findData(transport.mode) if transport else 0)
        self.seats = QLineEdit("" if transport is None or transport.seats is None else str(transport.seats),
                               objectName="settings_seats")
        self.seats.setPlaceholderText(self.tr("空欄は未定（公共交通機関では不要）"))
        self.transport_notes = QLineEdit(transport.notes if transport else "", objectName="settings_transport_notes")
        lodging_box = QGroupBox(self.tr("宿泊"))
        lodging_form = QFormLayout(lodging_box)
        lodging_form.addRow(self.tr("宿泊先"), self.hotel)
        lodging_form.addRow(self.tr("住所"), self.hotel_address)
        lodging_form.addRow(self.tr("泊数"), self.nights)
        transport_box = QGroupBox(self.tr("現地での移動手段"))
        transport_form = QFormLayout(transport_box)
        transport_form.addRow(self.tr("手段"), self.mode)
        transport_form.addRow(self.tr("座席数"), self.seats)
        transport_form.addRow(self.tr("備考"), self.transport_notes)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(lodging_box)
        layout.addWidget(transport_box)
        layout.addStretch(1)
        return page

    def _add_contact(self, contact: Contact) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, text in enumerate((contact.name, contact.organisation, contact.phone)):
            self.contacts.setItem(row, column, QTableWidgetItem(text))

    def _fill_venues(self, chosen: str | None) -> None:
        self.base_venue.clear()
        self.base_venue.addItem(self.tr("（未設定）"), None)
        for place in self.places.places:
            if place.kind is PlaceKind.VENUE:
                self.base_venue.addItem(place.name, place.id)
        self.base_venue.setCurrentIndex(max(self.base_venue.findData(chosen), 0))

    def _places_changed(self) -> None:
        self._fill_venues(self.base_venue.currentData())
        self.movements.refresh()

    # --- the tour as edited -----------------------------------------------------------------------------
    def _dates(self) -> tuple[date, date]:
        tour = self._draft()
        return tour.start_date, tour.end_date

    def _draft(self) -> Tour:
        """The tour with every widget's value that needs no parsing (numbers are read in `edited`)."""
        members, size = self.party.result()
        arrivals, departures = self.movements.result()
        contacts = []
        for row in range(self.contacts.rowCount()):
            texts = [normalise_text(cell.text()) if (cell := self.contacts.item(row, c)) else "" for c in range(3)]
            if any(texts):
                contacts.append(Contact(*texts))
        return replace(self.tour, title=normalise_text(self.title.text()), region=normalise_text(self.region.text()),
                       start_date=self.start.date().toPython(), days=self.days.value(), members=members,
                       party_size=size, base_venue_id=self.base_venue.currentData(), arrivals=arrivals,
                       departures=departures, remote_mornings=self.remote.isChecked(),
                       online_fallback=self.online.isChecked(), places=tuple(self.places.places),
                       contacts=tuple(contacts))

    def _place_uses(self, place_id: str) -> list[str]:
        return place_uses(self._draft(), place_id)

    def _member_uses(self, member_id: str) -> list[str]:
        tour = self._draft()
        uses = [item.display_title for item in tour.items if item.attendees and member_id in item.attendees]
        uses += [self.tr("到着・出発") for m in (*tour.arrivals, *tour.departures) if m.members and member_id in m.members]
        return list(dict.fromkeys(uses))

    def edited(self) -> tuple[Tour, Errors]:
        errors: Errors = {}
        tour = self._draft()
        if not tour.region:
            errors["region"] = self.tr("入力してください。")
        late = sorted({item.day for item in tour.items if item.day > tour.days})
        if late:
            errors["days"] = self.tr("{0}日目に項目があります。先に項目を移すか削除してください。").format(
                "・".join(map(str, late)))
        nights = optional_int(errors, "nights", self.nights.text(), 0)
        seats = optional_int(errors, "seats", self.seats.text(), 1)
        if tour.party_size is not None:
            named = {m for item in tour.items for m in item.attendees or ()}
            named |= {m for move in (*tour.arrivals, *tour.departures) for m in move.members or ()}
            if named:
                errors["party"] = self.tr("項目や到着・出発で個別の参加者が指定されているため、人数だけにはできません。")
        hotel = normalise_text(self.hotel.text())
        address = normalise_text(self.hotel_address.text())
        lodging = Lodging(hotel, address, nights) if hotel or address or nights is not None else None
        mode = None if self.mode.currentData() is None else TransportMode(self.mode.currentData())
        if mode is None and seats is not None:
            errors["seats"] = self.tr("座席数を入れるときは移動手段も選んでください。")
        transport = None if mode is None else Transport(mode, seats, normalise_text(self.transport_notes.text()))
        return replace(tour, lodging=lodging, transport=transport), errors

    def _field_widgets(self) -> dict[str, tuple[QWidget, int, str]]:
        """field -> (widget to outline, index of its tab, label)."""
        basics, lodging = 0, 2
        return {"region": (self.region, basics, self.tr("地域")), "days": (self.days, basics, self.tr("日数")),
                "nights": (self.nights, lodging, self.tr("泊数")), "seats": (self.seats, lodging, self.tr("座席数")),
                "party": (self.party.size_spin, self.tabs.indexOf(self.party), self.tr("参加者"))}

    def show_errors(self, errors: Errors) -> None:
        for name, (widget, _tab, _label) in self._field_widgets().items():
            set_state(widget, "invalid" if name in errors else "")
            widget.setToolTip(errors.get(name, ""))
        labels = self._field_widgets()
        self.error.setText("\n".join(f"{labels[name][2]}: {text}" for name, text in errors.items()))

    def accept(self) -> None:
        tour, errors = self.edited()
        self.show_errors(errors)
        if errors:
            widget, tab, _label = self._field_widgets()[next(iter(errors))]
            self.tabs.setCurrentIndex(tab)
            widget.setFocus()
            return
        self._result = tour
        super().accept()

    def result_tour(self) -> Tour | None:
        return self._result
