"""The holiday table answers as the holidays package does, in its years and outside them."""

from __future__ import annotations

from datetime import date, timedelta

from colead_desktop.domain.jp_calendar import holiday_name
from colead_desktop.domain.jp_holiday_table import FIRST_YEAR, HOLIDAYS, LAST_YEAR
from tests.domain.jp_holiday_source import FIRST, LAST, package_holidays


def test_the_table_is_the_packages_holidays() -> None:
    assert (FIRST_YEAR, LAST_YEAR) == (FIRST, LAST)
    assert {day.isoformat(): name for day, name in package_holidays().items()} == HOLIDAYS, \
        "run `make holidays` to write the table again"


def test_every_day_of_a_table_year_and_of_a_later_year_is_answered_like_the_package() -> None:
    import holidays

    for year in (2021, LAST_YEAR + 5):
        package = holidays.country_holidays("JP", years=year, language="ja")
        day = date(year, 1, 1)
        while day.year == year:
            assert holiday_name(day) == package.get(day), day
            day += timedelta(days=1)
