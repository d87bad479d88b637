"""A tour made from the guideline template in a Japanese window, printed in English: the template's texts print in
English, a title the planner typed prints as typed (PDF through pdftotext, .ics through icalendar)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from colead_desktop.db.engine import Database
from colead_desktop.domain.i18n import Language, output_language
from colead_desktop.domain.b5 import b5_from_tour
from colead_desktop.domain.itinerary import Place, PlaceKind, Tour
from colead_desktop.domain.tour_templates import guideline_template
from colead_desktop.services.calendars import export_tour_ics
from colead_desktop.services.tour_exports import export_itinerary
from colead_desktop.services.tours import load_tour, new_tour, replace_tour
from tests.programmes import new_programme

TYPED = "架空精機の工場見学"
JAPANESE = ("現地への移動", "オリエンテーション", "企業訪問①", "企業訪問③", "観光地等地域を理解できる場所の視察",
            "架空市 フィールドワークツアー")
ENGLISH = ("Travel to the region", "Orientation", "Company visit ①", "Company visit ③",
           "Visit to places that show the region", "Presentation to companies", "架空市 fieldwork tour")


def _retitled(db: Database) -> Tour:
    """A fresh programme's tour from the template (made in Japanese), its second visit retitled by the planner."""
    tour = new_tour(db, new_programme(db), "架空市", date(2026, 10, 6), 3)
    items = tuple(replace(item, title=TYPED) if item.title == "企業訪問②" else item for item in tour.items)
    return replace_tour(db, tour, replace(tour, items=items))


def _pdf_text(db: Database, key: str, target: Path, lang: Language) -> str:
    with output_language(lang):
        export_itinerary(db, key, target)
    return subprocess.run(["pdftotext", target, "-"], check=True, capture_output=True, text=True).stdout


def _ics_summaries(db: Database, key: str, target: Path, lang: Language) -> list[str]:
    with output_language(lang):
        export_tour_ics(db, key, target)
    calendar = Calendar.from_ical(target.read_bytes())
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_english_itinerary_prints_the_templates_titles_in_english(db: Database, tmp_path: Path) -> None:
    tour = _retitled(db)
    english = _pdf_text(db, tour.id, tmp_path / "en.pdf", "en")
    flat = " ".join(english.split())
    assert all(title in flat for title in ENGLISH), english
    assert TYPED in english
    assert not [title for title in JAPANESE if title in english]
    japanese = _pdf_text(db, tour.id, tmp_path / "ja.pdf", "ja")
    assert all(title.replace(" ", "") in "".join(japanese.split()) for title in JAPANESE) and TYPED in japanese


def test_the_english_calendar_names_the_templates_items_in_english(db: Database, tmp_path: Path) -> None:
    tour = _retitled(db)
    summaries = _ics_summaries(db, tour.id, tmp_path / "en.ics", "en")
    assert {"Travel to the region", "Orientation", "Company visit ①", "Talent-only discussion"} <= set(summaries)
    assert TYPED in summaries and not [s for s in summaries if any(title in s for title in JAPANESE)]
    assert "現地への移動" in _ics_summaries(db, tour.id, tmp_path / "ja.ics", "ja")


def test_a_tour_made_in_english_prints_in_japanese_and_keeps_its_titles_stored(db: Database, tmp_path: Path) -> None:
    with output_language("en"):
        tour = new_tour(db, new_programme(db), "架空市", date(2026, 10, 6), 2)
    stored = load_tour(db, tour.id)
    assert stored.title == "架空市 fieldwork tour" and stored.items[0].title == "Travel to the region"
    summaries = _ics_summaries(db, tour.id, tmp_path / "ja.ics", "ja")
    assert "現地への移動" in summaries and "企業訪問②" in summaries
    assert not [s for s in summaries if "Travel" in s or "Company" in s]


def test_the_b5_form_of_a_tour_made_in_english_names_the_templates_visits_in_japanese() -> None:
    with output_language("en"):
        tour = guideline_template("架空市", date(2026, 10, 6), 2)
    company = Place("c1", "架空精機", PlaceKind.COMPANY, 35.0, 136.0)
    items = tuple(replace(item, place_id="c1") if item.title == "Company visit ①" else item for item in tour.items)
    [visit] = b5_from_tour(replace(tour, places=(company,), items=items)).visits
    assert visit.notes == "企業訪問①"
