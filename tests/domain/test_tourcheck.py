"""Each tour check with a passing and a failing case, the demo tours, templates and JSON validation."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from colead_desktop.domain import tourcheck
from colead_desktop.domain.demo_tours import demo_tours
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.itinerary import (Item, ItemKind, Lodging, Member, Movement, Place, PlaceKind, Role,
                                             Tour, Transport)
from colead_desktop.domain.tour_templates import blank_tour, copy_tour, guideline_template, heading
from colead_desktop.domain.tourcheck import Booking, CheckParams, OtherTour, Severity, check_tour
from colead_desktop.domain.types import Facility, TransportMode
from colead_desktop.services import tour_json
from tests.json_documents import document


def check(data: object) -> dict:
    return tour_json.check(document(data))

VENUE = Place("v", "拠点会場", PlaceKind.VENUE, 35.0655, 136.6895, capacity=20, facilities=frozenset(Facility))
NEAR = Place("c1", "近くの企業", PlaceKind.COMPANY, 35.0690, 136.6985, opens=time(9), closes=time(17),
             closed_weekdays=frozenset({0}))
FAR = Place("c2", "遠くの企業", PlaceKind.COMPANY, 35.1709, 136.8815)  # about 21 km away
GATE = Place("g", "桑名駅", PlaceKind.GATEWAY, 35.0654, 136.6840)


def _i(day: int, start: str, end: str, kind: ItemKind, place: str | None = "v", **kw: object) -> Item:
    return Item(day, time.fromisoformat(start), time.fromisoformat(end), kind, place, **kw)  # type: ignore[arg-type]


GOOD_ITEMS = (
    _i(1, "13:00", "14:00", ItemKind.ORIENTATION),
    _i(1, "14:30", "16:00", ItemKind.COMPANY_VISIT, "c1"),
    _i(1, "16:30", "18:00", ItemKind.TALENT_DISCUSSION),
    _i(2, "09:00", "10:30", ItemKind.COMPANY_VISIT, "c2"),
    _i(2, "13:00", "15:00", ItemKind.FACILITY_VISIT, None),
    _i(3, "09:00", "12:00", ItemKind.PREPARATION),
    _i(3, "13:00", "15:00", ItemKind.PRESENTATION),
)
# Tue 2024-06-04 .. Thu 06-06: no holidays.
GOOD = Tour(region="テスト", start_date=date(2024, 6, 4), days=3, party_size=8, base_venue_id="v",
            lodging=Lodging("ホテル", nights=2), transport=Transport(TransportMode.OFFICIAL_CAR, 10),
            arrivals=(Movement("g", datetime(2024, 6, 4, 12, 0)),),
            departures=(Movement("g", datetime(2024, 6, 6, 17, 0)),),
            places=(VENUE, NEAR, FAR, GATE), items=GOOD_ITEMS)


def codes(tour: Tour, **kw: object) -> set[str]:
    return {f.code for f in check_tour(tour, **kw)}  # type: ignore[arg-type]


def with_item(index: int, **changes: object) -> Tour:
    items = list(GOOD.items)
    items[index] = replace(items[index], **changes)  # type: ignore[arg-type]
    return replace(GOOD, items=tuple(items))


def test_good_tour_has_no_findings() -> None:
    assert check_tour(GOOD) == []


def test_facility_missing_and_per_programme_requirement() -> None:
    poor = replace(VENUE, facilities=frozenset({Facility.INTERNET}))
    tour = replace(GOOD, places=(poor, NEAR, FAR, GATE))
    finding = next(f for f in check_tour(tour) if f.code == "venue.facility_missing")
    assert "ホワイトボード" in finding.message and "インターネット" not in finding.message
    assert "venue.facility_missing" not in codes(tour, params=CheckParams(frozenset({Facility.INTERNET})))


def test_capacity() -> None:
    assert "venue.capacity" not in codes(GOOD)
    tour = replace(GOOD, party_size=25, transport=Transport(TransportMode.CHARTERED_BUS, 30))
    found = [f for f in check_tour(tour) if f.code == "venue.capacity"]
    assert found and all(f.severity is Severity.ERROR for f in found) and {f.items for f in found} == {(0,), (2,), (5,), (6,)}


def test_double_booked() -> None:
    other = Booking("v", datetime(2024, 6, 6, 14, 0), datetime(2024, 6, 6, 16, 0), "別の会議")
    found = [f for f in check_tour(GOOD, bookings=[other]) if f.code == "venue.double_booked"]
    assert [f.items for f in found] == [(6,)] and "別の会議" in found[0].message
    later = Booking("v", datetime(2024, 6, 6, 15, 0), datetime(2024, 6, 6, 16, 0), "後の会議")
    assert "venue.double_booked" not in codes(GOOD, bookings=[later])


def test_people_on_two_tours_at_once() -> None:
    party = (Member("talent-1", "山田太郎", Role.TALENT), Member("talent-2", "佐藤花子", Role.TALENT),
             Member("staff-3", "鈴木一郎", Role.SECRETARIAT), Member("talent-4", "高橋次郎", Role.TALENT))
    tour = replace(GOOD, members=party, party_size=None)  # 06-04 .. 06-06
    other = OtherTour("北見ツアー", date(2024, 6, 5), date(2024, 6, 7),
                      frozenset({"talent-1", "talent-2", "staff-3", "talent-9"}))
    found = [f for f in check_tour(tour, others=[other]) if f.code == "people.double_booked"]
    assert [(f.severity, f.day) for f in found] == [(Severity.ERROR, 2)]
    message = found[0].message
    assert "北見ツアー" in message and "06/05〜06/06" in message and "3名（人材2名・スタッフ1名）" in message
    assert "山田" not in message and found[0].detail == "山田太郎、佐藤花子、鈴木一郎"  # names only in the detail
    apart = replace(other, start=date(2024, 6, 7), end=date(2024, 6, 9))
    strangers = replace(other, members=frozenset({"talent-9"}))
    assert "people.double_booked" not in codes(tour, others=[apart, strangers])


def test_travel_time_gap_too_short() -> None:
    # day 2: c2 (21 km away) 09:00-10:30, then the venue at 10:40: needs ~46 min by car.
    tour = replace(GOOD, items=GOOD.items + (_i(2, "10:40", "11:30", ItemKind.TALENT_DISCUSSION),))
    found = [f for f in check_tour(tour) if f.code == "transport.travel_time"]
    assert [f.items for f in found] == [(3, 7)] and found[0].severity is Severity.ERROR
    relaxed = replace(tour, items=GOOD.items + (_i(2, "11:30", "12:00", ItemKind.TALENT_DISCUSSION),))
    assert "transport.travel_time" not in codes(relaxed)


def test_travel_time_only_for_the_same_people() -> None:
    members = (Member("a", "A", Role.TALENT), Member("b", "B", Role.TALENT))
    base = replace(GOOD, party_size=None, members=members)
    items = base.items + (_i(2, "10:40", "11:30", ItemKind.TALENT_DISCUSSION, attendees=frozenset({"b"})),)
    tight = replace(base, items=tuple(replace(it, attendees=frozenset({"a", "b"})) if i == 3 else it
                                      for i, it in enumerate(items)))
    assert "transport.travel_time" in codes(tight)
    apart = replace(tight, items=tuple(replace(it, attendees=frozenset({"a"})) if i == 3 else it
                                       for i, it in enumerate(tight.items)))
    assert "transport.travel_time" not in codes(apart)


def test_seats() -> None:
    assert "transport.seats" not in codes(GOOD)
    assert "transport.seats" in codes(replace(GOOD, transport=Transport(TransportMode.RENTAL_CAR, 5)))


def test_public_transit_long_leg() -> None:
    tour = with_item(3, start=time(10, 0), end=time(10, 30))
    assert "transport.public_transit" not in codes(tour)
    transit = replace(tour, transport=Transport(TransportMode.PUBLIC_TRANSIT))
    items = transit.items + (_i(2, "12:00", "12:30", ItemKind.EXCHANGE),)  # c2 -> venue, 21 km
    assert "transport.public_transit" in codes(replace(transit, items=items))


def test_overlap() -> None:
    found = [f for f in check_tour(with_item(1, end=time(16, 45))) if f.code == "time.overlap"]
    assert [f.items for f in found] == [(1, 2)]
    assert "time.overlap" not in codes(with_item(1, end=time(16, 0)))


def test_outside_hours_and_closed_weekday() -> None:
    assert "time.outside_hours" in codes(with_item(1, end=time(17, 30)))
    monday = replace(GOOD, start_date=date(2024, 6, 3),
                     arrivals=(Movement("g", datetime(2024, 6, 3, 12)),),
                     departures=(Movement("g", datetime(2024, 6, 5, 17)),))
    found = [f for f in check_tour(monday) if f.code == "time.outside_hours"]
    assert [f.items for f in found] == [(1,)] and "月" in found[0].message


def test_holiday_names_the_holiday() -> None:
    # 2024-11-03 文化の日 (Sunday), 11-04 振替休日.
    tour = replace(GOOD, start_date=date(2024, 11, 4), arrivals=(), departures=())
    found = [f for f in check_tour(tour) if f.code == "calendar.holiday"]
    assert [f.items for f in found] == [(1,)] and "振替休日" in found[0].message
    assert "calendar.holiday" not in codes(GOOD)


def test_holiday_findings_name_their_visit() -> None:
    kuwana = next(t for t in demo_tours() if t.id == "demo-kuwana-2021")  # day 3 is Saturday 2021-11-27
    found = [f for f in check_tour(kuwana) if f.code == "calendar.holiday"]
    assert len(found) == 3 and len({f.message for f in found}) == 3  # two visits and the presentation
    assert "2021-11-27（土）の企業訪問⑤ 長島観光: 土曜日です。企業が営業しているか確認してください" in [f.message for f in found]


def test_a_presentation_on_a_holiday_is_flagged_but_not_the_partys_own_items() -> None:
    """Day 3 on 秋分の日 (2024-09-22 is a Sunday; 09-23 振替休日 and 2025-09-23 秋分の日): the presentation to the
    companies at the lab needs them to come; the preparation and discussions of the party go ahead."""
    tour = replace(GOOD, start_date=date(2025, 9, 21), arrivals=(), departures=(),
                   items=(*GOOD.items, _i(3, "15:30", "16:30", ItemKind.EXCHANGE),
                          _i(3, "16:30", "17:30", ItemKind.TALENT_DISCUSSION)))
    found = {tour.items[f.items[0]].kind: f.message for f in check_tour(tour) if f.code == "calendar.holiday"}
    assert set(found) == {ItemKind.COMPANY_VISIT, ItemKind.PRESENTATION, ItemKind.EXCHANGE}  # day 1 Sunday, day 3
    assert found[ItemKind.PRESENTATION] == ("2025-09-23（火）の企業へのプレゼンテーション: 秋分の日です。"
                                            "企業の方が出席できるか確認してください")


def test_no_travel_time_finding_for_overlapping_items() -> None:
    # day 2: c2 (21 km away) 09:00-10:30, then the venue from 10:00: an overlap, not a short gap.
    tour = replace(GOOD, items=GOOD.items + (_i(2, "10:00", "11:30", ItemKind.TALENT_DISCUSSION),))
    assert "time.overlap" in codes(tour) and "transport.travel_time" not in codes(tour)
    touching = replace(GOOD, items=GOOD.items + (_i(2, "10:30", "11:30", ItemKind.TALENT_DISCUSSION),))
    assert "transport.travel_time" in codes(touching)  # no gap at all is still too short


def test_structure_checks() -> None:
    assert not {c for c in codes(GOOD) if c.startswith("structure.")}
    stripped = replace(GOOD, items=tuple(it for it in GOOD.items if it.kind in (ItemKind.COMPANY_VISIT,)))
    assert {"structure.no_orientation", "structure.no_discussion", "structure.no_preparation",
            "structure.no_presentation"} <= codes(stripped)
    staff = (Member("t", "T", Role.TALENT), Member("l", "L", Role.LAB_STAFF))
    mixed = replace(GOOD, party_size=None, members=staff,
                    items=tuple(replace(it, attendees=frozenset({"t", "l"}))
                                if it.kind is ItemKind.TALENT_DISCUSSION else it for it in GOOD.items))
    assert "structure.no_discussion" in codes(mixed)
    assert "structure.length" in codes(replace(GOOD, days=6))
    assert "structure.length" not in codes(replace(GOOD, days=5, lodging=Lodging("h", nights=4)))


def test_remote_mornings() -> None:
    kept = replace(GOOD, remote_mornings=True)
    found = [f for f in check_tour(kept) if f.code == "structure.remote_morning"]
    assert [f.items for f in found] == [(3,), (5,)]
    assert "structure.remote_morning" not in codes(GOOD)


def test_lodging_nights() -> None:
    assert "lodging.nights" in codes(replace(GOOD, lodging=Lodging("h", nights=3)))
    assert "lodging.nights" not in codes(GOOD)


def test_arrival_and_departure() -> None:
    early = replace(GOOD, arrivals=(Movement("g", datetime(2024, 6, 4, 12, 55)),))
    assert [f.items for f in check_tour(early) if f.code == "arrival.too_early"] == [(0,)]
    late = replace(GOOD, departures=(Movement("g", datetime(2024, 6, 6, 15, 5)),))
    assert [f.items for f in check_tour(late) if f.code == "departure.too_late"] == [(6,)]


def test_demo_tours_raise_no_errors() -> None:
    tours = demo_tours()
    assert [t.start_date for t in tours] == [date(2021, 11, 16), date(2021, 11, 25), date(2021, 11, 25)]
    for tour in tours:
        errors = [f for f in check_tour(tour) if f.severity is Severity.ERROR]
        assert errors == [], (tour.region, errors)


@pytest.mark.parametrize("days", [2, 3, 4, 5])
def test_guideline_template_is_clean(days: int) -> None:
    # From a Monday (2024-06-03), so that even 5 days end on a weekday: a presentation on a Saturday is flagged.
    tour = guideline_template("テスト", date(2024, 6, 3), days, VENUE, hotel="ホテル")
    # Its days follow the guideline; what is left to fill in (who comes, which companies) is what it says.
    assert [(f.code, f.severity) for f in check_tour(tour)] == [("structure.no_party", Severity.WARNING),
                                                                ("structure.no_company", Severity.WARNING)]
    assert tour.remote_mornings == (days >= 4)
    assert tour.items[0].kind is ItemKind.TRAVEL and tour.items[-1].kind is ItemKind.PRESENTATION


def test_copy_tour_shifts_dates() -> None:
    copy = copy_tour(demo_tours()[1], date(2025, 11, 20))
    assert copy.start_date == date(2025, 11, 20) and copy.id == ""
    assert copy.arrivals[0].at == datetime(2025, 11, 20, 12, 0)
    assert [it.start for it in copy.items] == [it.start for it in demo_tours()[1].items]


def _json(**tour_changes: object) -> dict[str, object]:
    return {"tour": {"start_date": "2024-06-04", "days": 3, "party_size": 8, "base_venue": "v",
                     "transport": {"mode": "official_car", "seats": 10}, "lodging_nights": 2,
                     "arrival": {"place": "g", "time": "2024-06-04T12:00"}, **tour_changes},
            "places": [{"id": "v", "name": "会場", "kind": "venue", "lat": 35.0655, "lon": 136.6895,
                        "capacity": 20, "facilities": [f.value for f in Facility]},
                       {"id": "g", "name": "駅", "kind": "gateway", "lat": 35.0654, "lon": 136.684},
                       {"id": "c", "name": "企業", "kind": "company", "lat": 35.0656, "lon": 136.6896}],
            "items": [{"day": 1, "start": "13:00", "end": "14:00", "kind": "orientation", "place": "v"},
                      {"day": 2, "start": "10:00", "end": "11:30", "kind": "company_visit", "place": "c"},
                      {"day": 1, "start": "14:30", "end": "16:00", "kind": "talent_discussion", "place": "v"},
                      {"day": 3, "start": "09:00", "end": "11:00", "kind": "preparation", "place": None},
                      {"day": 3, "start": "13:00", "end": "15:00", "kind": "presentation", "place": "v"}]}


def test_json_check_output_shape() -> None:
    assert check(_json()) == {"findings": []}
    result = check(_json(transport={"mode": "rental_car", "seats": 4}))
    assert result["findings"] == [{"code": "transport.seats", "label": "座席の不足", "severity": "error", "day": None,
                                   "items": [], "message": result["findings"][0]["message"]}]


def test_json_validation_names_every_bad_field() -> None:
    set_language("en")
    try:
        data = _json(days="three")
        data["items"][2]["start"] = "9am"  # type: ignore[index]
        data["items"][3]["place"] = "nowhere"  # type: ignore[index]
        data["places"][0]["lat"] = "north"  # type: ignore[index]
        with pytest.raises(InputError) as caught:
            check(data)
        text = str(caught.value)
        for field in ("tour.days", "items[2].start", "items[3].place", "places[0].lat"):
            assert field in text
    finally:
        set_language("ja")


def test_json_place_without_coordinates_is_checked_but_half_of_them_is_refused() -> None:
    data = _json()
    place = data["places"][1]  # type: ignore[index]
    del place["lat"], place["lon"]
    assert "transport.no_coordinates" in {f["code"] for f in check(data)["findings"]}
    place["lat"] = 35.0
    with pytest.raises(InputError, match=r"places\[1\]"):
        check(data)


def test_json_validation_messages_are_japanese_by_default() -> None:
    data = _json()
    data["items"][0]["end"] = "12:00"  # type: ignore[index]
    with pytest.raises(InputError, match=r"items\[0\]\.end: 終了は開始より後"):
        check(data)


def test_every_finding_code_has_a_plain_label_in_both_languages() -> None:
    source = Path(tourcheck.__file__).read_text(encoding="utf-8")
    emitted = set(re.findall(r'Finding\("([a-z_.]+)"', source))
    assert emitted and emitted == set(tourcheck.FINDING_LABELS)
    finding = tourcheck.Finding("time.overlap", tourcheck.Severity.ERROR, 1, (0, 1), "")
    assert finding.label == "時間の重なり"
    set_language("en")
    try:
        assert finding.label == "Overlapping times"
    finally:
        set_language("ja")


def test_a_block_heading_adds_the_place_to_a_template_title_only() -> None:
    place = Place("seiki", "三重精機", PlaceKind.COMPANY, 35.0, 136.7)
    tour = replace(guideline_template("桑名", date(2024, 6, 4), 3), places=(place,))
    visit = next(item for item in tour.items if item.title == "企業訪問②")
    assert heading(tour, visit) == "企業訪問②"  # no place yet
    assert heading(tour, replace(visit, place_id="seiki")) == "企業訪問② 三重精機"
    assert heading(tour, replace(visit, place_id="seiki", title="", kind=ItemKind.COMPANY_VISIT)) == "企業訪問 三重精機"
    assert heading(tour, replace(visit, place_id="seiki", title="工場見学（生産ライン）")) == "工場見学（生産ライン）"


def test_a_blank_tour_has_its_dates_and_nothing_planned() -> None:
    tour = blank_tour("桑名", date(2026, 10, 6), 4)
    assert (tour.start_date, tour.days, tour.items, tour.members) == (date(2026, 10, 6), 4, (), ())
    with pytest.raises(InputError):
        blank_tour("桑名", date(2026, 10, 6), 6)


def test_a_copy_without_the_party_keeps_the_plan_and_forgets_the_people() -> None:
    source = demo_tours()[1]
    named = Movement(source.arrivals[0].place_id, source.arrivals[0].at, frozenset({source.members[0].id}))
    source = replace(source, arrivals=(*source.arrivals, named),
                     items=(replace(source.items[0], attendees=frozenset({source.members[0].id})), *source.items[1:]))
    copy = copy_tour(source, date(2022, 11, 24), keep_party=False)
    assert copy.members == () and copy.party_size is None and copy.headcount == 0
    assert [(i.day, i.start, i.kind, i.place_id) for i in copy.items] == [
        (i.day, i.start, i.kind, i.place_id) for i in source.items]
    assert all(item.attendees is None for item in copy.items)
    assert [m.members for m in copy.arrivals] == [None]  # the whole party's arrival stays, the named one goes
    assert copy_tour(source, date(2022, 11, 24)).members == source.members


def test_a_place_far_from_the_tours_others_is_a_finding_and_long_travel_reads_in_hours() -> None:
    """Review 15: a company of 会津 located in 宮崎 (about 1000 km away) gave no finding, only 「移動に約3359分」."""
    miyazaki = replace(NEAR, lat=31.9077, lon=131.4202)
    far = replace(GOOD, places=(VENUE, miyazaki, FAR, GATE))
    [finding] = [f for f in check_tour(far) if f.code == "place.far_away"]
    assert finding.severity is Severity.WARNING and finding.items == (1,) and "近くの企業" in finding.message
    assert re.search(r"約\d{3,4} km", finding.message)
    travel = [f.message for f in check_tour(far) if f.code == "transport.travel_time"]
    assert travel and all(re.search(r"約\d+時間(\d+分)?かかります", m) for m in travel)
    assert not any(re.search(r"\d{3,}分", m) for m in travel)
    assert "place.far_away" not in codes(GOOD)  # 21 km is inside a region
    assert "place.far_away" not in codes(replace(GOOD, places=(VENUE, NEAR, FAR, replace(GATE, lat=35.55, lon=139.78))))
    for tour in demo_tours():
        assert "place.far_away" not in codes(tour), tour.region


def test_public_transport_has_no_seats_to_show() -> None:
    assert Transport(TransportMode.PUBLIC_TRANSIT, 5).shown_seats is None
    assert Transport(TransportMode.OFFICIAL_CAR, 10).shown_seats == 10
