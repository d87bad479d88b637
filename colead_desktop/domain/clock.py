"""The programme's clock: today and now in Asia/Tokyo, whatever time zone the machine is set to.

Machines running the app are often set to UTC; from 00:00 to 09:00 in Tokyo their local date is still
yesterday. Every "today" (issue dates, warnings, deadlines, fiscal years, dialog defaults) and every stored
timestamp is read here, and tests/test_clock.py checks that no other module reads the machine's clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from colead_desktop.domain.jp_calendar import TOKYO


def _machine_clock() -> datetime:
    return datetime.now(UTC)


# The one reading of the machine's clock, an aware instant; tests replace it with a fixed one.
source: Callable[[], datetime] = _machine_clock


def utc_now() -> datetime:
    """An aware UTC instant (an .ics DTSTAMP)."""
    return source().astimezone(UTC)


def tokyo_now() -> datetime:
    """An aware Asia/Tokyo datetime."""
    return source().astimezone(TOKYO)


def tokyo_today() -> date:
    """Today's date in Tokyo: the programme's calendar day."""
    return tokyo_now().date()


def stored_now() -> datetime:
    """Now as the database stores times: naive Asia/Tokyo wall clock, whole seconds (db/models.py)."""
    return tokyo_now().replace(tzinfo=None, microsecond=0)
