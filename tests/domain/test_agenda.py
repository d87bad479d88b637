"""Agenda timing, findings and the templates taken from the 2021 sources."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from colead_desktop.domain.agenda import (
    TOKYO, Agenda, AgendaBlock, BlockKind, RegionIntro, Severity, findings, interim_report_2021, meetup_2021,
    pre_meeting,
    round_slots, schedule,
)
from colead_desktop.domain.i18n import set_language


@pytest.fixture(autouse=True)
def _japanese() -> None:
    set_language("ja")
    yield
    set_language("ja")


def starts(agenda: Agenda) -> list[str]:
    return [f"{b.start:%H:%M}" for b in schedule(agenda)]


def test_meetup_2021_matches_the_printed_programme() -> None:
    agenda = meetup_2021()
    assert starts(agenda) == ["13:00", "13:05", "13:20", "13:35", "13:50", "14:05", "14:10", "14:40", "15:10",
                              "15:40", "15:45", "16:15"]
    assert schedule(agenda)[-1].end == datetime(2021, 10, 10, 16, 30, tzinfo=TOKYO)
    assert [f"{s.start:%H:%M}" for s in round_slots(agenda)] == ["14:10", "14:40", "15:10"]
    assert [f.severity for f in findings(agenda)] == [Severity.INFO]
    assert "合計210分" in findings(agenda)[0].message
    assert schedule(agenda)[0].start.utcoffset().total_seconds() == 9 * 3600


def test_pre_meeting_is_60_minutes_20_10_20_10() -> None:
    agenda = pre_meeting(date(2021, 11, 10), 10, 0, "株式会社総本家新之助貝新")
    assert [b.minutes for b in agenda.blocks] == [20, 10, 20, 10]
    assert [b.kind for b in agenda.blocks][2] is BlockKind.QA
    assert starts(agenda) == ["10:00", "10:20", "10:30", "10:50"]
    assert [f.severity for f in findings(agenda)] == [Severity.INFO]


def test_interim_report_fills_18_to_20() -> None:
    agenda = interim_report_2021()
    assert starts(agenda)[-1] == "19:25"
    assert schedule(agenda)[-1].end == datetime(2021, 12, 22, 20, 0, tzinfo=TOKYO)
    assert [f.severity for f in findings(agenda)] == [Severity.INFO]


def test_overrun_is_an_error_in_both_languages() -> None:
    agenda = meetup_2021()
    blocks = list(agenda.blocks)
    blocks[6] = replace(blocks[6], minutes=40)
    late = replace(agenda, blocks=tuple(blocks))
    errors = [f for f in findings(late) if f.severity is Severity.ERROR]
    assert len(errors) == 1 and "16:30" in errors[0].message and "10分" in errors[0].message
    assert "ラップアップ" in errors[0].message
    set_language("en")
    assert "Runs 10 min past the end at 16:30" in findings(late)[-1].message


def test_spare_time_and_bad_blocks_are_reported() -> None:
    agenda = replace(meetup_2021(), blocks=meetup_2021().blocks[:-1] + (AgendaBlock("空", BlockKind.OTHER, 0),))
    found = findings(agenda)
    assert any(f.severity is Severity.ERROR and "0分以下" in f.message for f in found)
    assert any(f.severity is Severity.WARNING and "15分の空き時間" in f.message for f in found)


def test_labels_are_localised() -> None:
    assert BlockKind.ROUND_TABLE.label == "ラウンドテーブル"
    set_language("en")
    assert BlockKind.ROUND_TABLE.label == "Round table"


def test_naive_start_is_read_as_tokyo() -> None:
    agenda = replace(meetup_2021(), start=datetime(2021, 10, 10, 13, 0), end=datetime(2021, 10, 10, 16, 30))
    assert schedule(agenda)[0].start.tzinfo == TOKYO


def test_interim_report_2021_keeps_its_printed_40_25_35() -> None:
    agenda = interim_report_2021()
    assert [(b.title, b.minutes) for b in agenda.blocks if b.kind is BlockKind.REGIONAL_REPORT] == [
        ("北見市の状況報告・質疑応答", 40), ("桑名市の状況報告・質疑応答", 25), ("沖縄県の状況報告・質疑応答", 35)]
    assert not [f for f in findings(agenda) if "地域" in f.message]


@pytest.mark.parametrize("count", [1, 3, 6, 7, 21, 30])
def test_interim_report_shares_its_window_among_any_number_of_regions(count: int) -> None:
    regions = tuple(RegionIntro(f"地域{i}") for i in range(count))
    agenda = interim_report_2021(regions=regions)
    reports = [b.minutes for b in agenda.blocks if b.kind is BlockKind.REGIONAL_REPORT]
    assert len(reports) == count and sum(reports) == 100 and min(reports) > 0
    assert [f.severity for f in findings(agenda)] == [Severity.INFO]


def test_an_empty_agenda_is_called_the_agenda_not_the_programme() -> None:
    empty = replace(meetup_2021(), blocks=())
    assert [f.message for f in findings(empty) if f.severity is Severity.WARNING] == ["アジェンダに項目がありません"]
    assert all("プログラム" not in f.message for f in findings(empty))


def test_an_online_event_without_its_tool_or_join_url_is_warned() -> None:
    """The handouts of an online meetup send the talents to its link: an empty 参加URL or ツール is found before."""
    bare = replace(meetup_2021(), place="", join_url="", online=True)
    warnings = [f.message for f in findings(bare) if f.severity is Severity.WARNING]
    assert "オンラインのイベントですが、ツールが空です" in warnings
    assert "オンラインのイベントですが、参加URLが空です（配布資料にURLが載りません）" in warnings
    set_language("en")
    assert "The event is online but its tool is empty" in [f.message for f in findings(bare)]
    assert not [f for f in findings(replace(bare, place="Zoom", join_url="https://zoom.example/1"))
                if f.severity is not Severity.INFO]
    assert not [f for f in findings(replace(bare, online=False)) if f.severity is not Severity.INFO]
