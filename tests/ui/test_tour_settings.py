"""Tour settings, item attendees, cross-tour double bookings and check parameters, used as a coordinator would:
open the dialog from the Tours tours_page, change fields, press OK, then look at the findings and the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QLineEdit,
                               QMessageBox, QPushButton, QWidget)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourCheckSettings
from colead_desktop.domain.itinerary import Item, ItemKind, Role, Tour
from colead_desktop.domain.records import CompanyRecord, VenueRecord
from colead_desktop.domain.tour_places import build_place, draft_from_venue
from colead_desktop.services import tours
from colead_desktop.services.records import list_records
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.check_params_dialog import CheckParamsDialog
from colead_desktop.ui.tours.dialogs import ItemDialog
from colead_desktop.ui.tours.party import MemberPicker
from colead_desktop.ui.tours.places import PlaceDialog, RecordPicker
from colead_desktop.ui.tours.settings_dialog import TourSettingsDialog
from tests.ui.modal import when_modal
from tests.ui.test_tours_page import _drag

KUWANA = "demo-kuwana-2021"


def click(parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(dialog: QDialog, closes: bool = True) -> None:
    """Press OK; a modal dialog that should close but stays open fails the test (its exec() would wait forever)."""
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    if closes and dialog.isModal() and dialog.isVisible():
        error = getattr(dialog, "error", None)
        raise AssertionError(f"{type(dialog).__name__} stayed open on OK: {error.text() if error else ''}")


def talent_ids(tour: Tour, count: int) -> frozenset[str]:
    """The first `count` talents of the tour's party (the demo's party is the people of the tour's event)."""
    return frozenset([m.id for m in tour.members if m.role is Role.TALENT][:count])


def text(dialog: QWidget, name: str, value: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.setText(value)


def settings(tours_page: ToursPage, action: Callable[[TourSettingsDialog], None]) -> None:
    when_modal(action, TourSettingsDialog)
    click(tours_page, "tour_settings")


def test_party_transport_and_lodging_change_the_findings_and_undo_restores(tours_page: ToursPage, db: Database,
                                                                          artifacts: Path) -> None:
    before = load_tour(db)
    assert not {"transport.seats", "lodging.nights"} & set(tours_page.finding_codes())

    def pick_two(picker: MemberPicker) -> None:
        for row in range(2):
            picker.list.item(row).setCheckState(Qt.CheckState.Checked)
        ok(picker)

    def edit(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.party)
        when_modal(pick_two, MemberPicker)
        click(dialog, "party_add")
        dialog.tabs.setCurrentIndex(2)
        text(dialog, "settings_seats", "9")
        text(dialog, "settings_nights", "３")  # full-width digits are normalised
        dialog.grab().save(str(artifacts / "tour_settings_lodging.png"))
        ok(dialog)

    settings(tours_page, edit)
    saved = load_tour(db)
    assert len(saved.members) == len(before.members) + 2
    assert {m.id for m in saved.members[-2:]} <= {m.id for m in tours.party_candidates(db, tours_page.ctx.programme_id)}
    assert (saved.transport.seats, saved.lodging.nights) == (9, 3)  # type: ignore[union-attr]
    assert {"transport.seats", "lodging.nights"} <= set(tours_page.finding_codes())
    assert tours_page.undo_stack.undoText() == "ツアー設定の変更"

    tours_page.undo_stack.undo()
    assert load_tour(db) == before
    assert not {"transport.seats", "lodging.nights"} & set(tours_page.finding_codes())


def test_a_title_typed_with_full_width_brackets_is_saved_as_typed(tours_page: ToursPage, db: Database,
                                                                    artifacts: Path) -> None:
    def edit(dialog: TourSettingsDialog) -> None:
        text(dialog, "settings_title", " 北見ツアー（Bが改名） ")
        text(dialog, "settings_hotel", "ホテル（駅前）")
        dialog.grab().save(str(artifacts / "tour_settings_typed_title.png"))
        ok(dialog)

    settings(tours_page, edit)
    saved = load_tour(db)
    assert saved.title == "北見ツアー（Bが改名）"  # trimmed only: NFKC would give 「(Bが改名)」
    assert saved.lodging is not None and saved.lodging.hotel == "ホテル（駅前）"


def test_bad_fields_are_named_and_ok_refuses(tours_page: ToursPage, db: Database, qtbot: QtBot) -> None:
    dialog = TourSettingsDialog(tours_page.tour, [], [], [], tours_page)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    text(dialog, "settings_seats", "0")
    text(dialog, "settings_nights", "-1")
    text(dialog, "settings_region", "")
    ok(dialog)
    assert dialog.result_tour() is None
    message = dialog.error.text()
    assert "座席数" in message and "泊数" in message and "地域" in message
    text(dialog, "settings_seats", "")
    text(dialog, "settings_nights", "2")
    text(dialog, "settings_region", "三重県桑名市")
    assert dialog.error.text() == ""


def test_a_place_from_a_venue_record_copies_its_details(tours_page: ToursPage, db: Database, artifacts: Path) -> None:
    venue = next(v for v in list_records(db, VenueRecord, tours_page.ctx.programme_id) if v.name == "はなばの里")
    notices: list[str] = []

    def choose(name: str, then: Callable[[], None]) -> Callable[[RecordPicker], None]:
        def pick(picker: RecordPicker) -> None:
            picker.filter.setText(name)
            visible = [n for n in range(picker.list.count()) if not picker.list.item(n).isHidden()]
            assert len(visible) == 1
            picker.list.setCurrentRow(visible[0])
            then()
            ok(picker)
        return pick

    def confirm(dialog: PlaceDialog) -> None:
        assert dialog.edits["name"].text() == "はなばの里" and dialog.edits["opens"].text() == "09:00"
        dialog.grab().save(str(artifacts / "tour_place_dialog.png"))
        ok(dialog)

    def dismiss(box: QMessageBox) -> None:
        notices.append(box.text())
        box.accept()

    def edit(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.places)
        # The hall is already the tour's base venue (matched by name and coordinates): not added twice.
        when_modal(choose("桑名シティホテル", lambda: when_modal(dismiss, QMessageBox)), RecordPicker)
        click(dialog, "place_from_venue")
        when_modal(choose("はなば", lambda: when_modal(confirm, PlaceDialog)), RecordPicker)
        click(dialog, "place_from_venue")
        dialog.grab().save(str(artifacts / "tour_settings_places.png"))
        ok(dialog)

    before = load_tour(db)
    settings(tours_page, edit)
    assert notices and "桑名シティホテル" in notices[0]
    places = load_tour(db).places
    assert len(places) == len(before.places) + 1
    place = places[-1]
    assert (place.name, place.venue_id, place.capacity) == ("はなばの里", venue.id, 50)
    assert "概算" in venue.address and (place.address, place.approximate) == ("三重県桑名市長島町駒江漁業者前小高", True)
    assert (place.lat, place.lon, place.closes) == (venue.lat, venue.lon, time(21, 0))


def test_a_company_lists_the_tours_region_first_and_is_not_added_twice(tours_page: ToursPage, db: Database,
                                                                        artifacts: Path) -> None:
    local = [c.name for c in list_records(db, CompanyRecord, tours_page.ctx.programme_id) if c.address.startswith("三重県桑名市")]
    seen: dict[str, list[str]] = {}
    notices: list[str] = []

    def visible(picker: RecordPicker) -> list[str]:
        return [picker.list.item(n).text() for n in range(picker.list.count()) if not picker.list.item(n).isHidden()]

    def pick(name: str, then: Callable[[], None]) -> Callable[[RecordPicker], None]:
        def choose(picker: RecordPicker) -> None:
            seen.setdefault("local", visible(picker))
            picker.findChild(QCheckBox, "picker_all").setChecked(True)
            seen.setdefault("all", visible(picker))
            picker.filter.setText(name)
            row = next(n for n in range(picker.list.count()) if not picker.list.item(n).isHidden())
            picker.list.setCurrentRow(row)
            picker.grab().save(str(artifacts / "tour_company_picker.png"))
            then()
            ok(picker)
        return choose

    def dismiss(box: QMessageBox) -> None:
        notices.append(box.text())
        box.accept()

    def edit(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.places)
        # 三重精機 is a place of the tour already (the record's coordinates are an estimate ~2 km off).
        when_modal(pick("三重精機", lambda: when_modal(dismiss, QMessageBox)), RecordPicker)
        click(dialog, "place_from_company")
        when_modal(pick("長島観光開発", lambda: when_modal(ok, PlaceDialog)), RecordPicker)
        click(dialog, "place_from_company")
        ok(dialog)

    before = load_tour(db)
    settings(tours_page, edit)
    assert len(seen["local"]) == len(local) and all(any(name in row for name in local) for row in seen["local"])
    assert len(seen["all"]) == len(list_records(db, CompanyRecord, tours_page.ctx.programme_id)) > len(local)
    assert seen["all"][:len(local)] == seen["local"]  # the region's companies first
    assert notices and "三重精機" in notices[0]
    places = load_tour(db).places
    assert len(places) == len(before.places) + 1 and places[-1].name == "長島観光開発株式会社"


def test_removing_a_used_place_is_refused_naming_the_items(tours_page: ToursPage, db: Database) -> None:
    refusal: list[str] = []

    def dismiss(box: QMessageBox) -> None:
        refusal.append(box.text())
        box.accept()

    def edit(dialog: TourSettingsDialog) -> None:
        editor = dialog.places
        editor.table.selectRow(next(n for n, p in enumerate(editor.places) if p.id == "museum"))
        when_modal(dismiss, QMessageBox)
        click(dialog, "place_remove")
        assert any(p.id == "museum" for p in editor.places)
        # A custom gateway with a latitude outside Japan is refused at its field, then accepted.
        when_modal(custom, PlaceDialog)
        click(dialog, "place_custom")
        editor.table.selectRow(len(editor.places) - 1)
        click(dialog, "place_remove")
        ok(dialog)

    def custom(dialog: PlaceDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("gateway"))
        for name, value in (("place_name", "桑名IC"), ("place_lat", "51.5"), ("place_lon", "136.69")):
            text(dialog, name, value)
        ok(dialog, closes=False)
        assert dialog.isVisible() and "緯度" in dialog.error.text()
        text(dialog, "place_lat", "35.07")
        ok(dialog)

    before = load_tour(db)
    settings(tours_page, edit)
    assert refusal and "市内視察 桑名市博物館" in refusal[0]
    assert load_tour(db).places == before.places  # the added gateway was removed again: nothing changed


def test_arrival_of_a_subset_of_the_party(tours_page: ToursPage, db: Database) -> None:
    from colead_desktop.ui.tours.movements import MovementDialog

    two = talent_ids(load_tour(db), 2)

    def arrival(dialog: MovementDialog) -> None:
        dialog.who.set_checked(two)
        ok(dialog)

    def edit(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.movements)
        when_modal(arrival, MovementDialog)
        click(dialog, "arrival_add")
        ok(dialog)

    settings(tours_page, edit)
    arrivals = load_tour(db).arrivals
    assert len(arrivals) == 2 and two in [m.members for m in arrivals]


def test_item_attendees_subset_is_saved_and_undone(tours_page: ToursPage, db: Database, artifacts: Path) -> None:
    talents = talent_ids(load_tour(db), 3)

    def choose(dialog: ItemDialog) -> None:
        dialog.attendees.set_checked(talents)
        dialog.grab().save(str(artifacts / "tour_item_dialog.png"))
        names = dialog.attendees.list
        assert not names.horizontalScrollBar().isVisible()  # 「氏名（役割・所属）」 not cut off at the right
        assert names.viewport().width() >= names.sizeHintForColumn(0)
        ok(dialog)

    when_modal(choose, ItemDialog)
    tours_page.edit_item(10)
    assert load_tour(db).items[10].attendees == talents
    assert tours_page.tour is not None and tours_page.tour.attendance(tours_page.tour.items[10]) == 3
    tours_page.undo_stack.undo()
    assert load_tour(db).items[10].attendees is None


def test_another_tour_in_the_same_hall_is_a_double_booking_until_moved(tours_page: ToursPage, db: Database) -> None:
    kuwana = load_tour(db)
    hall, _errors = build_place(draft_from_venue(next(v for v in list_records(db, VenueRecord, tours_page.ctx.programme_id)
                                                      if v.name == "桑名シティホテル")), "hall")
    assert hall is not None
    other = tours.save_tour(db, tours_page.programme_id, Tour(
        "三重県桑名市", kuwana.start_date, 1, "市の研修", places=(hall,),
        items=(Item(1, kuwana.items[1].start, kuwana.items[1].end, ItemKind.OTHER, "hall", title="研修"),)))
    tours_page.reload()
    tours_page.select_tour(other.id)
    assert "venue.double_booked" in tours_page.finding_codes()
    centre = tours_page.timeline.block_center(0)
    _drag(tours_page, centre, centre - QPoint(0, int(300 * tours_page.timeline.PPM)))  # 12:45 → 07:45
    assert "venue.double_booked" not in tours_page.finding_codes()
    tours_page.select_tour(KUWANA)
    assert "venue.double_booked" not in tours_page.finding_codes()


def test_check_parameters_change_findings_and_persist(tours_page: ToursPage, db: Database, qtbot: QtBot,
                                                      artifacts: Path) -> None:
    assert "transport.travel_time" not in tours_page.finding_codes()

    def slow_cars(dialog: CheckParamsDialog) -> None:
        detour = dialog.findChild(QDoubleSpinBox, "official_car_detour")
        assert detour.text() == "×1.30" and "分" not in detour.text()  # a plain factor, not minutes
        assert dialog.findChild(QDoubleSpinBox, "official_car_overhead_min").suffix() == " 分"
        dialog.findChild(QDoubleSpinBox, "official_car_speed_kmh").setValue(10)
        dialog.findChild(QCheckBox, "required_whiteboard").setChecked(False)
        dialog.grab().save(str(artifacts / "tour_check_params.png"))
        ok(dialog)

    when_modal(slow_cars, CheckParamsDialog)
    click(tours_page, "tour_check_settings")
    assert "transport.travel_time" in tours_page.finding_codes()
    stack = tours_page.undo_stack
    assert stack.undoText() == "チェック設定の変更"  # one step: undo and redo move the stored settings
    stack.undo()
    assert "transport.travel_time" not in tours_page.finding_codes()
    with db.session() as session:
        assert session.scalar(select(TourCheckSettings.id)) is None
    stack.redo()
    assert "transport.travel_time" in tours_page.finding_codes()

    reopened = ToursPage(tours_page.ctx)
    qtbot.addWidget(reopened)
    reopened.select_tour(KUWANA)
    assert "transport.travel_time" in reopened.finding_codes()
    assert reopened.params.travel.official_car.speed_kmh == 10

    def restore(dialog: CheckParamsDialog) -> None:
        assert not dialog.findChild(QCheckBox, "required_whiteboard").isChecked()
        click(dialog, "restore_defaults")
        ok(dialog)

    when_modal(restore, CheckParamsDialog)
    click(reopened, "tour_check_settings")
    assert "transport.travel_time" not in reopened.finding_codes()
    with db.session() as session:
        assert session.scalar(select(TourCheckSettings.id)) is None


def test_screenshots_of_the_settings_tabs(tours_page: ToursPage, qtbot: QtBot, artifacts: Path) -> None:
    dialog = TourSettingsDialog(tours_page.tour, [], [], [], tours_page)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert dialog.grab().save(str(artifacts / f"tour_settings_tab{index}.png"))
    table = dialog.places.table  # 営業時間・定休日 (「09:30〜17:00 休: 月」) with room to spare, not clipped
    assert table.columnWidth(4) > table.sizeHintForColumn(4)
    assert table.horizontalHeader().length() <= table.viewport().width()


def load_tour(db: Database) -> Tour:
    return tours.load_tour(db, KUWANA)


def test_the_domain_rules_are_shown_at_their_fields_and_ok_refuses(tours_page: ToursPage, qtbot: QtBot,
                                                                    artifacts: Path) -> None:
    """Shortening the tour below its last item's day and seats without a vehicle: both named, OK refused."""
    tour = tours_page.tour
    assert tour is not None and max(item.day for item in tour.items) == tour.days == 3
    dialog = TourSettingsDialog(tour, [], [], [], tours_page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.days.setValue(2)  # the rule is checked as the field changes, before OK
    assert "3日目に項目があります" in dialog.error.text() and dialog.days.toolTip()
    dialog.mode.setCurrentIndex(0)  # （未設定） while the seats field keeps its number
    ok(dialog, closes=False)
    assert dialog.result_tour() is None and dialog.isVisible()
    assert "座席数: 座席数を入れるときは移動手段も選んでください。" in dialog.error.text()
    assert dialog.tabs.currentWidget() is dialog.basics_page  # the first bad field's tab is shown
    qtbot.wait(50)  # let the layout give the two message lines their room before the picture
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    assert dialog.grab().save(str(artifacts / "tour_settings_rule_errors.png"))
    dialog.days.setValue(3)
    text(dialog, "settings_seats", "")
    assert dialog.error.text() == ""
    ok(dialog, closes=False)
    assert dialog.result_tour() is not None and dialog.result_tour().transport is None  # type: ignore[union-attr]


def test_a_head_count_is_refused_while_items_name_attendees(tours_page: ToursPage, db: Database,
                                                            qtbot: QtBot) -> None:
    talents = talent_ids(load_tour(db), 2)
    tour = tours_page.tour
    assert tour is not None
    named = tours.save_tour(db, tours_page.programme_id, Tour(
        tour.region, tour.start_date, tour.days, title=tour.title, members=tour.members,
        items=(Item(1, time(9), time(10), ItemKind.OTHER, attendees=talents),)))
    dialog = TourSettingsDialog(named, [], [], [], tours_page)
    qtbot.addWidget(dialog)
    dialog.party.counted.setChecked(True)
    ok(dialog, closes=False)
    assert dialog.result_tour() is None
    assert "参加者: 項目や到着・出発で個別の参加者が指定されているため" in dialog.error.text()
    assert dialog.tabs.currentWidget() is dialog.party
