"""Values an older `colead set` stored before the choices were held on save (a skill, career stage, event kind or
format, venue type or facility no dialog offers, a weekday outside 0-6, an event in the year 9999): the pages show
the record with the value flagged instead of failing, and editing it asks for a choice naming the field (review
prog19 item 1)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import EventRecord, VenueRecord
from colead_desktop.domain.tour_places import draft_from_venue
from colead_desktop.services.demo import load_demo
from colead_desktop.services.records import get_participant, get_record
from colead_desktop.services.lookups import load_lookups
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.record_dialog import RecordDialog
from tests.ui.sync_runner import SyncRunner

PROGRAMME = 1  # the demo's, in a new database
OLD_VALUES = [
    "UPDATE talent SET skills = '[\"魔法\"]', career_stage = 'boss', employment = 'x' WHERE id = 1",
    "UPDATE venue SET venue_type = 'castle', facilities = '[\"jacuzzi\"]', closed_weekdays = '[9]' WHERE id = 1",
    "UPDATE company SET closed_weekdays = '[7]' WHERE id = 1",
    "UPDATE event SET kind = 'party' WHERE id = 1",
    "UPDATE event SET event_format = 'zoom' WHERE id = 2",
    "UPDATE event SET starts_at = '1999-01-01 10:00:00.000000', ends_at = '9999-12-31 11:00:00.000000' WHERE id = 3",
]


@pytest.fixture
def old_db(db: Database) -> Database:
    load_demo(db)
    with db.engine.begin() as connection:
        for statement in OLD_VALUES:
            connection.execute(text(statement))
    return db


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes' texts (the crash dialog's among them), none left waiting."""
    texts: list[str] = []

    def record(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return texts


def test_every_page_shows_old_values_without_failing(qtbot: QtBot, old_db: Database, shown: list[str]) -> None:
    window = MainWindow(old_db, Settings(), SyncRunner())
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys:
        window.show_page(key)
        for tabs in window.findChildren(QTabWidget):
            if tabs.isVisible():
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
    assert shown == []
    window.show_page("events")
    page: Any = window.page("events")
    model = page.table.model()
    cells = [str(model.index(row, column).data()) for row in range(model.rowCount())
             for column in range(model.columnCount())]
    assert "party（選択肢にない値）" in cells
    window.show_page("dashboard")
    assert shown == []


def _dialog(qtbot: QtBot, db: Database, key: str, record: Any) -> RecordDialog[Any]:
    kind = next(k for k in record_kinds() if k.key == key)
    dialog: RecordDialog[Any] = RecordDialog(kind.form, record, kind.choices(load_lookups(db, PROGRAMME)))
    qtbot.addWidget(dialog)
    return dialog


def test_editing_an_old_value_asks_for_a_choice_naming_the_field(qtbot: QtBot, old_db: Database) -> None:
    programme = PROGRAMME
    talent = _dialog(qtbot, old_db, "talents", get_participant(old_db, 1, programme))
    lines = talent.refresh_validation()
    assert set(lines) >= {"skills", "career_stage", "employment"}
    assert "魔法" in lines["skills"] and "boss" in lines["career_stage"]

    venue = _dialog(qtbot, old_db, "venues", get_record(old_db, VenueRecord, 1, programme))
    errors = venue.refresh_validation()
    assert set(errors) >= {"venue_type", "facilities", "closed_weekdays"}  # the old dialog showed 庁舎の会議室
    assert "castle" in errors["venue_type"]
    assert not venue.findChild(QMessageBox)
    shown_text = venue.findChild(type(venue._errors_label), "validation_label").text()
    assert shown_text.startswith("種別: 「castle」は選択肢にありません")

    event = _dialog(qtbot, old_db, "events", get_record(old_db, EventRecord, 1, programme))
    assert "party" in event.refresh_validation()["kind"]


def test_a_tour_place_from_an_old_venue_asks_for_its_type(old_db: Database) -> None:
    venue = get_record(old_db, VenueRecord, 1, PROGRAMME)
    draft = draft_from_venue(venue)  # raised ValueError: 'castle' is not a valid VenueType
    assert draft.venue_type is None and draft.facilities == frozenset() and draft.closed_weekdays == frozenset()
