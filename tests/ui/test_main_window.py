"""The main window offscreen: every page opens; a talent is added, edited, undone, redone and deleted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import list_records
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.record_dialog import RecordDialog
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded
from tests.ui.modal import when_modal


@pytest.fixture
def programme(db: Database) -> int:
    """The user's own programme, the one the window shows."""
    return new_programme(db)


@pytest.fixture
def window(qtbot, db: Database, programme: int) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(db, Settings())
    qtbot.addWidget(main)
    main.show()
    return main


def fill_talent(name: str, email: str = "") -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        dialog.findChild(QLineEdit, "name").setText(name)
        dialog.findChild(QLineEdit, "email").setText(email)
        skills = dialog.findChild(QListWidget, "skills")
        from PySide6.QtCore import Qt

        skills.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    return fill


def test_every_page_opens(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for key in window.page_keys:
        window.show_page(key)
        assert window.current_page_key() == key  # the sidebar at once; a first visit's page a turn later
        wait_loaded(qtbot, window)
        assert window.stack.currentWidget().objectName() == f"{key}_page"
        window.show_page(key)  # visited again: shown at once
        assert window.stack.currentWidget().objectName() == f"{key}_page"


def test_the_meetup_page_is_headed_with_its_sidebar_name(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Review 14c item 14: the sidebar said ミートアップ, the page heading オンラインイベント."""
    page = shown_page(qtbot, window, "meetup")
    heading = next(label for label in page.findChildren(QLabel) if label.property("role") == "page_title")
    assert heading.text() == window.nav.item(window.page_keys.index("meetup")).text() == "ミートアップ"


def test_the_list_filter_shows_its_whole_choice(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Review 14c item 14: at 1366 px the search's stretch cut the filter to 「スキルタイプ: す…」."""
    window.resize(1200, 700)
    page = shown_page(qtbot, window, "talents")
    combo = page.findChild(QComboBox, "filter_combo")
    assert combo.currentText() == "スキルタイプ: すべて"
    arrow = 20  # the drop-down arrow beside the text
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + arrow


def test_a_page_left_before_its_first_showing_is_not_shown(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    wait_loaded(qtbot, window)
    window.show_page("talents")  # built now, shown in the event loop's next turn
    window.show_page("venues")  # the user moved on before that turn
    wait_loaded(qtbot, window)
    assert window.stack.currentWidget().objectName() == "venues_page" and window.current_page_key() == "venues"


def test_add_edit_undo_redo_delete_a_talent(window: MainWindow, db: Database, programme: int,
                                            monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, window, "talents")
    assert isinstance(page, RecordsPage)

    when_modal(fill_talent("佐藤 花子", "hanako@example.jp"))
    page.findChild(QPushButton, "add_button").click()
    talents = list_records(db, TalentRecord, programme)
    assert [t.name for t in talents] == ["佐藤 花子"]
    assert talents[0].skills == ("data_scientist",)
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 1

    page.table.selectRow(0)
    when_modal(fill_talent("佐藤 花子（編集）", "ｈａｎａｋｏ@example.jp"))
    page.findChild(QPushButton, "edit_button").click()
    edited = list_records(db, TalentRecord, programme)[0]
    # the name kept as typed, the e-mail address (an identifier) NFKC-normalised
    assert (edited.name, edited.email) == ("佐藤 花子（編集）", "hanako@example.jp")

    window.undo_stack.undo()
    assert list_records(db, TalentRecord, programme)[0].name == "佐藤 花子"
    window.undo_stack.redo()
    assert list_records(db, TalentRecord, programme)[0].name == "佐藤 花子（編集）"

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    wait_loaded(qtbot, page)
    page.table.selectRow(0)
    page.findChild(QPushButton, "delete_button").click()
    assert list_records(db, TalentRecord, programme) == []
    window.undo_stack.undo()
    assert [t.name for t in list_records(db, TalentRecord, programme)] == ["佐藤 花子（編集）"]
    window.undo_stack.undo()  # the edit
    window.undo_stack.undo()  # the add
    assert list_records(db, TalentRecord, programme) == []


def test_validation_message_is_shown_at_the_field(window: MainWindow, db: Database) -> None:
    page = window.page("talents")
    assert isinstance(page, RecordsPage)
    dialog = RecordDialog(page.kind.form, page.kind.new_record(page.lookups), page.kind.choices(page.lookups), window)
    dialog.findChild(QLineEdit, "email").setText("not-an-address")
    errors = dialog.refresh_validation()
    label = dialog.findChild(QLabel, "validation_label")
    assert "メールアドレスの形式が正しくありません" in errors["email"]
    assert "メール: メールアドレスの形式が正しくありません" in label.text()
    assert "氏名: 入力してください。" in label.text()
    assert dialog.editor("email").property("state") == "invalid"
    dialog.findChild(QLineEdit, "name").setText("田中 一郎")
    dialog.findChild(QLineEdit, "email").setText("ichiro@example.jp")
    dialog.findChild(QListWidget, "skills").item(0).setCheckState(
        dialog.findChild(QListWidget, "skills").item(0).checkState().Checked)
    assert dialog.refresh_validation() == {}
    assert label.text() == ""
    assert dialog.editor("email").property("state") == ""


def test_the_dialog_keeps_a_typed_name_and_stores_a_typed_phone_number_in_one_form(window: MainWindow) -> None:
    page = window.page("talents")
    assert isinstance(page, RecordsPage)
    dialog = RecordDialog(page.kind.form, page.kind.new_record(page.lookups), page.kind.choices(page.lookups), window)
    dialog.findChild(QLineEdit, "name").setText(" 山田 太郎（ＤＸ推進） ")
    dialog.findChild(QLineEdit, "phone").setText("０８０ー３３３３ー４４４４")
    dialog.findChild(QListWidget, "skills").item(0).setCheckState(Qt.CheckState.Checked)
    record, errors = dialog.record()
    assert errors == {}
    assert (record.name, record.phone) == ("山田 太郎（ＤＸ推進）", "080-3333-4444")  # type: ignore[attr-defined]
    dialog.findChild(QLineEdit, "phone").setText("080-3333-444")
    assert dialog.refresh_validation() == {}  # ten digits: the length of a landline's number
    dialog.findChild(QLineEdit, "phone").setText("080-3333-44")
    assert "電話番号の形式が正しくありません" in dialog.refresh_validation()["phone"]


def test_delete_refuses_and_names_dependents(window: MainWindow, db: Database, programme: int,
                                             monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from colead_desktop.domain.records import RegionRecord
    from colead_desktop.services.records import save_record

    region = save_record(db, RegionRecord(None, "桑名"), programme)
    save_record(db, TalentRecord(None, programme, "鈴木 次郎", skills=("engineer",), assigned_region_id=region.id))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    regions_page = shown_page(qtbot, window, "regions").widget(0)
    regions_page.reload()
    wait_loaded(qtbot, regions_page)
    regions_page.table.selectRow(0)
    regions_page.findChild(QPushButton, "delete_button").click()
    assert shown and "人材の担当地域（1名）" in shown[0] and "桑名" in shown[0] and "鈴木" not in shown[0]


def test_window_remembers_the_last_page(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(db, Settings())
    qtbot.addWidget(first)
    first.show_page("venues")
    first.close()
    second = MainWindow(db, Settings())
    qtbot.addWidget(second)
    assert second.current_page_key() == "venues"


def test_every_dialog_opens_on_demo_records_without_errors(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Each kind's form binds every field of a real record, and the demo's records pass validation."""
    from dataclasses import fields

    from colead_desktop.services.demo import load_demo
    from colead_desktop.services.lookups import load_lookups
    from colead_desktop.ui.pages.record_kinds import record_kinds

    demo = load_demo(db)
    assert demo is not None
    lookups = load_lookups(db, demo)
    for kind in record_kinds():
        for record in list_records(db, kind.record_type, demo):
            dialog = RecordDialog(kind.form, record, kind.choices(lookups))
            qtbot.addWidget(dialog)
            assert dialog.refresh_validation() == {}, (kind.key, record)
            edited, _ = dialog.record()
            assert edited == record, f"{kind.key}: the dialog changed {record} without an edit"
            bound = {name.partition("__")[0] for name in dialog._editors}
            assert bound >= {f.name for f in fields(record)} - {"id", "uuid", "programme_id", "version"}, kind.key


@pytest.mark.parametrize("key", ["talents", "venues", "events"])
def test_a_new_record_dialog_starts_typing_in_its_first_field(window: MainWindow, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N / 新規 on a tabbed record form put the focus on its tab bar: the first characters typed were lost."""
    page = shown_page(qtbot, window, key)
    assert isinstance(page, RecordsPage)
    focused: list[str] = []

    def look(dialog: QDialog) -> None:
        widget = dialog.focusWidget()
        focused.append(f"{type(widget).__name__} {widget.objectName()}" if widget is not None else "none")
        dialog.done(0)

    when_modal(look, RecordDialog)
    page.add()
    assert focused in (["QLineEdit name"], ["QLineEdit title"])
