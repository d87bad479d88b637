"""Itinerary PDF (read back with pdftotext, one page rendered with pdftoppm) and the .ics export (ics-py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, time, UTC
from pathlib import Path

import ics
import pytest

from colead_desktop.domain.demo_tours import kitami, kuwana, okinawa
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.itinerary import Item, ItemKind, Movement, Role, Tour, Transport
from colead_desktop.domain.types import TransportMode
from colead_desktop.exports.ics import calendar_bytes
from colead_desktop.exports.tour_ics import item_uids, tour_entries
from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def tour_calendar(tour: Tour, stamp: datetime) -> bytes:
    return calendar_bytes("Fieldwork tour", tour.title, tour_entries(tour), stamp)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@needs_poppler
def test_itinerary_pdf_is_compact_with_cover_and_a_map_per_day(tmp_path: Path) -> None:
    pages: list[tuple[int, int]] = []
    target = write_itinerary_pdf(kuwana(), tmp_path / "kuwana.pdf", progress=lambda done, total: pages.append((done, total)))
    text = pdf_text(target)
    assert text.count("\f") <= 4  # cover + at most one page per day
    cover, days = text.split("\f", 1)
    assert "令和3年11月25日（木）" in cover and "桑名シティホテル" in cover and "公用車" in cover
    assert "緊急連絡先" in cover and "くわなIoT推進ラボ 担当" in cover and "人材A" in cover and "8名" in cover
    day1 = days[days.index("1日目"):days.index("2日目")]
    assert "13:45–15:45" in day1 and "総本家新之助貝新" in day1 and "三重県桑名市京町" in day1
    assert "0.9 km" in day1 and "約7分" in day1  # hotel -> 貝新 leg in the table
    assert "7分" in day1 and "500 m" in day1 and "N" in day1  # ... on the map, with its scale bar and arrow
    assert "2. 株式会社総本家新之助貝新" in day1  # the map's stop list
    day3 = days[days.index("3日目"):]
    assert "三重精機" in days and "発表会" in day3 and "土" in day3
    assert pages[-1] == (4, 4)
    assert not list(tmp_path.glob("*.part"))


@needs_poppler
def test_short_days_share_a_page(tmp_path: Path) -> None:
    text = pdf_text(write_itinerary_pdf(okinawa(), tmp_path / "okinawa.pdf"))
    assert text.count("\f") == 3  # cover, days 1-2, day 3
    assert "1日目" in text.split("\f")[1] and "2日目" in text.split("\f")[1]


@needs_poppler
def test_participant_version_keeps_only_their_items(tmp_path: Path) -> None:
    tour = kitami()
    staff_only = Item(2, time(7, 0), time(8, 0), ItemKind.OTHER, "kitami-so", frozenset({"kitami-l1"}),
                      title="ラボ打合せ")
    tour = replace(tour, items=tour.items + (staff_only,))
    talent = pdf_text(write_itinerary_pdf(tour, tmp_path / "t1.pdf", participant="kitami-t1"))
    staff = pdf_text(write_itinerary_pdf(tour, tmp_path / "l1.pdf", participant="kitami-l1"))
    assert "人材A 様用の旅程表" in talent and "ラボ打合せ" not in talent
    assert "ラボ打合せ" in staff and "環境大善" in staff
    with pytest.raises(InputError) as unknown:
        write_itinerary_pdf(tour, tmp_path / "x.pdf", participant="nobody")
    assert f"このツアーの参加者: {', '.join(m.id for m in tour.members)}" in str(unknown.value)  # where ids come from
    assert all(m.name not in str(unknown.value) for m in tour.members)  # ids, never names


@needs_poppler
def test_arrivals_name_who_travels_and_a_participants_itinerary_keeps_only_their_own(tmp_path: Path) -> None:
    """An arrival or departure of part of the party: everyone's itinerary printed it without saying whose, and a
    participant's itinerary printed every one as if it were theirs (人材A read the lab's arrival the evening
    before as her own)."""
    tour = kuwana()
    lab = next(m for m in tour.members if m.role is Role.LAB_STAFF)
    rest = frozenset(m.id for m in tour.members if m is not lab)
    tour = replace(tour, arrivals=(Movement("kuwana-st", datetime(2021, 11, 25, 12, 0), rest),
                                   Movement("kuwana-st", datetime(2021, 11, 24, 18, 0), frozenset({lab.id}))))
    everyone = pdf_text(write_itinerary_pdf(tour, tmp_path / "all.pdf")).split("\f")[0]
    arrivals = [line.split(None, 1)[1] for line in everyone.splitlines() if line.startswith("到着")]
    assert arrivals[0] == f"令和3年11月24日（水）18:00 桑名駅（{lab.name}）"  # in time order, each naming who
    assert arrivals[1].startswith("令和3年11月25日（木）12:00 桑名駅（人材A、人材B、")
    mine = pdf_text(write_itinerary_pdf(tour, tmp_path / "t1.pdf", participant="kuwana-t1")).split("\f")[0]
    assert [line.split(None, 1)[1] for line in mine.splitlines()
            if line.startswith("到着")] == ["令和3年11月25日（木）12:00 桑名駅"]
    theirs = pdf_text(write_itinerary_pdf(tour, tmp_path / "lab.pdf", participant=lab.id)).split("\f")[0]
    assert [line.split(None, 1)[1] for line in theirs.splitlines()
            if line.startswith("到着")] == ["令和3年11月24日（水）18:00 桑名駅"]
    assert "出発" in mine and "出発" in theirs  # the whole party's departure is everyone's
    nobody = replace(tour, arrivals=(*tour.arrivals, Movement("kuwana-st", datetime(2021, 11, 25, 15, 0),
                                                              frozenset())))  # an archived talent's, taken off
    cover = pdf_text(write_itinerary_pdf(nobody, tmp_path / "nobody.pdf")).split("\f")[0]
    assert "15:00" not in cover and "（）" not in cover


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        write_itinerary_pdf(kuwana(), tmp_path / "k.pdf", progress=cancel)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_day_page_renders_to_png(tmp_path: Path) -> None:
    target = write_itinerary_pdf(kuwana(), tmp_path / "kuwana.pdf")
    ARTIFACTS.mkdir(exist_ok=True)
    prefix = ARTIFACTS / "itinerary_kuwana_day1"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile", str(target), str(prefix)],
                   check=True)
    png = prefix.with_suffix(".png")
    assert png.stat().st_size > 10_000  # a blank page compresses to far less


def test_ics_parses_with_ics_py(tmp_path: Path) -> None:
    tour = kuwana()
    target = tmp_path / "kuwana.ics"
    target.write_bytes(tour_calendar(tour, datetime.now(UTC)))
    calendar = ics.Calendar(target.read_text(encoding="utf-8"))
    events = sorted(calendar.events, key=lambda e: e.begin)
    assert len(events) == len(tour.items)
    kaishin = next(e for e in events if "総本家新之助貝新" in e.name)
    assert kaishin.begin.isoformat() == "2021-11-25T13:45:00+09:00"
    assert kaishin.end.isoformat() == "2021-11-25T15:45:00+09:00"
    assert kaishin.location.startswith("株式会社総本家新之助貝新")
    assert kaishin.geo.latitude == pytest.approx(35.069) and kaishin.geo.longitude == pytest.approx(136.6985)
    lunch = next(e for e in events if "市長" in e.name)
    assert lunch.location is None and lunch.geo is None
    assert b"BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n" in target.read_bytes()  # CRLF per RFC 5545
    assert len({e.uid for e in events}) == len(events)


def test_ics_uids_are_stable_across_exports_and_time_edits() -> None:
    tour = kuwana()
    stamp = datetime(2021, 11, 1, tzinfo=UTC)
    assert tour_calendar(tour, stamp) == tour_calendar(kuwana(), stamp)
    moved = replace(tour, items=tuple(replace(it, start=time(13, 50)) if i == 2 else it
                                      for i, it in enumerate(tour.items)))
    assert item_uids(moved) == item_uids(tour)
    keyed = replace(tour, items=tuple(replace(it, key=f"row{i}") for i, it in enumerate(tour.items)))
    assert item_uids(keyed) != item_uids(tour)


@needs_poppler
def test_long_names_print_whole_in_the_table_and_cut_beside_the_map(tmp_path: Path) -> None:
    """Place names and an item title longer than a page: the table prints them whole (rows split between lines), the
    stop list beside the map and the footer cut them to a line, where they used to stop the PDF or run off the page."""
    long = "北見市の長い場所名です。" * 250 + "ここまで"
    tour = kitami()
    tour = replace(tour, title=long[:200], places=tuple(replace(p, name=long) for p in tour.places),
                   items=(*tour.items, Item(1, time(20), time(21), ItemKind.OTHER, title=long)))
    target = write_itinerary_pdf(tour, tmp_path / "long.pdf")
    pages = pdf_text(target).split("\f")[:-1]
    assert "".join("".join(pages).split()).count("ここまで") >= len(tour.items)  # every row's name and the title
    assert all(page.rstrip().endswith(str(n)) for n, page in enumerate(pages, 1))  # the footer's page number
    assert all("…" in page.rstrip().splitlines()[-1] for page in pages)  # ... beside the cut title


def test_a_place_without_coordinates_is_printed_without_a_map_stop_or_a_leg(tmp_path: Path) -> None:
    from tests.domain.test_unlocated_place import KAISHIN, unlocated

    tour = unlocated()
    target = write_itinerary_pdf(tour, tmp_path / "unlocated.pdf")
    day1 = pdf_text(target).split("\f")[1]
    assert "地図に表示なし（緯度・経度なし）:株式会社総本家新之助貝新" in day1.replace("\n", "").replace(" ", "")
    assert "2. 株式会社総本家新之助貝新" not in day1 and "0.9 km" not in day1  # no stop number, no leg to it
    museum = next(line for line in day1.splitlines() if "16:00–16:45" in line)
    assert "不明" in museum  # the move from 貝新 to the museum: its time is not known, not nothing
    entries = tour_entries(tour)  # one per item, in the items' order
    visit = entries[next(i for i, item in enumerate(tour.items) if item.place_id == KAISHIN)]
    assert visit.geo is None and "総本家新之助貝新" in visit.location
    assert b"GEO:" in tour_calendar(tour, datetime(2021, 11, 1, tzinfo=UTC))  # the other places keep theirs


@needs_poppler
def test_a_far_place_travels_in_hours_and_public_transport_prints_no_seats(tmp_path: Path) -> None:
    """Review 15: 「移動に約3359分」, "3359 min" on the map and 「公共交通機関（5席）」."""
    tour = kuwana()
    far = next(p for p in tour.places if p.name == "株式会社総本家新之助貝新")
    moved = replace(tour, places=tuple(replace(p, lat=31.9077, lon=131.4202) if p is far else p for p in tour.places),
                    transport=Transport(TransportMode.PUBLIC_TRANSIT, 5))
    target = write_itinerary_pdf(moved, tmp_path / "far.pdf")
    text = pdf_text(target)
    cover, days = text.split("\f", 1)
    assert "公共交通機関" in cover and "5席" not in cover
    assert re.search(r"約\d+時間\s*\d+分", days) and re.search(r"\d+時間\d+分", days)  # the table, the map
    assert not re.search(r"\d{3,}分", days)
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-f", "2", "-l", "2", "-r", "70", "-png", str(target),
                    str(ARTIFACTS / "itinerary_far_place")], check=True)


@needs_poppler
def test_arrivals_print_the_documents_own_dates(tmp_path: Path) -> None:
    """A Japanese itinerary printed its arrivals and departures as 2021-11-16 11:30 beside a cover in 和暦
    (review prog19 item 2); English prints its own date too."""
    japanese = pdf_text(write_itinerary_pdf(kitami(), tmp_path / "ja.pdf")).split("\f")[0]
    assert re.search(r"到着\s+令和3年11月16日（火）11:30 ", japanese)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", japanese)
    set_language("en")
    try:
        english = pdf_text(write_itinerary_pdf(kitami(), tmp_path / "en.pdf")).split("\f")[0]
    finally:
        set_language("ja")
    assert re.search(r"Arrival\s+Tue 16 Nov 2021 11:30 ", english)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", english)
