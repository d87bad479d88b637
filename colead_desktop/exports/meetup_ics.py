"""Calendar files for the meetup: one for the whole event and one per talent with their rounds.

Design choice: the event file holds ONE VEVENT spanning the event window, with the timetable in its
description. Twelve back-to-back agenda entries clutter a day view and are hard to forward as a single
invitation; the per-talent file is where the detail pays off: one VEVENT per round with the table's
room link (URL and LOCATION) and its brief (DESCRIPTION), so the talent clicks straight into the room.

UIDs are derived from the event start, the talent and the round, so a re-sent file updates the entries
a calendar already holds instead of duplicating them.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from icalendar import Event

from colead_desktop.domain.agenda import round_slots, schedule
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import TOKYO
from colead_desktop.domain.meetup_docs import MeetupPack, TableBrief
from colead_desktop.exports.atomic import write_bytes_atomically
from colead_desktop.exports.ics import calendar_bytes, new_calendar


def _uid(pack: MeetupPack, *parts: object) -> str:
    key = "|".join([pack.agenda.title, pack.agenda.start.isoformat(), *map(str, parts)])
    return f"{hashlib.sha1(key.encode('utf-8')).hexdigest()[:24]}@colead-desktop"


def _require_aware(pack: MeetupPack) -> None:
    """A naive time could be anyone's wall clock; invitations go to people in other zones, so the caller
    must say Asia/Tokyo (domain.jp_calendar.as_tokyo) rather than have the machine's zone guessed."""
    for what, moment in ((msg("開始", "start"), pack.agenda.start), (msg("終了", "end"), pack.agenda.end)):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise InputError(msg("「{t}」の{w}日時にタイムゾーンがありません（Asia/Tokyoで指定してください）",
                                 "The {w} time of '{t}' has no time zone (give it in Asia/Tokyo)",
                                 t=pack.agenda.title, w=what))


def _event(uid: str, summary: str, start: datetime, end: datetime, description: str) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", start.astimezone(TOKYO))
    event.add("summary", summary)
    event.add("dtstart", start.astimezone(TOKYO))
    event.add("dtend", end.astimezone(TOKYO))
    event.add("description", description)
    return event


def _where(event: Event, place: str, url: str) -> None:
    """LOCATION names the room or tool and repeats the link (many calendars show only LOCATION); URL is the link."""
    location = " ".join(x for x in (place, url) if x)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)


def event_calendar(pack: MeetupPack) -> bytes:
    """The whole event as one VEVENT with the event's tool and join URL; the agenda is in the description."""
    _require_aware(pack)
    agenda = pack.agenda
    cal = new_calendar("Meetup", agenda.title)
    lines = [f"{b.start:%H:%M}–{b.end:%H:%M} {b.block.title}" for b in schedule(agenda)]
    event = _event(_uid(pack, "event"), agenda.title, agenda.start, agenda.end, "\n".join(lines))
    _where(event, agenda.place, agenda.join_url or next((b.join_url for b in agenda.blocks if b.join_url), ""))
    cal.add_component(event)
    return calendar_bytes(cal)


def brief_text(brief: TableBrief) -> str:
    """The table brief as plain text for a calendar description."""
    parts = [(msg("目的", "Purpose"), brief.purpose), (msg("地域の課題", "Issues"), brief.issues),
             (msg("これまでの施策", "Past measures"), brief.past_measures),
             (msg("人材への質問", "Questions"), "\n".join(f"・{q}" for q in brief.questions)),
             (msg("期待するアウトプット", "Expected output"), brief.expected_output)]
    return "\n\n".join(f"【{title}】\n{text}" for title, text in parts if text)


def talent_calendar(pack: MeetupPack, talent_id: str) -> bytes:
    """One VEVENT per round the talent attends, at the time of the matching round-table block, with the
    table's room link (the event's link when the table has none)."""
    _require_aware(pack)
    cal = new_calendar("Meetup", f"{pack.agenda.title} – {pack.name(talent_id)}")
    for r, slot in enumerate(round_slots(pack.agenda)[: len(pack.plan.rounds)]):
        table = pack.seat(talent_id, r)
        if table is None:
            continue
        brief = pack.brief(table)
        summary = msg("{t}（第{r}ラウンド：{g}テーブル）", "{t} (round {r}: table {g})", t=pack.agenda.title,
                      r=r + 1, g=brief.region)
        event = _event(_uid(pack, talent_id, r + 1), summary, slot.start, slot.end, brief_text(brief))
        _where(event, brief.room, brief.join_url or pack.agenda.join_url)
        cal.add_component(event)
    return calendar_bytes(cal)


def write_event_calendar(target: Path, pack: MeetupPack) -> Path:
    return write_bytes_atomically(Path(target), event_calendar(pack))


def write_talent_calendars(folder: Path, pack: MeetupPack) -> dict[str, Path]:
    """One file per talent, named after the talent id made file-safe; returns talent id -> path."""
    out: dict[str, Path] = {}
    for sheet in pack.talents:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in sheet.talent_id)
        out[sheet.talent_id] = write_bytes_atomically(Path(folder) / f"meetup_{safe}.ics",
                                                      talent_calendar(pack, sheet.talent_id))
    return out
