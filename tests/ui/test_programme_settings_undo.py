"""プログラム設定 (its tabs and the 予算 tab) is one undo step (issue 17 item 1): do, undo, redo read back through
the services; a change by another instance refuses the save and the undo without writing; a region taken out
comes back with its budget."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.budget import BudgetLine
from colead_desktop.services.budget import set_budget
from colead_desktop.services.programme_settings_step import programme_settings, replace_settings
from colead_desktop.services.programme_setup import copy_programme, create_programme
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.programme.settings_dialog import ProgrammeSettingsDialog
from tests.domain.test_programme_setup import GOOD
from tests.ui.test_save_key import press_ctrl_s

WHO = "事務局 太郎"
SHOTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture
def programme(context: AppContext) -> int:
    """A fresh programme (北見, 桑名) with a travel budget for 北見."""
    programme_id = create_programme(context.db, GOOD, WHO)
    set_budget(context.db, programme_id, "北見", BudgetLine.TRAVEL, 200_000)
    return programme_id


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: warnings.append((title, text)))
    return warnings


def _save(context: AppContext, qtbot: QtBot, programme_id: int, name: str, venue: str,
          shown: list[tuple[str, str]]) -> ProgrammeSettingsDialog:
    """Open プログラム設定, rename the programme and type 桑名's venue budget, OK; the step pushed as the window does."""
    dialog = ProgrammeSettingsDialog(context, programme_id)
    qtbot.addWidget(dialog)
    dialog.sections[0].name.setText(name)  # type: ignore[attr-defined]
    dialog.budget.table.item(1, list(BudgetLine).index(BudgetLine.VENUE)).setText(venue)
    dialog.accept()
    step = dialog.change(lambda: None, lambda title, text: shown.append((title, text)))
    if step is not None:
        context.undo_stack.push(step)
    return dialog


def test_settings_and_budget_are_one_step(context: AppContext, qtbot: QtBot, programme: int,
                                          shown: list[tuple[str, str]]) -> None:
    db = context.db
    original = programme_settings(db, programme)
    _save(context, qtbot, programme, "ふるさと Co-LEAD 2025 改", "12,000", shown)
    saved = programme_settings(db, programme)
    kitami, kuwana = (r.region_id for r in saved.setup.regions)
    assert saved.setup.name == "ふるさと Co-LEAD 2025 改" and saved.budget[kuwana, BudgetLine.VENUE] == 12_000
    assert context.undo_stack.count() == 1
    assert context.undo_stack.undoText() == "プログラム設定を変更（ふるさと Co-LEAD 2025 改）"

    context.undo_stack.undo()
    assert programme_settings(db, programme) == original
    context.undo_stack.redo()
    assert programme_settings(db, programme) == saved

    # one step later: a second save, undone back to the first; a save changing nothing adds no step
    _save(context, qtbot, programme, "ふるさと Co-LEAD 2025 再", "13,000", shown)
    context.undo_stack.undo()
    assert programme_settings(db, programme) == saved
    _save(context, qtbot, programme, "ふるさと Co-LEAD 2025 改", "12,000", shown)
    assert context.undo_stack.count() == 2 and shown == []
    assert saved.budget[kitami, BudgetLine.TRAVEL] == 200_000


def test_undo_refused_when_another_instance_changed_the_budget(context: AppContext, qtbot: QtBot, programme: int,
                                                               shown: list[tuple[str, str]]) -> None:
    db = context.db
    _save(context, qtbot, programme, "ふるさと Co-LEAD 2025 改", "12,000", shown)
    set_budget(db, programme, "北見", BudgetLine.TRAVEL, 300_000)  # another instance meanwhile
    theirs = programme_settings(db, programme)

    context.undo_stack.undo()
    assert programme_settings(db, programme) == theirs  # nothing written
    assert shown[0][0] == "元に戻せません" and "ほかで変更" in shown[0][1]
    assert not context.undo_stack.canUndo()


def test_a_save_over_settings_changed_since_the_dialog_opened_is_refused(context: AppContext, qtbot: QtBot,
                                                                        programme: int,
                                                                        shown: list[tuple[str, str]]) -> None:
    db = context.db
    dialog = ProgrammeSettingsDialog(context, programme)
    qtbot.addWidget(dialog)
    dialog.sections[0].name.setText("私の名前")  # type: ignore[attr-defined]
    set_budget(db, programme, "桑名", BudgetLine.VENUE, 5_000)  # another instance meanwhile
    theirs = programme_settings(db, programme)
    dialog.accept()
    assert programme_settings(db, programme) == theirs and "ほかで変更" in shown[0][1]
    assert dialog.result() != dialog.DialogCode.Accepted


def test_a_region_taken_out_comes_back_with_its_budget(db: Database) -> None:
    programme_id = create_programme(db, GOOD, WHO)
    set_budget(db, programme_id, "桑名", BudgetLine.VENUE, 50_000)
    before = programme_settings(db, programme_id)
    without = replace(before, setup=replace(before.setup, regions=before.setup.regions[:1]))
    after = replace_settings(db, programme_id, before, without, WHO)
    assert [r.name for r in after.setup.regions] == ["北見"] and after.budget == {}
    assert replace_settings(db, programme_id, after, before, WHO) == before


def test_a_copied_year_opens_its_settings_with_the_missing_contract_number_shown(context: AppContext, qtbot: QtBot,
                                                                              programme: int) -> None:
    copy = copy_programme(context.db, programme, 2026, talents=False, events=False, who=WHO)
    dialog = ProgrammeSettingsDialog(context, copy)
    qtbot.addWidget(dialog)
    dialog.show()
    payer = next(s for s in dialog.sections if "payer.contract_no" in s.finding_labels)
    dialog.tabs.setCurrentWidget(payer)
    label = payer.finding_labels["payer.contract_no"]
    assert label.isVisible() and "契約番号が未入力です" in label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "copied_year_settings_payer.png"))


def test_ctrl_s_saves_the_settings_once_something_was_changed(context: AppContext, qtbot: QtBot, programme: int,
                                                              shown: list[tuple[str, str]]) -> None:
    dialog = ProgrammeSettingsDialog(context, programme)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = dialog.sections[0].name  # type: ignore[attr-defined]
    assert "Ctrl+S" in dialog.findChild(QDialogButtonBox, "button_box").button(
        QDialogButtonBox.StandardButton.Ok).toolTip()
    press_ctrl_s(qtbot, name)
    assert dialog.isVisible() and dialog.result() == 0  # nothing to save: the key does nothing

    name.setText("ふるさと Co-LEAD 2025 改")
    press_ctrl_s(qtbot, name)

    assert dialog.result() == QDialog.DialogCode.Accepted and shown == []
    assert programme_settings(context.db, programme).setup.name == "ふるさと Co-LEAD 2025 改"
