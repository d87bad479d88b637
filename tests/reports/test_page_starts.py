"""Where printed parts start: the pre-reading after the talent cards starts on a page of its own like every other
part, and an itinerary's first day follows the tour's facts on page 1 when it fits there (review 14b, item 12)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from colead_desktop.domain.demo_tours import okinawa
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.meetup_docs import MeetupPack
from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf
from colead_desktop.reports.meetup_pdf import HandoutPart, write_handouts
from tests.reports.test_meetup_outputs import pack  # noqa: F401  # the module's pack fixture

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "print14"


@pytest.fixture(autouse=True)
def _japanese() -> None:
    set_language("ja")


def pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def shoot(path: Path, first: int, last: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(first), "-l", str(last), str(path),
                    str(SHOTS / path.stem)], check=True)


def test_the_pre_reading_after_the_talent_cards_starts_on_a_new_page(pack: MeetupPack,  # noqa: F811
                                                                   tmp_path: Path) -> None:
    target = write_handouts(tmp_path / "cards_then_regions.pdf", pack,
                            [HandoutPart.TALENT_CARDS, HandoutPart.REGION_PACK])
    printed = pages(target)
    reading = [i for i, page in enumerate(printed) if "事前資料：" in page]
    assert reading == [len(printed) - 1]
    assert printed[-1].split()[0] == "事前資料：三重県桑名市"  # at the top of its page, no card above it
    assert "人材15" in printed[-2]  # the last card keeps its page
    shoot(target, len(printed) - 1, len(printed))


def test_the_talent_cards_alone_make_no_blank_page(pack: MeetupPack, tmp_path: Path) -> None:  # noqa: F811
    printed = pages(write_handouts(tmp_path / "cards.pdf", pack, [HandoutPart.TALENT_CARDS]))
    assert all(page.strip() for page in printed)


def test_an_itinerary_without_coordinates_starts_its_first_day_on_page_one(tmp_path: Path) -> None:
    tour = okinawa()
    tour = replace(tour, places=tuple(replace(p, lat=None, lon=None) for p in tour.places), contacts=(), members=())
    target = write_itinerary_pdf(tour, tmp_path / "no_coordinates.pdf")
    printed = pages(target)
    assert "1日目" in printed[0]
    shoot(target, 1, 1)
