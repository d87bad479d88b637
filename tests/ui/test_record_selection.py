"""The selected row of a records list: kept through undo and redo, and across a restart (review 14c item 11)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import StaffRecord, TalentRecord
from colead_desktop.services.record_restore import delete_record
from colead_desktop.services.records import save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    return window


def _talents(qtbot: QtBot, window: MainWindow) -> RecordsPage:
    page = shown_page(qtbot, window, "talents")
    assert isinstance(page, RecordsPage)
    return page


def _select(page: RecordsPage, record_id: int | None) -> None:
    page.select_id(record_id)
    selected = page.selected_record()
    assert selected is not None and selected.id == record_id


def _selected_id(page: RecordsPage) -> int | None:
    selected = page.selected_record()
    return None if selected is None else selected.id


@pytest.fixture
def three_talents(db: Database) -> list[TalentRecord]:
    programme = new_programme(db)
    return [save_record(db, TalentRecord(None, programme, f"テスト人材{n}", skills=("engineer",))) for n in range(3)]


def test_undoing_a_delete_selects_the_row_it_brings_back(
        qtbot: QtBot, db: Database, three_talents: list[TalentRecord], monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, db)
    page = _talents(qtbot, window)
    middle = three_talents[1]
    _select(page, middle.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    delete = page.findChild(QPushButton, "delete_button")
    assert delete is not None
    delete.click()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 2

    window.undo_stack.undo()
    wait_loaded(qtbot, page)
    assert _selected_id(page) == middle.id
    page.table.clearSelection()
    window.undo_stack.redo()  # deleted again: nothing to select
    wait_loaded(qtbot, page)
    assert _selected_id(page) is None


def test_undo_and_redo_of_an_edit_select_the_edited_row(
        qtbot: QtBot, db: Database, three_talents: list[TalentRecord]) -> None:
    window = _window(qtbot, db)
    page = _talents(qtbot, window)
    first, last = three_talents[0], three_talents[2]
    page._push(first, replace(first, affiliation="北見工大"), "人材の編集")
    wait_loaded(qtbot, page)
    _select(page, last.id)  # the user moves on, then takes the edit back
    window.undo_stack.undo()
    wait_loaded(qtbot, page)
    assert _selected_id(page) == first.id
    _select(page, last.id)
    window.undo_stack.redo()
    wait_loaded(qtbot, page)
    assert _selected_id(page) == first.id


def test_reopening_the_app_selects_the_row_selected_last_on_each_list(
        qtbot: QtBot, db: Database, three_talents: list[TalentRecord]) -> None:
    staff = save_record(db, StaffRecord(None, "事務局 一郎", "lab", role="調整役"))
    save_record(db, StaffRecord(None, "事務局 二郎", "lab", role="調整役"))
    first = _window(qtbot, db)
    regions = shown_page(qtbot, first, "regions")
    staff_page = regions.findChild(RecordsPage, "staff_page")
    assert staff_page is not None
    wait_loaded(qtbot, staff_page)
    _select(staff_page, staff.id)
    _select(_talents(qtbot, first), three_talents[2].id)
    first.close()

    second = _window(qtbot, db)
    wait_loaded(qtbot, second)
    assert second.current_page_key() == "talents"
    assert _selected_id(_talents(qtbot, second)) == three_talents[2].id
    staff_again = shown_page(qtbot, second, "regions").findChild(RecordsPage, "staff_page")
    assert staff_again is not None
    wait_loaded(qtbot, staff_again)
    assert _selected_id(staff_again) == staff.id


def test_a_delete_of_several_all_refused_leaves_no_empty_step(
        qtbot: QtBot, db: Database, three_talents: list[TalentRecord], monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, db)
    page = _talents(qtbot, window)
    page.select_ids([three_talents[0].id, three_talents[1].id])
    other = Database()  # another copy of the app deletes both first
    for talent in three_talents[:2]:
        delete_record(other, talent, "別の人")
    other.dispose()
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: refusals.append(text))
    delete = page.findChild(QPushButton, "delete_button")
    assert delete is not None
    delete.click()

    (refusal,) = refusals  # one delete of both, refused as one
    assert "選択した2件はどれも削除していません" in refusal and "削除されています" in refusal
    assert window.undo_stack.count() == 0 and not window.undo_stack.canUndo()
