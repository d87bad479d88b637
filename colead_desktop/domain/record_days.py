"""One tour day and one work day per person, programme and date.

A statement pays a date of a kind once (domain/payments: one 日当 per tour date, one 謝金 per work date), so a
second record of the same kind and date was accepted but paid as one: the records list two days, the statement
one, and nobody is told. Every path that adds or changes a record (the payment tabs, `colead payments records`,
a restored record, a corrected records document) refuses the second one here, naming the date and, for a
document, its row. Records stored before the rule may hold two: they still open and print, and the statement
paying them warns of each date (`repeated_days`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg


def kind_label(kind: str) -> str:
    """A payment record's kind (tour_day, work_day, expense) as the user reads it."""
    ja, en = {"tour_day": ("ツアー参加日", "tour day"), "work_day": ("作業日", "work day"),
              "expense": ("経費", "expense")}[kind]
    return msg(ja, en)


def refuse_second_day(day: date, taken: Iterable[date], kind: str, row: str = "") -> None:
    """InputError when `day` is among the person's `taken` dates of this kind (`kind` as the user reads it:
    作業日, ツアー参加日); `row` names the document row it comes from."""
    if day in set(taken):
        text = msg("{day} は既に{kind}として記録されています（同じ日の{kind}は1件だけです）",
                   "{day} is already recorded as a {kind} (one {kind} per date)", day=day.isoformat(), kind=kind)
        raise InputError(msg("{row}: {text}", "{row}: {text}", row=row, text=text) if row else text)


def refuse_repeated_days(rows: Sequence[tuple[str, date]], kind: str) -> None:
    """A document's (row, date) list: InputError naming the first row that repeats an earlier row's date."""
    for index, (row, day) in enumerate(rows):
        refuse_second_day(day, (earlier for _, earlier in rows[:index]), kind, row)


def repeated_days(days: Iterable[date]) -> list[date]:
    """The dates recorded more than once (stored before the rule), in order."""
    return sorted(day for day, count in Counter(days).items() if count > 1)


def repeated_day_warning(day: date, kind: str) -> str:
    return msg("{day} の{kind}が2件以上記録されています。明細書は1日分だけを支払います。余分な記録を削除してください",
               "{day} has more than one {kind} recorded; the statement pays one day only. Delete the extra record",
               day=day.isoformat(), kind=kind)
