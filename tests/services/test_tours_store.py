"""Tours in the database: exact round trip on SQLite and PostgreSQL, demo load, template, copy, delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourRow
from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.records import RegionRecord
from colead_desktop.domain.tourcheck import check_tour
from colead_desktop.services import tours
from colead_desktop.services.demo import load_demo
from colead_desktop.services.records import save_record
from tests.programmes import new_programme


def test_demo_tour_round_trips_exactly(any_db: Database) -> None:
    original = kuwana()
    saved = tours.save_tour(any_db, new_programme(any_db), original)
    assert saved.id == original.id
    assert all(item.key for item in saved.items)
    assert replace(saved, items=original.items) == original  # only item keys were added
    loaded = tours.load_tour(any_db, saved.id)
    assert loaded == saved
    assert [f.code for f in check_tour(loaded)] == [f.code for f in check_tour(original)]


def test_update_keeps_one_row_and_item_keys(any_db: Database) -> None:
    programme, other = new_programme(any_db), new_programme(any_db, "令和9年度", 2027)
    saved = tours.save_tour(any_db, programme, kuwana())
    moved = replace(saved.items[0], start=time(8, 0))
    edited = replace(saved, title="変更後", items=(moved, *saved.items[1:]))
    tours.save_tour(any_db, other, edited)  # an existing tour keeps its programme
    assert tours.load_tour(any_db, saved.id) == edited
    assert [t.title for t in tours.list_tours(any_db, programme)] == ["変更後"]
    assert tours.list_tours(any_db, other) == []


def test_demo_load_puts_three_linked_tours_in_the_database(any_db: Database) -> None:
    demo = load_demo(any_db)
    assert demo is not None
    listed = tours.list_tours(any_db, demo)
    assert len(listed) == 3
    assert tours.list_tours(any_db, new_programme(any_db)) == []  # the user's programme shows none of them
    with any_db.session() as session:
        linked = session.execute(select(TourRow.key, models.Event.kind, models.Region.name)
                                 .join(models.Event, TourRow.event_id == models.Event.id)
                                 .join(models.Region, TourRow.region_id == models.Region.id)).all()
    assert sorted(region for _key, kind, region in linked if kind == "fieldwork_tour") == sorted(["北見", "桑名", "沖縄"])


def test_template_copy_and_delete(db: Database) -> None:
    programme = new_programme(db)
    new = tours.new_tour(db, programme, "三重県桑名市", date(2022, 11, 8), days=4)
    assert new.days == 4 and new.items
    copy = tours.copy_saved_tour(db, new.id, date(2023, 11, 7))
    assert copy.id != new.id and copy.start_date == date(2023, 11, 7)
    assert [i.start for i in copy.items] == [i.start for i in new.items]
    assert {i.key for i in copy.items}.isdisjoint({i.key for i in new.items})
    tours.delete_tour(db, new)
    assert [t.key for t in tours.list_tours(db, programme)] == [copy.id]  # the copy stays in the programme
    with pytest.raises(InputError):
        tours.load_tour(db, new.id)


def test_a_copy_of_a_long_title_fits_its_column(db: Database) -> None:
    """「（コピー）」 added to a title of 196 characters or more failed at the column's 200 (入力エラー 「title: 200 文字以内…」
    in the window, whose copy dialog has no title to shorten), and so did a copy's copy's copy of a long one."""
    programme = new_programme(db)
    new = tours.new_tour(db, programme, "三重県桑名市", date(2026, 11, 17))
    long = tours.replace_tour(db, new, replace(new, title="桑" * 198))
    copy = tours.copy_saved_tour(db, long.id, date(2026, 12, 1))
    assert copy.title == "桑" * 195 + "（コピー）" and tours.load_tour(db, copy.id).title == copy.title
    again = tours.copy_saved_tour(db, copy.id, date(2026, 12, 8))
    assert len(again.title) == 200 and again.title.endswith("（コピー）")


def test_a_place_without_coordinates_round_trips(any_db: Database) -> None:
    from tests.domain.test_unlocated_place import unlocated

    saved = tours.save_tour(any_db, new_programme(any_db), unlocated())
    loaded = tours.load_tour(any_db, saved.id)
    assert loaded == saved and not all(place.located for place in loaded.places)


def test_the_region_link_follows_the_region_typed(db: Database) -> None:
    """The tour's region record (budget 実績 per region, a lab's scope, 持ち出し by region) was set when the tour was
    made and never again: a tour retyped from 三重県桑名市 to 北海道北見市 stayed 桑名's, one made as 三重県 and then
    corrected stayed no region's (its per diems counted under the text 「三重県桑名市」, no budget line)."""
    programme = new_programme(db)
    regions = {name: save_record(db, RegionRecord(None, name), programme).id for name in ("桑名", "北見")}

    def link(key: str) -> int | None:
        with db.session() as session:
            return session.scalar(select(TourRow.region_id).where(TourRow.key == key))

    made = tours.new_tour(db, programme, "三重県桑名市", date(2026, 11, 17))
    assert link(made.id) == regions["桑名"]
    moved = tours.replace_tour(db, made, replace(made, region="北海道北見市"))
    assert link(made.id) == regions["北見"]
    tours.replace_tour(db, moved, replace(moved, title="北見ツアー"))  # the region as it was: the link stays
    assert link(made.id) == regions["北見"]
    vague = tours.new_tour(db, programme, "三重県", date(2026, 12, 1))
    assert link(vague.id) is None
    tours.replace_tour(db, vague, replace(vague, region="三重県桑名市"))
    assert link(vague.id) == regions["桑名"]
