"""Deleting a region a talent has as 担当地域 (review 14c item 5), on a fresh programme: refused before any
question, saying what holds it (how many talents, not who); the region stays."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import RegionRecord, TalentRecord
from colead_desktop.services.records import list_records, save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded
from tests.ui.modal import when_modal


def test_a_region_assigned_to_a_talent_is_refused_before_asking(qtbot: QtBot, db: Database) -> None:
    programme = new_programme(db)
    for other in ("網走", "紋別"):  # the region's id is then no talent's (the old check matched talent ids)
        save_record(db, RegionRecord(None, other), programme)
    region = save_record(db, RegionRecord(None, "北見"), programme)
    for name in ("テスト人材01", "テスト人材02"):
        save_record(db, TalentRecord(None, programme, name, skills=("engineer",), assigned_region_id=region.id))
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    page = shown_page(qtbot, window, "regions").widget(0)
    assert isinstance(page, RecordsPage)
    wait_loaded(qtbot, page)
    page.table.selectRow(next(row for row in range(page.model.rowCount())
                              if page.model.row_record(row).name == "北見"))
    shown: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append((box.windowTitle(), box.text()))
        box.reject()  # the older code asked first: say no (the asserts below fail)

    when_modal(read_and_close, QMessageBox)
    page.findChild(QPushButton, "delete_button").click()

    ((title, text),) = shown
    assert title == "削除できません"
    assert "「北見」は次のデータから参照されているため削除できません" in text and "人材の担当地域（2名）" in text
    assert "テスト人材" not in text
    assert "北見" in [r.name for r in list_records(db, RegionRecord, programme)]
