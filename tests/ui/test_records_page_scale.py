"""The 人材 page at a real programme's size (issue 15): the work of showing it depends on the rows on screen,
not on how many talents the programme has; sorting and filtering go through the model's own lists."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.table_model import RecordTableModel
from tests.programmes import new_programme
from tests.ui.sync_runner import SyncRunner


def talents(programme_id: int, count: int) -> list[TalentRecord]:
    return [TalentRecord(id=n, programme_id=programme_id, name=f"人材{n:05d}", kana="ジンザイ",
                         affiliation=f"株式会社{n % 7}", skills=("data_scientist",) if n % 3 else ("engineer",))
            for n in range(1, count + 1)]


def shown_page(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, count: int) -> tuple[RecordsPage, int]:
    """The talents page listing `count` talents, shown at a desktop size; how many cells Qt asked the model for."""
    programme_id = new_programme(db)
    rows = talents(programme_id, count)
    monkeypatch.setattr("colead_desktop.ui.pages.records_page.list_records", lambda *_a: rows)
    asked = [0]
    original = RecordTableModel.data

    def counting(self: RecordTableModel, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        asked[0] += 1
        return original(self, index, role)

    monkeypatch.setattr(RecordTableModel, "data", counting)
    context = AppContext(db, Settings(), SyncRunner(), QUndoStack())
    kind = next(k for k in record_kinds() if k.key == "talents")
    page = RecordsPage(kind, context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.reload()  # a later visit: the widths are measured again
    page.repaint()
    return page, asked[0]


def test_showing_the_page_asks_for_the_cells_on_screen_only(qtbot: QtBot, db: Database,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _page, for_1000 = shown_page(qtbot, db, monkeypatch, 1_000)
    _page, for_3000 = shown_page(qtbot, db, monkeypatch, 3_000)
    assert for_1000 == for_3000 < 3_000, f"cells asked: {for_1000} for 1,000 rows, {for_3000} for 3,000"


def test_sorting_and_filtering_keep_the_records_together(qtbot: QtBot, db: Database,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page, _asked = shown_page(qtbot, db, monkeypatch, 500)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.row_record(0).id == 500
    assert page.model.index(0, 1).data() == "人材00500"
    page.table.selectRow(0)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the selection follows its record
    selected = page.selected_record()
    assert selected is not None and selected.id == 500

    page.search.setText("人材0012")  # 120..129
    assert page.model.rowCount() == 10
    assert page.count_label.text() == "500 件中 10 件を表示"
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("engineer"))  # ids divisible by 3
    assert [page.model.row_record(r).id for r in range(page.model.rowCount())] == [120, 123, 126, 129]
    page.search.clear()
    assert page.model.rowCount() == 500 // 3
    assert replace(page.model.row_record(0), name="x").id == 3
