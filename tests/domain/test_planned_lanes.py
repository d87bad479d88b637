"""Overlapping entries of one kind get rows of their own on the dashboard's timeline (two tours drew as one bar)."""

from __future__ import annotations

from datetime import datetime, timedelta

from colead_desktop.domain.planned import Planned, lanes


def _entry(kind: str, start: datetime, days: float) -> Planned:
    return Planned(kind, kind, start, start + timedelta(days=days), "北見", whole_days=True)


def test_overlapping_tours_take_two_rows_and_a_later_one_reuses_the_first() -> None:
    first = _entry("fieldwork_tour", datetime(2027, 9, 21), 2.9)
    copy = _entry("fieldwork_tour", datetime(2027, 9, 22), 2.9)
    later = _entry("fieldwork_tour", datetime(2027, 10, 5), 2)
    meetup = _entry("meetup", datetime(2027, 9, 22, 13), 0.2)  # another kind: its own lane, row 0
    assert lanes([copy, meetup, first, later]) == [1, 0, 0, 0]


def test_entries_that_would_be_drawn_over_each_other_are_kept_apart() -> None:
    morning = _entry("meetup", datetime(2027, 8, 3, 10), 0.1)
    afternoon = _entry("meetup", datetime(2027, 8, 3, 14), 0.1)
    assert lanes([morning, afternoon]) == [0, 0]
    assert lanes([morning, afternoon], near=timedelta(days=1)) == [0, 1]
