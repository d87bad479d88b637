"""Where the user looks for calendars: the Tours page writes one per member (ids in the names), File >
プログラムのカレンダー writes the programme's, and the handouts export refuses an empty selection before the
file dialog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services import tours as tours_service
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui import actions
from colead_desktop.ui import file_dialogs
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.meetup import docs_tab
from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.programmes import new_programme
from tests.ui.sync_runner import SyncRunner
from tests.services.test_tour_archived_party import crowded_tour
from tests.ui.test_tours_page import KUWANA


def test_the_tours_page_writes_a_calendar_per_member(tours_page: ToursPage, tmp_path: Path, artifacts: Path) -> None:
    button = tours_page.findChild(QPushButton, "export_member_ics")
    assert button is not None and button.isEnabled()
    tour = tours_page.tour
    assert tour is not None and tour.members
    tours_page.export_member_ics(tmp_path)
    names = sorted(p.name for p in tmp_path.glob("*.ics"))
    assert len(names) == 1 + len(tour.members) and f"tour-{KUWANA}.ics" in names
    assert not any(m.name in n for m in tour.members for n in names)
    assert str(tmp_path) in tours_page.saved_label.text()
    QApplication.processEvents()
    tours_page.grab().save(str(artifacts / "tours_page_calendar_buttons.png"))


def test_the_tours_page_says_how_many_files_cancel_a_member_who_left(tours_page: ToursPage, tmp_path: Path,
                                                                      artifacts: Path) -> None:
    tour = tours_page.tour
    assert tour is not None and len(tour.members) > 1
    tours_page.export_member_ics(tmp_path)
    tours_service.save_tour(tours_page.db, tours_page._programme(), replace(tour, members=tour.members[1:]))
    tours_page.export_member_ics(tmp_path)
    gone = icalendar.Calendar.from_ical((tmp_path / f"tour-{KUWANA}-{tour.members[0].id}.ics").read_bytes())
    assert str(gone["METHOD"]) == "CANCEL"
    assert "取り消し 1 件を含む" in tours_page.saved_label.text()
    assert f"{1 + len(tour.members)} 件" in tours_page.saved_label.text()
    QApplication.processEvents()
    tours_page.grab().save(str(artifacts / "tours_page_calendar_cancel.png"))


def test_handouts_with_nothing_ticked_are_refused_before_the_file_dialog(
        context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = docs_tab.DocsTab(context)
    qtbot.addWidget(docs)
    docs.event_id = 1  # any event: the refusal comes before the database is read
    for box in docs.findChildren(QCheckBox):
        if box.objectName().startswith("part_"):
            box.setChecked(False)
    asked: list[str] = []
    told: list[str] = []
    def save_file(*_args: object, **_kw: object) -> None:
        asked.append("save")

    monkeypatch.setattr(docs_tab, "save_file", save_file)
    monkeypatch.setattr(docs_tab.QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    docs.ask_handouts()
    assert asked == [] and told == ["配布資料に含めるものを1つ以上選んでください。"]


def test_file_menu_writes_the_programme_calendar(qtbot: QtBot, db: Database, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """On a new programme (the demo's content is the service tests' business)."""
    new_programme(db, "令和8年度 カレンダー")
    window = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(window)
    [action] = [a for a in window.menus["file"].actions() if a.text() == "プログラムのカレンダー (.ics)…"]
    suggested: list[str] = []

    def save_file(_parent: object, _settings: object, _title: str, name: str, _pattern: str) -> Path:
        suggested.append(name)
        return tmp_path / name

    told: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    monkeypatch.setattr(actions.QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    action.trigger()
    programme_id = window.context.programme_id
    assert suggested == [f"programme-{programme_id}.ics"]
    target = tmp_path / suggested[0]
    assert told == [f"書き出しました: {target}"]
    assert str(icalendar.Calendar.from_ical(target.read_bytes())["X-WR-CALNAME"]) == "令和8年度 カレンダー"


def test_the_meetup_tab_says_how_many_talent_files_cancel(meetup_page: MeetupPage, tmp_path: Path,
                                                           artifacts: Path) -> None:
    """A talent recorded absent from every round after a first export: their file becomes a cancellation."""
    db, event_id = meetup_page.db, meetup_page.event_id
    assert event_id is not None
    meetup_page.tabs.setCurrentWidget(meetup_page.docs_tab)
    docs = meetup_page.docs_tab
    docs.export_talent_ics(tmp_path)
    assert "取り消し" not in docs.saved_label.text()
    edit = edits.current_edit(db, event_id)
    away = edit.talents[0].talent_id
    edits.apply_setup(db, event_id, replace(edit, talents=tuple(replace(t, rounds=()) if t.talent_id == away else t
                                                                for t in edit.talents)))
    docs.export_talent_ics(tmp_path)
    assert "16 件のカレンダー（取り消し 1 件を含む）" in docs.saved_label.text()
    gone = icalendar.Calendar.from_ical((tmp_path / f"event-{event_id}-talent-{away}.ics").read_bytes())
    assert str(gone["METHOD"]) == "CANCEL"
    QApplication.processEvents()
    meetup_page.grab().save(str(artifacts / "meetup_calendar_cancel.png"))


def test_the_tours_page_tells_where_the_cancellations_went(tours_page: ToursPage, tmp_path: Path,
                                                          artifacts: Path) -> None:
    """Exported first into one folder, then (after a member left) into another: the page says in a message where
    the cancellation went (the new folder, and the earlier file rewritten), as the people who left must get it
    (review 16 item 2)."""
    tour = tours_page.tour
    assert tour is not None and len(tour.members) > 1
    first, second = tmp_path / "first", tmp_path / "second"
    tours_page.export_member_ics(first)
    assert tours_page.findChild(QMessageBox, "calendar_cancellations") is None  # nobody to cancel: no message
    tours_service.save_tour(tours_page.db, tours_page._programme(), replace(tour, members=tour.members[1:]))
    tours_page.export_member_ics(second)
    name = f"tour-{KUWANA}-{tour.members[0].id}.ics"
    for folder in (first, second):
        assert str(icalendar.Calendar.from_ical((folder / name).read_bytes())["METHOD"]) == "CANCEL"
    box = tours_page.findChild(QMessageBox, "calendar_cancellations")
    assert box is not None and box.isVisible()
    assert "取り消し 1 件を含む" in box.text() and f"前回の書き出し先 {first.resolve()}" in box.text()
    assert str(second / name) in box.informativeText() and str(first / name) in box.informativeText()
    assert not any(member.name in box.informativeText() for member in tour.members)  # ids only
    QApplication.processEvents()
    box.grab().save(str(artifacts / "tours_page_calendar_cancellations.png"))
    box.accept()


def test_file_menu_asks_before_a_programme_calendar_with_tour_errors(qtbot: QtBot, db: Database, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The programme's calendar holds every tour's items, so the window asks first when a tour's check finds errors,
    as a tour's own export does (review 16 item 5): いいえ writes nothing, はい writes it."""
    programme, _key, _gone = crowded_tour(db)  # three people in a hall for two: one error
    window = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(window)
    window.context.switch_programme(programme)
    [action] = [a for a in window.menus["file"].actions() if a.text() == "プログラムのカレンダー (.ics)…"]
    target = tmp_path / f"programme-{programme}.ics"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_args: target)
    monkeypatch.setattr(actions.QMessageBox, "information", lambda *_args: None)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(actions.QMessageBox, "question", question)
    action.trigger()
    assert asked == ["ツアーのチェックでエラーが1件見つかっています。このまま書き出しますか？"] and not target.exists()
    action.trigger()
    assert len(asked) == 2 and target.exists()
