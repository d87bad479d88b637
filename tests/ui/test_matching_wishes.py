"""希望と条件… on the matching page (issue 19 item 5): wishes, capacities and rules entered on three tabs, saved
as one undo step only over the input the dialog read; 提案 then gives the optimiser's answer for them (the
same as `colead matching solve` on `colead matching input`). The chosen pair's 履歴 is listed and is the row's
tooltip. On a fresh programme (tests/services/matching_fixtures.py) with a region whose company is not yet
taking part."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.matching import MatchInput
from colead_desktop.domain.team import Role
from colead_desktop.services import matching
from colead_desktop.services.team import Member
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.matching.wishes_dialog import WishesDialog
from colead_desktop.ui.pages.matching_page import MatchingPage
from tests.cli.run import colead
from tests.services.matching_fixtures import World, make_world
from tests.ui.modal import when_modal
from tests.conftest import shots_dir

pytestmark = pytest.mark.usefixtures("questions")  # 提案 asks first

SHOTS = shots_dir("wish19")


@pytest.fixture
def world(context: AppContext) -> World:
    """make_world, plus the programme's region 桑名 whose 桑名鋳造 (B-3 STEP5: a UX designer) is not taking part."""
    world = make_world(context.db)
    with context.db.session() as session:
        region = models.Region(name="桑名", prefecture="三重県")
        session.add(region)
        session.flush()
        session.add(models.ProgrammeRegion(programme_id=world.programme, region_id=region.id))
        kuwana = models.Company(region_id=region.id, name="桑名鋳造",
                                b3_profile={"wanted_talent": "UI/UXデザイナーに現場を見てほしい"})
        session.add(kuwana)
        session.flush()
        world.companies.append(kuwana.id)
    context.switch_programme(world.programme)
    return world


def _stored(db: Database, programme: int) -> MatchInput:
    with db.session() as session:
        return matching.matching_input(session, programme)


def _pick(chooser: QListWidget, name: str) -> None:
    chooser.setCurrentRow(next(r for r in range(chooser.count()) if chooser.item(r).text().startswith(name)))


def _choose(combo: QComboBox, name: str) -> None:
    index = combo.findText(name)
    assert index >= 0, f"{name} not offered"
    combo.setCurrentIndex(index)


def _shoot(widget: object, artifacts: Path, name: str) -> None:
    path = artifacts / name
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / name)


def _page(context: AppContext, qtbot: QtBot) -> MatchingPage:
    page = MatchingPage(context)
    qtbot.addWidget(page)
    return page


def test_wishes_entered_in_the_dialog_are_what_the_proposal_solves_and_one_undo_step(
        context: AppContext, world: World, qtbot: QtBot, artifacts: Path) -> None:
    t, c = [str(i) for i in world.talents], [str(i) for i in world.companies]  # 高橋 佐藤 鈴木; 精工 観光 農産 鋳造
    before = _stored(context.db, world.programme)
    page = _page(context, qtbot)

    def fill(dialog: WishesDialog) -> None:
        dialog.show()
        # 企業: 桑名鋳造 joins with the skills its B-3 STEP5 names, two places and the lab's two talents.
        dialog.tabs.setCurrentWidget(dialog.companies_tab)
        companies = dialog.companies_tab
        _pick(companies.companies, "桑名鋳造")
        assert not companies.taking_part.isChecked() and not companies.capacity.isEnabled()
        assert [v for v, box in companies.skills.items() if box.isChecked()] == ["ux_designer"]
        companies.taking_part.setChecked(True)
        companies.capacity.setValue(2)
        for name in ("佐藤 花子", "高橋 三郎"):
            _choose(companies.ranked.choice, name)
            companies.ranked.add_button.click()
        assert companies.ranked.ids() == [t[1], t[0]]
        _shoot(dialog, artifacts, "wishes_companies.png")

        # 人材の希望: 高橋 puts 桑名鋳造 first (上へ twice) and drops 北見観光; 佐藤 drags it to the top.
        dialog.tabs.setCurrentWidget(dialog.talents_tab)
        talents = dialog.talents_tab
        _pick(talents.talents, "高橋 三郎")
        assert talents.ranked.ids() == [c[0], c[1]]
        _choose(talents.ranked.choice, "桑名鋳造")  # offered now that it takes part
        talents.ranked.add_button.click()
        talents.ranked.up_button.click()
        talents.ranked.up_button.click()
        talents.ranked.list.setCurrentRow(2)
        talents.ranked.remove_button.click()
        assert talents.ranked.ids() == [c[3], c[0]]
        _pick(talents.talents, "佐藤 花子")
        _choose(talents.ranked.choice, "桑名鋳造")
        talents.ranked.add_button.click()
        assert talents.ranked.list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)  # what a drag does
        assert [talents.ranked.list.item(r).text() for r in range(2)] == ["1. 桑名鋳造", "2. 北見精工"]
        _pick(talents.talents, "高橋 三郎")
        assert talents.ranked.ids() == [c[3], c[0]]  # kept while another talent was shown
        _shoot(dialog, artifacts, "wishes_talents.png")

        # ルール: fixed and forbidden pairs; 鈴木 fixed to two SMEs is refused by name, nothing written.
        dialog.tabs.setCurrentWidget(dialog.rules_tab)
        rules = dialog.rules_tab
        for talent, company, kind in (("鈴木 一郎", "北見観光", "固定"), ("佐藤 花子", "桑名鋳造", "禁止"),
                                      ("鈴木 一郎", "北見農産", "固定")):
            _choose(rules.talent, talent)
            _choose(rules.company, company)
            _choose(rules.kind, kind)
            rules.add_button.click()
        dialog.save_button.click()
        assert dialog.isVisible()
        assert "人材「鈴木 一郎」が2社（北見観光, 北見農産）に固定されています" in dialog.error.text()
        assert _stored(context.db, world.programme) == before
        rules.table.selectRow(next(r for r in range(rules.table.rowCount())
                                   if rules.table.item(r, 1).text() == "北見農産"))
        rules.remove_button.click()
        assert rules.table.rowCount() == 2
        _shoot(dialog, artifacts, "wishes_rules.png")
        dialog.save_button.click()

    when_modal(fill, WishesDialog)
    page.wishes_button.click()
    after = _stored(context.db, world.programme)
    assert context.undo_stack.count() == 1 and context.undo_stack.undoText() == "希望と条件を変更"
    assert {s.id: (s.capacity, sorted(s.wants_skills), s.wishes) for s in after.smes}[c[3]] == (
        2, ["ux_designer"], (t[1], t[0]))
    assert {x.id: x.wishes for x in after.talents} == {t[0]: (c[3], c[0]), t[1]: (c[3], c[0]), t[2]: (c[2],)}
    assert (after.fixed, after.forbidden) == (((t[2], c[1]),), ((t[1], c[3]),))

    # 提案 solves exactly those wishes: the same pairs as `colead matching solve` on `colead matching input`.
    page.propose_button.click()
    stored = colead("matching", "input", "--json")
    solved = json.loads(colead("matching", "solve", "-", stdin=stored.stdout).stdout)
    shown = matching.pairs(context.db, world.programme)
    assert solved["pairs"] == sorted([str(p["talent_id"]), str(p["company_id"])] for p in shown)
    assert {(p["talent"], p["company"]) for p in shown} == {("高橋 三郎", "桑名鋳造"), ("佐藤 花子", "北見精工"),
                                                           ("鈴木 一郎", "北見観光")}
    assert page.model.rowCount() == 3

    # Undo restores the wishes the dialog started from; redo puts the saved ones back.
    context.undo_stack.undo()
    assert matching.stored_part(_stored(context.db, world.programme)) == matching.stored_part(before)
    context.undo_stack.redo()
    assert matching.stored_part(_stored(context.db, world.programme)) == matching.stored_part(after)


def test_a_change_by_another_instance_refuses_the_save_and_its_undo(
        context: AppContext, world: World, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(context, qtbot)
    other = Database(context.db.url)  # another instance of the app on the same database
    t0, c1 = world.talents[0], world.companies[1]

    def edit_meanwhile_changed(dialog: WishesDialog) -> None:
        _pick(dialog.talents_tab.talents, "高橋 三郎")
        dialog.talents_tab.ranked.list.setCurrentRow(0)
        dialog.talents_tab.ranked.remove_button.click()
        matching.set_company(other, world.programme, c1, 3, [])
        dialog.save_button.click()
        assert dialog.isVisible() and "ほかの操作で変更" in dialog.error.text() and "開き直す" in dialog.error.text()
        # キャンセル with edits asks: 戻る keeps the dialog and its edits, 破棄 closes it.
        when_modal(lambda box: box.findChild(QPushButton, "discard_back").click(), QMessageBox)
        dialog.reject()
        assert dialog.isVisible() and dialog.talents_tab.ranked.ids() == [str(world.companies[1])]
        when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)
        dialog.reject()

    changed = _stored(context.db, world.programme)
    when_modal(edit_meanwhile_changed, WishesDialog)
    page.wishes_button.click()
    stored = _stored(context.db, world.programme)
    assert {s.id: s.capacity for s in stored.smes}[str(c1)] == 3  # the other instance's change, alone
    assert next(x.wishes for x in stored.talents if x.id == str(t0)) == next(
        x.wishes for x in changed.talents if x.id == str(t0))
    assert context.undo_stack.count() == 0

    # A save that went through, then another instance's change: its undo is refused, nothing written.
    def add_forbidden(dialog: WishesDialog) -> None:
        rules = dialog.rules_tab
        dialog.tabs.setCurrentWidget(rules)
        _choose(rules.talent, "高橋 三郎")
        _choose(rules.company, "北見精工")
        _choose(rules.kind, "禁止")
        rules.add_button.click()
        dialog.save_button.click()

    when_modal(add_forbidden, WishesDialog)
    page.wishes_button.click()
    assert _stored(context.db, world.programme).forbidden == ((str(t0), str(world.companies[0])),)
    matching.set_talent_wishes(other, world.programme, world.talents[1], [])
    meanwhile = _stored(context.db, world.programme)
    other.dispose()
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: refused.append(text))
    context.undo_stack.undo()
    assert refused and "ほかの操作で変更" in refused[0]
    assert _stored(context.db, world.programme) == meanwhile


def test_unchanged_save_is_no_step_and_a_company_left_out_is_named(
        context: AppContext, world: World, qtbot: QtBot) -> None:
    page = _page(context, qtbot)
    when_modal(lambda dialog: dialog.save_button.click(), WishesDialog)
    page.empty.findChild(QPushButton, "empty_matching_wishes").click()  # no pairs yet: the empty state offers it
    assert context.undo_stack.count() == 0

    def leave_out(dialog: WishesDialog) -> None:
        companies = dialog.companies_tab
        dialog.tabs.setCurrentWidget(companies)
        _pick(companies.companies, "北見観光")  # 高橋's second wish
        companies.taking_part.setChecked(False)
        dialog.save_button.click()
        assert "人材「高橋 三郎」の希望の企業「北見観光」はマッチングに参加していません" in dialog.error.text()
        dialog.tabs.setCurrentWidget(dialog.talents_tab)
        assert "北見観光" not in [dialog.talents_tab.ranked.choice.itemText(i)
                                  for i in range(dialog.talents_tab.ranked.choice.count())]
        when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)
        dialog.reject()

    before = _stored(context.db, world.programme)
    when_modal(leave_out, WishesDialog)
    page.wishes_button.click()
    assert _stored(context.db, world.programme) == before


def test_the_chosen_pairs_history_is_listed_and_is_its_tooltip(
        context: AppContext, world: World, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, artifacts: Path) -> None:
    from PySide6.QtWidgets import QInputDialog

    page = _page(context, qtbot)
    page.propose_button.click()
    row = next(r for r in range(3) if page.model.index(r, 0).data() == "佐藤 花子")
    page.table.selectRow(row)
    page.advance_button.click()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("意見交換会で辞退", True))
    page.dissolve_button.click()
    history = page.history.model
    cells = [[history.index(r, col).data() for col in range(1, 5)] for r in range(history.rowCount())]
    who = context.who
    assert cells == [[who, "意見交換会", "解消", "意見交換会で辞退"], [who, "候補", "意見交換会", ""],
                     [who, "（作成）", "候補", "マッチング提案"]]
    assert page.history.title.text() == "佐藤 花子 と 北見精工 の履歴"
    tip = page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("履歴\n") and "意見交換会 → 解消（理由: 意見交換会で辞退）" in tip
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    _shoot(page, artifacts, "matching_page_history.png")


def test_the_buttons_are_guarded_for_a_role_that_may_not_change_matching(
        context: AppContext, world: World, qtbot: QtBot) -> None:
    context.member = Member("lab_kitami", (Role.LAB,), ("北見",))
    page = _page(context, qtbot)
    assert not page.wishes_button.isEnabled() and "マッチング" in page.wishes_button.toolTip()
    assert page.empty.findChild(QPushButton, "empty_matching_wishes") is None  # no way round the guard
    page.reload()
    assert not page.wishes_button.isEnabled()
