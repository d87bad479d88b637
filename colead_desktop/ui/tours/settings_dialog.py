"""ツアー設定: everything about a tour except its timetable, in five tabs (basics and contacts, party, lodging and
transport, places, arrivals and departures). OK returns the edited Tour; the page saves it as one undoable edit.
A new start date moves the arrivals and departures with it (Tour.moved_to); items are per day and follow anyway.

Each bad field is outlined and named in the message line, and OK refuses until all are fixed. The rules
between fields (items after the last day, a head count while attendees are named, seats without a vehicle)
are the domain's (domain/tour_rules.py), so `colead tour check` refuses the same tours with the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QWidget)

from colead_desktop.domain.itinerary import Contact, Lodging, Member, PlaceKind, Tour, Transport
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.domain.tour_party import without_people
from colead_desktop.domain.tour_places import place_uses
from colead_desktop.domain.types import TransportMode
from colead_desktop.domain import tour_rules
from colead_desktop.domain.validation import Errors, check_required, error_lines, optional_int
from colead_desktop.domain.normalise import canonical_phone
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.style import set_state
from colead_desktop.ui.tours.movements import MovementsEditor
from colead_desktop.ui.tours.party import PartyEditor
from colead_desktop.ui.tours.places import PlacesEditor
from colead_desktop.ui.unsaved import DiscardGuard
from colead_desktop.ui.widgets import to_date


class TourSettingsDialog(QDialog):
    """The static layout is forms/tour_settings_dialog.ui; the party, places and movements tabs are built here."""

    def __init__(self, tour: Tour, venues: Sequence[VenueRecord], companies: Sequence[CompanyRecord],
                 candidates: Sequence[Member], parent: QWidget | None = None,
                 regions: Sequence[RegionRecord] = (), archived: frozenset[str] = frozenset()) -> None:
        """`archived`: the party's members whose talent records are archived (marked so in the party; taking one off
        takes them off the items and movements that name them too)."""
        super().__init__(parent)
        self.tour, self._archived = tour, archived
        self.setObjectName("tour_settings_dialog")
        adopt_form("tour_settings_dialog", self)
        self._find_widgets()
        self._load_basics()
        self._load_lodging()
        self.party = PartyEditor(tour.members, tour.party_size, candidates, self._member_uses, archived=archived)
        self.places = PlacesEditor(tour.places, venues, companies, self._place_uses, regions=regions,
                                   region=tour.region)
        self.movements = MovementsEditor(tour.arrivals, tour.departures, lambda: self.places.places,
                                         lambda: list(self.party.result()[0]), self._dates)
        self.tabs.insertTab(self.tabs.indexOf(self.basics_page) + 1, self.party, self.tr("参加者"))
        self.tabs.addTab(self.places, self.tr("場所"))
        self.tabs.addTab(self.movements, self.tr("到着・出発"))
        self._fill_venues(tour.base_venue_id)
        self.places.changed.connect(self._places_changed)
        self.party.changed.connect(self.movements.refresh)
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._result: Tour | None = None
        # Rules are shown as the fields change; OK refuses while any is broken.
        for edit in (self.title, self.region, self.hotel, self.hotel_address, self.nights, self.seats,
                     self.transport_notes):
            edit.textChanged.connect(self._revalidate)
        self.mode.currentIndexChanged.connect(self._revalidate)
        self.days.valueChanged.connect(self._revalidate)
        self._movements_start = tour.start_date  # the start the movements table's dates belong to
        self.start.dateChanged.connect(self._start_changed)
        self.party.changed.connect(self._revalidate)
        self._guard = DiscardGuard(self, lambda: self.edited()[0])

    def _find_widgets(self) -> None:
        self.tabs = child(self, QTabWidget, "settings_tabs")
        self.basics_page = child(self, QWidget, "basics_page")
        self.lodging_page = child(self, QWidget, "lodging_page")
        self.error = child(self, QLabel, "settings_error")
        self.title = child(self, QLineEdit, "settings_title")
        self.region = child(self, QLineEdit, "settings_region")
        self.start = child(self, QDateEdit, "settings_start")
        self.days = child(self, QSpinBox, "settings_days")
        self.base_venue = child(self, QComboBox, "settings_base_venue")
        self.remote = child(self, QCheckBox, "settings_remote_mornings")
        self.online = child(self, QCheckBox, "settings_online_fallback")
        self.contacts = child(self, QTableWidget, "settings_contacts")
        self.hotel = child(self, QLineEdit, "settings_hotel")
        self.hotel_address = child(self, QLineEdit, "settings_hotel_address")
        self.nights = child(self, QLineEdit, "settings_nights")
        self.mode = child(self, QComboBox, "settings_transport_mode")
        self.seats = child(self, QLineEdit, "settings_seats")
        self.transport_notes = child(self, QLineEdit, "settings_transport_notes")

    # --- tabs ---------------------------------------------------------------------------------------------
    def _load_basics(self) -> None:
        tour = self.tour
        self.title.setText(tour.title)
        self.region.setText(tour.region)
        self.start.setDate(QDate(tour.start_date))
        self.days.setValue(min(max(tour.days, self.days.minimum()), self.days.maximum()))
        self.remote.setChecked(tour.remote_mornings)
        self.online.setChecked(tour.online_fallback)
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for contact in tour.contacts:
            self._add_contact(contact)
        child(self, QPushButton, "contact_add").clicked.connect(lambda _checked=False: self._add_contact(Contact("")))
        child(self, QPushButton, "contact_remove").clicked.connect(
            lambda _checked=False: self.contacts.removeRow(self.contacts.currentRow()))

    def _load_lodging(self) -> None:
        lodging, transport = self.tour.lodging, self.tour.transport
        self.hotel.setText(lodging.hotel if lodging else "")
        self.hotel_address.setText(lodging.address if lodging else "")
        self.nights.setText("" if lodging is None or lodging.nights is None else str(lodging.nights))
        self.mode.addItem(self.tr("（未設定）"), None)
        for mode in TransportMode:
            self.mode.addItem(mode.label, mode)
        self.mode.setCurrentIndex(max(self.mode.findData(transport.mode), 0) if transport else 0)
        self.seats.setText("" if transport is None or transport.seats is None else str(transport.seats))
        self.transport_notes.setText(transport.notes if transport else "")

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

    def _start_changed(self, _start: QDate) -> None:
        """Arrivals and departures move with the start date, as in a copy, so the tab shows what will be saved."""
        moved = replace(self._draft(), start_date=self._movements_start).moved_to(to_date(self.start.date()))
        self.movements.set_movements(moved.arrivals, moved.departures)
        self._movements_start = moved.start_date

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
            name, organisation, phone = (cell.text() if (cell := self.contacts.item(row, c)) else "" for c in range(3))
            texts = (name.strip(), organisation.strip(), canonical_phone(phone))
            if any(texts):
                contacts.append(Contact(*texts))
        # Typed here, kept as typed (only trimmed): a title's 「（）」 stay full-width (NFKC is for text from outside).
        draft = replace(self.tour, title=self.title.text().strip(), region=self.region.text().strip(),
                        start_date=to_date(self.start.date()), days=self.days.value(), members=members,
                        party_size=size, base_venue_id=self.base_venue.currentData(), arrivals=arrivals,
                        departures=departures, remote_mornings=self.remote.isChecked(),
                        online_fallback=self.online.isChecked(), places=tuple(self.places.places),
                        contacts=tuple(contacts))
        # who left the party here (removed, or archived and taken off) leaves the items and movements naming them
        return without_people(draft, (self._archived | self.party.dropped) - {member.id for member in members})

    def _place_uses(self, place_id: str) -> list[str]:
        return place_uses(self._draft(), place_id)

    def _member_uses(self, member_id: str) -> list[str]:
        """What names the member, an entry per item and per arrival or departure (removing them asks first)."""
        if member_id in self._archived:  # they withdrew: off the party, off its items (_draft), without asking
            return []
        tour = self._draft()
        uses = [item.display_title for item in tour.items if item.attendees and member_id in item.attendees]
        uses += [self.tr("到着・出発") for m in (*tour.arrivals, *tour.departures) if m.members and member_id in m.members]
        return uses

    def edited(self) -> tuple[Tour, Errors]:
        """The tour as edited and {field: message} for what must be fixed; fields are the domain's names."""
        errors: Errors = {}
        tour = self._draft()
        check_required(errors, "region", tour.region)
        nights = optional_int(errors, tour_rules.NIGHTS, self.nights.text(), 0, tour_rules.MAX_DAYS)
        seats = optional_int(errors, tour_rules.SEATS, self.seats.text(), 1, tour_rules.MAX_PEOPLE)
        hotel = self.hotel.text().strip()
        address = self.hotel_address.text().strip()
        lodging = Lodging(hotel, address, nights) if hotel or address or nights is not None else None
        mode = None if self.mode.currentData() is None else TransportMode(self.mode.currentData())
        notes = self.transport_notes.text().strip()
        transport = Transport(mode, seats, notes) if mode is not None or seats is not None else None
        tour = replace(tour, lodging=lodging, transport=transport)
        for name, text in (tour_rules.text_errors(tour) | tour_rules.tour_errors(tour)).items():
            errors.setdefault(name, text)  # a field that did not even parse keeps that message
        order = list(self._field_widgets())  # said, and the first one focused, in the order of the tabs
        return tour, dict(sorted(errors.items(), key=lambda error: order.index(error[0])))

    def _field_widgets(self) -> dict[str, tuple[QWidget, int, str]]:
        """field -> (widget to outline, index of its tab, label)."""
        basics, lodging = self.tabs.indexOf(self.basics_page), self.tabs.indexOf(self.lodging_page)
        return {tour_rules.TITLE: (self.title, basics, self.tr("タイトル")),
                "region": (self.region, basics, self.tr("地域")),
                tour_rules.DAYS: (self.days, basics, self.tr("日数")),
                tour_rules.CONTACTS: (self.contacts, basics, self.tr("連絡先")),
                "lodging.hotel": (self.hotel, lodging, self.tr("宿泊先")),
                "lodging.address": (self.hotel_address, lodging, self.tr("宿泊先住所")),
                tour_rules.NIGHTS: (self.nights, lodging, self.tr("泊数")),
                "transport.notes": (self.transport_notes, lodging, self.tr("移動の備考")),
                tour_rules.SEATS: (self.seats, lodging, self.tr("座席数")),
                tour_rules.PARTY_SIZE: (self.party.size_spin, self.tabs.indexOf(self.party), self.tr("参加者")),
                tour_rules.MEMBERS: (self.party.table, self.tabs.indexOf(self.party), self.tr("参加者"))}

    def show_errors(self, errors: Errors) -> None:
        labels = self._field_widgets()
        for name, (widget, _tab, _label) in labels.items():
            set_state(widget, "invalid" if name in errors else "")
            widget.setToolTip(errors.get(name, ""))
        self.error.setText(error_lines(errors, {name: label for name, (_widget, _tab, label) in labels.items()}))

    def _revalidate(self, *_changed: object) -> None:
        self.show_errors(self.edited()[1])

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

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def result_tour(self) -> Tour | None:
        return self._result
