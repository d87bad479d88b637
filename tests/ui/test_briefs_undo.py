"""資料 tab 保存 (the table briefs and sheet fields) is an undo step (issue 17 item 1): do, undo, redo read back
through the service; another session's change of the setup refuses the step without writing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup_setup as setups
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.meetup.docs_tab import DocsTab
from colead_desktop.ui.pages.meetup_page import MeetupPage


@pytest.fixture
def tab(demo_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> DocsTab:
    """The 資料 tab of the demo meetup; warnings recorded in `tab.shown`."""
    page = MeetupPage(demo_context)
    qtbot.addWidget(page)
    tab = page.docs_tab
    tab.shown = []  # type: ignore[attr-defined]  # test-only record of the warnings
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: tab.shown.append((title, text)))
    return tab


def _stored(db: Database, tab: DocsTab) -> setups.RoundSetup:
    assert tab.event_id is not None
    stored = setups.load_setup(db, tab.event_id)
    assert stored is not None
    return stored


def test_saved_briefs_are_one_step_undone_and_redone(tab: DocsTab, demo_db: Database) -> None:
    original = _stored(demo_db, tab)
    tab.purpose_edit.setPlainText("新しい目的")
    tab.fields_edit.setPlainText("氏名\n得意分野")
    assert tab.has_unsaved() and tab.undo_stack.count() == 0  # edits wait for 保存
    assert tab.save()
    edited = _stored(demo_db, tab)
    assert edited.tables[0].purpose == "新しい目的" and edited.sheet_fields == ("氏名", "得意分野")
    assert edited.tables[1:] == original.tables[1:] and edited.talents == original.talents
    assert tab.undo_stack.undoText() == "テーブル別の案内を保存" and not tab.has_unsaved()

    tab.undo_stack.undo()
    assert _stored(demo_db, tab) == original
    assert tab.purpose_edit.toPlainText() == original.tables[0].purpose and not tab.has_unsaved()
    tab.undo_stack.redo()
    assert _stored(demo_db, tab) == edited and tab.purpose_edit.toPlainText() == "新しい目的"

    assert tab.save() and tab.undo_stack.count() == 1  # saving nothing new adds no step
    assert tab.shown == []  # type: ignore[attr-defined]


def test_undo_refused_when_another_session_changed_the_setup(tab: DocsTab, demo_db: Database) -> None:
    assert tab.event_id is not None
    tab.purpose_edit.setPlainText("新しい目的")
    assert tab.save()
    stored = _stored(demo_db, tab)
    theirs = replace(stored, tables=(replace(stored.tables[0], room="別室"), *stored.tables[1:]))
    setups.save_setup(demo_db, tab.event_id, theirs)  # another instance meanwhile

    tab.undo_stack.undo()
    assert _stored(demo_db, tab) == theirs  # nothing written
    title, _text = tab.shown[0]  # type: ignore[attr-defined]
    assert title == "元に戻せません" and not tab.undo_stack.canUndo()
    assert tab.room_edit.text() == "別室" and tab.purpose_edit.toPlainText() == "新しい目的"  # shown as stored
