"""Everyday list habits (issue 17 items 3, 4): the search count, the clear button, the remembered sort and widths,
and the keyboard conventions on the record lists and the payment record tabs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import VenueRecord
from colead_desktop.services import payment_records as records
from colead_desktop.services.demo import load_demo
from colead_desktop.services.records import save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.record_dialog import RecordDialog
from tests.ui.conftest import show_demo
from tests.ui.modal import when_modal
from tests.ui.sync_runner import SyncRunner
from tests.conftest import shots_dir

SHOTS = shots_dir("keys")


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
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(400)  # the clear button fades in
    page.grab().save(str(SHOTS / "events_filtered.png"))
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


# ------------------------------------------------------------------ keyboard


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    load_demo(db)
    main = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def on_list(window: MainWindow, key: str, qtbot: QtBot) -> RecordsPage:
    window.show_page(key)
    page = window.stack.currentWidget()
    assert isinstance(page, RecordsPage)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    return page


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def test_delete_asks_then_deletes_the_selection_and_undo_brings_it_back(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = on_list(window, "venues", qtbot)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: QWidget, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    page.table.selectRow(0)
    first = page.model.row_record(0)
    count = page.model.rowCount()
    press(page.table, Qt.Key.Key_Delete)
    assert asked and first.name in asked[0]
    assert page.model.rowCount() == count  # answered No
    answer = QMessageBox.StandardButton.Yes
    press(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == count - 1
    assert all(page.model.row_record(r).id != first.id for r in range(page.model.rowCount()))
    window.undo_stack.undo()
    assert page.model.rowCount() == count


def test_delete_in_the_search_field_edits_the_text(window: MainWindow, qtbot: QtBot) -> None:
    page = on_list(window, "venues", qtbot)
    page.table.selectRow(0)
    count = page.model.rowCount()
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    page.search.setText("ab")
    page.search.setCursorPosition(0)
    press(page.search, Qt.Key.Key_Delete)
    assert page.search.text() == "b"
    page.search.clear()
    assert page.model.rowCount() == count


def test_enter_opens_the_selection_and_ctrl_n_adds(window: MainWindow, qtbot: QtBot) -> None:
    page = on_list(window, "venues", qtbot)
    page.table.selectRow(1)
    chosen = page.model.row_record(1)
    opened: list[str] = []

    def read_and_cancel(dialog: QDialog) -> None:
        opened.append(dialog.findChild(QLineEdit, "name").text())
        dialog.reject()

    when_modal(read_and_cancel, RecordDialog)
    press(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [chosen.name]

    window.activateWindow()  # the dialog has gone: the window has the keyboard again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    when_modal(read_and_cancel, RecordDialog)
    press(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1] == ""  # a new, empty venue


def test_ctrl_f_goes_to_the_search_and_f5_reloads(window: MainWindow, qtbot: QtBot, db: Database) -> None:
    page = on_list(window, "venues", qtbot)
    press(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    count = page.model.total()
    save_record(db, VenueRecord(None, "新しい会場"), window.context.programme_id)  # another copy of the app adds one
    press(page.search, Qt.Key.Key_F5)
    assert page.model.total() == count + 1


def test_ctrl_tab_moves_between_pages(window: MainWindow, qtbot: QtBot) -> None:
    page = on_list(window, "venues", qtbot)
    keys = window.page_keys
    at = keys.index("venues")
    press(page.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == keys[at + 1]
    press(window.stack.currentWidget(), Qt.Key.Key_Backtab,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_page_key() == "venues"
    window.show_page(keys[-1])
    press(window.nav, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == keys[0]  # round the end


def test_menus_and_tooltips_show_the_keys(window: MainWindow, qtbot: QtBot) -> None:
    page = on_list(window, "venues", qtbot)
    edit = {a.objectName(): a for a in window.menus["edit"].actions()}
    assert edit["delete_action"].shortcut().toString() == "Del"
    assert edit["add_action"].shortcut().toString() == "Ctrl+N"
    view = {a.objectName(): a for a in window.menus["view"].actions()}
    assert view["reload_action"].shortcut().toString() == "F5"
    assert "Ctrl+N" in page.findChild(QPushButton, "add_button").toolTip()
    assert "Del" in page.findChild(QPushButton, "delete_button").toolTip()


def test_the_shortcuts_page_lists_every_key(window: MainWindow, qtbot: QtBot) -> None:
    rows: list[tuple[str, str]] = []

    def read(dialog: QDialog) -> None:
        grid = dialog.findChild(QTableWidget, "shortcuts_table")
        rows.extend((grid.item(r, 0).text(), grid.item(r, 1).text()) for r in range(grid.rowCount()))
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "shortcuts_dialog.png"))
        dialog.reject()

    when_modal(read, QDialog)
    help_action = next(a for a in window.menus["help"].actions() if a.text() == "キーボードショートカット")
    help_action.trigger()
    keys = dict(rows)
    assert keys["Ctrl+N"] == "一覧に追加する"
    assert "削除" in keys["Del"] and "Ctrl+Tab" in keys and "F5" in keys


def test_payment_record_tabs_take_the_same_keys(qtbot: QtBot, db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    programme = load_demo(db)
    assert programme is not None
    main = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(main)
    main.show()
    main.show_page("payments")
    page = main.stack.currentWidget()
    assert isinstance(page, PaymentsPage)
    page.payees.selectRow(0)
    page.tabs.setCurrentWidget(page.records.work_tab)
    grid = page.records.work_table
    talent = page.talent_id
    assert talent is not None
    before = records.work_days(db, programme, talent)
    # a new day: the demo's days are on an approved statement, which refuses deletes before asking
    new_id = records.add_work_day(db, programme, talent, date(2022, 2, 1), "support", "テスト 花子")
    page.reload()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.selectRow(next(r for r in range(grid.rowCount())
                        if grid.item(r, 0).data(Qt.ItemDataRole.UserRole) == new_id))
    press(grid, Qt.Key.Key_Delete)
    assert asked and "作業日" in asked[0]
    assert records.work_days(db, programme, talent) == before
    main.undo_stack.undo()
    assert {w.id for w in records.work_days(db, programme, talent)} == {w.id for w in before} | {new_id}

    opened: list[QDialog] = []
    when_modal(lambda d: (opened.append(d), d.reject()), QDialog)
    press(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened))
