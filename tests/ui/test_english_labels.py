"""Review 14c item 13: Japanese left in the English window — the 得意領域 choices and the tour summary's
separators — now go through tr(), so the English UI shows English while the stored values stay Japanese.

They run on the app's English translation (resources/i18n/colead_en.ts), not a stand-in: a Python QTranslator
subclass answering Qt's calls was the one unusual thing in the file whose test a worker died in (a segmentation
fault while the next test's page called tr())."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from colead_desktop.db.engine import Database
from colead_desktop.domain.itinerary import Tour
from colead_desktop.services.lookups import Lookups
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.tours.panels import SummaryLabel
from colead_desktop.ui.widgets import ElidedLabel
from tests.conftest import ARTIFACTS
from tests.programmes import new_programme
from tests.ui.loading import shown_page

def test_strong_area_choices_show_english_and_store_japanese(english: None) -> None:
    talents = next(k for k in record_kinds() if k.key == "talents")
    choices = talents.choices(Lookups(programme_id=1, programme_name="", regions={}, companies={}, venues={}))["strong_areas"]
    assert choices == [("Strategy", "戦略策定"), ("Concept planning", "構想策定"), ("Project delivery", "プロジェクト推進")]


def test_tour_summary_separators_are_english(english: None) -> None:
    label = SummaryLabel()
    label.show_tour(Tour(region="北見", start_date=date(2026, 11, 10), days=3, party_size=4))
    assert label.text() == "北見, 2026-11-10–11-12, 4 participants"


def _english_page(qtbot, db: Database, key: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Page `key` of a 1200 px wide main window on a new programme."""
    new_programme(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.resize(1200, 760)
    return shown_page(qtbot, window, key)


def test_the_english_payments_heading_is_whole_in_a_1200_px_window(english: None, qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Review 14c item 13: beside the page's buttons the English heading was cut to 「Pay…」."""
    page = _english_page(qtbot, db, "payments")
    title = next(w for w in page.findChildren(ElidedLabel) if w.property("role") == "page_title")
    page.window().grab().save(str(ARTIFACTS / "payments_heading_en.png"))
    assert title.text() == "Payments" and title.width() >= title.fontMetrics().horizontalAdvance(title.text())


def test_the_english_tours_hint_is_whole_in_a_1200_px_window(english: None, qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Review 14c item 13: after the export buttons the English hint was cut to 「Edits a…」."""
    page = _english_page(qtbot, db, "tours")
    hint = page.findChild(ElidedLabel, "tour_saved")
    page.window().grab().save(str(ARTIFACTS / "tours_hint_en.png"))
    assert hint.text().startswith("Edits are saved")
    assert hint.width() >= hint.fontMetrics().horizontalAdvance(hint.text())
