"""持ち出し in the window: a checked-out tour as another login sees it, ファイル > 持ち出し… / 持ち帰り…, and the
last offline copy offered at a start away from the server."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.offline import Scope
from colead_desktop.offline_copies import remember_copy
from colead_desktop.services import tours
from colead_desktop.services.offline_checkout import check_out
from colead_desktop.settings import Settings
from colead_desktop.ui import offline_actions
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.start_database import open_for_editing
from tests.services.offline_team import Shared, shared  # noqa: F401 - the fixture
from tests.team_fixtures import LOGINS
from tests.ui.sync_runner import SyncRunner
from tests.conftest import shots_dir

SHOTS = shots_dir("off16")


def _shot(widget: object, name: str, tmp_path: Path) -> None:
    folder = SHOTS
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))  # type: ignore[attr-defined]


def test_a_checked_out_tour_is_read_only_for_another_login(shared: Shared, qtbot: QtBot,  # noqa: F811
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    until = tokyo_today() + timedelta(days=7)
    check_out(shared.as_("lab"), shared.programme_id, Scope.REGION, shared.kitami, until, tmp_path / "k.sqlite",
              tokyo_today())
    context = AppContext(shared.as_("secretariat"), Settings(), SyncRunner(), QUndoStack())
    context.switch_programme(shared.programme_id)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 850)
    page.show()
    page.select_tour(shared.tour_key)
    qtbot.waitExposed(page)
    expected = f"{LOGINS['lab']}さんが持ち出し中（{until.month}/{until.day}まで）"
    assert page.hold_banner.isVisible() and expected in page.hold_banner.text()
    for button in (page.settings_button, page.delete_button, page.add_item_button):
        assert not button.isEnabled() and expected in button.toolTip()
    _shot(page, "tour-held-by-another-login.png", tmp_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert page.tour is not None
    before = page.tour
    page.apply(replace(page.tour, title="ドラッグした変更"), "move")  # e.g. a drag on the timeline
    assert told and expected in told[0] and page.undo_stack.count() == 0
    assert tours.load_tour(context.db, shared.tour_key) == before


def test_the_holder_sees_a_note_not_a_lock(shared: Shared, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811
    context = AppContext(shared.as_("lab"), Settings(), SyncRunner(), QUndoStack())
    context.switch_programme(shared.programme_id)
    check_out(context.db, shared.programme_id, Scope.REGION, shared.kitami, tokyo_today(), tmp_path / "k.sqlite",
              tokyo_today())
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.select_tour(shared.tour_key)
    assert "あなたの持ち出し" in page.hold_banner.text() and page.settings_button.isEnabled()


def test_file_menu_check_out_and_check_in(db: Database, qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from colead_desktop.services.demo import load_demo

    programme_id = load_demo(db)
    assert programme_id is not None
    context = AppContext(db, Settings(), SyncRunner(), QUndoStack())
    context.switch_programme(programme_id)
    target = tmp_path / "kuwana.sqlite"
    shown: list[offline_actions.CheckOutDialog] = []

    def choose(dialog: offline_actions.CheckOutDialog) -> int:
        dialog.what.setCurrentIndex(dialog.what.findText("桑名のツアー"))
        dialog.show()
        _shot(dialog, "check-out-dialog.png", tmp_path)
        shown.append(dialog)
        return 1

    monkeypatch.setattr(offline_actions.CheckOutDialog, "exec", choose)
    monkeypatch.setattr(offline_actions, "save_file", lambda *_args, **_kw: target)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    offline_actions.start_check_out(context, None)  # type: ignore[arg-type]
    assert shown and target.is_file() and "桑名のツアー" in messages[-1]

    offline = Database(f"sqlite:///{target}")
    [summary] = tours.list_tours(offline, programme_id)[:1] or [None]
    assert summary is not None
    tour = tours.load_tour(offline, summary.key)
    tours.replace_tour(offline, tour, replace(tour, title="桑名（現地で修正）"))
    offline.dispose()

    monkeypatch.setattr(offline_actions.QFileDialog, "getOpenFileName", lambda *_a: (str(target), ""))
    questions: list[str] = []

    def agree(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", agree)
    offline_actions.start_check_in(context, None)  # type: ignore[arg-type]
    assert "書き戻す変更: 1 件" in questions[0] and "書き戻す変更: 1 件" in messages[-1]
    assert tours.load_tour(db, summary.key).title == "桑名（現地で修正）"


def test_an_unreachable_server_offers_the_last_offline_copy(qtbot: QtBot, tmp_path: Path, data_dir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    copy_file = tmp_path / "持ち出し_北見.sqlite"
    Database(f"sqlite:///{copy_file}").migrate()
    remember_copy(copy_file, "127.0.0.1/colead")

    def answer(box: QMessageBox) -> int:
        box.show()
        _shot(box, "unreachable-offers-offline-copy.png", tmp_path)
        box.findChild(QPushButton, "offline_button").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    db = open_for_editing("postgresql+psycopg://someone:Secret9@127.0.0.1:1/colead")
    assert db is not None
    try:
        assert db.url == f"sqlite:///{copy_file.resolve()}"
    finally:
        db.dispose()


def test_a_meetup_held_by_someone_else_is_shown_not_edited(db: Database, qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from colead_desktop.services import meetup
    from colead_desktop.services.demo import load_demo
    from colead_desktop.ui.pages.meetup_page import MeetupPage

    programme_id = load_demo(db)
    assert programme_id is not None
    event_id = meetup.meetup_event_id(db, programme_id)
    assert event_id is not None
    monkeypatch.setenv("COLEAD_USER", "okinawa_lab")  # on SQLite the hold names this computer's user
    check_out(db, programme_id, Scope.EVENT, event_id, tokyo_today(), tmp_path / "m.sqlite", tokyo_today())
    monkeypatch.setenv("COLEAD_USER", "tanaka")
    context = AppContext(db, Settings(), SyncRunner(), QUndoStack())
    context.switch_programme(programme_id)
    page = MeetupPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.select_event(event_id)
    qtbot.waitExposed(page)
    assert "okinawa_labさんが持ち出し中" in page.hold_banner.text()
    assert not page.agenda_tab.isEnabled() and not page.roundtable_tab.isEnabled() and page.docs_tab.isEnabled()
    _shot(page, "meetup-held-by-another-user.png", tmp_path)
