"""Japanese public holidays, 和暦 (era) dates and bank business days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from colead_desktop.domain.i18n import language, msg
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
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_HOLIDAYS_EN = {
    "元日": "New Year's Day", "成人の日": "Coming of Age Day", "建国記念の日": "National Foundation Day",
    "天皇誕生日": "Emperor's Birthday", "春分の日": "Vernal Equinox Day", "昭和の日": "Showa Day",
    "憲法記念日": "Constitution Day", "みどりの日": "Greenery Day", "こどもの日": "Children's Day",
    "海の日": "Marine Day", "山の日": "Mountain Day", "敬老の日": "Respect for the Aged Day",
    "秋分の日": "Autumnal Equinox Day", "体育の日": "Sports Day", "スポーツの日": "Sports Day",
    "文化の日": "Culture Day", "勤労感謝の日": "Labour Thanksgiving Day", "振替休日": "Substitute holiday",
    "国民の休日": "National holiday", "天皇の即位の日": "Enthronement Day",
    "即位礼正殿の儀が行われる日": "Enthronement Ceremony Day",
}
"""English names of the holidays in the shipped table; a name outside it (a year from the `holidays` package)
prints as "Public holiday"."""


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


def holiday_label(day: date) -> str | None:
    """The holiday's name in the current language (documents), None on an ordinary day."""
    name = holiday_name(day)
    if name is None or language() == "ja":
        return name
    return _HOLIDAYS_EN.get(name, "Public holiday")


def document_date(day: date, *, weekday: bool = False, note: str | None = None) -> str:
    """The one way outputs print a date: 和暦 in Japanese ('令和4年2月5日（土）'), Gregorian in English
    ('Sat 5 Feb 2022'); an English reader cannot be expected to know the era calendar. `note` (a holiday's
    name) goes beside the weekday: '令和3年11月23日（火・勤労感謝の日）', 'Tue 23 Nov 2021 (Labour Thanksgiving Day)'."""
    if language() == "ja":
        inside = "・".join(x for x in (WEEKDAYS[day.weekday()] if weekday else "", note or "") if x)
        return f"{wareki(day)}（{inside}）" if inside else wareki(day)
    text = f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    text = f"{_WEEKDAYS_EN[day.weekday()]} {text}" if weekday else text
    return f"{text} ({note})" if note else text


def both_dates(day: date) -> str:
    """A date a person reads beside figures: '令和3年11月16日（2021-11-16）', the era date of the forms with the ISO
    date for reconciling; in English only the Gregorian date ('16 Nov 2021'). Statements, the payments workbook's
    text dates and the print centre's list all print dates so."""
    return msg("{w}（{iso}）", "{w}", w=document_date(day), iso=day.isoformat())


def document_moment(moment: datetime) -> str:
    """A date and time as outputs print them: the date as document_date with its weekday, then the time
    ('令和3年11月16日（火）11:30', 'Tue 16 Nov 2021 11:30'), never an ISO stamp in a Japanese document."""
    return msg("{d}{t}", "{d} {t}", d=document_date(moment.date(), weekday=True), t=f"{moment:%H:%M}")


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
