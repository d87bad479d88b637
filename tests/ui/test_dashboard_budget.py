"""The dashboard's 予算と実績 on a fresh programme: the charts draw the figures `colead budget show` prints; without
a budget the section says how to set one; the 予算 tab of プログラム設定 saves what is typed and refuses a bad cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.domain.budget import BudgetLine, report_json
from colead_desktop.db import models
from colead_desktop.domain.team import Role
from colead_desktop.services.budget import budget_cells
from colead_desktop.services.programme_setup import load_setup
from colead_desktop.services.team import Member
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.dashboard import DashboardPage
from colead_desktop.ui.programme.settings_dialog import ProgrammeSettingsDialog
from tests.cli.run import colead
from tests.programmes import new_programme
from tests.services.budget_fixtures import fresh_lifecycle


def _page(context: AppContext, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def test_the_charts_draw_what_the_cli_prints(context: AppContext, qtbot: QtBot, tmp_path: Path,
                                             artifacts: Path) -> None:
    life = fresh_lifecycle(context.db, tmp_path / "runs")
    context.switch_programme(life.programme_id)
    page = _page(context, qtbot)
    assert page.budget_chart.isVisible() and page.month_chart.isVisible() and not page.budget_empty.isVisible()
    shown = colead("--db", context.db.url, "--programme", str(life.programme_id), "budget", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    assert page.budget_chart.report is not None and page.month_chart.report == page.budget_chart.report
    assert json.loads(json.dumps(report_json(page.budget_chart.report))) == json.loads(shown.stdout)
    assert "事務局が直接支払った" in page.budget_note.text()
    page.grab().save(str(artifacts / "dashboard_budget_ja.png"))


def test_without_a_budget_the_section_says_how_to_set_one(context: AppContext, qtbot: QtBot) -> None:
    context.switch_programme(new_programme(context.db))
    page = _page(context, qtbot)
    assert page.budget_empty.isVisible() and not page.budget_chart.isVisible()
    assert "予算が設定されていません" in page.budget_empty.message.text()
    assert page.budget_empty.findChild(object, "empty_set_budget") is not None
    assert page.month_chart.isVisible() and page.month_chart.report is not None and not page.month_chart.report.months


def test_the_budget_tab_saves_typed_amounts_and_refuses_a_bad_cell(context: AppContext, qtbot: QtBot,
                                                                    tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    life = fresh_lifecycle(context.db, tmp_path / "runs")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    before = budget_cells(context.db, life.programme_id)
    dialog = ProgrammeSettingsDialog(context, life.programme_id)
    qtbot.addWidget(dialog)
    table = dialog.budget.table
    venue = list(BudgetLine).index(BudgetLine.VENUE)
    assert table.item(0, 0).text() == "200,000"  # 北見 travel, as set
    table.item(1, venue).setText("１２，０００円")
    table.item(0, 0).setText("二十万")
    dialog.accept()
    assert warnings and "北見の旅費" in warnings[0] and dialog.tabs.currentWidget() is dialog.budget
    assert budget_cells(context.db, life.programme_id) == before  # nothing saved
    table.item(0, 0).setText("")  # no budget for 北見 travel any more
    dialog.accept()
    after = budget_cells(context.db, life.programme_id)
    kitami, kuwana = (region_id for region_id, _name in after.regions)
    assert after.amounts[kuwana, BudgetLine.VENUE] == 12_000 and (kitami, BudgetLine.TRAVEL) not in after.amounts


def test_a_lab_coordinator_sees_why_there_are_no_figures(context: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    life = fresh_lifecycle(context.db, tmp_path / "runs")
    context.switch_programme(life.programme_id)
    context.member = Member("lab_kitami", (Role.LAB,), ("北見",))  # as signed_in() reads it on a team database
    page = _page(context, qtbot)
    assert not page.budget_chart.isVisible() and not page.month_chart.isVisible()
    assert page.budget_chart.report is None and page.month_chart.report is None  # nothing of payments was read
    assert "表示できません" in page.budget_empty.message.text()


def test_every_bad_cell_is_named_at_once_with_the_sections_problems(context: AppContext, qtbot: QtBot,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 15 item 9: the budget's first bad cell was said only once the other tabs were right, then the next."""
    life = fresh_lifecycle(context.db, tmp_path / "runs")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    dialog = ProgrammeSettingsDialog(context, life.programme_id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog._guard, "may_close", lambda: True)
    dialog.sections[0].name.setText("")  # type: ignore[attr-defined]
    dialog.budget.table.item(0, 0).setText("二十万")
    dialog.budget.table.item(1, 0).setText("-5")
    dialog.accept()
    assert len(warnings) == 1 and len(warnings[0].split("\n")) == 2
    assert "北見の旅費" in warnings[0].split("\n")[0] and "桑名の旅費" in warnings[0].split("\n")[1]
    assert dialog.tabs.currentWidget() is dialog.sections[0]  # the first tab with a problem


def test_accounting_sees_the_tabs_it_may_not_change_read_only(context: AppContext, qtbot: QtBot, tmp_path: Path,
                                                              artifacts: Path) -> None:
    """Review 16 item 6: accounting could edit the programme, regions and budget tabs, and the database refused
    the save; those tabs are read-only now, saying why, while the payer's stay editable and save."""
    life = fresh_lifecycle(context.db, tmp_path / "runs")
    context.member = Member("keiri", (Role.ACCOUNTING,), ())  # as signed_in() reads it on a team database
    dialog = ProgrammeSettingsDialog(context, life.programme_id)
    qtbot.addWidget(dialog)
    programme, payer, zengin, regions = dialog.sections
    assert [w.isEnabled() for w in (programme, payer, zengin, regions, dialog.budget.table)] == [
        False, True, True, False, False]
    assert "経理" in programme.toolTip() and "プログラム設定" in regions.toolTip()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert [t.endswith("（表示のみ）") for t in titles] == [True, False, False, True, True]
    assert dialog.tabs.tabToolTip(0) == programme.toolTip()
    dialog.show()
    dialog.grab().save(str(artifacts / "programme_settings_accounting.png"))
    payer.edits["address"].setText("東京都千代田区霞が関1-3-2")  # type: ignore[attr-defined]
    dialog.accept()
    assert load_setup(context.db, life.programme_id).payer.address == "東京都千代田区霞が関1-3-2"


def test_accounting_saves_the_payer_past_a_value_stored_before_its_rule(context: AppContext, qtbot: QtBot,
                                                                         tmp_path: Path, artifacts: Path) -> None:
    """A programme name stored with an emoji by an older version failed the check on the programme's tab, which
    accounting sees read-only: its OK did nothing, and the payer could not be saved at all. The name is said as a
    warning now and left as it is; the payer's edit saves."""
    life = fresh_lifecycle(context.db, tmp_path / "runs")
    with context.db.session() as session:
        session.get(models.Programme, life.programme_id).name = "Co-LEAD 桑名😀"  # type: ignore[union-attr]
    context.member = Member("keiri", (Role.ACCOUNTING,), ())
    dialog = ProgrammeSettingsDialog(context, life.programme_id)
    qtbot.addWidget(dialog)
    programme, payer, _zengin, _regions = dialog.sections
    assert programme.finding_labels["name"].property("state") == "warning"  # shown, not blocking
    assert "😀" in programme.finding_labels["name"].text()
    dialog.show()
    dialog.grab().save(str(artifacts / "programme_settings_stored_before_rule.png"))
    payer.edits["address"].setText("東京都千代田区霞が関1-3-2")  # type: ignore[attr-defined]
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = load_setup(context.db, life.programme_id)
    assert (stored.name, stored.payer.address) == ("Co-LEAD 桑名😀", "東京都千代田区霞が関1-3-2")
    context.member = None  # the secretariat, who may change the name
    secretariat = ProgrammeSettingsDialog(context, life.programme_id)
    qtbot.addWidget(secretariat)
    secretariat.sections[0].name.setText("Co-LEAD 北見😀")  # type: ignore[attr-defined]
    assert not secretariat.check(secretariat.sections[0], everything=True)  # a changed name follows the rule
