"""Everyday list habits (issue 17 items 3, 4): the search count, the clear button, the remembered sort and widths,
and the keyboard conventions on the record lists and the payment record tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.pages.records_page import RecordsPage
from tests.ui.conftest import show_demo


def events_page(qtbot: QtBot, context: AppContext) -> RecordsPage:
    kind = next(k for k in record_kinds() if k.key == "events")
    page = RecordsPage(kind, context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_typing_a_search_updates_the_count(qtbot: QtBot, context: AppContext) -> None:
    show_demo(context)
    page = events_page(qtbot, context)
    total = page.model.total()
    assert page.count_label.text() == f"{total} 件中 {total} 件を表示"
    assert page.search.isClearButtonEnabled()
    page.search.setFocus()
    page.search.insert("第2回")  # typed (QTest types ASCII only)
    shown = page.model.rowCount()
    assert 0 < shown < total
    assert all(any("第2回" in page.model.index(row, c).data() for c in range(page.model.columnCount()))
               for row in range(shown))
    assert page.count_label.text() == f"{total} 件中 {shown} 件を表示"
    page.search.clear()  # what the clear button does
    assert page.count_label.text() == f"{total} 件中 {total} 件を表示"


def test_a_list_remembers_its_sort_and_column_widths_across_restarts(qtbot: QtBot, context: AppContext) -> None:
    show_demo(context)
    page = events_page(qtbot, context)
    fitted = page.table.columnWidth(1)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.table.horizontalHeader().resizeSection(1, fitted + 77)  # as a drag on the column edge does
    first_row = page.model.row_record(0).id
    context.settings.sync()

    context.settings = Settings()  # the next start reads the settings file afresh
    again = events_page(qtbot, context)
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert again.model.row_record(0).id == first_row
    assert again.table.columnWidth(1) == fitted + 77
    again.reload()  # a later visit keeps the user's widths instead of fitting the rows
    assert again.table.columnWidth(1) == fitted + 77


def test_another_kind_of_list_keeps_its_own_sort(qtbot: QtBot, context: AppContext) -> None:
    show_demo(context)
    events_page(qtbot, context).table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    venues = RecordsPage(next(k for k in record_kinds() if k.key == "venues"), context)
    qtbot.addWidget(venues)
    header = venues.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
