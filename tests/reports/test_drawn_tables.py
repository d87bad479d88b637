"""Statement tables and texts drawn from pre-broken lines (reports/ruled_grid.py, reports/text_lines.py): a table
longer than a page runs on under its repeated header, splits fall between rows and lines as reportlab's Table and
Paragraph split, and a folder export sweeps stale parts once. Read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.payments import FY2021_PRESET, compute_payment
from colead_desktop.reports.layout import CELL, CONTENT_HEIGHT, HEADING, SMALL, grid, headed, plain
from colead_desktop.reports.statement_pdf import render_folder, render_statement
from colead_desktop.reports.text_lines import Headed, TextLines
from tests.processes import dead_pid

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def test_a_statement_longer_than_a_page_repeats_the_items_header(tmp_path: Path, artifacts: Path) -> None:
    payee = demo_payees(PLACEHOLDER_TALENTS)[0].payee
    many = tuple(replace(e, day=e.day + timedelta(days=k % 3)) for k in range(12) for e in payee.expenses)
    result = compute_payment(replace(payee, expenses=many), FY2021_PRESET, 0)
    statement = replace(demo_statements(demo_payees(PLACEHOLDER_TALENTS))[0], result=result, statement_no="LONG-1")
    pdf = render_statement(statement, tmp_path / "long.pdf")
    pages = pages_of(pdf)
    assert len(pages) >= 2
    items = [page for page in pages if "金額" in page]
    assert len(items) >= 2 and all("内容・計算根拠" in page for page in items)  # the header on every page of items
    rows = sum(page.count("（実費）") + page.count("/日") for page in pages)
    assert rows >= len([line for line in result.lines if "実費" in line.text or "/日" in line.text])
    assert "源泉徴収" in pages[-1] and all("LONG-1" in page for page in pages)  # the footer on every page
    assert "明細" in pages[0] and "（実費）" in pages[0]  # the items start under their heading on the first page
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "2", "-l", "2", str(pdf), str(artifacts / "statement_long")],
                   check=True)


def test_a_grid_splits_between_rows_under_its_header() -> None:
    table = grid([["日付", "金額"]] + [[f"行{i}", f"{i:,}円"] for i in range(10)], [100.0, 100.0], right_cols=(1,))
    _, height = table.wrap(200, 1000)
    row = height / 11
    first, rest = table.split(200, row * 4.5)  # the header and three rows fit
    assert first.wrap(200, 1000)[1] == pytest.approx(row * 4)
    assert rest.rows[0] == first.rows[0] and len(rest.rows) == 1 + 7  # the header again, then the other rows
    assert table.split(200, row * 1.5) == []  # the header alone never stays at a page's foot
    assert table.split(200, height + 1) == []  # no split needed (the frame places it whole)
    unheaded = grid([["a"], ["b"]], [100.0], header=False)
    assert [len(part.rows) for part in unheaded.split(100, row * 1.2)] == [1, 1]


def test_text_lines_split_between_lines_without_an_orphan() -> None:
    three = TextLines(("一", "二", "三"), SMALL)
    leading = SMALL.leading
    assert three.split(500, leading * 1.5) == []  # one line alone at a page's foot: the paragraph moves on
    first, second = three.split(500, leading * 2.2)
    assert first.lines == ("一", "二") and second.lines == ("三",)
    assert three.split(500, leading * 3) == [three]
    assert TextLines(("",), SMALL).wrap(500, 100) == (500, 0)  # an empty text takes no room, as a Paragraph


def test_cells_break_as_paragraphs_do() -> None:
    long = "ブレイクアウトセッションルーム" * 4
    lines = grid([[long]], [80.0], header=False).rows[0][0]
    assert len(lines) > 1 and "".join(lines) == long  # broken only between katakana words' ends or characters
    assert plain("  二つの   空白  ", CELL).lines == ("二つの 空白",)  # spaces collapse as a Paragraph prints them


def test_a_folder_export_sweeps_stale_parts_once(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    stale = folder / f".old.pdf.{dead_pid()}.0badc0de.part"
    stale.write_bytes(b"half")
    statements = demo_statements(demo_payees(PLACEHOLDER_TALENTS))[:3]
    paths = render_folder(statements, folder)
    assert not stale.exists() and all(p.exists() and p.stat().st_mode & 0o077 == 0 for p in paths)
    assert not list(folder.glob(".*.part"))


def test_a_row_taller_than_a_page_splits_between_its_lines() -> None:
    """Only a row no page could hold splits inside (it used to stop the whole document with LayoutError); a row that
    fits a page still moves to the next one whole."""
    tall = "\n".join(f"{i}行目" for i in range(200))
    table = grid([["時間", "備考"], ["19:00", tall], ["20:00", "次"]], [100.0, 100.0])
    header, row = table.heights[0], table.heights[1]
    assert row > CONTENT_HEIGHT
    first, rest = table.split(200, header + 100)
    assert len(first.rows) == 2 and first.wrap(200, 1000)[1] <= header + 100  # the lines that fit stay here
    assert rest.rows[0] == table.rows[0] and rest.rows[-1] == table.rows[2]  # the header again, then the rest
    assert first.rows[1][1] + rest.rows[1][1] == table.rows[1][1] and first.rows[1][0] == ("19:00",)
    assert rest.rows[1][0] == ()  # the time is not printed twice
    short = grid([["時間", "備考"], ["19:00", "\n".join("行" for _ in range(20))]], [100.0, 100.0])
    assert short.split(200, header + 100) == []  # fits a page: moves whole


def test_rows_before_a_page_tall_row_stay_when_none_of_its_lines_fit() -> None:
    tall = "\n".join(f"{i}行目" for i in range(200))
    table = grid([["時間", "備考"], ["18:00", "前"], ["19:00", tall]], [100.0, 100.0])
    first, rest = table.split(200, table.heights[0] + table.heights[1] + 3)  # not one more line of room
    assert first.rows == table.rows[:2] and rest.rows == [table.rows[0], table.rows[2]]


def test_a_heading_stays_with_the_start_of_what_it_heads() -> None:
    """A short table moves on whole with its heading; a table longer than a page starts under its heading here; the
    heading never stays alone at a page's foot."""
    short = headed("支払額", grid([[f"行{i}", "1円"] for i in range(6)], [100.0, 100.0], header=False))
    width, height = short.wrap(200, 10_000)
    assert short.split(200, height - 1) == []  # it fits a page: heading and table go on together
    rows = [["日付", "金額"]] + [[f"行{i}", f"{i:,}円"] for i in range(200)]
    long = headed("明細", grid(rows, [100.0, 100.0], right_cols=(1,)))
    _, long_height = long.wrap(200, 10_000)
    assert long_height > CONTENT_HEIGHT
    heading = plain("明細", HEADING).wrap(200, 100)[1]
    gap = HEADING.spaceAfter
    first, rest = long.split(200, 300)
    assert isinstance(first, Headed) and first.heading.lines == ("明細",)
    kept = first.body.rows
    assert len(kept) > 2 and kept[0] == long.body.rows[0] and first.wrap(200, 300)[1] <= 300  # what fits, under its heading
    assert first.wrap(200, 300)[1] == pytest.approx(heading + gap + first.body.wrap(200, 300)[1])
    assert rest.rows[0] == kept[0] and len(kept) - 1 + len(rest.rows) - 1 == 200  # the header again, then the rest
    assert long.split(200, heading + gap + 5) == []  # not one row fits under it: the heading moves on too
    assert (width, long.getSpaceBefore(), long.getSpaceAfter()) == (200, HEADING.spaceBefore, 0)
