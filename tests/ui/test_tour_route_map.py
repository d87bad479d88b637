"""The day's route map beside the tour timeline, and holiday tints on the timeline (桑名 demo tour)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.ui import palette
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.timeline import TourTimeline


def test_map_shows_the_day_of_the_selected_block(tours_page: ToursPage, artifacts: Path) -> None:
    panel = tours_page.route_map
    assert panel.day_picker.count() == 3 and panel.day() == 1
    assert panel.stops.text().splitlines() == ["1. 桑名シティホテル", "2. 株式会社総本家新之助貝新", "3. 桑名市博物館"]
    view = panel.view
    box = view.map_layout()
    assert box is not None and set(box.points) == {1, 2, 3}
    image = view.grab().toImage()
    x, y = box.points[2]
    # left of the white digit, inside the circle: stop 2 is painted where it is projected
    assert image.pixelColor(int(x) - 6, int(y)) == QColor(palette.ROUTE_STOP)

    # Clicking a day-2 block (はまぐりプラザ, item 7) moves the map to day 2.
    QTest.mouseClick(tours_page.timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tours_page.timeline.block_center(7))
    assert panel.day() == 2
    assert panel.stops.text().splitlines()[1] == "2. はまぐりプラザ"
    assert view.route is not None and [(leg.from_stop, leg.to_stop) for leg in view.route.legs][:2] == [(1, 2), (2, 3)]
    QApplication.processEvents()  # the stop list's new height is laid out by a posted event
    assert panel.stops.height() >= panel.stops.sizeHint().height()  # all five stops visible, none clipped
    tours_page.grab().save(str(artifacts / "tours_page_route_map.png"))

    panel.day_picker.setCurrentIndex(2)  # the picker works on its own too
    assert view.route is not None and view.route.day == 3


def test_a_place_without_coordinates_is_left_off_the_map_and_named(tours_page: ToursPage, artifacts: Path) -> None:
    from tests.domain.test_unlocated_place import unlocated

    tours_page.show_tour(replace(unlocated(), id=tours_page.tour.id if tours_page.tour else ""))
    panel = tours_page.route_map
    assert panel.day() == 1
    assert panel.stops.text().splitlines() == ["1. 桑名シティホテル", "2. 桑名市博物館",
                                               "地図に表示なし（緯度・経度なし）: 株式会社総本家新之助貝新"]
    box = panel.view.map_layout()
    assert box is not None and set(box.points) == {1, 2}
    assert "transport.no_coordinates" in tours_page.finding_codes()
    tours_page.grab().save(str(artifacts / "tours13_unlocated_route_map.png"))


def test_map_keeps_its_day_when_the_tour_is_redrawn(tours_page: ToursPage) -> None:
    tours_page.route_map.show_day(3)
    tours_page.show_tour(tours_page.tour)  # what every edit does
    assert tours_page.route_map.day() == 3
    tours_page.show_tour(None)
    assert tours_page.route_map.day() is None and tours_page.route_map.view.route is None


def test_timeline_tints_holidays_and_weekends(qtbot: QtBot, artifacts: Path) -> None:
    timeline = TourTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(900, 600)
    timeline.set_tour(kuwana().moved_to(date(2021, 11, 22)))  # Mon 22, Tue 23 = 勤労感謝の日, Wed 24
    assert timeline.day_tint(1) == (palette.TIMELINE_WEEKDAY_HEADER, None)
    assert timeline.day_tint(2) == (palette.TIMELINE_HOLIDAY_HEADER, palette.TIMELINE_DAY_OFF_COLUMN)
    assert timeline.day_tint(3) == (palette.TIMELINE_WEEKDAY_HEADER, None)
    image = timeline.grab().toImage()
    timeline_path = artifacts / "tour_timeline_holiday.png"
    image.save(str(timeline_path))
    y = int(timeline.y_of(7 * 60 + 15))  # 07:15: no demo item starts before 08:30
    column = timeline.column_width()
    for day, colour in ((1, palette.CHART_BACKGROUND), (2, palette.TIMELINE_DAY_OFF_COLUMN)):
        x = int(timeline.GUTTER + (day - 0.5) * column)
        assert image.pixelColor(QPoint(x, y)) == QColor(colour)
    header_x = int(timeline.GUTTER + 1.5 * column) - 60
    assert image.pixelColor(QPoint(header_x, 4)) == QColor(palette.TIMELINE_HOLIDAY_HEADER)
    weekend = kuwana()  # 25-27 Nov 2021: Thu, Fri, Sat
    timeline.set_tour(weekend)
    assert timeline.day_tint(3) == (palette.TIMELINE_WEEKEND_HEADER, palette.TIMELINE_DAY_OFF_COLUMN)
