"""Deleting several rows of a list (review 16): one transaction, all or nothing; a refusal box that stays within the
screen however many rows are refused, saying plainly what was and was not deleted; the whole selection kept
across a restart. Screenshots go to artifacts/delete."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.records import EventRecord, TalentRecord, VenueRecord
from colead_desktop.services import records as records_service
from colead_desktop.services.records import list_records, save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.screen_fit import FRAME_ALLOWANCE
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded
from tests.ui.modal import when_modal
from tests.ui.test_talent_archive import _shot

SMALLEST_SCREEN_HEIGHT = 720  # 1920x1080 at 150 %, in Qt's pixels (ui/screen_fit.py)


def _page(qtbot: QtBot, db: Database, key: str) -> tuple[MainWindow, RecordsPage]:
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.resize(1100, 520)
    window.show()
    page = shown_page(qtbot, window, key)
    assert isinstance(page, RecordsPage)
    return window, page


def _select_all(qtbot: QtBot, page: RecordsPage) -> None:
    wait_loaded(qtbot, page)
    page.table.selectAll()


def _box_on_delete(page: RecordsPage, shot: str) -> dict[str, Any]:
    """Delete the selection; what the box shown says and its height (the box is then closed)."""
    seen: dict[str, Any] = {}

    def look(box: QMessageBox) -> None:
        seen.update(text=box.text(), rows=box.informativeText(), detail=box.detailedText(), height=box.height())
        _shot(box, shot)
        details = [b for b in box.findChildren(QPushButton) if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
        if box.detailedText() and details:  # the 詳細 opened: a scrolling pane, the box still within the screen
            details[0].click()
            QApplication.processEvents()
            seen["opened_height"] = box.height()
            _shot(box, shot.replace(".png", "_details.png"))
        (box.button(QMessageBox.StandardButton.Cancel) or box.buttons()[0]).click()  # never アーカイブ

    when_modal(look, QMessageBox)
    button = page.findChild(QPushButton, "delete_button")
    assert button is not None
    button.click()
    assert seen, "no box was shown"
    return seen


def _listed(qtbot: QtBot, page: RecordsPage) -> list[str]:
    wait_loaded(qtbot, page)
    return sorted(str(page.model.row_record(row).name) for row in range(page.model.rowCount()))


def test_the_refusal_of_many_rows_stays_within_the_screen(qtbot: QtBot, db: Database) -> None:
    programme = new_programme(db)
    paid = [save_record(db, TalentRecord(None, programme, f"支払 人材{n:02}", skills=("engineer",))) for n in range(25)]
    save_record(db, TalentRecord(None, programme, "削除できる 人材", skills=("engineer",)))
    with db.session() as session:
        session.add_all(TourDayRow(programme_id=programme, talent_id=talent.id, day=date(2026, 10, 3)) for talent in paid)
    _window, page = _page(qtbot, db, "talents")
    _select_all(qtbot, page)

    seen = _box_on_delete(page, "delete_many_refused.png")

    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = min(screen.availableGeometry().height(), SMALLEST_SCREEN_HEIGHT) - FRAME_ALLOWANCE[1]
    assert seen["height"] <= room  # 2,281 px before, with every refusal and its lines in the box's text
    assert seen["opened_height"] <= room
    rows = seen["rows"].splitlines()
    assert len(rows) == 21 and rows[0] == "・「支払 人材00」: 支払の記録があります" and rows[-1] == "…ほか 5 件"
    assert all(f"「支払 人材{n:02}」には支払の記録があるため削除できません" in seen["detail"] for n in range(25))
    assert seen["text"].startswith("選択した26件のうち25件は削除できないため、26件とも削除していません")
    assert len(_listed(qtbot, page)) == 26

    page.select_ids([talent.id for talent in paid])  # all kept for their payments: アーカイブ offered instead
    offer = _box_on_delete(page, "archive_many_offered.png")
    assert offer["height"] <= room and offer["opened_height"] <= room
    assert offer["text"] == "選択した25名はどれも削除できないため、何も削除していません。"
    assert "…ほか 5 件" in offer["rows"] and "「支払 人材24」には支払の記録があるため削除できません" in offer["detail"]


@pytest.fixture
def venues(db: Database) -> list[VenueRecord]:
    """Two venues an event uses, one nothing uses."""
    programme = new_programme(db)
    held = [save_record(db, VenueRecord(None, name)) for name in ("北見市民会館", "桑名市民会館")]
    starts = datetime(2026, 10, 1, 13, 0)
    for venue in held:
        save_record(db, EventRecord(None, programme, "other", f"{venue.name}の交流会", starts, starts.replace(hour=15),
                                    venue_id=venue.id))
    return [*held, save_record(db, VenueRecord(None, "使われていない会場"))]


def test_a_mixed_selection_says_none_was_deleted_and_which_to_take_out(
        qtbot: QtBot, db: Database, venues: list[VenueRecord]) -> None:
    _window, page = _page(qtbot, db, "venues")
    _select_all(qtbot, page)

    seen = _box_on_delete(page, "delete_mixed_refused.png")

    assert seen["text"] == ("選択した3件のうち2件は削除できないため、3件とも削除していません。削除できる1件を削除するには、"
                            "下の2件を選択から外して、もう一度削除してください。")
    assert seen["rows"] == ("・「北見市民会館」: ほかのデータから参照されています\n"
                            "・「桑名市民会館」: ほかのデータから参照されています")
    assert "イベント（1件）: 北見市民会館の交流会" in seen["detail"]
    assert _listed(qtbot, page) == sorted(venue.name for venue in venues)


def test_a_selection_all_refused_says_nothing_was_deleted(
        qtbot: QtBot, db: Database, venues: list[VenueRecord]) -> None:
    _window, page = _page(qtbot, db, "venues")
    wait_loaded(qtbot, page)
    page.select_ids([venue.id for venue in venues[:2]])

    seen = _box_on_delete(page, "delete_all_refused.png")

    assert seen["text"] == "選択した2件はどれも削除できないため、何も削除していません。"  # no row to take out and retry
    assert seen["rows"].count("ほかのデータから参照されています") == 2


def test_a_failure_on_the_second_row_deletes_none(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    programme = new_programme(db)
    names = ["一人目 人材", "二人目 人材", "三人目 人材"]
    for name in names:
        save_record(db, TalentRecord(None, programme, name, skills=("engineer",)))
    window, page = _page(qtbot, db, "talents")
    _select_all(qtbot, page)
    remove, calls = records_service.remove, []

    def failing_second(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == 2:
            raise InputError("ディスクに書き込めませんでした")
        return remove(*args, **kwargs)

    monkeypatch.setattr(records_service, "remove", failing_second)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: refusals.append(text))
    button = page.findChild(QPushButton, "delete_button")
    assert button is not None
    button.click()

    assert _listed(qtbot, page) == sorted(names)  # the first row's delete went back with the second's failure
    assert [talent.name for talent in list_records(db, TalentRecord, programme)] == names
    (refusal,) = refusals
    assert "選択した3件はどれも削除していません" in refusal and "ディスクに書き込めませんでした" in refusal
    assert not window.undo_stack.canUndo()

    monkeypatch.setattr(records_service, "remove", remove)
    button.click()  # once it can: all three, one undo step
    assert _listed(qtbot, page) == [] and window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert _listed(qtbot, page) == sorted(names)
    assert sorted(record.name for record in page.selected_records()) == sorted(names)


def test_reopening_the_app_selects_every_row_selected_last(qtbot: QtBot, db: Database) -> None:
    programme = new_programme(db)
    talents = [save_record(db, TalentRecord(None, programme, f"テスト人材{n}", skills=("engineer",))) for n in range(4)]
    first, page = _page(qtbot, db, "talents")
    wait_loaded(qtbot, page)
    chosen = [talents[1].id, talents[3].id]
    page.select_ids(chosen)
    first.close()

    _second, again = _page(qtbot, db, "talents")
    wait_loaded(qtbot, again)
    assert sorted(record.id for record in again.selected_records()) == chosen
