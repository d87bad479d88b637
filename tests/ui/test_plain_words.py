"""Plain words and shorter paths (issue 17 items 5 and 6): labels instead of codes, metrics that open their
list, a feedback panel that explains the chosen chip, timeline blocks naming the place, and tour creation that asks."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.pages.tours_page import ToursPage

SHOTS = Path("/work/shots/words")


def test_findings_show_a_label_and_keep_the_code_in_the_tooltip(tours_page: ToursPage) -> None:
    assert tours_page.tour is not None
    # Two items on day 2 at the same time: an overlap.
    items = list(tours_page.tour.items)
    items[7] = replace(items[7], start=time(9, 0), end=time(9, 45))
    tours_page.tour = replace(tours_page.tour, items=tuple(items))
    tours_page.refresh_findings()
    rows = [tours_page.findings_list.item(i) for i in range(tours_page.findings_list.count())]
    overlap = next(row for row in rows if row.data(Qt.ItemDataRole.UserRole) == [6, 7])
    assert "時間の重なり" in overlap.text() and "time.overlap" not in overlap.text()
    assert "(time.overlap)" in overlap.toolTip()
    assert not any("." in row.text().split("\n")[0].split("・")[-1] for row in rows)  # no code in any title line
    SHOTS.mkdir(parents=True, exist_ok=True)
    tours_page.grab().save(str(SHOTS / "findings_with_labels.png"))


def test_metrics_open_the_list_behind_them(meetup_page: MeetupPage, qtbot: QtBot) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.plan is not None and rt.setup.mode == "fixed_groups"
    # Fixed groups meet the same people every round: the repeats are listed by pair.
    assert rt.plan.metrics.repeat_pairs > 0 and rt.details["repeat_pairs"]
    assert rt.details["repeat_pairs"][0] in rt.metric_labels["repeat_pairs"].toolTip()
    QTest.mouseClick(rt.metric_labels["repeat_pairs"], Qt.MouseButton.LeftButton)
    dialog = rt.details_dialog
    assert dialog is not None and dialog.isVisible()
    listing = dialog.findChild(QListWidget, "rt_metric_details_list")
    assert [listing.item(i).text() for i in range(listing.count())] == rt.details["repeat_pairs"]
    dialog.reject()

    # An unmet preference: the first talent prefers their round-1 table, then is dragged off it.
    who = rt.setup.talents[0].label
    unvisited = next(table for table, people in rt.plan.rounds[0].items() if who in people)
    elsewhere = next(t.name for t in rt.setup.tables if t.name != unvisited)
    talents = (replace(rt.setup.talents[0], prefers=(unvisited,)), *rt.setup.talents[1:])
    rt.setup = replace(rt.setup, talents=talents)
    rt.move_talent(who, 1, elsewhere)
    assert rt.plan.metrics.unmet_preferences == 1
    assert rt.details["unmet_preferences"] == [f"{who}: 希望の{unvisited}を訪問しません"]
    caption = rt.findChild(type(rt.metric_labels["unmet_preferences"]), "metric_unmet_preferences_label")
    QTest.mouseClick(caption, Qt.MouseButton.LeftButton)
    assert rt.details_dialog is not None and rt.details_dialog.windowTitle() == "希望地域の未訪問: 1件"
    rt.details_dialog.grab().save(str(SHOTS / "metric_unmet_preferences.png"))
    rt.details_dialog.reject()


def test_the_feedback_panel_explains_the_clicked_chip(meetup_page: MeetupPage, qtbot: QtBot) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.problems == []
    assert rt.feedback.count() == 1 and "チップをクリック" in rt.feedback.item(0).text()
    who = rt.setup.talents[0].label
    chip = rt.grid.chip(who, 1)
    assert chip is not None
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    lines = [rt.feedback.item(i).text() for i in range(rt.feedback.count())]
    assert lines[0].startswith(f"{who}・第1ラウンド・")
    assert any(line.startswith("固定: なし") for line in lines)
    assert any(line.startswith("希望地域") for line in lines)
    assert lines[-1] == "制約: この席は制約をすべて満たしています"
    rt.toggle_pin(who, 1)  # pinning redraws the grid; the explanation follows the same chip
    lines = [rt.feedback.item(i).text() for i in range(rt.feedback.count())]
    assert lines[0].startswith(f"{who}・第1ラウンド・") and any(line.startswith("固定: このラウンドは") for line in lines)
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    meetup_page.grab().save(str(SHOTS / "roundtable_chip_explained.png"))
