"""Calendar files share one header and Asia/Tokyo zone; naive times are refused, aware ones shown in Tokyo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import ics
import pytest

from colead_desktop.domain.agenda import BlockKind, meetup_2021
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.meetup_docs import MeetupPack
from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve
from colead_desktop.exports.ics import calendar_bytes, new_calendar
from colead_desktop.exports.meetup_ics import event_entry, talent_entries


STAMP = datetime(2021, 10, 1, tzinfo=UTC)


def event_calendar(pack: MeetupPack) -> bytes:
    return calendar_bytes("Meetup", pack.agenda.title, [event_entry(pack.agenda, "e1")], STAMP)


def talent_calendar(pack: MeetupPack, talent_id: str) -> bytes:
    return calendar_bytes("Meetup", pack.agenda.title, talent_entries(pack, talent_id, "e1", talent_id), STAMP)


def test_new_calendar_carries_the_tokyo_zone() -> None:
    text = new_calendar("Test", "名前").to_ical().decode()
    assert "PRODID:-//Co-LEAD Desktop//Test//JA" in text
    assert "TZID:Asia/Tokyo" in text and "TZOFFSETTO:+0900" in text
    assert "X-WR-CALNAME:名前" in text


def test_naive_agenda_times_are_refused_and_aware_ones_shown_in_tokyo() -> None:
    """A naive time could be any machine's wall clock, so the meetup calendars refuse it (callers pass
    Asia/Tokyo times, see jp_calendar.as_tokyo); an aware time in another zone is converted."""
    agenda = meetup_2021("https://example.jp/meetup")
    plan = solve(PlanInput(1, "mix", 1, (Table("北見", 4),), (Talent("t1", "engineer"),)))
    naive = replace(agenda, start=agenda.start.replace(tzinfo=None), end=agenda.end.replace(tzinfo=None))
    for write in (event_calendar, lambda pack: talent_calendar(pack, "t1")):
        with pytest.raises(InputError, match="タイムゾーン"):
            write(MeetupPack(naive, plan, (), ()))
    utc = replace(agenda, start=agenda.start.astimezone(UTC), end=agenda.end.astimezone(UTC))
    [event] = ics.Calendar(event_calendar(MeetupPack(utc, plan, (), ())).decode()).events
    assert event.begin.format("YYYY-MM-DD HH:mm ZZ") == "2021-10-10 13:00 +09:00"
    assert event.end.format("HH:mm") == "16:30"


def test_a_talents_calendar_is_refused_while_the_agenda_lacks_times_for_the_planned_rounds() -> None:
    agenda = meetup_2021("https://example.jp/meetup")
    plan = solve(PlanInput(3, "mix", 1, (Table("北見", 4), Table("桑名", 4)), (Talent("t1", "engineer"),)))
    assert len(talent_entries(MeetupPack(agenda, plan, (), ()), "t1", "e1", "t1")) == 3
    two_rounds = replace(agenda, blocks=tuple(b for i, b in enumerate(agenda.blocks)
                                              if b.kind is not BlockKind.ROUND_TABLE
                                              or i != max(j for j, c in enumerate(agenda.blocks)
                                                          if c.kind is BlockKind.ROUND_TABLE)))
    for shown in (two_rounds, replace(agenda, blocks=())):
        with pytest.raises(InputError, match="ラウンドの時間が [02] 件しかなく、3 ラウンド分"):
            talent_entries(MeetupPack(shown, plan, (), ()), "t1", "e1", "t1")
