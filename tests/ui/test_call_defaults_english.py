"""Review 14c item 13 / review 14b item 9: the built-in texts a new programme's calls and meetup templates store in
Japanese show in English in the English window (domain/default_texts), and stay stored as they were unless edited:
the calls page and 募集を編集… on a fresh programme, the agenda tab and a region table's brief with the
self-introduction sheet's items."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.jp_calendar import TOKYO
from colead_desktop.domain.meetup_docs import DEFAULT_SHEET_FIELDS
from colead_desktop.domain.records import EventRecord
from colead_desktop.services import meetup
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services.calls import get_call
from colead_desktop.services.records import save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.call_dialog import CallDialog
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.meetup.agenda_tab import COL_MIN, COL_OWNER, COL_TITLE
from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.pages.calls_page import CallsPage
from tests.conftest import shots_dir
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded
from tests.ui.sync_runner import SyncRunner

SHOTS = shots_dir("calls15")
JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u9fff]")
TYPED = "You can join a two-night tour on site"


def dialog_run(monkeypatch: pytest.MonkeyPatch, edit: Callable[[CallDialog], None]) -> None:
    """The next CallDialog gets `edit`, then 保存 is pressed."""
    def run(dialog: CallDialog) -> int:
        edit(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result() if dialog.result() else int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(CallDialog, "exec", run)


def test_the_default_conditions_and_questions_show_in_english_and_stay_stored_as_they_were(
        english: None, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    new_programme(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    page = shown_page(qtbot, window, "calls")
    assert isinstance(page, CallsPage)
    page.call_box.setCurrentIndex(1)  # the call for talents
    wait_loaded(qtbot, window)
    before = page.call
    assert before is not None and before.id is not None
    assert JAPANESE.search(before.conditions[0].text) and JAPANESE.search(before.questions[0].text)  # as stored
    shown = [label.text() for label in page.findChildren(QLabel) if label.text().startswith(("①", "②", "③"))]
    assert len(shown) == 3 and not any(JAPANESE.search(text[1:]) for text in shown)
    assert page.questions.text().startswith("Q1. Why would you like") and not JAPANESE.search(page.questions.text())
    window.grab().save(str(SHOTS / "calls15_en_calls_page.png"))

    seen: list[tuple[bool, list[str]]] = []

    def edit(dialog: CallDialog) -> None:
        rows = dialog.conditions.rows() + dialog.questions.rows() + [row[:3] for row in dialog.items.rows()]
        seen.append((dialog.has_unsaved(), [str(text) for row in rows for text in row[1:]] + [dialog.title.text()]))
        dialog.grab().save(str(SHOTS / "calls15_en_call_dialog.png"))
        dialog.tabs.setCurrentIndex(2)
        dialog.grab().save(str(SHOTS / "calls15_en_call_dialog_items.png"))
        dialog.conditions.table.item(1, 1).setText(TYPED)

    dialog_run(monkeypatch, edit)
    page.edit_button.click()
    assert seen and seen[0][0] is False  # shown in English, nothing changed yet
    assert not any(JAPANESE.search(text) for text in seen[0][1])
    stored = get_call(db, before.id)
    assert stored.conditions[1].text == TYPED  # edited: as typed
    assert (stored.conditions[0], stored.conditions[2:], stored.questions, stored.items) == (
        before.conditions[0], before.conditions[2:], before.questions, before.items)  # untouched: as they were


def _meetup(db: Database, programme_id: int) -> int:
    start = datetime(2026, 7, 10, 13, 0, tzinfo=TOKYO)
    event = save_record(db, EventRecord(None, programme_id, "meetup", "Kick-off", start, start.replace(hour=18),
                                        tool="oVice"))
    assert event.id is not None
    return event.id


def test_the_templates_agenda_items_show_in_english_and_stay_stored_as_they_were(
        english: None, qtbot: QtBot, db: Database) -> None:
    programme_id = new_programme(db)
    event_id = _meetup(db, programme_id)
    meetup.save_agenda(db, event_id, meetup.template_blocks(db, event_id, "meetup_2021"))
    stored = meetup.load_agenda(db, event_id).blocks
    assert (stored[0].title, stored[0].owner) == ("経済産業省ご挨拶", "経済産業省")
    window = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    page = shown_page(qtbot, window, "meetup")
    assert isinstance(page, MeetupPage)
    page.select_event(event_id)
    agenda = page.agenda_tab
    shown = [[agenda.table.item(row, col).text() for col in (COL_TITLE, COL_OWNER)]
             for row in range(agenda.table.rowCount())]
    assert shown[0] == ["Greeting from METI", "METI"] and not agenda.has_unsaved()
    assert not any(JAPANESE.search(text) for row in shown for text in row)
    window.grab().save(str(SHOTS / "calls15_en_agenda.png"))
    minutes = agenda.table.cellWidget(0, COL_MIN)
    assert isinstance(minutes, QSpinBox)
    minutes.setValue(15)  # the row is read back from the table
    agenda.table.item(1, COL_TITLE).setText("The programme's aims")
    assert agenda.save()
    saved = meetup.load_agenda(db, event_id).blocks
    assert (saved[0].title, saved[0].owner, saved[0].minutes) == ("経済産業省ご挨拶", "経済産業省", 15)
    assert saved[1].title == "The programme's aims" and saved[1].owner == stored[1].owner
    assert saved[2:] == stored[2:]


def test_a_region_tables_default_brief_shows_in_english_and_stays_stored_as_it_was(
        english: None, qtbot: QtBot, db: Database) -> None:
    programme_id = new_programme(db)
    event_id = _meetup(db, programme_id)
    purpose, questions, output = setups.default_brief(models.Region(name="Kushiro", municipality=""))
    stored = setups.SetupTable("Kushiro", 6, room="Kushiroルーム", purpose=purpose, questions=questions,
                               expected_output=output)
    setups.save_setup(db, event_id, setups.RoundSetup(tables=(stored,)))
    window = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(window)
    page = shown_page(qtbot, window, "meetup")
    assert isinstance(page, MeetupPage)
    page.select_event(event_id)
    docs = page.docs_tab
    page.tabs.setCurrentWidget(docs)
    shown = [docs.room_edit.text(), docs.purpose_edit.toPlainText(), docs.questions_edit.toPlainText(),
             docs.expected_edit.toPlainText(), docs.fields_edit.toPlainText()]
    assert shown[0] == "Kushiro room" and not any(JAPANESE.search(text) for text in shown)
    assert not docs.has_unsaved()
    window.grab().save(str(SHOTS / "calls15_en_briefs.png"))
    docs.expected_edit.setPlainText("Two companies to visit")
    assert docs.has_unsaved() and docs.save()
    saved = setups.load_setup(db, event_id)
    assert saved is not None
    table = saved.tables[0]
    assert (table.room, table.purpose, table.questions) == ("Kushiroルーム", purpose, questions)
    assert table.expected_output == "Two companies to visit" and saved.sheet_fields == DEFAULT_SHEET_FIELDS
