"""Deleting a region that something holds (review 14c item 5), on a fresh programme: refused before any question,
saying what holds it (how many talents have it as 担当地域, not who; the tours held in it, by title and dates), in
the words the service refuses the delete with; the region stays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import RegionRecord, TalentRecord
from colead_desktop.services.delete_guard import KeptRecord
from colead_desktop.services.record_restore import delete_record
from colead_desktop.services.records import list_records, save_record
from colead_desktop.services.tours import load_tour, new_tour, replace_tour
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded
from tests.ui.modal import when_modal


def _delete_region(qtbot: QtBot, db: Database, name: str) -> list[tuple[str, str]]:
    """Press 削除 on region `name` in a new window: the title and text of each message box shown, each closed
    with no (the older code asked first: the callers' asserts fail on its question)."""
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    page = shown_page(qtbot, window, "regions").widget(0)
    assert isinstance(page, RecordsPage)
    wait_loaded(qtbot, page)
    page.table.selectRow(next(row for row in range(page.model.rowCount()) if page.model.row_record(row).name == name))
    shown: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append((box.windowTitle(), box.text()))
        box.reject()

    when_modal(read_and_close, QMessageBox)
    page.findChild(QPushButton, "delete_button").click()
    return shown


def test_a_region_assigned_to_a_talent_is_refused_before_asking(qtbot: QtBot, db: Database) -> None:
    programme = new_programme(db)
    for other in ("網走", "紋別"):  # the region's id is then no talent's (the old check matched talent ids)
        save_record(db, RegionRecord(None, other), programme)
    region = save_record(db, RegionRecord(None, "北見"), programme)
    for name in ("テスト人材01", "テスト人材02"):
        save_record(db, TalentRecord(None, programme, name, skills=("engineer",), assigned_region_id=region.id))

    ((title, text),) = _delete_region(qtbot, db, "北見")

    assert title == "削除できません"
    assert "「北見」は次のデータから参照されているため削除できません" in text and "人材の担当地域（2名）" in text
    assert "テスト人材" not in text
    assert "北見" in [r.name for r in list_records(db, RegionRecord, programme)]


def test_a_region_held_by_a_tour_is_refused_before_asking_in_the_services_words(qtbot: QtBot, db: Database) -> None:
    """Review 14c item 5: a region a tour is held in was asked about (削除しますか？), then refused after はい naming
    no tour. Now refused first, naming the tour, in the very text the service (and `colead`) refuses it with."""
    programme = new_programme(db)
    region = save_record(db, RegionRecord(None, "紋別"), programme)
    tour = new_tour(db, programme, "紋別", date(2026, 11, 2))
    replace_tour(db, load_tour(db, tour.id), replace(tour, title="紋別ツアー"))

    ((title, text),) = _delete_region(qtbot, db, "紋別")

    with pytest.raises(KeptRecord) as refused:
        delete_record(db, region, "事務局")
    assert title == "削除できません" and text == str(refused.value)
    assert "ツアー「紋別ツアー」（2026-11-02〜2026-11-04）" in text
    assert "紋別" in [r.name for r in list_records(db, RegionRecord, programme)]
