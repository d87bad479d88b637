"""No word broken mid-word in any PDF's narrow table columns: handouts, itinerary and statements, read back with
pdftotext. A word that wrapped in the middle shows up in the PDF's text stream (-raw) but not on any printed
line (-layout); a line that starts with 」、。） broke the kinsoku rule."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from colead_desktop.domain.agenda import meetup_2021
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.meetup_docs import MeetupPack, RegionPack, SmeEntry, TableBrief, TalentSheet
from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve
from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf
from colead_desktop.reports.meetup_pdf import write_handouts
from colead_desktop.reports.statement_pdf import render_statement

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "print18"
NAME = "ヴァン・デル・ヴェステンハーゲン"
COMPANY = "株式会社オホーツク・デジタル・ソリューションズ"
ADDRESS = "北海道北見市端野町三区123番地45 ハイツ・オホーツク・リバーサイド・レジデンス北見東 1205号室"
NOTES = "オープンイノベーション・ワークショップ（30分）。プロジェクター・ホワイトボードを使用、「課題整理シート」を配布。"


@pytest.fixture(autouse=True)
def _japanese() -> None:
    set_language("ja")


def printed_lines(pdf: Path) -> list[str]:
    """The PDF's printed lines, each cut into the pieces separated by column gaps."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [piece for line in text.splitlines() for piece in re.split(r"\s{2,}", line.strip()) if piece]


def stream_text(pdf: Path) -> str:
    """The text in drawing order, where the lines of one table cell follow each other, without spaces."""
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(raw.split())


def assert_words_whole(pdf: Path, words: tuple[str, ...]) -> None:
    lines = printed_lines(pdf)
    stream = stream_text(pdf)
    for word in words:
        printed = sum(line.replace(" ", "").count(word) for line in lines)
        assert printed > 0 and printed == stream.count(word), (word, printed, stream.count(word))
    starts = [line for line in lines if line[0] in "」、。）"]
    assert starts == [], starts


def test_handout_rooms_names_and_labels_wrap_between_words(tmp_path: Path) -> None:
    regions = {"北見": "北海道北見市", "桑名": "三重県桑名市", "沖縄": "沖縄県"}
    plan = solve(PlanInput(5, "mix", 1, tuple(Table(t, 8) for t in regions),
                           tuple(Talent(f"t{i:02d}", "engineer") for i in range(16))))
    briefs = tuple(TableBrief(t, region, f"ブレイクアウト/{i + 4}", f"https://ovice.example/colead/2021/{i}",
                              (f"{t}ラボ",), "地域課題について意見交換する", NOTES, NOTES,
                              ("どの企業に関心がありますか？",), NOTES)
                   for i, (t, region) in enumerate(regions.items()))
    sheets = tuple(TalentSheet(f"t{i:02d}", f"{NAME}{i}", COMPANY, "データサイエンティスト") for i in range(16))
    smes = (SmeEntry(COMPANY, "センサー・ネットワークの設計（LPWA・クラウド）", NOTES,
                     "データサイエンティスト、UI/UXデザイナー"),)
    pack = MeetupPack(meetup_2021("https://ovice.example/main"), plan, briefs, sheets,
                      (RegionPack("北海道北見市", "北見市IoT推進ラボ", NOTES, NOTES, NOTES, smes),))
    target = write_handouts(tmp_path / "handouts.pdf", pack)
    assert_words_whole(target, ("ブレイクアウト/4", "ブレイクアウト/5", "ヴェステンハーゲン", "ソリューションズ",
                                "データサイエンティスト", "オープンイノベーション", "ワークショップ", "（30分）。",
                                "「課題", "シート」", "第5ラウンド", "15:10–15:40"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(target), str(ARTIFACTS / "handout")],
                   check=True)


def test_itinerary_places_and_notes_wrap_between_words(tmp_path: Path) -> None:
    tour = kuwana()
    places = tuple(replace(p, name=f"{COMPANY}（{p.name}）", address=ADDRESS) for p in tour.places)
    items = tuple(replace(item, notes=NOTES) for item in tour.items)
    target = write_itinerary_pdf(replace(tour, places=places, items=items), tmp_path / "itinerary.pdf")
    assert_words_whole(target, ("ソリューションズ", "オープンイノベーション", "ワークショップ", "リバーサイド",
                                "レジデンス", "「課題", "シート」"))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(target), str(ARTIFACTS / "itinerary")],
                   check=True)


def test_statement_addresses_wrap_inside_their_cells(tmp_path: Path) -> None:
    statement = replace(demo_statements(demo_payees(PLACEHOLDER_TALENTS))[0], payee_address=ADDRESS)
    target = render_statement(statement, tmp_path / "statement.pdf")
    assert_words_whole(target, ("リバーサイド", "レジデンス", "1205号室"))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target), str(ARTIFACTS / "statement")],
                   check=True)


def test_a_paragraph_keeps_the_lines_it_was_broken_into() -> None:
    """para() breaks a line for the room the frame gives it: reportlab, laying it out in that frame, breaks no line
    again (a line broken for the frame's outer width lost its last character to a line of its own, 「な／り／ました」)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Frame

    from colead_desktop.reports.layout import BODY, CONTENT_HEIGHT, HEADING, MARGIN, para

    frame_width = Frame(0, 0, A4[0] - 2 * MARGIN, CONTENT_HEIGHT)._aW  # build_pdf's frame, as platypus fills it

    sentence = "厳正なる審査の結果、貴殿を「テスト Co-LEAD 2027」の高度デジタル人材として採択することとなりました。"
    for style in (BODY, HEADING, ParagraphStyle("letter", parent=BODY, fontSize=11, leading=19)):
        for length in range(20, 300, 3):
            paragraph = para((sentence * 6)[:length], style)
            broken_for = paragraph.text.count("<br/>") + 1
            paragraph.wrap(frame_width, CONTENT_HEIGHT)
            assert len(paragraph.blPara.lines) == broken_for, (style.name, length)


def test_a_selection_letter_has_no_line_of_one_character(tmp_path: Path) -> None:
    from datetime import datetime

    from colead_desktop.domain.calls import CallKind
    from colead_desktop.domain.selection import Decision, Letter
    from colead_desktop.reports.selection_letter_pdf import write_letter

    letter = Letter(application_id=1, applicant="応募 二郎", programme="テスト Co-LEAD 2027", call_kind=CallKind.TALENT,
                    decision=Decision.SELECTED, sender="テスト事務局", issued=datetime(2026, 12, 3, 10, 0))
    lines = printed_lines(write_letter(letter, tmp_path / "letter.pdf"))
    assert "採択することとなりました" in "".join(lines)
    assert [line for line in lines if len(line) == 1 and not line.isdigit()] == []
