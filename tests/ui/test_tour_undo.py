"""Tour undo on the demo: deleting a tour and editing its settings are named steps; undo and redo move the
stored tour back and forth (read back through the services), the undone delete restores the whole tour
where it belonged, and a redo meeting another session's edit is refused without writing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourRow
from colead_desktop.domain.errors import InputError
from colead_desktop.services import tours
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.dialogs import CopyTourDialog

KUWANA = "demo-kuwana-2021"


@pytest.fixture
def page(demo_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ToursPage:
    """The Tours page on the 桑名 2021 tour; 削除の確認 answered Yes, warnings recorded in `page.shown`."""
    widget = ToursPage(demo_context)
    qtbot.addWidget(widget)
    widget.select_tour(KUWANA)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    widget.shown = []  # type: ignore[attr-defined]  # test-only record of the warnings
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: widget.shown.append((title, text)))
    return widget


def links(db: Database, key: str) -> tuple[int, int | None, int | None] | None:
    with db.session() as session:
        row = session.scalar(select(TourRow).where(TourRow.key == key))
        return None if row is None else (row.programme_id, row.event_id, row.region_id)


def test_delete_undo_redo_restores_the_whole_tour_where_it_belonged(page: ToursPage, demo_db: Database) -> None:
    original, where = tours.load_tour(demo_db, KUWANA), links(demo_db, KUWANA)
    assert original.items and original.members and original.places and where is not None and where[1] is not None

    page.delete_tour()
    assert page.undo_stack.undoText() == f"ツアー「{original.title}」を削除"
    with pytest.raises(InputError):
        tours.load_tour(demo_db, KUWANA)
    assert page.tour is None or page.tour.id != KUWANA

    page.undo_stack.undo()
    assert tours.load_tour(demo_db, KUWANA) == original and links(demo_db, KUWANA) == where
    assert page.tour == original and page.tour_combo.currentData() == KUWANA

    page.undo_stack.redo()
    assert links(demo_db, KUWANA) is None
    assert KUWANA not in [t.key for t in tours.list_tours(demo_db, where[0])]
    page.undo_stack.undo()
    assert tours.load_tour(demo_db, KUWANA) == original and page.shown == []  # type: ignore[attr-defined]


def test_settings_edit_is_a_step(page: ToursPage, demo_db: Database) -> None:
    original = tours.load_tour(demo_db, KUWANA)
    page.apply(replace(original, title="桑名 改訂版", remote_mornings=not original.remote_mornings),
               "ツアー設定の変更")
    edited = tours.load_tour(demo_db, KUWANA)
    assert edited.title == "桑名 改訂版" and page.undo_stack.undoText() == "ツアー設定の変更"
    page.undo_stack.undo()
    assert tours.load_tour(demo_db, KUWANA) == original == page.tour
    page.undo_stack.redo()
    assert tours.load_tour(demo_db, KUWANA) == edited == page.tour


def test_redo_of_a_delete_refused_when_another_session_edited_the_tour(page: ToursPage, demo_db: Database) -> None:
    page.delete_tour()
    page.undo_stack.undo()
    restored = tours.load_tour(demo_db, KUWANA)
    where = links(demo_db, KUWANA)
    assert where is not None
    theirs = tours.save_tour(demo_db, where[0], replace(restored, title="別の窓で編集"))

    page.undo_stack.redo()
    assert tours.load_tour(demo_db, KUWANA) == theirs  # not deleted
    title, text = page.shown[0]  # type: ignore[attr-defined]
    assert title == "やり直せません" and "ほかの操作で変更" in text
    assert not page.undo_stack.canRedo()
    assert page.tour == theirs


def test_a_copied_tour_is_a_step_undo_removes_it_and_redo_puts_it_back(
        page: ToursPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    programme_id = links(demo_db, KUWANA)[0]  # type: ignore[index]
    before = {t.key for t in tours.list_tours(demo_db, programme_id)}
    monkeypatch.setattr(CopyTourDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    page.copy_tour()
    [copied] = {t.key for t in tours.list_tours(demo_db, programme_id)} - before
    made = tours.load_tour(demo_db, copied)
    assert page.undo_stack.undoText() == "ツアーのコピー" and page.tour is not None and page.tour.id == copied

    page.undo_stack.undo()
    assert {t.key for t in tours.list_tours(demo_db, programme_id)} == before
    page.undo_stack.redo()
    assert tours.load_tour(demo_db, copied) == made

    # another session edits the copy: undoing its creation would throw that edit away, so it is refused
    tours.save_tour(demo_db, programme_id, replace(made, title="別の人が編集"))
    page.undo_stack.undo()
    assert tours.load_tour(demo_db, copied).title == "別の人が編集" and page.shown  # type: ignore[attr-defined]
