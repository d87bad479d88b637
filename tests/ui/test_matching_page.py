"""The マッチング page: 提案 stores the optimiser's pairs and shows why each was made (ranks both ways, skills),
次の段階へ moves a pair on, 解消… asks for the reason; every move is logged with the user's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from colead_desktop.services import matching
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.matching_page import MatchingPage
from tests.services.matching_fixtures import make_world


def _cells(page: MatchingPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_propose_advance_and_dissolve(context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                      artifacts: Path) -> None:
    world = make_world(context.db)
    context.switch_programme(world.programme)
    page = MatchingPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 420)
    assert page.model.rowCount() == 0 and not page.advance_button.isEnabled()

    page.propose_button.click()
    rows = sorted(_cells(page))
    assert rows == [
        ["佐藤 花子", "北見精工", "候補", "1", "1", "", "データサイエンティスト", ""],
        ["鈴木 一郎", "北見農産", "候補", "1", "—", "エンジニア・オペレータ", "エンジニア・オペレータ", "○"],
        ["高橋 三郎", "北見観光", "候補", "2", "—", "データサイエンティスト", "", ""],
    ]
    page.show()
    page.grab().save(str(artifacts / "matching_page.png"))

    page.table.selectRow(next(r for r in range(3) if page.model.index(r, 0).data() == "高橋 三郎"))
    page.advance_button.click()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("意見交換会で辞退", True))
    page.table.selectRow(next(r for r in range(3) if page.model.index(r, 0).data() == "佐藤 花子"))
    page.dissolve_button.click()
    statuses = {row[0]: row[2] for row in _cells(page)}
    assert statuses == {"高橋 三郎": "意見交換会", "佐藤 花子": "解消", "鈴木 一郎": "候補"}
    log = next(p["log"] for p in matching.pairs(context.db, world.programme) if p["talent"] == "佐藤 花子")
    assert (log[-1]["reason"], log[-1]["who"]) == ("意見交換会で辞退", context.settings.user_name)


def test_pair_moves_are_undo_steps(context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    world = make_world(context.db)
    context.switch_programme(world.programme)
    page = MatchingPage(context)
    qtbot.addWidget(page)
    page.propose_button.click()
    stack = context.undo_stack

    def status(name: str) -> str:
        return next(p["status_label"] for p in matching.pairs(context.db, world.programme) if p["talent"] == name)

    page.table.selectRow(next(r for r in range(3) if page.model.index(r, 0).data() == "高橋 三郎"))
    page.advance_button.click()
    assert status("高橋 三郎") == "意見交換会" and stack.undoText() == "高橋 三郎 と 北見観光 のペアを「意見交換会」に"
    stack.undo()
    assert status("高橋 三郎") == "候補"
    log = next(p["log"] for p in matching.pairs(context.db, world.programme) if p["talent"] == "高橋 三郎")
    assert log[-1]["reason"] == "元に戻す"
    stack.redo()
    assert status("高橋 三郎") == "意見交換会"

    pair_id = next(p["id"] for p in matching.pairs(context.db, world.programme) if p["talent"] == "高橋 三郎")
    matching.move_pair(context.db, pair_id, matching.PairStatus.DISSOLVED, "別の担当", "辞退")  # elsewhere
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    stack.undo()
    assert status("高橋 三郎") == "解消" and shown and "ほかの操作で変更" in shown[0]
