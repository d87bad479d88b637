"""The self-introduction page's writing room: blank fields get at least three 8 mm lines and share the rest of
the page; answered fields get none; the page never spills onto a second one because of the room it adds."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Table

from colead_desktop.domain.meetup_docs import DEFAULT_SHEET_FIELDS, TalentSheet
from colead_desktop.reports.layout import build_pdf
from colead_desktop.reports.self_intro_pdf import WRITING_LINES, WritingLines, self_intro_page


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(info.split("Pages:")[1].split()[0])


def writing_room(page: list[object]) -> list[int]:
    """The number of lines of each field's writing room, 0 for an answered field, in the sheet's order."""
    table = next(f for f in page if isinstance(f, Table) and len(f._cellvalues) > 3)
    answers = [row[0][0] if isinstance(row[0], list | tuple) else row[0]  # a measured table holds cells as lists
               for row in table._cellvalues[1::2]]
    return [cell.lines if isinstance(cell, WritingLines) else 0 for cell in answers]


pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils are not installed")


def test_blank_fields_get_at_least_three_lines_of_eight_mm_and_fill_the_page(tmp_path: Path) -> None:
    blank = self_intro_page(TalentSheet("t1", "白紙 さん"), DEFAULT_SHEET_FIELDS)
    lines = writing_room(blank)
    assert len(lines) == 6 and min(lines) >= WRITING_LINES and WritingLines().pitch == 8 * mm
    answered = {DEFAULT_SHEET_FIELDS[0]: "本業の答え", DEFAULT_SHEET_FIELDS[3]: "動機"}
    partly = self_intro_page(TalentSheet("t2", "一部 さん", answers=answered), DEFAULT_SHEET_FIELDS)
    more = writing_room(partly)
    assert more[0] == more[3] == 0 and min(n for n in more if n) > min(lines)  # the page's room goes to the blanks
    pdf = build_pdf(tmp_path / "sheets.pdf", "自己紹介", [*blank, *partly])
    assert pages(pdf) == 2


def test_a_long_list_of_fields_keeps_three_lines_each_and_runs_on(tmp_path: Path) -> None:
    titles = tuple(f"項目{i}" for i in range(12))
    page = self_intro_page(TalentSheet("t1", "多い さん"), titles)
    assert writing_room(page) == [WRITING_LINES] * 12
    assert pages(build_pdf(tmp_path / "long.pdf", "自己紹介", page)) == 2


def test_an_answer_taller_than_a_page_runs_on_and_markup_prints_as_typed(tmp_path: Path) -> None:
    title = DEFAULT_SHEET_FIELDS[0]
    tall = self_intro_page(TalentSheet("t1", "長文 さん", answers={title: "始" + "\n" * 400 + "終"}), (title,))
    assert pages(build_pdf(tmp_path / "tall.pdf", "自己紹介", tall)) > 1  # a row too tall for a page is split
    typed = "<b>&amp; <font size=90>x</font>"
    marked = self_intro_page(TalentSheet("t2", "記号 さん", answers={title: typed}), (title,))
    pdf = build_pdf(tmp_path / "markup.pdf", "自己紹介", marked)
    assert typed in subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
