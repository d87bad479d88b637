"""The tour save refuses what the dialogs refuse (review 15 item 12), on a fresh programme: an emoji or Arabic
title, an item after the last day, fewer days than the items use, no days at all; each named by its field (or the
item's day and time) in a localised InputError, nothing written. A tour stored before a rule still saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import language, set_language
from colead_desktop.domain.itinerary import Item, ItemKind, Tour
from colead_desktop.domain.records import RegionRecord
from colead_desktop.services.records import save_record
from colead_desktop.services.tours import load_tour, new_tour, replace_tour, save_tour
from tests.programmes import new_programme


def fresh_tour(db: Database) -> Tour:
    programme = new_programme(db)
    save_record(db, RegionRecord(None, "北見"), programme)
    return new_tour(db, programme, "北見", date(2026, 10, 5), days=3)


@pytest.mark.parametrize(("change", "said"), [
    (lambda t: replace(t, title="北見ツアー😀"), "タイトル: 「😀」（U+1F600）は印刷できないため使えません"),
    (lambda t: replace(t, title="北見 علي"), "タイトル: 「علي」（U+0639、U+0644、U+064A）は印刷できないため使えません"),
    (lambda t: replace(t, items=(*t.items, Item(9, time(10), time(11), ItemKind.OTHER))),
     "日数: 9日目に項目があります（3日間のツアー）"),
    (lambda t: replace(t, days=2), "日数: 3日目に項目があります（2日間のツアー）"),
    (lambda t: replace(t, days=0), "日数: 1〜31日にしてください（0日になっています）"),
    (lambda t: replace(t, items=(*t.items, Item(2, time(19), time(20), ItemKind.OTHER, notes="懇親会🍺"))),
     "2日目 19:00の項目のメモ: 「🍺」"),
])
def test_the_save_refuses_what_the_dialogs_refuse(db: Database, change: object, said: str) -> None:
    tour = fresh_tour(db)
    assert callable(change)
    with pytest.raises(InputError) as refused:
        replace_tour(db, tour, change(tour))
    assert said in str(refused.value) and "INSERT" not in str(refused.value) and "ck_" not in str(refused.value)
    assert load_tour(db, tour.id) == tour


def test_the_refusal_is_in_english_too(db: Database) -> None:
    tour = fresh_tour(db)
    before = language()
    set_language("en")
    try:
        with pytest.raises(InputError, match="^Days: A tour lasts 1 to 31 days, not 0$"):
            replace_tour(db, tour, replace(tour, days=0))
    finally:
        set_language(before)


def test_a_tour_stored_before_the_rule_still_takes_other_edits(db: Database) -> None:
    programme = new_programme(db)
    old = save_tour(db, programme, Tour(region="北見", start_date=date(2026, 10, 6), title="北見ツアー😀",
                                        items=(Item(1, time(10), time(11), ItemKind.OTHER),)))
    moved = replace(old, items=(replace(old.items[0], start=time(13), end=time(14)),))
    assert replace_tour(db, load_tour(db, old.id), moved).items[0].start == time(13)
    with pytest.raises(InputError, match="タイトル"):  # a new unprintable title is refused all the same
        replace_tour(db, load_tour(db, old.id), replace(moved, title="北見ツアー🏭"))
