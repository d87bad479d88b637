"""Calendar entries for events: one spanning the event, and one per round table a meetup talent attends.

Design choice: an event is ONE entry spanning the event window, with the timetable in its description.
Twelve back-to-back agenda entries clutter a day view and are hard to forward as a single invitation; the
per-talent calendar is where the detail pays off: one entry per round with the table's room link (URL
and LOCATION) and its brief (DESCRIPTION), so the talent clicks straight into the room.

The caller gives each entry's UID parts from record identity (the event's uuid, the talent's uuid), so a
re-sent file updates the entries a calendar already holds, whatever was renamed or moved.
"""

from __future__ import annotations

from datetime import datetime

from colead_desktop.domain.agenda import Agenda, round_slots, schedule
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.meetup_docs import MeetupPack, TableBrief
from colead_desktop.exports.ics import CalendarEntry, make_uid


def _require_aware(agenda: Agenda) -> None:
    """A naive time could be anyone's wall clock; invitations go to people in other zones, so the caller
    must say Asia/Tokyo (domain.jp_calendar.as_tokyo) rather than have the machine's zone guessed."""
    for what, moment in ((msg("開始", "start"), agenda.start), (msg("終了", "end"), agenda.end)):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise InputError(msg("「{t}」の{w}日時にタイムゾーンがありません（Asia/Tokyoで指定してください）",
                                 "The {w} time of '{t}' has no time zone (give it in Asia/Tokyo)",
                                 t=agenda.title, w=what))


def _entry(uid: str, summary: str, start: datetime, end: datetime, description: str, place: str,
           url: str) -> CalendarEntry:
    """LOCATION names the room or tool and repeats the link (many calendars show only LOCATION); URL is the link."""
    return CalendarEntry(uid, summary, start, end, description=description,
                         location=" ".join(x for x in (place, url) if x), url=url)


def event_entry(agenda: Agenda, event_key: str) -> CalendarEntry:
    """The whole event with its tool and join URL; the timetable, when it has one, is the description."""
    _require_aware(agenda)
    lines = [f"{b.start:%H:%M}–{b.end:%H:%M} {b.block.title}" for b in schedule(agenda)]
    return _entry(make_uid("event", event_key), agenda.title, agenda.start, agenda.end, "\n".join(lines),
                  agenda.place, agenda.join_url or next((b.join_url for b in agenda.blocks if b.join_url), ""))


def brief_text(brief: TableBrief) -> str:
    """The table brief as plain text for a calendar description."""
    parts = [(msg("目的", "Purpose"), brief.purpose), (msg("地域の課題", "Issues"), brief.issues),
             (msg("これまでの施策", "Past measures"), brief.past_measures),
             (msg("人材への質問", "Questions"), "\n".join(msg("・{q}", "• {q}", q=q) for q in brief.questions)),
             (msg("期待するアウトプット", "Expected output"), brief.expected_output)]
    return "\n\n".join(msg("【{t}】\n{x}", "[{t}]\n{x}", t=title, x=text) for title, text in parts if text)


def talent_entries(pack: MeetupPack, talent_id: str, event_key: str, talent_key: str) -> list[CalendarEntry]:
    """One entry per round the talent (`talent_id`, as the plan seats them) attends, at the time of the
    matching round-table block, with the table's room link (the event's link when the table has none).
    `talent_key` is the talent's record identity for the UIDs."""
    _require_aware(pack.agenda)
    slots = round_slots(pack.agenda)
    if len(slots) < len(pack.plan.rounds):  # a calendar without some of the talent's rounds would mislead
        raise InputError(msg("アジェンダにラウンドの時間が {n} 件しかなく、{r} ラウンド分の予定を書き出せません。"
                             "先にアジェンダにラウンドの時間を入れてください",
                             "The agenda has times for {n} rounds, not the {r} planned: add the rounds' times "
                             "to the agenda first", n=len(slots), r=len(pack.plan.rounds)))
    entries = []
    for r, slot in enumerate(slots[: len(pack.plan.rounds)]):
        table = pack.seat(talent_id, r)
        if table is None:
            continue
        brief = pack.brief(table)
        summary = msg("{t}（第{r}ラウンド：{g}テーブル）", "{t} (round {r}: table {g})", t=pack.agenda.title,
                      r=r + 1, g=brief.region)
        entries.append(_entry(make_uid("event", event_key, "talent", talent_key, "round", r + 1), summary,
                              slot.start, slot.end, brief_text(brief), brief.room,
                              pack.join_url(brief)))
    return entries
