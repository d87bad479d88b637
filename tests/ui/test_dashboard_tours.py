"""The dashboard of a programme a user made with tours on the ツアー page and no event yet: the tours are on the
timeline and in the list with their dates, and nothing says that nothing is planned."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from colead_desktop.domain import planned
from colead_desktop.domain.records import EventRecord
from colead_desktop.services.records import save_record
from colead_desktop.services.tours import new_tour
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages import dashboard
from colead_desktop.ui.pages.dashboard import DashboardPage
from tests.programmes import new_programme
from tests.ui.conftest import show_demo

SHOTS = Path("/work/shots/text12")


def _rows(page: DashboardPage) -> list[list[str]]:
    model = page.planned_model
    return [[str(model.index(row, column).data()) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _page(context: AppContext, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_tours_without_events_are_shown_not_an_empty_state(context: AppContext, qtbot: QtBot) -> None:
    programme_id = new_programme(context.db)
    new_tour(context.db, programme_id, "高知", date(2026, 11, 17), 3)
    new_tour(context.db, programme_id, "架空市", date(2026, 10, 6), 2)
    context.switch_programme(programme_id)
    page = _page(context, qtbot)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "dashboard_two_tours.png"))
    assert not page.empty.isVisible()
    assert _rows(page) == [["2026-10-06 – 10-07", "フィールドワークツアー", "架空市 フィールドワークツアー", "架空市"],
                           ["2026-11-17 – 11-19", "フィールドワークツアー", "高知 フィールドワークツアー", "高知"]]
    assert [entry.kind for entry in page.timeline.entries] == ["fieldwork_tour", "fieldwork_tour"]

    # one step later: the meetup is registered; the list shows it between the tours, the tours stay
    save_record(context.db, EventRecord(None, programme_id, "meetup", "ミートアップ", datetime(2026, 10, 24, 13),
                                        datetime(2026, 10, 24, 16, 30)))
    page.reload()
    QApplication.processEvents()  # the timeline grew a lane: let the layout give it the height before the grab
    assert [row[2] for row in _rows(page)] == ["架空市 フィールドワークツアー", "ミートアップ", "高知 フィールドワークツアー"]
    page.grab().save(str(SHOTS / "dashboard_tours_and_meetup.png"))


def test_a_programme_with_nothing_planned_still_says_so(context: AppContext, qtbot: QtBot) -> None:
    context.switch_programme(new_programme(context.db))
    page = _page(context, qtbot)
    assert page.empty.isVisible() and page.planned_model.rowCount() == 0


def test_the_demos_tours_are_listed_once_as_their_events(context: AppContext, qtbot: QtBot) -> None:
    show_demo(context)
    page = _page(context, qtbot)
    tours = [row for row in _rows(page) if row[1] == "フィールドワークツアー"]
    assert len(tours) == 3 and all(":" in row[0] for row in tours)  # the events, with their times; no tour again


def test_two_tours_on_overlapping_dates_are_two_marks_each_clickable(context: AppContext, qtbot: QtBot) -> None:
    programme_id = new_programme(context.db)
    new_tour(context.db, programme_id, "北見", date(2027, 9, 21), 3)
    new_tour(context.db, programme_id, "北見市", date(2027, 9, 22), 3)
    save_record(context.db, EventRecord(None, programme_id, "meetup", "ミートアップ", datetime(2027, 8, 3, 13),
                                        datetime(2027, 8, 3, 17)))
    context.switch_programme(programme_id)
    page = _page(context, qtbot)
    QApplication.processEvents()
    shots = SHOTS.parent / "tours13"
    shots.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(shots / "dashboard_overlap.png"))
    tours = [(mark, entry) for mark, entry in page.timeline.marks if entry.kind == "fieldwork_tour"]
    assert len(tours) == 2 and not tours[0][0].intersects(tours[1][0])
    for mark, entry in tours:
        qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=mark.center().toPoint())
        selected = page.table.selectionModel().selectedRows()
        assert [page.planned_model.row_record(index.row()) for index in selected] == [entry]


def test_a_repaint_draws_the_lanes_worked_out_with_the_entries(context: AppContext, qtbot: QtBot,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The lanes are worked out when the entries or the width change, not in every paint (a scroll, a page switch:
    ~7 ms each for a thousand tours); what is drawn still keeps overlapping tours apart."""
    programme_id = new_programme(context.db)
    new_tour(context.db, programme_id, "高知", date(2026, 11, 17), 3)
    new_tour(context.db, programme_id, "架空市", date(2026, 11, 18), 2)  # overlaps: a row of its own
    context.switch_programme(programme_id)
    page = _page(context, qtbot)
    qtbot.waitUntil(lambda: len(page.timeline.entries) == 2)
    worked_out: list[int] = []
    monkeypatch.setattr(dashboard, "lanes", lambda *args: worked_out.append(1) or planned.lanes(*args))
    page.timeline.grab()  # a paint
    assert worked_out == [] and page.timeline.lane_rows == [0, 1]
    assert len({mark.top() for mark, _entry in page.timeline.marks}) == 2  # drawn in two rows
    page.timeline.resize(page.timeline.width() - 100, page.timeline.height())
    assert worked_out == [1]  # a new width: worked out again


def test_a_partial_repaint_draws_only_the_marks_it_shows(context: AppContext, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A scroll or a page switch repaints a part of the timeline: a thousand tours' marks drawn each time cost
    the switch 17-29 ms (issue 15). Six tours on the same days take six rows; a repaint of the first row draws its
    mark, not six."""
    programme_id = new_programme(context.db)
    for day in range(6):
        new_tour(context.db, programme_id, f"北見{day}", date(2027, 9, 20), 3)
    context.switch_programme(programme_id)
    page = _page(context, qtbot)
    qtbot.waitUntil(lambda: len(page.timeline.entries) == 6)
    timeline = page.timeline
    timeline.grab()  # painted once
    assert len({mark.top() for mark, _entry in timeline.marks}) == 6
    drawn: list[object] = []
    draw = QPainter.drawRoundedRect
    monkeypatch.setattr(QPainter, "drawRoundedRect", lambda painter, *args: drawn.append(args) or draw(painter, *args))
    first_row = timeline.marks[0][0].toAlignedRect()
    timeline.grab(QRect(0, first_row.top(), timeline.width(), first_row.height()))  # a paint of that part
    assert len(drawn) == 1
    drawn.clear()
    timeline.grab()
    assert len(drawn) == 6
