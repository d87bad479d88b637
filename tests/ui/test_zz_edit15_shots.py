"""Throwaway (not committed): screenshots of edit15's windows in ja and en at 1366x768."""
from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from colead_desktop.app import install_translations
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.domain.itinerary import Member, Place, PlaceKind, Role
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.tours.party import PartyEditor
from colead_desktop.ui.tours.places import PlacesEditor
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded
from tests.ui.modal import when_modal
from datetime import date

OUT = "/work/shots/edit15_"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_shots(qtbot: QtBot, db: Database, qapp: QApplication, lang: str) -> None:
    translators = install_translations(qapp, lang)
    try:
        programme = new_programme(db)
        ts = [save_record(db, TalentRecord(None, programme, n, kana=k, affiliation="北見工大", skills=("engineer",)))
              for n, k in (("高橋 三郎", "タカハシ サブロウ"), ("佐藤 花子", "サトウ ハナコ"), ("鈴木 次郎", "スズキ ジロウ"))]
        with db.session() as session:
            session.add(TourDayRow(programme_id=programme, talent_id=ts[0].id, day=date(2026, 10, 3)))
        window = MainWindow(db, Settings())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = shown_page(qtbot, window, "talents")
        assert isinstance(page, RecordsPage)
        page.select_ids([ts[0].id, ts[2].id])
        window.grab().save(f"{OUT}{lang}_list_two_selected.png")

        def grab_and_close(box: QMessageBox) -> None:
            box.grab().save(f"{OUT}{lang}_delete_two_refused.png")
            box.accept()
        when_modal(grab_and_close, QMessageBox)
        page.findChild(QPushButton, "delete_button").click()
        page.select_ids([ts[1].id, ts[2].id])

        def grab_question(box: QMessageBox) -> None:
            box.grab().save(f"{OUT}{lang}_delete_two_question.png")
            box.button(QMessageBox.StandardButton.Yes).click()
        when_modal(grab_question, QMessageBox)
        page.findChild(QPushButton, "delete_button").click()
        window.undo_stack.undo()
        wait_loaded(qtbot, page)
        window.grab().save(f"{OUT}{lang}_list_two_restored.png")

        hall = Place("hall", "市民会館", PlaceKind.VENUE, None, None, address="北見市1-1", capacity=80,
                     opens=time(9), closes=time(17), closed_weekdays=frozenset({0, 2}))
        members = [Member("t1", "佐藤 花子", Role.TALENT, "北見工大"), Member("s1", "事務局 一郎", Role.SECRETARIAT, "事務局"),
                   Member("l1", "ラボ 太郎", Role.LAB_STAFF, "北見ラボ")]
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        tabs.addTab(PlacesEditor([hall], [], [], lambda _id: []), "places")
        tabs.addTab(PartyEditor(members, None, [], lambda _id: []), "party")
        tabs.resize(1000, 400)
        tabs.show()
        tabs.grab().save(f"{OUT}{lang}_places.png")
        tabs.setCurrentIndex(1)
        tabs.grab().save(f"{OUT}{lang}_party.png")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        install_translations(qapp, "ja")
