"""Which backups to keep: the newest few, plus the newest of every calendar month (a long tail of history)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

KEEP_LATEST = 10


def backups_to_keep(backups: Sequence[tuple[str, datetime]], keep_latest: int = KEEP_LATEST) -> set[str]:
    """The names to keep among (name, taken at) pairs: the `keep_latest` newest and the newest per month."""
    newest_first = sorted(backups, key=lambda item: item[1], reverse=True)
    keep = {name for name, _ in newest_first[:keep_latest]}
    months_seen: set[tuple[int, int]] = set()
    for name, taken in newest_first:
        month = (taken.year, taken.month)
        if month not in months_seen:
            months_seen.add(month)
            keep.add(name)
    return keep
