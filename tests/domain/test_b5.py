"""B-5 worksheet -> tour rules: the vehicle and further modes, visits added (located by record name) and removed,
a new tour's visits in the template's slots, NFKC spelling kept, and the differences a re-import shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from colead_desktop.domain.b5 import (B5Worksheet, Locator, VisitTarget, b5_from_tour, differences, tour_from_b5,
                                      tour_with_b5)
from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.domain.itinerary import ItemKind, Place, PlaceKind, Tour, Transport
from colead_desktop.domain.tour_rules import tour_errors
from colead_desktop.domain.tour_templates import guideline_template
from colead_desktop.domain.types import TransportMode

NOWHERE = Locator((35.0, 136.0))


def test_the_vehicle_keeps_its_seats_and_other_modes_are_kept_as_answers() -> None:
    tour = kuwana()  # 公用車 with 10 seats
    sheet = replace(b5_from_tour(tour), transport=frozenset({TransportMode.OFFICIAL_CAR, TransportMode.PUBLIC_TRANSIT}))
    updated = tour_with_b5(tour, sheet, NOWHERE)
    assert updated.transport == tour.transport and updated.b5.more_transport == {TransportMode.PUBLIC_TRANSIT}
    assert b5_from_tour(updated).transport == sheet.transport
    only_bus = tour_with_b5(tour, replace(sheet, transport=frozenset({TransportMode.CHARTERED_BUS})), NOWHERE)
    assert only_bus.transport == Transport(TransportMode.CHARTERED_BUS) and only_bus.b5.more_transport == frozenset()


def test_visits_added_and_removed() -> None:
    tour = kuwana()
    sheet = b5_from_tour(tour)
    kept = tuple(v for v in sheet.visits if v.name != "三重精機")
    located = Locator((35.0, 136.0), (("ＡＢＣ工業", 35.1, 136.7),))
    updated = tour_with_b5(tour, replace(sheet, visits=(*kept, VisitTarget(True, "ABC工業", "三重県桑名市"))), located)
    assert "mie-seiki" not in {p.id for p in updated.places}
    assert [i.place_id for i in updated.items if i.title == "企業訪問② 三重精機"] == [None]  # the slot stays
    added = updated.places[-1]
    assert (added.name, added.kind, added.lat, added.lon, added.approximate) == (
        "ABC工業", PlaceKind.COMPANY, 35.1, 136.7, False)
    assert [(d.field, d.new) for d in differences(sheet, b5_from_tour(updated))] == [
        ("訪問先: 三重精機", "（削除）"), ("訪問先: ABC工業", "企業 / 三重県桑名市")]


def test_nfkc_equal_text_keeps_the_tours_spelling() -> None:
    tour = kuwana()
    sheet = b5_from_tour(tour)
    widened = replace(sheet, visits=tuple(replace(v, name=v.name.replace("（", "(").replace("）", ")"))
                                          for v in sheet.visits), venue_capacity=41)
    updated = tour_with_b5(tour, widened, NOWHERE)
    assert [p.name for p in updated.places] == [p.name for p in tour.places]  # 「（長島観光開発）」 unchanged
    assert [d.field for d in differences(sheet, b5_from_tour(updated))] == ["受入環境の整備: 収容人数"]


def test_a_new_tour_puts_the_visits_into_the_template_slots() -> None:
    sheet = B5Worksheet(region="三重県桑名市", days=2, candidate_dates=(date(2027, 1, 14),), venue_name="桑名シティホテル",
                        visits=(VisitTarget(True, "A社"), VisitTarget(True, "B社"), VisitTarget(True, "C社"),
                                VisitTarget(False, "六華苑")))
    tour = tour_from_b5(sheet, date(2026, 12, 2), NOWHERE)
    visits = [tour.place(i.place_id).name for i in tour.items if i.kind == ItemKind.COMPANY_VISIT
              and tour.place(i.place_id)]
    assert visits == ["A社", "B社"]  # a 2-day template has two company visits; C社 stays a place to schedule
    assert {p.name for p in tour.places} == {"桑名シティホテル", "A社", "B社", "C社", "六華苑"}
    assert all(i.place_id == tour.base_venue_id for i in tour.items if i.kind == ItemKind.PRESENTATION)
    assert replace(b5_from_tour(tour), tour_key="") == replace(sheet, talent_count=None)


def test_fewer_days_than_the_timetable_uses_keep_the_tours_days() -> None:
    tour = kuwana()  # items on day 3
    updated = tour_with_b5(tour, replace(b5_from_tour(tour), days=2, venue_capacity=41), NOWHERE)
    assert updated.days == 3 and not tour_errors(updated)
    assert [(d.field, d.old, d.new) for d in differences(replace(b5_from_tour(tour), days=2), b5_from_tour(updated))
            if d.field.endswith("実施日数")] == [("開催概要: 実施日数", "2日間", "3日間")]


def test_a_worksheet_naming_another_base_venue_does_not_keep_the_old_ones_location_record_or_hours() -> None:
    """The base venue renamed by the worksheet kept the old venue's surveyed coordinates, venue record and opening
    hours: travel times, the map and the double-booking check were the hotel's for the city hall. It is placed as a
    new place is (the record of that name, else near the old one, to survey); the items meeting there go with it.
    The same name respelled (NFKC) keeps everything."""
    source = kuwana()
    hotel = replace(source.place(source.base_venue_id), approximate=False, venue_id=7, opens=time(8, 0),
                    closes=time(22, 0), closed_weekdays=frozenset({6}))
    tour = replace(source, places=tuple(hotel if p.id == hotel.id else p for p in source.places))
    anchored = Locator((hotel.lat, hotel.lon), (("桑名市役所", 35.0624, 136.6838),))

    def with_venue(name: str) -> tuple[Tour, Place | None]:
        sheet = replace(b5_from_tour(tour), venue_name=name)
        updated = tour_with_b5(tour, sheet, anchored)
        return updated, updated.place(updated.base_venue_id)

    updated, hall = with_venue("桑名市役所")
    assert hall is not None
    assert (hall.id, hall.name, hall.lat, hall.lon, hall.approximate) == (hotel.id, "桑名市役所", 35.0624, 136.6838, False)
    assert (hall.venue_id, hall.opens, hall.closes, hall.closed_weekdays) == (None, None, None, frozenset())
    assert [i.place_id for i in updated.items] == [i.place_id for i in tour.items]  # the sessions go with it
    _, room = with_venue("桑名シティホテル 第2会議室")  # unregistered: where the old venue was, to survey
    assert room is not None and (room.lat, room.lon, room.approximate, room.venue_id) == (hotel.lat, hotel.lon, True, None)
    _, same = with_venue("桑名シティホテル　")  # NFKC-equal: the same venue
    assert same == hotel


def test_a_company_visited_twice_keeps_both_visits_in_a_tour_made_from_the_worksheet() -> None:
    """A worksheet exported from a tour visiting 総本家 in slots ① and ④ made a new tour with it in ① only (④ left
    without a place) and kept its note as the lab's own, read NFKC: 「企業訪問1、企業訪問4」."""
    template = guideline_template("三重県桑名市", date(2026, 11, 17), 3)
    kaishin = Place("kaishin", "総本家新之助貝新", PlaceKind.COMPANY, 35.065, 136.69, "三重県桑名市江戸町1")
    imono = Place("imono", "桑名鋳造", PlaceKind.COMPANY, 35.07, 136.68, "三重県桑名市大福2")
    where = {"企業訪問①": "kaishin", "企業訪問②": "imono", "企業訪問④": "kaishin"}
    tour = replace(template, places=(kaishin, imono),
                   items=tuple(replace(i, place_id=where.get(i.title, i.place_id)) for i in template.items))
    sheet = b5_from_tour(tour)
    assert [v.notes for v in sheet.visits] == ["企業訪問①、企業訪問④", "企業訪問②"]
    made = tour_from_b5(replace(sheet, tour_key=""), date(2026, 6, 1), NOWHERE)
    slots = {i.title: made.place(i.place_id).name if i.place_id else None
             for i in made.items if i.kind is ItemKind.COMPANY_VISIT}
    assert slots == {"企業訪問①": "総本家新之助貝新", "企業訪問②": "桑名鋳造", "企業訪問③": None,
                     "企業訪問④": "総本家新之助貝新"}
    assert made.b5.visit_notes == ()  # the notes are what the timetable says: nothing of the lab's own
