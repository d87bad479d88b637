"""English outputs are wholly English (issue 18 item 5): every output written in English from data typed in
English has no Japanese character at all (pdftotext / openpyxl / the .ics text), and dates are Gregorian.

The data here is a fresh programme's, all in English, so any Japanese left in a file is the app's own words.
The demo (Japanese names and places kept as stored) is checked through the CLI in tests/cli.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from colead_desktop.domain.agenda import meetup_2021
from colead_desktop.domain.i18n import Language, output_language
from colead_desktop.domain.itinerary import Item, ItemKind, Lodging, Member, Place, PlaceKind, Role, Tour
from colead_desktop.domain.meetup_docs import MeetupPack, RegionPack, SmeEntry, TableBrief, TalentSheet
from colead_desktop.domain.payments import (FY2021_PRESET, Activity, Expense, ExpenseCategory, PayeeInput, TaxStatus,
                                            WorkDay, compute_payment)
from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve
from colead_desktop.domain.statements import Payer, Statement
from colead_desktop.exports.ics import calendar_bytes
from colead_desktop.exports.meetup_ics import event_entry, talent_entries
from colead_desktop.exports.payments_xlsx import write_payments_workbook
from colead_desktop.exports.rotation_xlsx import write_rotation
from colead_desktop.exports.tour_ics import tour_entries
from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf
from colead_desktop.reports.meetup_pdf import HandoutPart, write_handouts
from colead_desktop.reports.statement_pdf import PARALLEL_FROM, render_combined, render_folder
from tests.conftest import shots_dir

JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+")
"""Kana, kanji, CJK punctuation (、「」・　) and full-width forms."""
SHOTS = shots_dir("en18")
STAMP = datetime(2021, 10, 1, tzinfo=UTC)


def japanese_in(text: str) -> list[str]:
    return JAPANESE.findall(text)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def squashed(text: str) -> str:
    """Without white space, so words wrapped inside narrow cells still match."""
    return "".join(text.split())


def workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    cells = [ws.title for ws in book.worksheets]
    cells += [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    return "\n".join(cells)


def look(pdf: Path, name: str) -> None:
    """The first pages as PNGs under artifacts/en18 (looked at by eye; the tests check the text)."""
    if SHOTS.is_dir():
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "3", str(pdf), str(SHOTS / name)], check=True)


def fresh_pack() -> MeetupPack:
    regions = {"north": "North Lab", "south": "South Lab"}
    plan = solve(PlanInput(2, "mix", 1, tuple(Table(t, 6) for t in regions),
                           tuple(Talent(f"t{i}", "engineer") for i in range(6))))
    briefs = tuple(TableBrief(t, name, f"Room {t}", f"https://zoom.example/{t}", ("Host A", "Host B"), "Meet the SMEs",
                              "Few engineers", "A pilot in 2020", ("Which company interests you?",), "A shortlist")
                   for t, name in regions.items())
    sheets = tuple(TalentSheet(f"t{i}", f"Talent {i}", "Example Corp", "Engineer/operator",
                               {"参加の動機": "To help", "本業で関わったプロジェクト内容": "Data platforms"})
                   for i in range(6))
    agenda = meetup_2021("https://ovice.example/main")
    blocks = tuple(b.__class__(**{**b.__dict__, "title": f"Block {n}", "owner": "Secretariat", "room": ""})
                   for n, b in enumerate(agenda.blocks))
    agenda = agenda.__class__(**{**agenda.__dict__, "title": "Spring meetup", "blocks": blocks, "place": "oVice"})
    region_pack = RegionPack("North City", "North IoT Lab", "Lakes", "Ageing workforce", "Sensors in 2019",
                             (SmeEntry("North Foods Ltd", "Food", "Stock data", "Dashboards"),))
    return MeetupPack(agenda, plan, briefs, sheets, (region_pack,))


def fresh_tour() -> Tour:
    places = (Place("base", "North Hall", PlaceKind.VENUE, 43.80, 143.89, "1 Main St"),
              Place("co", "North Foods Ltd", PlaceKind.COMPANY, 43.83, 143.94, "2 Harbour Rd"))
    items = (Item(1, time(13), time(14), ItemKind.ORIENTATION, "base", title="Welcome"),
             Item(1, time(15), time(17), ItemKind.COMPANY_VISIT, "co", title="Factory visit"),
             Item(2, time(9), time(12), ItemKind.COMPANY_VISIT, "co", title="Proposals"))
    return Tour("North", date(2021, 11, 23), 2, "North tour", "t-1", (Member("talent-1", "Talent 1", Role.TALENT),),
                base_venue_id="base", lodging=Lodging("North Hotel", "3 Station Sq", 1), places=places, items=items)


def fresh_statement() -> Statement:
    payee = PayeeInput("P1", "Talent 1", TaxStatus.INDIVIDUAL, tour_days=(date(2021, 11, 23), date(2021, 11, 24)),
                       work_days=tuple(WorkDay(date(2021, 12, d), Activity.SUPPORT) for d in range(1, 8)),
                       expenses=(Expense(date(2021, 11, 23), ExpenseCategory.RAIL, 14_000, False, "Tokyo to North"),
                                 Expense(date(2021, 11, 23), ExpenseCategory.LODGING, 9_000, True, "North Hotel")),
                       region="North")
    payer = Payer("Example Secretariat", "4 Office Rd", "T1234567890123", "Co-LEAD FY2021", "C-1")
    return Statement("EN-0001", payer, compute_payment(payee, FY2021_PRESET), (date(2021, 11, 23), date(2021, 12, 7)),
                     date(2022, 2, 5), date(2022, 2, 10))


def written(tmp_path: Path, lang: Language) -> dict[str, str]:
    """Every output of the fresh programme written in `lang`, as text."""
    pack, tour, statement = fresh_pack(), fresh_tour(), fresh_statement()
    folder = tmp_path / lang
    folder.mkdir()
    with output_language(lang):
        pdfs = {"handouts": write_handouts(folder / "handouts.pdf", pack, tuple(HandoutPart)),
                "itinerary": write_itinerary_pdf(tour, folder / "itinerary.pdf"),
                "statement": render_combined([statement], folder / "statement.pdf")}
        books = {"rotation": write_rotation(folder / "rotation.xlsx", pack),
                 "payments": write_payments_workbook([statement], folder / "payments.xlsx")}
        calendars = {
            "meetup_ics": calendar_bytes("Meetup", pack.agenda.title,
                                         [event_entry(pack.agenda, "e1"), *talent_entries(pack, "t0", "e1", "t0")],
                                         STAMP),
            "tour_ics": calendar_bytes("Tour", tour.title, tour_entries(tour), STAMP)}
    for name, pdf in pdfs.items():
        look(pdf, f"{lang}_{name}")
    return ({name: pdf_text(pdf) for name, pdf in pdfs.items()}
            | {name: workbook_text(book) for name, book in books.items()}
            | {name: data.decode() for name, data in calendars.items()})


def test_every_output_of_an_english_programme_is_english(tmp_path: Path) -> None:
    texts = written(tmp_path, "en")
    for name, text in texts.items():
        assert japanese_in(text) == [], name
        assert "令和" not in text and "和暦" not in text
    assert squashed("Tue 23 Nov 2021 (Labour Thanksgiving Day)") in squashed(texts["itinerary"])  # Gregorian, holiday in English
    assert "Sun 10 Oct 2021" in texts["handouts"]  # header and agenda date
    assert "5 Feb 2022" in texts["statement"] and "¥" in texts["statement"]
    for line_text in ("Per diem (tour day) ¥10,000/day", "Honorarium (business-model work) ¥30,000/day",
                      "Honorarium over the cap (¥150,000), not paid", "Rail Tokyo to North (actual cost)",
                      "Lodging North Hotel (paid directly by the secretariat; not paid to you)"):
        assert squashed(line_text) in squashed(texts["statement"]), line_text
        assert line_text in texts["payments"], line_text
    assert squashed("Why I am taking part") in squashed(texts["handouts"])  # the self-introduction labels
    assert "Round 1 14:10-14:40" in texts["rotation"] and "Talent ID" in texts["rotation"]


def test_the_same_programme_in_japanese_keeps_era_dates_and_japanese_words(tmp_path: Path) -> None:
    texts = written(tmp_path, "ja")
    assert "令和3年11月23日（火・勤労感謝の日）" in squashed(texts["itinerary"])
    assert "令和3年10月10日（日）" in squashed(texts["handouts"])
    assert "日当（ツアー参加日）10,000円/日" in squashed(texts["statement"])
    assert "第1ラウンド" in texts["rotation"] and "参加の動機" in texts["handouts"]
    assert "Per diem" not in texts["statement"]


def test_no_internal_codes_in_english_outputs(tmp_path: Path) -> None:
    """Enum values and rule codes (per_diem, actual_capped, engineer…) are words, never codes, in the files."""
    texts = written(tmp_path, "en")
    codes = re.compile(r"\b(per_diem|honorarium_unpaid|paid_directly|not_reimbursed|actual_capped|company_visit|"
                       r"orientation|table_sheets|region_pack|self_intro)\b")
    for name, text in texts.items():
        assert codes.findall(text) == [], name


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_statement_computed_in_one_language_prints_in_the_other(lang: Language) -> None:
    """Lines are worded when printed, so an approved statement computed in a Japanese session prints in English."""
    other: Language = "en" if lang == "ja" else "ja"
    with output_language(lang):
        statement = fresh_statement()
    with output_language(other):
        texts = [line.text for line in statement.result.lines] + [statement.result.withholding_text]
    joined = "\n".join(texts)
    assert bool(japanese_in(joined)) == (other == "ja")


def test_statements_written_by_worker_processes_keep_the_export_language(tmp_path: Path) -> None:
    """A large folder export runs in child processes, which start in the default language: the export's is passed."""
    one = fresh_statement()
    statements = [replace(one, statement_no=f"EN-{n:04d}") for n in range(PARALLEL_FROM)]
    with output_language("en"):
        paths = render_folder(statements, tmp_path)
    for path in (paths[0], paths[-1]):
        text = pdf_text(path)
        assert "Payment statement" in text and japanese_in(text) == []
