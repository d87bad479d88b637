"""The check-in plan (domain/offline.py): what is written, deleted, added, and what is a conflict."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.offline import (Outcome, Stored, Taken, check_until, digest, expired, hold_label,
                                           plan_additions, plan_checkin, plan_references)

ROW = {"id": 1, "title": "北見", "start_date": date(2026, 11, 17), "items": [{"b": 1, "a": 2}], "version": 3,
       "updated_at": datetime(2026, 12, 1, 9, 30, 0, 123456)}


def test_digest_ignores_the_version_and_key_order_but_not_content() -> None:
    assert digest(ROW) == digest({**dict(reversed(list(ROW.items()))), "version": 9,
                                  "items": [{"a": 2, "b": 1}]})
    assert digest(ROW) != digest({**ROW, "title": "北見 "})
    assert digest(ROW) != digest({**ROW, "start_date": date(2026, 11, 18)})


def test_each_record_gets_its_outcome() -> None:
    base = digest(ROW)
    taken = [Taken("tour", i, 3, base) for i in range(1, 7)]
    offline = {("tour", 1): base, ("tour", 2): "mine", ("tour", 3): "mine", ("tour", 4): "mine",
               ("tour", 5): None, ("tour", 6): None}
    shared = {("tour", 1): Stored(4, "theirs"),  # unchanged offline: nothing to do whatever happened there
              ("tour", 2): Stored(3, base),      # changed offline only: written
              ("tour", 3): Stored(4, "theirs"),  # changed on both sides: conflict
              ("tour", 4): None,                 # deleted there meanwhile: conflict
              ("tour", 5): Stored(3, base),      # deleted offline only: deleted
              ("tour", 6): Stored(3, "theirs")}  # deleted offline, changed there (same version: content counts)
    steps = plan_checkin(taken, offline, shared)
    assert [s.outcome for s in steps] == [Outcome.UNCHANGED, Outcome.WRITE, Outcome.CONFLICT, Outcome.CONFLICT,
                                          Outcome.DELETE, Outcome.CONFLICT]
    assert "版 3 → 4" in steps[2].reason


def test_additions_wait_for_a_table_without_conflicts() -> None:
    steps = plan_checkin([Taken("agenda_block", 1, None, "a")], {("agenda_block", 1): "b"},
                         {("agenda_block", 1): Stored(None, "c")})
    added = plan_additions([("agenda_block", 7), ("participation", 8)], steps)
    assert [(s.taken.table, s.outcome) for s in added] == [("agenda_block", Outcome.CONFLICT),
                                                           ("participation", Outcome.ADD)]


def test_hold_dates() -> None:
    assert hold_label("kitami_lab", date(2026, 12, 10)) == "kitami_labさんが持ち出し中（12/10まで）"
    assert not expired(date(2026, 12, 10), date(2026, 12, 10)) and expired(date(2026, 12, 10), date(2026, 12, 11))
    with pytest.raises(InputError, match="--until"):
        check_until(date(2026, 12, 1), date(2026, 12, 2))


def test_a_reference_changed_or_deleted_in_the_copy_is_listed_unchanged_ones_are_not() -> None:
    recorded = {("company", 2): "a", ("staff", 1): "b", ("region", 1): "c"}
    steps = plan_references(recorded, {("company", 2): "x", ("region", 1): "c", ("venue", 9): "new"})
    assert [(s.taken.table, s.taken.record_id, s.outcome) for s in steps] == [
        ("company", 2, Outcome.REFERENCE), ("staff", 1, Outcome.REFERENCE)]
    assert "変更" in steps[0].reason and "削除" in steps[1].reason
