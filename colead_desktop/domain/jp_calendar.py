"""Japanese public holidays, 和暦 (era) dates and bank business days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_holiday_table import FIRST_YEAR, HOLIDAYS, LAST_YEAR

if TYPE_CHECKING:
    import holidays

TOKYO = ZoneInfo("Asia/Tokyo")
_ERAS: tuple[tuple[date, str, str], ...] = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
)
# Short weekday names in date.weekday() order (Monday = 0). Japanese documents always use these.
WEEKDAYS = "月火水木金土日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday_name(weekday: int) -> str:
    """The short name of a date.weekday() number in the current language: 月 or Mon."""
    return msg(WEEKDAYS[weekday], _WEEKDAYS_EN[weekday])


def as_tokyo(moment: datetime) -> datetime:
    """A naive moment is Tokyo wall-clock time (as stored); an aware one is converted to Tokyo."""
    return moment.replace(tzinfo=TOKYO) if moment.tzinfo is None else moment.astimezone(TOKYO)


@lru_cache(maxsize=64)
def _holidays_for(year: int) -> holidays.HolidayBase:
    import holidays  # ~0.5 s (every country): only for a year outside the table

    return holidays.country_holidays("JP", years=year, language="ja")


def holiday_name(day: date) -> str | None:
    """The public holiday's Japanese name, or None on an ordinary day."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return HOLIDAYS.get(day.isoformat())
    return _holidays_for(day.year).get(day)


def is_holiday_or_weekend(day: date) -> bool:
    return day.weekday() >= 5 or holiday_name(day) is not None


def is_bank_business_day(day: date) -> bool:
    """Banks close on weekends, public holidays and 12/31-1/3 (銀行休業日)."""
    year_end = (day.month == 12 and day.day == 31) or (day.month == 1 and day.day <= 3)
    return not (is_holiday_or_weekend(day) or year_end)


def next_bank_business_day(day: date) -> date:
    """`day` itself when banks are open, else the next day they are."""
    while not is_bank_business_day(day):
        day += timedelta(days=1)
    return day


def wareki(day: date) -> str:
    """'令和3年11月25日' style; the first year of an era is written 元年."""
    for start, era, _ in _ERAS:
        if day >= start:
            year = day.year - start.year + 1
            year_text = "元" if year == 1 else str(year)
            return f"{era}{year_text}年{day.month}月{day.day}日"
    raise ValueError(f"date before 昭和 is not supported: {day}")
