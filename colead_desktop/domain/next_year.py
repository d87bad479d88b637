"""次年度を作成…: how a programme's dates and titles move to a later fiscal year (one rule for the service, the
CLI and the dialog's preview).

Two kinds of date move differently. The programme's period is a calendar fact (a contract runs from 1 June to
28 February), so it takes the same month and day `years` later. Events and tours are planned around people's
week (a Saturday meetup, a Tuesday-to-Thursday tour with the lab's staff), so they all move by one whole
number of weeks (the one nearest the programme start's calendar move): each keeps its weekday and their
distances from each other, and lands within a few days of its calendar date (a week more or less when that
would take it out of the new period: kept_inside); a holiday it lands on is flagged by the usual tour checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from colead_desktop.domain.i18n import msg

REIWA_OFFSET = 2018  # 令和1年 = 2019


def same_date_later(day: date, years: int) -> date:
    """The same month and day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def weekday_shift(start: date, years: int) -> timedelta:
    """Whole weeks that bring `start` closest to its date `years` later (364 days for one year)."""
    return timedelta(weeks=round((same_date_later(start, years) - start).days / 7))


def replace_year(text: str, old_year: int, new_year: int) -> str:
    """`text` with the fiscal year `old_year` written as a number (「2025秋」, 「FY2025」, 「2025年度」) or in the
    Reiwa era (「令和7年度」, 「令和元年度」 for 2019) replaced by `new_year`; a longer number containing the digits
    (「12025」, 「令和70年」) is left alone."""
    text = re.sub(rf"(?<!\d){old_year}(?!\d)", str(new_year), text)
    return re.sub(rf"令和(?:{_reiwa(old_year)})(?!\d)", f"令和{_reiwa(new_year).split('|')[0]}", text)


def _reiwa(year: int) -> str:
    """How the Reiwa year of `year` is written: 「元」 for its first year (or 1), else its number."""
    number = year - REIWA_OFFSET
    return "元|1" if number == 1 else str(number)


@dataclass(frozen=True)
class CopyNames:
    """What 次年度を作成 proposes to call the copy (the dialog shows both, editable; the CLI takes --name and
    --project-name instead)."""

    name: str
    project_name: str  # the payer's 事業名


def next_year_names(name: str, project_name: str, old_year: int, new_year: int) -> CopyNames:
    """The copy's programme name (next_year_name) and the payer's 事業名 with the old fiscal year in it replaced:
    the 事業名 prints on every payment statement, so the copy must not say 令和3年度 in 令和4年度. A 事業名
    without a year is kept as it is (nothing in it is stale) and none is added."""
    return CopyNames(next_year_name(name, old_year, new_year), replace_year(project_name, old_year, new_year))


def next_year_name(name: str, old_year: int, new_year: int) -> str:
    """The programme's name with its year replaced, else the new year appended: two programmes must not share a
    name. Titles of copied events and tours take replace_year alone (no year in them, none is added)."""
    replaced = replace_year(name, old_year, new_year)
    if replaced != name:
        return replaced
    return msg("{name}（{year}年度）", "{name} (FY{year})", name=name, year=new_year)


def kept_inside(first: date, last: date, shift: timedelta, old_period: tuple[date, date],
                new_period: tuple[date, date]) -> timedelta:
    """`shift` for something held from `first` to `last`, one week more or less when the weekly move alone would
    take it out of the new period although it lay inside the old one (a kick-off on 1 June would land on
    31 May): the weekday stays, only its distance to the others changes by a week."""
    inside = old_period[0] <= first and last <= old_period[1]
    if inside and first + shift < new_period[0]:
        return shift + timedelta(weeks=1)
    if inside and last + shift > new_period[1]:
        return shift - timedelta(weeks=1)
    return shift
