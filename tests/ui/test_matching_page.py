"""The マッチング page: 提案 stores the optimiser's pairs and shows why each was made (ranks both ways, skills),
次の段階へ moves a pair on, 解消… asks for the reason; every move is logged with the user's name."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.contracts import Contract, ContractKind
from colead_desktop.domain.matching import PairStatus
from colead_desktop.services import contracts, matching
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages import contracts_panel
from colead_desktop.ui.pages.contracts_panel import ContractDialog
from colead_desktop.ui.pages.dashboard import DashboardPage
from colead_desktop.ui.pages.matching_page import MatchingPage
from tests.programmes import new_programme
from tests.services.matching_fixtures import make_world
from tests.ui.modal import when_modal

pytestmark = pytest.mark.usefixtures("questions")  # 提案, the wizard and the demo ask first


def _cells(page: MatchingPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_pairs_open_sorted_by_talent_ascending(context: AppContext, qtbot: QtBot) -> None:
    """Enabling the table's sort sorted by Qt's default, descending: the list opened Z→A under a header saying
    人材."""
    world = make_world(context.db)
    context.switch_programme(world.programme)
    page = MatchingPage(context)
    qtbot.addWidget(page)
    page.propose_button.click()
    talents = [row[0] for row in _cells(page)]
    assert len(talents) == 3 and talents == sorted(talents)
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)


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


def test_propose_says_it_cannot_be_undone_and_no_makes_no_pair(context: AppContext, qtbot: QtBot,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    world = make_world(context.db)
    context.switch_programme(world.programme)
    page = MatchingPage(context)
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    page.propose_button.click()
    assert len(asked) == 1 and "この操作は元に戻せません" in asked[0]
    assert matching.pairs(context.db, world.programme) == [] and page.model.rowCount() == 0


def test_propose_on_a_new_programme_says_what_is_missing(context: AppContext, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    programme = new_programme(context.db)
    context.switch_programme(programme)
    page = MatchingPage(context)
    qtbot.addWidget(page)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: shown.append((title, text)))
    page.propose_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("提案できません", "提案するには人材と参加企業が必要です。先に登録してください")]
    assert matching.pairs(context.db, programme) == []


def test_a_pairs_contracts_are_added_signed_and_undone_on_the_page(
        context: AppContext, qtbot: QtBot, artifacts: Path) -> None:
    world = make_world(context.db)
    context.switch_programme(world.programme)
    pair = matching.add_pair(context.db, world.programme, world.talents[2], world.companies[2], "事務局", "")
    page = MatchingPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 620)
    assert not page.contracts.add_button.isEnabled()  # no pair chosen yet
    page.table.selectRow(0)
    assert page.contracts.add_button.isEnabled()

    def fill(dialog: ContractDialog) -> None:
        assert dialog.kind.currentData() == ContractKind.NDA  # the first kind the pair lacks
        dialog.sent_on.set.setChecked(True)
        dialog.sent_on.edit.setDate(QDate(2022, 1, 5))
        dialog.signed_on.set.setChecked(True)
        dialog.signed_on.edit.setDate(QDate(2022, 1, 4))  # before it was sent: refused, the dialog stays
        dialog.accept()
        assert dialog.isVisible() and "送付日より前" in dialog.problems.text()
        assert "署名者" in dialog.problems.text()
        dialog.signatories.setText("甲 鈴木 一郎 / 乙 北見農産 代表")
        dialog.signed_on.edit.setDate(QDate(tokyo_today() + timedelta(days=1)))  # not signed yet: refused
        dialog.accept()
        assert dialog.isVisible() and "より後です" in dialog.problems.text()
        dialog.signed_on.edit.setDate(QDate(2022, 1, 10))
        dialog.accept()

    when_modal(fill, ContractDialog)
    page.contracts.add_button.click()
    [stored] = contracts.contracts(context.db, world.programme)
    assert (stored.pair_id, stored.kind, stored.signed_on) == (pair, ContractKind.NDA, date(2022, 1, 10))
    assert page.contracts.model.index(0, 1).data() == "締結済み"
    page.show()
    page.grab().save(str(artifacts / "matching_contracts.png"))

    assert context.undo_stack.undoText() == "秘密保持契約（NDA）を追加"
    context.undo_stack.undo()
    assert contracts.contracts(context.db, world.programme) == [] and page.contracts.model.rowCount() == 0
    context.undo_stack.redo()
    assert [c.signatories for c in contracts.contracts(context.db, world.programme)] == [stored.signatories]


def test_the_dashboard_lists_what_waits_and_hides_when_nothing_does(
        context: AppContext, qtbot: QtBot, artifacts: Path) -> None:
    world = make_world(context.db)
    context.switch_programme(world.programme)
    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    assert dashboard.contracts.isHidden()

    pair = matching.add_pair(context.db, world.programme, world.talents[2], world.companies[2], "事務局", "")
    matching.move_pair(context.db, pair, PairStatus.EXCHANGE, "事務局")
    dashboard.reload()
    assert dashboard.contracts.isHidden()  # a pair not agreed on needs no NDA yet
    matching.move_pair(context.db, pair, PairStatus.AGREED, "事務局")
    dashboard.reload()
    assert not dashboard.contracts.isHidden()
    assert "契約の対応待ち 1 件" in dashboard.contracts.text.text()
    assert "鈴木 一郎 – 北見農産: NDA未作成" in dashboard.contracts.text.text()
    dashboard.resize(1000, 500)
    dashboard.show()
    dashboard.grab().save(str(artifacts / "dashboard_contracts.png"))

    contracts.save_contract(context.db, Contract(None, pair, ContractKind.NDA, signed_on=tokyo_today(), signatories="甲 / 乙"))
    dashboard.reload()
    assert dashboard.contracts.isHidden()


def test_a_signed_pdf_is_attached_with_the_change_opened_from_the_database_and_undone(
        context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    world = make_world(context.db)
    context.switch_programme(world.programme)
    pair = matching.add_pair(context.db, world.programme, world.talents[2], world.companies[2], "事務局", "")
    contracts.save_contract(context.db, Contract(None, pair, ContractKind.NDA, signed_on=date(2022, 1, 10),
                                                 signatories="甲 / 乙"))
    signed = tmp_path / "署名済み.pdf"
    signed.write_bytes(b"%PDF-1.4\n% signed NDA\n%%EOF\n")
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 16)
    chosen = iter([scan, signed])
    monkeypatch.setattr(contracts_panel, "open_file", lambda *_a: next(chosen))
    warnings: list[str] = []
    monkeypatch.setattr(contracts_panel.QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    opened: list[QUrl] = []
    monkeypatch.setattr(contracts_panel.QDesktopServices, "openUrl", lambda url: opened.append(url))
    page = MatchingPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.contracts.table.selectRow(0)

    def attach(dialog: ContractDialog) -> None:
        assert not dialog.open_button.isEnabled()  # nothing attached yet
        dialog.attach_button.click()  # a PNG scan: refused, named
        assert warnings and "PDF" in warnings[-1] and dialog.document is None
        dialog.attach_button.click()
        assert dialog.document is not None and "署名済み.pdf" in dialog.document_label.text()
        dialog.accept()

    when_modal(attach, ContractDialog)
    page.contracts.edit_button.click()
    [stored] = contracts.contracts(context.db, world.programme)
    assert stored.document_sha256 is not None
    assert contracts.document_of(context.db, stored) == signed.read_bytes()

    def open_it(dialog: ContractDialog) -> None:
        shown = dialog.open_document()
        assert shown is not None and shown.read_bytes() == signed.read_bytes() and "署名済み" not in shown.name
        dialog.reject()

    page.contracts.table.selectRow(0)
    when_modal(open_it, ContractDialog)
    page.contracts.edit_button.click()
    assert len(opened) == 1

    context.undo_stack.undo()
    assert contracts.contracts(context.db, world.programme)[0].document_sha256 is None
    context.undo_stack.redo()
    assert contracts.contracts(context.db, world.programme)[0].document_sha256 == stored.document_sha256
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
    assert status("高橋 三郎") == "意見交換会" and stack.undoText() == "北見観光 とのペアを「意見交換会」に"
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
