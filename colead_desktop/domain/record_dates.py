"""Where a payment record's date belongs: inside the programme's period, and not after today.

One rule for the record dialogs (tour day, work day, expense), statement drafting, corrections from the CLI's
JSON and approval. Each finding is a warning the user confirms, never a refusal: a programme is prepared
before its period starts (a ticket bought in March for an April tour) and a period set wrong in the setup is
corrected there, so only the accountant can tell a mistake from a real case. What the warning must prevent is
the silent case: a cost of one fiscal year charged to another year's contract, or a per diem paid before the
day. The statement carries the warning until it is approved, so the approver sees it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import listed, msg
from colead_desktop.domain.payments import RateTable


GROUPED_FROM = 4
"""A statement's records with the same date problem are said in one warning from this many on."""


@dataclass(frozen=True)
class ProgrammePeriod:
    """The programme's period as set up (programme.start_date to end_date, both days included)."""

    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def default_day(self, today: date) -> date:
        """The date a new record's dialog opens on: today inside the period, else the period's nearer end (a
        programme that has not started opens on its first day, not on a day of the previous year)."""
        return min(max(today, self.start), self.end)

    def text(self) -> str:
        return msg("{a}〜{b}", "{a} to {b}", a=self.start.isoformat(), b=self.end.isoformat())


def _outside(what: str, day: date, period: ProgrammePeriod) -> str:
    return msg("{what} {day} はプログラムの期間（{period}）の外です。別の年度の費用ではありませんか",
               "{what} {day} is outside the programme's period ({period}): is it another year's cost?",
               what=what, day=day.isoformat(), period=period.text())


def _ahead(what: str, day: date, today: date) -> str:
    return msg("{what} {day} は今日（{today}）より後の日付です。まだ来ていない日の支払になります",
               "{what} {day} is after today ({today}): it would be paid before the day comes",
               what=what, day=day.isoformat(), today=today.isoformat())


def date_warnings(what: str, day: date, period: ProgrammePeriod, today: date) -> list[str]:
    """What is wrong with `day` as the date of `what` (a field or record, as the caller names it): outside the
    programme's period, after today (a per diem or a cost paid before the day it is for)."""
    found = []
    if not period.contains(day):
        found.append(_outside(what, day, period))
    if day > today:
        found.append(_ahead(what, day, today))
    return found


def statement_date_warnings(records: Iterable[tuple[str, date]], period: ProgrammePeriod, today: date) -> list[str]:
    """The date warnings of a statement's records ((what, day) each): each record's own while few have the
    problem (GROUPED_FROM), else one warning naming how many, of which kinds and the dates' range. A statement of a
    programme that has not started has every day ahead of today, and a line per day (15 and more) squeezed the
    statement's lines table and the approval question."""
    dated = sorted(records, key=lambda record: record[1])
    outside = [(what, day) for what, day in dated if not period.contains(day)]
    ahead = [(what, day) for what, day in dated if day > today]
    found = []
    if len(outside) < GROUPED_FROM:
        found += [_outside(what, day, period) for what, day in outside]
    else:
        found.append(msg("{what} {n} 件の日付（{dates}）がプログラムの期間（{period}）の外です。"
                         "別の年度の費用ではありませんか",
                         "{n} dates of {what} ({dates}) are outside the programme's period ({period}): "
                         "are they another year's costs?", **_group(outside), period=period.text()))
    if len(ahead) < GROUPED_FROM:
        found += [_ahead(what, day, today) for what, day in ahead]
    else:
        found.append(msg("{what} {n} 件の日付（{dates}）が今日（{today}）より後です。まだ来ていない日の支払になります",
                         "{n} dates of {what} ({dates}) are after today ({today}): they would be paid "
                         "before the days come", **_group(ahead), today=today.isoformat()))
    return found


def _group(records: list[tuple[str, date]]) -> dict[str, object]:
    """The kinds (in order of their first date), the count and the range of the dates of dated `records`."""
    first, last = records[0][1], records[-1][1]
    return {"what": listed(dict.fromkeys(what for what, _day in records)), "n": len(records),
            "dates": first.isoformat() if first == last else ProgrammePeriod(first, last).text()}


def check_rates_cover(days: Iterable[tuple[str, date]], rates: RateTable, period: ProgrammePeriod) -> None:
    """InputError for the first (what, day) that no rate is in force on and that lies outside the period:
    the date is the likelier mistake, so the message names the period, not only the missing rates."""
    earliest = min(entry.effective_from for entry in rates.entries)
    for what, day in sorted(days, key=lambda pair: pair[1]):
        if day < earliest and not period.contains(day):
            raise InputError(msg("{what} {day} に有効な料率がありません: {day} はプログラムの期間（{period}）の外です。"
                                 "記録の日付を確かめてください",
                                 "No rates are in force on {day} ({what}): {day} is outside the programme's "
                                 "period ({period}); check the record's date",
                                 what=what, day=day.isoformat(), period=period.text()))
