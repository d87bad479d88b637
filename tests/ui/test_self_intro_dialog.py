"""The talent dialog's 自己紹介 tab: each of the six answers is saved to its own field, one undo step with the
rest of the edit, refused at the field when too long; screenshots of the tab in Japanese and English."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.self_intro import INTRO_TEXT_LIMIT, SELF_INTRO_FIELDS
from colead_desktop.services.records import list_records, save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.record_dialog import RecordDialog
from tests.programmes import new_programme
from tests.ui.loading import shown_page
from tests.ui.modal import when_modal
from tests.conftest import shots_dir

SHOTS = shots_dir("intro18")
ANSWERS = {f.name: f"{f.ja}の答え（全角ＡＢＣ１２３）\n2行目" for f in SELF_INTRO_FIELDS}
STORED = ANSWERS  # typed in the app: kept as typed (NFKC is for text from outside)


@pytest.fixture
def programme(db: Database) -> int:
    return new_programme(db, "令和9年度 自己紹介テスト", 2027)


@pytest.fixture
def window(qtbot: QtBot, db: Database, programme: int) -> MainWindow:
    main = MainWindow(db, Settings())
    qtbot.addWidget(main)
    main.show()
    return main


def _intro_tab(dialog: QDialog) -> None:
    tabs = dialog.findChild(QTabWidget, "tabs")
    tabs.setCurrentWidget(dialog.findChild(QWidget, "tab_intro"))


def fill_intro(answers: dict[str, str]) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        _intro_tab(dialog)
        for name, text in answers.items():
            dialog.findChild(QPlainTextEdit, name).setPlainText(text)
        dialog.resize(640, 620)
        dialog.grab().save(str(SHOTS / "talent_dialog_intro_tab.png"))
        dialog.accept()

    return fill


def test_the_six_answers_are_saved_to_their_own_fields_and_undo_as_one_step(
        window: MainWindow, db: Database, programme: int, qtbot: QtBot) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    saved = save_record(db, TalentRecord(None, programme, "佐藤 花子", skills=("engineer",),
                                         strong_areas=("戦略策定",)), programme)
    page = shown_page(qtbot, window, "talents")
    assert isinstance(page, RecordsPage)
    page.table.selectRow(0)
    when_modal(fill_intro(ANSWERS))
    page.findChild(QPushButton, "edit_button").click()

    edited = list_records(db, TalentRecord, programme)[0]
    assert {name: getattr(edited, name) for name in ANSWERS} == STORED
    assert edited.strong_areas == ("戦略策定",)  # the sheet's first field is no longer taken from here

    window.undo_stack.undo()
    undone = list_records(db, TalentRecord, programme)[0]
    assert {name: getattr(undone, name) for name in ANSWERS} == dict.fromkeys(ANSWERS, "")
    assert undone == saved
    window.undo_stack.redo()
    assert {name: getattr(list_records(db, TalentRecord, programme)[0], name) for name in ANSWERS} == STORED


def test_an_answer_too_long_is_refused_at_its_field(window: MainWindow, db: Database, programme: int) -> None:
    page = window.page("talents")
    assert isinstance(page, RecordsPage)
    record = replace(page.kind.new_record(page.lookups), name="田中 一郎", skills=("engineer",))
    dialog = RecordDialog(page.kind.form, record, page.kind.choices(page.lookups), window)
    dialog.findChild(QPlainTextEdit, "intro_learning").setPlainText("学" * (INTRO_TEXT_LIMIT + 1))
    errors = dialog.refresh_validation()
    assert set(errors) == {"intro_learning"}
    assert f"{INTRO_TEXT_LIMIT} 文字以内" in errors["intro_learning"]
    assert dialog.editor("intro_learning").property("state") == "invalid"
    dialog.findChild(QPlainTextEdit, "intro_learning").setPlainText("学" * INTRO_TEXT_LIMIT)
    assert dialog.refresh_validation() == {}
