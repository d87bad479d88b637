"""What every calendar file we write shares: the header and the Asia/Tokyo VTIMEZONE."""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Timezone, TimezoneStandard

from colead_desktop.domain.jp_calendar import TOKYO


def _vtimezone() -> Timezone:
    """Japan has had no daylight saving since 1951, so one STANDARD block is the whole story."""
    zone = Timezone()
    zone.add("tzid", "Asia/Tokyo")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", TOKYO.utcoffset(datetime(1970, 1, 1)))
    standard.add("tzoffsetto", TOKYO.utcoffset(datetime(1970, 1, 1)))
    standard.add("tzname", "JST")
    zone.add_component(standard)
    return zone


def new_calendar(product: str, name: str) -> Calendar:
    """An empty VCALENDAR named `name`, from `product` (e.g. "Meetup"), in Asia/Tokyo."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Co-LEAD Desktop//{product}//JA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Tokyo")
    calendar.add_component(_vtimezone())
    return calendar


def calendar_bytes(calendar: Calendar) -> bytes:
    """The .ics file's content; icalendar leaves to_ical() unannotated, so its type is stated here once."""
    data: bytes = calendar.to_ical()
    return data
