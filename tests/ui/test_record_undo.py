"""Undo and redo between two instances of the app on one database: never onto another record, never over a change.

Instance A runs the undo stack; instance B is a second Database (its own engine) on the same SQLite file or
PostgreSQL database, standing in for another copy of the app.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import (AnyRecord, EventRecord, ProgrammeRecord, StaffRecord, TalentRecord,
                                           VenueRecord)
from colead_desktop.services.records import get_record, insert_record, list_records, save_record
from colead_desktop.services.tours import load_tour, save_tour
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.undo import RecordChange
from tests.ui.loading import shown_page, wait_loaded
from tests.programmes import new_programme
from tests.ui.conftest import show_demo
from tests.ui.modal import when_modal
from tests.ui.test_main_window import fill_talent

Pair = tuple[Database, Database]
"""Instances A and B of the app on one database."""


@pytest.fixture
def programme(instances: Pair) -> int:
    """The programme the records are listed in, as a page would (staff and venues without a region: any)."""
    return new_programme(instances[0])


class History:
    """Instance A's undo stack, with the refusals it showed."""

    def __init__(self, db: Database, programme: int) -> None:
        self.db, self.programme, self.stack, self.refusals = db, programme, QUndoStack(), list[tuple[str, str]]()

    def push(self, before: AnyRecord | None, after: AnyRecord | None) -> None:
        self.stack.push(RecordChange(self.db, before, after, "staff", lambda: None,
                                     lambda title, text: self.refusals.append((title, text)), self.programme,
                                     "事務局 太郎"))


def staff(db: Database, *names: str) -> list[StaffRecord]:
    return [save_record(db, StaffRecord(None, name, "lab", role="調整役")) for name in names]


def test_undoing_a_delete_restores_the_record_and_leaves_a_newer_one_alone(
        qtbot: QtBot, instances: Pair, programme: int) -> None:
    a, b = instances
    _, deleted = staff(a, "残る人", "消える人")  # the newest row: the id SQLite would hand out again
    history = History(a, programme)
    history.push(deleted, None)
    newcomer = save_record(b, StaffRecord(None, "Bの新人", "sme"))
    assert newcomer.id is not None and deleted.id is not None and newcomer.id > deleted.id

    history.stack.undo()

    assert history.refusals == []
    assert get_record(a, StaffRecord, deleted.id) == deleted  # same id, same uuid, same values
    assert get_record(b, StaffRecord, newcomer.id) == newcomer
    assert len(list_records(b, StaffRecord, programme)) == 3
    history.stack.redo()
    assert [s.name for s in list_records(b, StaffRecord, programme)] == ["残る人", "Bの新人"]


def test_undoing_an_edit_that_another_instance_edited_since_is_refused(
        qtbot: QtBot, instances: Pair, programme: int) -> None:
    a, b = instances
    (original,) = staff(a, "山田 太郎")
    history = History(a, programme)
    history.push(original, replace(original, role="A の変更"))
    theirs = save_record(b, replace(get_record(b, StaffRecord, original.id or 0), role="B の変更"))

    history.stack.undo()

    assert get_record(a, StaffRecord, original.id or 0) == theirs
    ((title, text),) = history.refusals
    assert title == "元に戻せません"
    assert "このスタッフはその後ほかの操作で変更された" in text and "山田" not in text
    assert history.stack.count() == 0  # the refused step left the history; nothing was marked undone


def test_undoing_an_add_that_another_instance_edited_since_is_refused(
        qtbot: QtBot, instances: Pair, programme: int) -> None:
    a, b = instances
    history = History(a, programme)
    history.push(None, StaffRecord(None, "新規 花子", "lab"))
    (added,) = list_records(b, StaffRecord, programme)
    theirs = save_record(b, replace(added, phone="090-0000-0000"))

    history.stack.undo()

    assert list_records(a, StaffRecord, programme) == [theirs]
    assert "変更された" in history.refusals[0][1]


def test_undoing_an_add_that_another_instance_deleted_is_refused_and_redo_keeps_working_below(
        qtbot: QtBot, instances: Pair, programme: int) -> None:
    a, b = instances
    (kept,) = staff(a, "残る人")
    history = History(a, programme)
    history.push(kept, replace(kept, role="1回目"))
    history.push(None, StaffRecord(None, "すぐ消される人", "lab"))
    added = next(s for s in list_records(b, StaffRecord, programme) if s.id != kept.id)
    with b.session() as session:
        session.delete(session.get(models.Staff, added.id))

    history.stack.undo()
    assert "削除されています" in history.refusals[0][1]
    assert (history.stack.count(), history.stack.index()) == (1, 1)
    history.stack.undo()  # the edit below it is still there, and still checked
    assert get_record(a, StaffRecord, kept.id or 0) == kept
    assert len(history.refusals) == 1


def test_undoing_a_delete_whose_id_was_taken_is_refused(
        qtbot: QtBot, instances: Pair, programme: int) -> None:
    """Ids are never handed out again, but one deleted before migration 0007 could be: the undo checks."""
    a, b = instances
    (deleted,) = staff(a, "消える人")
    history = History(a, programme)
    history.push(deleted, None)
    with b.session() as session:
        squatter = insert_record(session, StaffRecord(deleted.id, "同じIDの人", "other"))

    history.stack.undo()

    assert list_records(a, StaffRecord, programme) == [squatter]
    assert f"ID {deleted.id}" in history.refusals[0][1]


def test_a_save_never_writes_onto_a_row_that_only_shares_the_id(
        qtbot: QtBot, instances: Pair) -> None:
    a, _b = instances
    (person,) = staff(a, "本人")
    with pytest.raises(Exception, match="存在しません"):
        save_record(a, replace(person, uuid="00000000-0000-0000-0000-000000000000", role="上書き"))
    assert get_record(a, StaffRecord, person.id or 0) == person


def test_undo_and_redo_round_trip_every_kind_of_value_without_false_conflicts(
        qtbot: QtBot, instances: Pair, programme: int) -> None:
    """Floats, JSON lists, booleans and times come back from the database equal to what was written."""
    a, b = instances
    history = History(a, programme)
    history.push(None, VenueRecord(None, "会議室", lat=35.0651, lon=136.6843, facilities=("display", "internet"),
                                   free_of_charge=True, closed_weekdays=(5, 6)))
    (venue,) = list_records(b, VenueRecord, programme)
    history.push(venue, replace(venue, capacity=30, lat=35.1))
    starts = datetime(2026, 12, 1, 18, 0)
    history.push(None, EventRecord(None, programme, "meetup", "交流会", starts, starts + timedelta(hours=2),
                                   venue_id=venue.id))
    for _ in range(3):
        history.stack.undo()
    assert list_records(b, VenueRecord, programme) == [] and list_records(b, EventRecord, programme) == []
    for _ in range(3):
        history.stack.redo()
    (event,) = list_records(b, EventRecord, programme)
    assert (event.starts_at, list_records(b, VenueRecord, programme)[0].capacity) == (starts, 30)
    assert history.refusals == [] and history.stack.index() == 3


def test_a_first_edit_from_a_stale_list_is_refused_too(qtbot: QtBot, instances: Pair, programme: int) -> None:
    a, b = instances
    (shown,) = staff(a, "一覧の人")
    theirs = save_record(b, replace(shown, role="B の変更"))
    history = History(a, programme)
    history.push(shown, replace(shown, role="A の変更"))
    assert get_record(a, StaffRecord, shown.id or 0) == theirs
    ((title, text),) = history.refusals
    assert title == "staff" and "変更された" in text and "履歴" not in text  # it never entered the history
    assert history.stack.count() == 0


def _talents_window(qtbot: QtBot, db: Database) -> tuple[int, MainWindow, RecordsPage]:
    """A new programme, and the main window on its talent list."""
    programme = new_programme(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    page = shown_page(qtbot, window, "talents")
    assert isinstance(page, RecordsPage)
    return programme, window, page


def test_the_refused_undo_is_shown_to_the_user(qtbot: QtBot, db: Database) -> None:
    programme, window, page = _talents_window(qtbot, db)
    when_modal(fill_talent("佐藤 花子", "hanako@example.jp"))
    add_button = page.findChild(QPushButton, "add_button")
    assert add_button is not None
    add_button.click()
    other = Database()  # a second copy of the app on the same file
    (added,) = list_records(other, TalentRecord, programme)
    theirs = save_record(other, replace(added, email="sato@example.jp"))
    other.dispose()
    shown: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(read_and_close, QMessageBox)
    window.undo_stack.undo()

    assert list_records(db, TalentRecord, programme) == [theirs]
    ((title, text),) = shown
    assert title == "元に戻せません"
    assert "この人材はその後ほかの操作で変更された" in text and "履歴から外しました" in text
    assert "佐藤" not in text and "sato@" not in text
    assert window.undo_stack.count() == 0 and not window.undo_stack.canUndo()
    wait_loaded(qtbot, window)  # the list read again after the add (the page reads a turn of the event loop later)
    assert page.model.rowCount() == 1


def _undo_reading_refusals(stack: QUndoStack) -> list[str]:
    """Undo once; the text of each message box it showed (each closed)."""
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    when_modal(read_and_close, QMessageBox)
    stack.undo()
    return shown


def test_programme_records_carry_a_uuid_from_insert(db: Database) -> None:
    first = save_record(db, ProgrammeRecord(None, "一", 2026))
    second = save_record(db, ProgrammeRecord(None, "二", 2026))
    assert len({first.uuid, second.uuid}) == 2 and all(len(p.uuid) == 36 for p in (first, second))
    assert list_records(db, ProgrammeRecord, first.id or 0) == [first, second]  # every programme, from any


def test_undoing_a_tour_edit_that_another_instance_edited_since_is_refused(qtbot: QtBot, context: AppContext) -> None:
    db = context.db
    show_demo(context)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.select_tour("demo-kuwana-2021")
    assert page.tour is not None
    page.apply(replace(page.tour, title="A の題名"), "ツアー設定の変更")
    other = Database()
    theirs = save_tour(other, page.programme_id, replace(load_tour(other, page.tour.id), title="B の題名"))
    other.dispose()
    shown = _undo_reading_refusals(page.undo_stack)

    assert load_tour(db, theirs.id) == page.tour and page.tour.title == "B の題名"
    assert "このツアーはその後ほかの操作で変更された" in shown[0]
    assert page.undo_stack.count() == 0


def test_a_refused_undo_of_an_edit_names_the_fields_by_their_labels_without_versions(
        qtbot: QtBot, db: Database) -> None:
    programme, window, page = _talents_window(qtbot, db)
    before = save_record(db, TalentRecord(None, programme, "テスト人材08", skills=("engineer",)))
    page._push(before, replace(before, affiliation="北見工大"), "人材の編集")  # A saves 所属
    other = Database()  # a second copy of the app on the same file changes it again
    save_record(other, replace(get_record(other, TalentRecord, before.id or 0, programme), affiliation="札幌大"))
    other.dispose()
    (text,) = _undo_reading_refusals(window.undo_stack)
    assert "違う項目: 所属" in text and "affiliation" not in text and "版" not in text and "→" not in text
