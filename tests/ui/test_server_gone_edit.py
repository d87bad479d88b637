"""The database server goes away while a record is being saved: the save is refused with a clear message, nothing
is half-written, and the form opens again holding the edit, which saves once the server is back."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import RegionRecord
from colead_desktop.services.records import list_records
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages import records_page
from colead_desktop.ui.pages.record_kinds import record_kinds
from tests.pg_server import PostgresServer
from tests.programmes import new_programme
from tests.ui.sync_runner import SyncRunner


def test_the_edit_stays_in_the_form_and_saves_after_the_server_returns(
        postgres: PostgresServer, migrated_postgres: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(postgres.fresh_database(template=migrated_postgres))
    context = AppContext(db, Settings(), SyncRunner(), QUndoStack())
    context.switch_programme(new_programme(db))
    page = records_page.RecordsPage(next(k for k in record_kinds() if k.record_type is RegionRecord), context)
    qtbot.addWidget(page)
    shown: list[Any] = []
    warnings: list[str] = []

    def form(_name: str, record: Any, _choices: Any, _parent: Any) -> Any:
        shown.append(record)
        if len(shown) == 1:
            postgres.halt()  # gone while the user types
            return replace(record, name="北見", lab_name="北見ラボ")
        postgres.start()
        return record  # the user presses 保存 again on what the form still holds

    monkeypatch.setattr(records_page, "edit_record", form)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    try:
        page.add()
    finally:
        if len(shown) < 2:  # the form never came back: bring the server back for the other tests
            postgres.start()
    assert len(shown) == 2 and (shown[1].name, shown[1].lab_name) == ("北見", "北見ラボ")
    assert len(warnings) == 1 and "接続できません" in warnings[0] and "Traceback" not in warnings[0]
    assert [(r.name, r.lab_name) for r in list_records(db, RegionRecord, context.programme_id or 0)] == [
        ("北見", "北見ラボ")]  # saved once, after the server came back
    assert context.undo_stack.count() == 1
    db.dispose()
