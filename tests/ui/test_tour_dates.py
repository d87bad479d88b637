"""A tour's start date changed in ツアー設定: arrivals and departures move with it, in one undoable step, and the
Tours page's list and summary show the new dates at once, on the demo tour and on one made with 新規…."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.db.engine import Database
from colead_desktop.domain.itinerary import Movement, Place, PlaceKind, Tour
from colead_desktop.domain.tourcheck import Severity
from colead_desktop.services import tours
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.dialogs import NewTourDialog
from colead_desktop.ui.tours.settings_dialog import TourSettingsDialog
from colead_desktop.ui.widgets import to_date
from tests.programmes import new_programme
from tests.ui.modal import when_modal
from tests.ui.test_tour_settings import click, ok, settings
from tests.ui.test_tours_page import KUWANA

MOVEMENT_CODES = {"arrival.too_early", "departure.too_late", "movement.outside_dates"}


def change_start(tours_page: ToursPage, start: date) -> list[str]:
    """Set 開始日 in the settings dialog and press OK; the dates the 到着・出発 tab showed just before OK."""
    shown: list[str] = []

    def edit(dialog: TourSettingsDialog) -> None:
        dialog.start.setDate(QDate(start))
        table = dialog.movements.table
        shown.extend(table.item(row, 2).text() for row in range(table.rowCount()))
        ok(dialog)

    settings(tours_page, edit)
    return shown


def errors(tours_page: ToursPage) -> list[str]:
    return sorted(f.code for f in tours_page.findings if f.severity is Severity.ERROR)


def combo_shows(tours_page: ToursPage, start: date) -> bool:
    return f"{start:%Y-%m-%d}〜" in tours_page.tour_combo.currentText()


def moved_by(before: Tour, after: Tour, days: int) -> bool:
    shift = timedelta(days=days)
    return (after.start_date == before.start_date + shift
            and [m.at for m in (*after.arrivals, *after.departures)]
            == [m.at + shift for m in (*before.arrivals, *before.departures)]
            and after.items == before.items)


def prove_round_trip(tours_page: ToursPage, db: Database, key: str, days: int) -> None:
    """Change the start by `days`, then undo and redo, checking the database, findings, combo and summary."""
    steps = tours_page.undo_stack.count()  # a tour made with 新規… is a step of its own already
    before = tours.load_tour(db, key)
    assert before.arrivals and before.departures
    errors_before = errors(tours_page)
    start = before.start_date + timedelta(days=days)
    shown = change_start(tours_page, start)
    moved = tours.load_tour(db, key)
    assert moved_by(before, moved, days)
    assert shown == [m.at.strftime("%Y-%m-%d %H:%M") for m in (*moved.arrivals, *moved.departures)]
    if days % 7 == 0:
        assert errors(tours_page) == errors_before
    else:  # on other weekdays a place's closing day may now be hit (桑名市博物館 is closed on Mondays)
        assert set(errors(tours_page)) - set(errors_before) <= {"time.outside_hours"}
    assert not MOVEMENT_CODES & {f.code for f in tours_page.findings}
    assert combo_shows(tours_page, start) and f"{start:%Y-%m-%d}" in tours_page.summary.text()

    stack = tours_page.undo_stack
    assert stack.count() == steps + 1 and stack.undoText() == "ツアー設定の変更"  # one step, movements included
    stack.undo()
    assert tours.load_tour(db, key) == before
    assert combo_shows(tours_page, before.start_date) and f"{before.start_date:%Y-%m-%d}" in tours_page.summary.text()
    assert errors(tours_page) == errors_before
    stack.redo()
    assert tours.load_tour(db, key) == moved
    assert combo_shows(tours_page, start) and tours_page.tour == moved


def test_demo_tour_start_moved_a_week(tours_page: ToursPage, db: Database, artifacts: Path) -> None:
    prove_round_trip(tours_page, db, KUWANA, 7)
    tours_page.grab().save(str(artifacts / "tour_dates_moved.png"))


def test_demo_tour_start_moved_back_three_days(tours_page: ToursPage, db: Database) -> None:
    prove_round_trip(tours_page, db, KUWANA, -3)


def test_a_tour_made_with_new_in_a_new_programme(context: AppContext, db: Database, qtbot: QtBot) -> None:
    programme = new_programme(db)
    context.switch_programme(programme)
    assert tours.list_tours(db, programme) == []
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()

    def create(dialog: NewTourDialog) -> None:
        dialog.region.setEditText("岐阜県恵那市")
        dialog.start.setDate(QDate(2025, 10, 7))
        ok(dialog)

    when_modal(create, NewTourDialog)
    click(page, "tour_new")
    created = page.tour
    assert created is not None and created.start_date == date(2025, 10, 7)
    # The template has no gateway: add one with an arrival the day before and a departure on the last day.
    gate = Place("ena-st", "恵那駅", PlaceKind.GATEWAY, 35.4497, 137.4115)
    tours.save_tour(db, programme, replace(created, places=(*created.places, gate),
                                           arrivals=(Movement(gate.id, datetime(2025, 10, 6, 18, 0)),),
                                           departures=(Movement(gate.id, datetime(2025, 10, 9, 17, 0)),)))
    page.reload()
    assert page.tour_combo.count() == 1
    prove_round_trip(page, db, created.id, 14)


def test_the_new_tour_dialog_opens_on_a_day_of_the_programmes_fiscal_year(
        context: AppContext, db: Database, qtbot: QtBot) -> None:
    """A tour of next year's programme prepared now opened on today, a day of another fiscal year (review14a)."""
    year = tokyo_today().year + 2  # its period has not started: it opens on its first day
    programme = new_programme(db, f"令和{year - 2018}年度 ツアー", year)
    context.switch_programme(programme)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.show()
    opened: list[date] = []

    def look(dialog: NewTourDialog) -> None:
        opened.append(to_date(dialog.start.date()))
        dialog.done(0)

    when_modal(look, NewTourDialog)
    click(page, "tour_new")
    assert opened == [date(year, 4, 1)] and tours.list_tours(db, programme) == []
