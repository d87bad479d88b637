"""On a team database the window shows what the signed-in role may do: actions it may not take are disabled
with the reason, approvals name the login, and a refusal by the database is a clear message."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from sqlalchemy.exc import DBAPIError

from colead_desktop.app import install_exception_hook
from colead_desktop.db.failures import database_label
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services import payment_records
from colead_desktop.services.records import list_records
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.sign_in import SignInDialog
from colead_desktop.ui.start_database import open_for_editing
from colead_desktop.services.team import signed_in
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.team_fixtures import LOGINS, Team
from tests.ui.sync_runner import SyncRunner


def _context(team_db: Team, key: str) -> AppContext:
    context = AppContext(team_db.as_(key), Settings(), SyncRunner(), QUndoStack())
    context.switch_programme(team_db.programme_id)
    return context


def _button(page: object, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def test_a_viewer_sees_every_change_disabled_with_the_reason(team_db: Team, qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    context = _context(team_db, "viewer")
    assert context.who == LOGINS["viewer"]
    talents = RecordsPage(next(k for k in record_kinds() if k.record_type is TalentRecord), context)
    tours = ToursPage(context)
    payments = PaymentsPage(context)
    for page in (talents, tours, payments):
        qtbot.addWidget(page)
    for page, names in ((talents, ("add_button", "delete_button")),
                        (tours, ("tour_new", "tour_copy", "tour_delete", "tour_add_item", "tour_settings")),
                        (payments, ("compute_button", "approve_button", "runs_button", "adjust_button"))):
        for name in names:
            button = _button(page, name)
            assert not button.isEnabled(), name
            assert "閲覧" in button.toolTip() and "権限" in button.toolTip(), name
    assert _button(talents, "edit_button").isEnabled()  # opening a record to read it stays
    assert _button(tours, "export_pdf").isEnabled()  # and so do the outputs
    tours.reload()  # the page's own enabling after a reload keeps the role's refusal
    assert not _button(tours, "tour_copy").isEnabled()
    payments.resize(1280, 800)
    payments.grab().save(str(tmp_path / "viewer-payments.png"))


def test_a_lab_coordinator_edits_tours_but_not_people_and_never_sees_payments(team_db: Team, qtbot: QtBot,
                                                                              tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(team_db.as_("lab"), Settings(), SyncRunner())
    qtbot.addWidget(window)
    window.context.switch_programme(team_db.programme_id)
    assert window.windowTitle().endswith("（ラボ担当）")
    window.show_page("tours")
    tours = window.stack.currentWidget()
    assert _button(tours, "tour_settings").isEnabled() and _button(tours, "tour_new").isEnabled()
    assert not _button(tours, "tour_check_settings").isEnabled()  # programme setup: the administrator's
    window.show_page("talents")
    assert not _button(window.stack.currentWidget(), "add_button").isEnabled()
    window.show_page("payments")
    shown = window.stack.currentWidget()
    assert isinstance(shown, QLabel) and "ラボ担当" in shown.text()
    window.resize(1280, 800)
    window.grab().save(str(tmp_path / "lab-payments.png"))


def test_sign_in_asks_again_after_a_wrong_password_and_opens_as_that_login(  # type: ignore[no-untyped-def]
        team_db: Team, qtbot: QtBot, monkeypatch, tmp_path) -> None:
    url = team_db.url.replace("//postgres@", f"//{LOGINS['secretariat']}@")  # no password, as a URL is shared
    typed = iter(["wrong-password", team_db.passwords["secretariat"]])
    problems: list[str] = []

    def answer(dialog: SignInDialog) -> int:
        problems.append(dialog.findChild(QLabel, "sign_in_problem").text())
        assert dialog.login.text() == LOGINS["secretariat"]  # from the URL
        dialog.password.setText(next(typed))
        dialog.resize(520, 200)
        dialog.grab().save(str(tmp_path / f"sign-in-{len(problems)}.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignInDialog, "exec", answer)
    db = open_for_editing(url)
    assert db is not None
    try:
        assert len(problems) == 2 and all("サインインできません" in p for p in problems)
        assert team_db.passwords["secretariat"] not in " ".join(problems)
        member = signed_in(db)
        assert member is not None and member.login == LOGINS["secretariat"]
    finally:
        db.dispose()


def test_an_unreachable_server_at_start_offers_retry_or_this_laptops_database(  # type: ignore[no-untyped-def]
        qtbot: QtBot, monkeypatch, data_dir, tmp_path) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.show()  # laid out as exec would
        box.grab().save(str(tmp_path / f"unreachable-{len(asked)}.png"))
        box.findChild(QPushButton, "retry_button" if len(asked) == 1 else "local_button").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    db = open_for_editing("postgresql+psycopg://someone:Secret9@127.0.0.1:1/colead")
    assert db is not None
    try:
        assert len(asked) == 2 and "接続できません" in asked[0] and "Secret9" not in asked[0]
        assert db.url == f"sqlite:///{data_dir / 'colead.sqlite3'}"
    finally:
        db.dispose()


def test_a_refusal_names_the_database_in_use_not_the_data_folders_file(  # type: ignore[no-untyped-def]
        team_db: Team, qtbot: QtBot, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_a: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the app's hook, for this test only
    window = MainWindow(team_db.as_("secretariat"), Settings(), SyncRunner())
    qtbot.addWidget(window)
    window.show()
    context = window.context
    context.switch_programme(team_db.programme_id)
    talent_id = list_records(context.db, TalentRecord, team_db.programme_id)[0].id
    assert talent_id is not None

    def write() -> None:  # payments are accounting's: the database refuses the secretariat's login
        payment_records.add_work_day(context.db, team_db.programme_id, talent_id, date(2022, 1, 7), "support", "x")

    assert not context.attempt(window, write, "追加できません")
    with pytest.raises(DBAPIError) as caught:
        write()
    install_exception_hook()  # what reaches no handler, when the window active then (if any) has no database
    sys.excepthook(caught.type, caught.value, caught.tb)
    assert [title for title, _text in shown] == ["追加できません", "操作できません"]  # no 入力エラー: nothing was typed
    for _title, text in shown:
        assert database_label(context.db.url) in text and "拒否" in text and "sqlite3" not in text
