"""Small dialogs of the tours page: edit one timetable item, start a new tour, copy a tour, delete one, choose a
deleted one whose calendars' cancellation is still to write.

The item dialog can create a place (新しい場所…) and select it at once: a place used to be registered three
dialogs deep (ツアー設定 > 場所 > 追加). The page saves the new place with the item, as one edit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QRadioButton, QSpinBox,
                               QTimeEdit, QVBoxLayout, QWidget)

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.itinerary import Item, ItemKind, Place, PlaceKind, Tour
from colead_desktop.domain.tour_places import PlaceDraft, new_place_id
from colead_desktop.domain.tour_rules import ITEM_END, ITEM_NOTES, ITEM_TITLE, item_errors
from colead_desktop.domain.validation import error_lines
from colead_desktop.ui.style import set_role
from colead_desktop.ui.tours.party import MemberChoice
from colead_desktop.ui.tours.places import PlaceDialog
from colead_desktop.ui.unsaved import DiscardGuard
from colead_desktop.ui.widgets import button, date_edit, enable, to_date


ATTENDEES = "attendees"


class DeleteChoice(Enum):
    KEEP = "keep"  # not deleted
    DELETE = "delete"
    DELETE_AND_CANCEL = "cancel"  # deleted, and the cancellation of its calendars written


def ask_delete_tour(parent: QWidget, name: str, calendars_sent: bool) -> DeleteChoice:
    """「削除しますか？」 (the Tours page's question, hence its translation context); for a tour whose calendars were
    exported, also whether to write their cancellation: the events stay in the calendars of those who imported them
    until they are sent it, and the deleted tour can no longer be exported."""
    title = QCoreApplication.translate("ToursPage", "ツアーの削除")
    question = QCoreApplication.translate("ToursPage", "「{0}」を削除しますか？（元に戻す: Ctrl+Z）").format(name)
    if not calendars_sent:
        answer = QMessageBox.question(parent, title, question)
        return DeleteChoice.DELETE if answer == QMessageBox.StandardButton.Yes else DeleteChoice.KEEP
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("tour_delete_question")
    box.setInformativeText(QCoreApplication.translate(
        "ToursPage", "このツアーのカレンダー（.ics）は書き出し済みです。受け取った人のカレンダーから予定を消すには、"
        "取り消しのカレンダーを書き出して送ってください（削除したツアーは書き出せなくなります）。"))
    cancel = box.addButton(QCoreApplication.translate("ToursPage", "削除して取り消しを書き出す…"),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel.setObjectName("tour_delete_and_cancel")
    only = box.addButton(QCoreApplication.translate("ToursPage", "削除のみ"), QMessageBox.ButtonRole.DestructiveRole)
    only.setObjectName("tour_delete_only")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return {cancel: DeleteChoice.DELETE_AND_CANCEL, only: DeleteChoice.DELETE}.get(box.clickedButton(),
                                                                                 DeleteChoice.KEEP)


class DeletedToursDialog(QDialog):
    """「削除したツアーの取り消し」: the deleted tours whose calendars were sent and not cancelled (`offered`: key and
    label, the last deleted first); after exec(), `chosen()` is the key of the one to write the cancellation of."""

    def __init__(self, offered: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleted_tours_dialog")
        self.setWindowTitle(self.tr("削除したツアーの取り消し"))
        hint = QLabel(self.tr("カレンダーを書き出した後に削除したツアーです。取り消しのカレンダーを書き出して、"
                              "受け取った人に送ってください（受け取った人のカレンダーから予定が消えます）。"))
        hint.setWordWrap(True)
        self.list = QListWidget(objectName="deleted_tours_list")
        for key, label in offered:
            row = QListWidgetItem(label)
            row.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("取り消しを書き出す…"), QDialogButtonBox.ButtonRole.AcceptRole).setObjectName(
            "deleted_tours_write")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def chosen(self) -> str | None:
        row = self.list.currentItem()
        return None if row is None else str(row.data(Qt.ItemDataRole.UserRole))


class ItemDialog(QDialog):
    """Kind, day, start, end, place, who attends, title and notes of one item. After exec(), `result_item()`
    and `added_places()` (created with 新しい場所…, which the tour must gain along with the item)."""

    def __init__(self, tour: Tour, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour_item_dialog")
        self.setWindowTitle(self.tr("行程の項目"))
        self.item = item
        self.places: list[Place] = list(tour.places)
        self._added: list[Place] = []
        self.kind = QComboBox(objectName="item_kind")
        for kind in ItemKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(ItemKind).index(item.kind))
        self.day = QSpinBox(objectName="item_day")
        self.day.setRange(1, tour.days)
        self.day.setValue(min(item.day, tour.days))
        self.start = QTimeEdit(QTime(item.start.hour, item.start.minute), objectName="item_start")
        self.end = QTimeEdit(QTime(item.end.hour, item.end.minute), objectName="item_end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.place = QComboBox(objectName="item_place")
        self.place.addItem(self.tr("（場所なし）"), None)
        for place in tour.places:
            self._add_choice(place)
        self.place.setCurrentIndex(max(self.place.findData(item.place_id), 0))
        self.new_place_button = button(self.tr("新しい場所…"), "item_new_place", self.new_place,
                                       self.tr("このツアーに場所を登録して、この項目の場所にします"))
        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 1)
        place_row.addWidget(self.new_place_button)
        self.attendees = MemberChoice(tour.members, item.attendees, "item_attendees")
        self.title = QLineEdit(item.title, objectName="item_title")
        self.title.setPlaceholderText(item.kind.label)
        self.notes = QPlainTextEdit(item.notes, objectName="item_notes")
        self.notes.setFixedHeight(70)
        self.error = QLabel(objectName="item_error")
        set_role(self.error, "error")
        form = QFormLayout()
        form.addRow(self.tr("種類"), self.kind)
        form.addRow(self.tr("日目"), self.day)
        form.addRow(self.tr("開始"), self.start)
        form.addRow(self.tr("終了"), self.end)
        form.addRow(self.tr("場所"), place_row)
        form.addRow(self.tr("参加者"), self.attendees)
        form.addRow(self.tr("タイトル"), self.title)
        form.addRow(self.tr("メモ"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # never narrower than its rows need: the members' list measures its names before the dialog is polished,
        # and a dialog sized then cut the 参加者 label in English (「Partic」)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._result: Item | None = None
        self._guard = DiscardGuard(self, self._state)

    def _add_choice(self, place: Place) -> None:
        self.place.addItem(f"{place.name}（{place.kind.label}）", place.id)

    def new_place(self) -> None:
        """Create a place (a facility unless the user picks another kind) and make it the item's place."""
        dialog = PlaceDialog(PlaceDraft("", PlaceKind.FACILITY), new_place_id(self.places, "place"), self)
        place = dialog.result_place() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if place is None:
            return
        self.places.append(place)
        self._added.append(place)
        self._add_choice(place)
        self.place.setCurrentIndex(self.place.count() - 1)

    def added_places(self) -> tuple[Place, ...]:
        return tuple(self._added)

    def accept(self) -> None:
        """Every problem of the form at once, in its order (review 15 item 9: the end before the start used to be
        said only after the title and notes were fixed)."""
        start = time(self.start.time().hour(), self.start.time().minute())
        end = time(self.end.time().hour(), self.end.time().minute())
        # Without listed members there is nothing to choose from; keep whatever the item names.
        attendees = self.attendees.chosen() if self.attendees.list.count() else self.item.attendees
        title, notes = self.title.text().strip(), self.notes.toPlainText().strip()
        errors = item_errors(start, end, title, notes)
        if attendees is not None and not attendees:
            errors[ATTENDEES] = self.tr("1人以上選ぶか「全員」にしてください。")
        labels = {ITEM_END: self.tr("終了"), ATTENDEES: self.tr("参加者"), ITEM_TITLE: self.tr("タイトル"),
                  ITEM_NOTES: self.tr("メモ")}
        self.error.setText(error_lines(errors, labels))
        if errors:
            return
        self._result = replace(self.item, kind=ItemKind(self.kind.currentData()), day=self.day.value(), start=start,
                               end=end, place_id=self.place.currentData(), attendees=attendees, title=title,
                               notes=notes)
        super().accept()

    def _state(self) -> object:
        return (self.kind.currentData(), self.day.value(), self.start.time(), self.end.time(), self.place.currentData(),
                self.attendees.chosen(), self.title.text(), self.notes.toPlainText())

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def result_item(self) -> Item | None:
        return self._result


class NewTourDialog(QDialog):
    """Region, start date and length for a new tour, and whether it starts from the guideline template or blank;
    the start date opens on `first_day` (a day of the programme's period), else today."""

    def __init__(self, regions: list[str], parent: QWidget | None = None, first_day: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_tour_dialog")
        self.setWindowTitle(self.tr("ツアーの新規作成"))
        self.template_choice = QRadioButton(self.tr("ガイドラインのひな形から（オリエンテーション・企業訪問・発表会など）"),
                                            objectName="new_tour_template")
        self.blank_choice = QRadioButton(self.tr("空のツアー（項目なし）"), objectName="new_tour_blank")
        self.template_choice.setChecked(True)
        choices = QVBoxLayout()
        choices.addWidget(self.template_choice)
        choices.addWidget(self.blank_choice)
        self.region = QComboBox(objectName="new_tour_region")
        self.region.setEditable(True)
        self.region.addItems(regions)
        self.start = date_edit(first_day or tokyo_today(), "new_tour_start")
        self.days = QSpinBox(objectName="new_tour_days")
        self.days.setRange(2, 5)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" 日間"))
        form = QFormLayout(self)
        if not regions:  # else the list is empty with no word why, and OK made nothing
            hint = QLabel(self.tr("このプログラムには地域がまだありません。地域名を入力するか、"
                                  "「地域・企業」のページで地域を追加してください。"), objectName="new_tour_no_regions")
            hint.setWordWrap(True)
            form.addRow(hint)
        form.addRow(self.tr("地域"), self.region)
        form.addRow(self.tr("開始日"), self.start)
        form.addRow(self.tr("日数"), self.days)
        form.addRow(self.tr("始め方"), choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # a tour without a region is never made: say so on OK rather than close on nothing (review 14c item 6)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.region.currentTextChanged.connect(
            lambda text: enable(ok, bool(text.strip()), self.tr("地域を選ぶか入力してください")))
        enable(ok, bool(self.region.currentText().strip()), self.tr("地域を選ぶか入力してください"))
        self._guard = DiscardGuard(self, lambda: (self.values(), self.from_template()))

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def values(self) -> tuple[str, date, int]:
        return self.region.currentText().strip(), to_date(self.start.date()), self.days.value()

    def from_template(self) -> bool:
        return self.template_choice.isChecked()


class CopyTourDialog(QDialog):
    """The new start date for a copy of a tour (the timetable keeps its days and times), and whether the
    party comes along: off by default, since a second run of a tour takes other talents.

    The copy stays in the tour's programme (a fiscal year; next year's tours come from 次年度を作成, which moves
    them by whole weeks), so the date offered is the same weekday in the first week after the tour: the companies'
    closing days and the timetable's weekdays hold. It offered the 1st of the same month a year later, a date of
    the next fiscal year on any weekday, taken as it was by a user who only meant to run the tour again."""

    def __init__(self, start: date, party: int, parent: QWidget | None = None, days: int = 1) -> None:
        super().__init__(parent)
        self.setObjectName("copy_tour_dialog")
        self.setWindowTitle(self.tr("ツアーのコピー"))
        self.start = date_edit(start + timedelta(weeks=(days + 6) // 7), "copy_start")
        self.keep_party = QCheckBox(self.tr("参加者（{0}名）も引き継ぐ").format(party), objectName="copy_keep_party")
        self.keep_party.setToolTip(self.tr("引き継がない場合、参加者・個人ごとの到着と出発・項目ごとの参加者指定は空になります"))
        self.keep_party.setEnabled(party > 0)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("行程（日ごとの時刻）をそのまま、新しい開始日でコピーします。")))
        form.addRow(self.tr("新しい開始日"), self.start)
        form.addRow("", self.keep_party)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._guard = DiscardGuard(self, lambda: (self.start_date(), self.keep_party.isChecked()))

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def start_date(self) -> date:
        return to_date(self.start.date())
