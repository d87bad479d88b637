"""Arrivals and departures of the tour settings: per group or participant, a gateway place, a date-time and
who travels (everyone or a subset). The arrival/departure checks compare them with the first and last items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QTableWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.domain.i18n import listed
from colead_desktop.domain.itinerary import Member, Movement, Place, PlaceKind
from colead_desktop.ui.style import set_role
from colead_desktop.ui.tours.party import MemberChoice
from colead_desktop.ui.tours.widgets import button_row, row_table
from colead_desktop.ui.unsaved import DiscardGuard


class MovementDialog(QDialog):
    def __init__(self, title: str, movement: Movement, places: Sequence[Place], members: Sequence[Member],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour_movement_dialog")
        self.setWindowTitle(title)
        self.place = QComboBox(objectName="movement_place")
        # Gateways (airports, stations) first: arrivals and departures almost always use one.
        for place in sorted(places, key=lambda p: p.kind is not PlaceKind.GATEWAY):
            self.place.addItem(f"{place.name}（{place.kind.label}）", place.id)
        self.place.setCurrentIndex(max(self.place.findData(movement.place_id), 0))
        self.at = QDateTimeEdit(QDateTime(movement.at), objectName="movement_at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.who = MemberChoice(members, movement.members, "movement")
        self.error = QLabel(objectName="movement_error")
        set_role(self.error, "error")
        form = QFormLayout()
        form.addRow(self.tr("発着地"), self.place)
        form.addRow(self.tr("日時"), self.at)
        form.addRow(self.tr("対象"), self.who)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.place.count() == 0:
            layout.addWidget(QLabel(self.tr("先に「場所」タブで空港や駅（発着地）を追加してください。")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self._result: Movement | None = None
        self._guard = DiscardGuard(self, lambda: (self.place.currentData(), self.at.dateTime(), self.who.chosen()))

    def accept(self) -> None:
        """Both problems at once, in the form's order, not the second only after the first is fixed."""
        who = self.who.chosen()
        problems = [self.tr("発着地: 場所を選んでください。") if self.place.currentData() is None else "",
                    self.tr("対象: 1人以上選ぶか「全員」にしてください。") if who is not None and not who else ""]
        self.error.setText("\n".join(filter(None, problems)))
        if any(problems):
            return
        self._result = Movement(self.place.currentData(), self.at.dateTime().toPython().replace(second=0,
                                                                                               microsecond=0), who)
        super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def result_movement(self) -> Movement | None:
        return self._result


class MovementsEditor(QWidget):
    """The arrivals and departures in one table (arrivals first), with add, edit and remove."""

    changed = Signal()

    def __init__(self, arrivals: Sequence[Movement], departures: Sequence[Movement],
                 places: Callable[[], list[Place]], members: Callable[[], list[Member]],
                 dates: Callable[[], tuple[date, date]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[bool, Movement]] = []
        self.places, self.members, self.dates = places, members, dates
        self.table = row_table("movements_table", [self.tr("区分"), self.tr("発着地"), self.tr("日時"),
                                                   self.tr("対象")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit_row())
        buttons = button_row(((self.tr("到着を追加…"), "arrival_add", lambda: self.add(True)),
                              (self.tr("出発を追加…"), "departure_add", lambda: self.add(False)),
                              (self.tr("編集…"), "movement_edit", self.edit_row),
                              (self.tr("削除"), "movement_remove", self.remove_row)))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("グループや参加者ごとに、到着・出発する空港や駅と時刻を登録します。")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.set_movements(arrivals, departures)

    def _fill(self) -> None:
        self.rows.sort(key=lambda row: (not row[0], row[1].at))
        places = {place.id: place.name for place in self.places()}
        names = {member.id: member.name for member in self.members()}
        self.table.setRowCount(len(self.rows))
        for row, (arrival, movement) in enumerate(self.rows):
            who = self.tr("全員") if movement.members is None else listed(
                (names.get(m, m) for m in sorted(movement.members)), "、")
            cells = (self.tr("到着") if arrival else self.tr("出発"), places.get(movement.place_id, movement.place_id),
                     movement.at.strftime("%Y-%m-%d %H:%M"), who)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def set_movements(self, arrivals: Sequence[Movement], departures: Sequence[Movement]) -> None:
        """Replace every row (the tour's start date moved them all)."""
        self.rows = [(True, m) for m in arrivals] + [(False, m) for m in departures]
        self._fill()
        self.changed.emit()

    def refresh(self) -> None:
        """Place or member names may have changed on the other tabs."""
        self._fill()

    def _dialog(self, arrival: bool, movement: Movement) -> Movement | None:
        title = self.tr("到着") if arrival else self.tr("出発")
        dialog = MovementDialog(title, movement, self.places(), self.members(), self)
        return dialog.result_movement() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add(self, arrival: bool) -> None:
        first, last = self.dates()
        gateways = [p for p in self.places() if p.kind is PlaceKind.GATEWAY] or self.places()
        default = Movement(gateways[0].id if gateways else "",
                           datetime.combine(first, time(10, 0)) if arrival else datetime.combine(last, time(17, 0)))
        movement = self._dialog(arrival, default)
        if movement is not None:
            self.rows.append((arrival, movement))
            self._fill()
            self.changed.emit()

    def edit_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            arrival, movement = self.rows[row]
            edited = self._dialog(arrival, movement)
            if edited is not None:
                self.rows[row] = (arrival, edited)
                self._fill()
                self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            del self.rows[row]
            self._fill()
            self.changed.emit()

    def result(self) -> tuple[tuple[Movement, ...], tuple[Movement, ...]]:
        return (tuple(m for arrival, m in self.rows if arrival), tuple(m for arrival, m in self.rows if not arrival))
