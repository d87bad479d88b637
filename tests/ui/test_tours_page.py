"""Tours page on the demo: drag and resize timeline blocks with the mouse, live findings, undo, PDF export."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.tourcheck import Severity
from colead_desktop.services import tours as service
from colead_desktop.services.tours import load_tour
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.ui.modal import when_modal

KUWANA = "demo-kuwana-2021"


def _drag(tours_page: ToursPage, start: QPoint, end: QPoint) -> None:
    timeline = tours_page.timeline
    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (QPoint(start.x(), start.y() + 6), middle, end):
        QTest.mouseMove(timeline, point)
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _overlaps(tours_page: ToursPage) -> list[tuple[int, ...]]:
    return [f.items for f in tours_page.findings if f.code == "time.overlap"]


def test_drag_and_resize_blocks_update_findings_database_and_undo(tours_page: ToursPage, db: Database,
                                                                  artifacts: Path) -> None:
    assert tours_page.tour is not None and tours_page.tour.id == KUWANA
    assert _overlaps(tours_page) == []
    tree_rows = tours_page.findings_list.count()
    # Day 2: drag はまぐりプラザ (11:00-11:45, item 7) up by two hours onto 三重精機 (09:00-10:30, item 6).
    centre = tours_page.timeline.block_center(7)
    _drag(tours_page, centre, centre - QPoint(0, int(120 * tours_page.timeline.PPM)))
    moved = tours_page.tour.items[7]
    assert (moved.day, moved.start, moved.end) == (2, time(9, 0), time(9, 45))
    assert (6, 7) in _overlaps(tours_page)
    assert tours_page.findings_list.count() == len(tours_page.findings) > tree_rows
    assert load_tour(db, KUWANA).items[7].start == time(9, 0)  # saved at once

    # Resize 大洋産業 (13:15-14:15, item 9) from its bottom edge by 45 minutes, onto the discussion at 14:45.
    rect = tours_page.timeline.block_rects()[9]
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    _drag(tours_page, edge, edge + QPoint(0, int(45 * tours_page.timeline.PPM)))
    resized = tours_page.tour.items[9]
    assert (resized.start, resized.end) == (time(13, 15), time(15, 0))
    assert (9, 10) in _overlaps(tours_page)

    # Clicking a finding highlights its items on the timeline.
    row = next(i for i in range(tours_page.findings_list.count())
               if tours_page.findings_list.item(i).data(Qt.ItemDataRole.UserRole) == [9, 10])
    tours_page.findings_list.setCurrentRow(row)
    assert tours_page.timeline.highlighted == {9, 10}
    tours_page.grab().save(str(artifacts / "tours_page_after_drag.png"))

    tours_page.undo_stack.undo()
    tours_page.undo_stack.undo()
    assert _overlaps(tours_page) == []
    assert load_tour(db, KUWANA).items[7].start == time(11, 0)


def test_drag_to_another_day(tours_page: ToursPage) -> None:
    timeline = tours_page.timeline
    centre = timeline.block_center(3)  # day 1, 16:00 市内視察 桑名市博物館
    target = QPoint(int(centre.x() + timeline.column_width()), centre.y())
    _drag(tours_page, centre, target)
    assert tours_page.tour is not None
    assert (tours_page.tour.items[3].day, tours_page.tour.items[3].start) == (2, time(16, 0))


def test_screenshot_of_the_kuwana_tour(tours_page: ToursPage, artifacts: Path) -> None:
    assert tours_page.grab().save(str(artifacts / "tours_page.png"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_exports_the_kuwana_itinerary_pdf_off_the_gui_thread(tours_page: ToursPage, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "桑名_旅程表.pdf"
    tours_page.export_itinerary(target)
    assert tours_page.last_export == target
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "桑名" in text and "三重精機" in text and "2021" in text

    member = tours_page.tour.members[0]  # type: ignore[union-attr]
    tours_page.last_export = None
    single = tmp_path / "member.pdf"
    tours_page.export_itinerary(single, member.id)
    assert member.name in subprocess.run(["pdftotext", str(single), "-"], check=True, capture_output=True,
                                         text=True).stdout


def test_exports_ics_and_b5(tours_page: ToursPage, qtbot: QtBot, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    for export, name in ((tours_page.export_ics, "tour.ics"), (tours_page.export_b5, "b5.xlsx")):
        tours_page.last_export = None
        export(tmp_path / name)
    assert b"BEGIN:VEVENT" in (tmp_path / "tour.ics").read_bytes()
    before = service.list_tours(tours_page.db, tours_page.programme_id)
    previews: list[str] = []
    monkeypatch.setattr(tours_page, "confirm_b5", lambda plan: previews.append(plan.action) or True)
    tours_page.import_b5(tmp_path / "b5.xlsx")  # its own export: the same tour, nothing to change, no new tour
    assert previews == ["unchanged"] and service.list_tours(tours_page.db, tours_page.programme_id) == before


def test_exports_ask_first_when_the_checks_found_errors(tours_page: ToursPage, qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "tour.ics"
    monkeypatch.setattr(tours_page, "_ask_save", lambda *_args: target)
    asked: list[str] = []

    def never(*_args: object) -> None:
        raise AssertionError("asked although the checks found only warnings")

    # Warnings only (the demo's Saturday visits): no question.
    assert tours_page.findings and not any(f.severity is Severity.ERROR for f in tours_page.findings)
    monkeypatch.setattr(QMessageBox, "question", never)
    tours_page.ask_ics()
    target.unlink()
    monkeypatch.undo()  # QMessageBox.question back (and _ask_save again, below)
    monkeypatch.setattr(tours_page, "_ask_save", lambda *_args: target)

    # Errors: はまぐりプラザ moved onto 三重精機 (time.overlap).
    assert tours_page.tour is not None
    items = list(tours_page.tour.items)
    items[7] = replace(items[7], start=time(9, 0), end=time(9, 45))
    tours_page.store(tours_page.tour, replace(tours_page.tour, items=tuple(items)))
    errors = sum(f.severity is Severity.ERROR for f in tours_page.findings)
    assert errors >= 1

    def answer(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
        def press(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(button).click()
        return press

    tours_page.last_export = None
    when_modal(answer(QMessageBox.StandardButton.No), QMessageBox)
    tours_page.ask_ics()
    assert asked == [f"チェックでエラーが{errors}件見つかっています。このまま書き出しますか？"]
    assert not target.exists() and tours_page.last_export is None

    when_modal(answer(QMessageBox.StandardButton.Yes), QMessageBox)
    tours_page.ask_ics()
    assert len(asked) == 2 and b"BEGIN:VEVENT" in target.read_bytes()


def test_b5_import_updates_the_shown_tour_after_the_preview_and_undoes(tours_page: ToursPage, db: Database,
                                                                        tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from colead_desktop.services.tour_exports import export_b5

    path = export_b5(db, KUWANA, tmp_path / "b5.xlsx")
    book = load_workbook(path)
    venue = book["受入環境の整備"]
    next(r for r in venue.iter_rows(min_row=2) if r[0].value == "収容人数")[1].value = 44
    book.save(path)
    before = load_tour(db, KUWANA)
    shown: list[list[str]] = []
    monkeypatch.setattr(tours_page, "confirm_b5", lambda plan: shown.append([d.field for d in plan.differences]) or True)
    tours_page.import_b5(path)
    assert shown == [["受入環境の整備: 収容人数"]]
    assert tours_page.tour is not None and tours_page.tour.id == KUWANA
    venue_place = tours_page.tour.place(tours_page.tour.base_venue_id)
    assert venue_place is not None and venue_place.capacity == 44 and load_tour(db, KUWANA) == tours_page.tour
    tours_page.undo_stack.undo()
    assert load_tour(db, KUWANA) == before
