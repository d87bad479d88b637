"""The backup keeping policy on its own: the newest ten, plus the newest of each calendar month."""

from __future__ import annotations

from datetime import datetime, timedelta

from colead_desktop.domain.backup_policy import KEEP_LATEST, backups_to_keep


def test_keeps_everything_while_there_are_few() -> None:
    backups = [(f"b{i}", datetime(2024, 5, 1) + timedelta(hours=i)) for i in range(KEEP_LATEST)]
    assert backups_to_keep(backups) == {name for name, _ in backups}


def test_keeps_the_newest_ten_and_the_newest_of_each_older_month() -> None:
    daily = [(f"d{day:03}", datetime(2024, 1, 1, 9) + timedelta(days=day)) for day in range(100)]  # Jan..Apr 9
    keep = backups_to_keep(list(reversed(daily)))  # the order given does not matter
    newest_ten = {name for name, _ in daily[-10:]}
    month_ends = {"d030", "d059", "d090"}  # 31 Jan, 29 Feb (2024 is a leap year), 31 Mar
    assert keep == newest_ten | month_ends


def test_the_newest_of_a_month_is_by_time_not_by_name() -> None:
    backups = [("z-early", datetime(2023, 7, 1)), ("a-late", datetime(2023, 7, 31, 23, 59))]
    assert backups_to_keep(backups, keep_latest=0) == {"a-late"}
