"""Plain words and shorter paths (issue 17 items 5 and 6): labels instead of codes, metrics that open their
list, a feedback panel that explains the chosen chip, timeline blocks naming the place, and tour creation that asks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QPointF, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from colead_desktop.domain import clock
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.records import list_records, save_record
from tests.programmes import demo_programme
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import EventRecord
from colead_desktop.ui.pages import record_kinds
from colead_desktop.ui.record_dialog import RecordDialog
from tests.programmes import new_programme
from colead_desktop.domain.itinerary import ItemKind
from colead_desktop.services import tours
from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.dialogs import CopyTourDialog, NewTourDialog
from tests.ui.modal import when_modal
from tests.ui.test_tour_settings import click, ok
from tests.conftest import shots_dir

SHOTS = shots_dir("words")


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
    programme_id = demo_programme(rt.db)  # the preference saved on the talent, as the 出欠・希望 editor does
    talent = next(t for t in list_records(rt.db, TalentRecord, programme_id) if t.name == who)
    region = next(i for i, name in load_lookups(rt.db, programme_id).regions.items() if name == unvisited)
    save_record(rt.db, replace(talent, region_preferences=(region,)), programme_id)
    rt.load(rt.event_id)
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
    assert chip.property("chosen") is True
    lines = [rt.feedback.item(i).text() for i in range(rt.feedback.count())]
    assert lines[0].startswith(f"{who}・第1ラウンド・")
    assert any(line.startswith("固定: なし") for line in lines)
    assert any(line.startswith("希望地域") for line in lines)
    assert lines[-1] == "制約: この席は制約をすべて満たしています"
    rt.toggle_pin(who, 1)  # pinning redraws the grid; the explanation follows the same chip
    lines = [rt.feedback.item(i).text() for i in range(rt.feedback.count())]
    assert lines[0].startswith(f"{who}・第1ラウンド・") and any(line.startswith("固定: このラウンドは") for line in lines)
    redrawn = rt.grid.chip(who, 1)
    assert redrawn is not None and redrawn is not chip and redrawn.property("chosen") is True
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    meetup_page.grab().save(str(SHOTS / "roundtable_chip_explained.png"))


def test_timeline_blocks_name_the_company_or_venue(tours_page: ToursPage) -> None:
    tour = tours_page.tour
    assert tour is not None
    timeline = tours_page.timeline
    # A title the planner wrote is kept: it names the company, often more briefly than the place's name.
    assert tour.items[6].title == "企業訪問② 三重精機"
    assert timeline.tooltip_at(QPointF(timeline.block_center(6))) == "09:00–10:30 企業訪問② 三重精機"
    assert tour.items[2].title == "企業訪問① 総本家新之助貝新（店舗）"
    assert timeline.tooltip_at(QPointF(timeline.block_center(2))).endswith(" 企業訪問① 総本家新之助貝新（店舗）")
    # A template title (「企業訪問②」) gains the place the item is at.
    items = list(tour.items)
    items[6] = replace(items[6], title="企業訪問②")
    tours_page.apply(replace(tour, items=tuple(items)), "test")
    assert timeline.tooltip_at(QPointF(timeline.block_center(6))) == "09:00–10:30 企業訪問② 三重精機"
    # An untitled item at the base venue names the venue after the kind: 「オリエンテーション 桑名シティホテル」.
    assert timeline.tooltip_at(QPointF(timeline.block_center(1))).endswith(" オリエンテーション 桑名シティホテル")
    SHOTS.mkdir(parents=True, exist_ok=True)
    timeline.grab().save(str(SHOTS / "timeline_with_place_names.png"))


def _new(page: ToursPage, blank: bool, start: date) -> None:
    def create(dialog: NewTourDialog) -> None:
        assert dialog.template_choice.isChecked()  # the guideline stays the default
        dialog.region.setEditText("三重県桑名市")
        dialog.start.setDate(QDate(start.year, start.month, start.day))
        if blank:
            dialog.blank_choice.setChecked(True)
        ok(dialog)

    when_modal(create, NewTourDialog)
    click(page, "tour_new")


def test_new_offers_a_blank_tour_or_the_guideline_template(tours_page: ToursPage, db: Database) -> None:
    _new(tours_page, True, date(2026, 10, 6))
    blank = tours_page.tour
    assert blank is not None and blank.start_date == date(2026, 10, 6) and blank.items == ()
    assert tours.load_tour(db, blank.id).items == ()
    _new(tours_page, False, date(2026, 11, 3))
    template = tours_page.tour
    assert template is not None and template.id != blank.id
    assert ItemKind.ORIENTATION in {item.kind for item in template.items} and len(template.items) > 5


def test_copy_asks_whether_to_carry_over_the_party(tours_page: ToursPage, db: Database) -> None:
    source = tours_page.tour
    assert source is not None and source.headcount == 8 and source.members

    def copy(keep: bool) -> None:
        def answer(dialog: CopyTourDialog) -> None:
            assert not dialog.keep_party.isChecked() and "8名" in dialog.keep_party.text()
            dialog.keep_party.setChecked(keep)
            ok(dialog)
        when_modal(answer, CopyTourDialog)
        tours_page.select_tour(source.id)
        click(tours_page, "tour_copy")

    copy(False)
    empty = tours.load_tour(db, tours_page.tour.id)  # type: ignore[union-attr]
    assert empty.members == () and empty.headcount == 0 and len(empty.items) == len(source.items)
    assert all(item.attendees is None for item in empty.items)
    copy(True)
    kept = tours.load_tour(db, tours_page.tour.id)  # type: ignore[union-attr]
    assert kept.members == source.members and kept.id != empty.id


# 05:30 in Tokyo on 2 December 2026 (still the 1st in UTC): the hour that used to give a 05:00-07:00 event.
_MORNING = datetime(2026, 12, 1, 20, 30, tzinfo=UTC)


def test_a_new_event_defaults_to_the_next_free_ten_oclock(db: Database, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    programme = new_programme(db)
    save_record(db, EventRecord(None, programme, "other", "既存の打合せ", datetime(2026, 12, 2, 9, 30),
                                datetime(2026, 12, 2, 11, 0)))
    monkeypatch.setattr(clock, "source", lambda: _MORNING)
    kind = next(k for k in record_kinds.record_kinds() if k.key == "events")
    lookups = load_lookups(db, programme)
    dialog = RecordDialog(kind.form, kind.new_record(lookups), kind.choices(lookups))
    qtbot.addWidget(dialog)
    # Today's 10:00 is taken by the meeting: tomorrow 10:00-12:00.
    assert dialog.editor("starts_at").dateTime() == QDateTime(QDate(2026, 12, 3), QTime(10, 0))
    assert dialog.editor("ends_at").dateTime() == QDateTime(QDate(2026, 12, 3), QTime(12, 0))
