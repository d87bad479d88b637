"""A 10,000-character name was refused by the database's length check as 「name: 100 文字以内にしてください」, the
internal key where the emoji check says 「氏名: …」 (review14a item 10): the dialog says both at the field's label."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import ValidationFailed
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import list_records, save_record
from colead_desktop.settings import Settings
from colead_desktop.ui import unsaved
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.record_dialog import RecordDialog
from tests.programmes import new_programme


def talent_dialog(qtbot: QtBot, db: Database) -> tuple[RecordDialog[TalentRecord], TalentRecord]:
    """The talent dialog of the records page, on a new talent with a name and a skill type."""
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    page = window.page("talents")
    assert isinstance(page, RecordsPage)
    record = replace(page.kind.new_record(page.lookups), name="田中 一郎", skills=("engineer",))
    dialog: RecordDialog[TalentRecord] = RecordDialog(page.kind.form, record, page.kind.choices(page.lookups), window)
    qtbot.addWidget(dialog)
    return dialog, record


def test_a_name_too_long_is_refused_at_its_label_as_an_emoji_is(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unsaved, "confirm_discard", lambda _parent, _changed: True)
    programme = new_programme(db, "令和9年度 長さテスト", 2027)
    dialog, record = talent_dialog(qtbot, db)
    name = dialog.findChild(QLineEdit, "name")
    label = dialog.findChild(QLabel, "validation_label")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    name.setText("長" * 10_000)
    assert label.text() == "氏名: 100 文字以内にしてください（10000 文字あります）" and not ok.isEnabled()
    name.setText("田中 😀")
    assert label.text() == "氏名: 「😀」（U+1F600）は印刷できないため使えません（PDFの書体にない文字です）。"
    name.setText("長" * 100)
    assert label.text() == "" and ok.isEnabled()
    with pytest.raises(ValidationFailed) as refused:  # the service says it under the field too, before the database
        save_record(db, replace(record, name="長" * 101), programme)
    assert set(refused.value.errors) == {"name"} and list_records(db, TalentRecord, programme) == []


def test_the_dialog_says_every_problem_in_the_forms_order(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name too long, an emoji in the kana and a bad e-mail: three lines, 氏名 first as on the form (review 15
    item 9: the name's length was listed after the kana's emoji, in the rules' order)."""
    monkeypatch.setattr(unsaved, "confirm_discard", lambda _parent, _changed: True)
    new_programme(db, "令和9年度 順序テスト", 2027)
    dialog, _record = talent_dialog(qtbot, db)
    dialog.findChild(QLineEdit, "name").setText("長" * 10_000)
    dialog.findChild(QLineEdit, "kana").setText("タナカ😀")
    dialog.findChild(QLineEdit, "email").setText("tanaka@")
    lines = dialog.findChild(QLabel, "validation_label").text().split("\n")
    assert [line.split(": ")[0] for line in lines] == ["氏名", "フリガナ", "メール"]
