"""A new event's default start: the next 10:00 that the programme's other events leave free."""

from __future__ import annotations

from datetime import datetime

from colead_desktop.domain.records import next_free_slot


def test_the_next_ten_oclock_after_now() -> None:
    assert next_free_slot(datetime(2026, 12, 2, 5, 30), []) == datetime(2026, 12, 2, 10, 0)
    assert next_free_slot(datetime(2026, 12, 2, 10, 0), []) == datetime(2026, 12, 3, 10, 0)
    assert next_free_slot(datetime(2026, 12, 2, 23, 59), []) == datetime(2026, 12, 3, 10, 0)


def test_days_with_an_event_in_the_slot_are_skipped() -> None:
    busy = [(datetime(2026, 12, 3, 9, 0), datetime(2026, 12, 3, 10, 30)),  # runs into the slot
            (datetime(2026, 12, 4, 11, 59), datetime(2026, 12, 4, 13, 0)),  # starts inside it
            (datetime(2026, 12, 5, 12, 0), datetime(2026, 12, 5, 14, 0)),  # starts as the slot ends: free
            (datetime(2026, 11, 1, 10, 0), datetime(2026, 11, 1, 12, 0))]
    assert next_free_slot(datetime(2026, 12, 2, 12, 0), busy) == datetime(2026, 12, 5, 10, 0)
    tour = [(datetime(2026, 12, 3, 8, 0), datetime(2026, 12, 5, 18, 0))]  # a three-day tour
    assert next_free_slot(datetime(2026, 12, 2, 12, 0), tour) == datetime(2026, 12, 6, 10, 0)
