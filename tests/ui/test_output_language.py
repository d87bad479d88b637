"""出力言語 beside the exports: it starts at the app language, the file follows the choice, the window keeps its
language, and the pages say which forms stay Japanese."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication, QComboBox

from colead_desktop.domain.i18n import language, set_language
from colead_desktop.ui.output_language import OutputLanguageBox
from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.conftest import shots_dir

SHOTS = shots_dir("en18")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def choose(page: object, lang: str) -> None:
    box = page.findChild(QComboBox, "output_language")  # type: ignore[attr-defined]
    assert box is not None and box.currentData() == "ja"  # the app language
    box.setCurrentIndex(box.findData(lang))


def shot(widget: object, name: str) -> None:
    QApplication.processEvents()
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_the_box_starts_at_the_app_language() -> None:
    set_language("en")
    try:
        assert OutputLanguageBox().language() == "en"
    finally:
        set_language("ja")
    assert OutputLanguageBox().language() == "ja"


def test_the_tours_page_writes_the_itinerary_in_english_and_says_b5_stays_japanese(
        tours_page: ToursPage, tmp_path: Path) -> None:
    choose(tours_page, "en")
    tours_page.export_itinerary(tmp_path / "itinerary.pdf")
    text = pdf_text(tmp_path / "itinerary.pdf")
    assert "Day 1: Thu 25 Nov 2021" in text and "令和" not in text and "日目" not in text
    assert language() == "ja" and tours_page.pdf_button.text() == "旅程表PDF…"  # the window keeps its language
    assert "B-5" in tours_page.b5_button.toolTip() and "日本語" in tours_page.b5_button.toolTip()
    tours_page.export_b5(tmp_path / "b5.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "b5.xlsx").worksheets[0]
    assert sheet.title == "開催概要"
    shot(tours_page, "tours_page_output_language.png")


def test_the_meetup_documents_follow_the_choice(meetup_page: MeetupPage, tmp_path: Path) -> None:
    docs = meetup_page.docs_tab
    docs.load(1)
    choose(docs, "en")
    docs.export_rotation(tmp_path / "rotation.xlsx")
    book = openpyxl.load_workbook(tmp_path / "rotation.xlsx")
    assert book.sheetnames == ["Rotation", "By table"] and book["Rotation"]["A1"].value == "Talent ID"
    shot(docs, "meetup_docs_output_language.png")


def test_the_payments_workbook_follows_the_choice(payments_page: PaymentsPage, tmp_path: Path) -> None:
    exports = payments_page.exports
    assert exports.output_language.language() == "ja"
    exports.output_language.set_language("en")
    target = tmp_path / "payments.xlsx"
    exports._ask_save = lambda *_a: target  # type: ignore[method-assign]  # the file dialog's answer
    exports.ask_workbook()
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Summary", "Ledger"]
    ledger = [str(c.value) for c in book["Ledger"]["H"] if c.value]
    assert "Description" in ledger and any(v.startswith("Per diem (tour day)") for v in ledger)
    shot(payments_page, "payments_page_output_language.png")
