"""The statements benchmark's floor draws what the app's PDFs hold (benchmarks/statements.py): the same characters, on
the same pages, so the ratio measures layout overhead and not a cheaper document. (The floor's page is jumbled, so
pdftotext, which drops overlapping duplicates, cannot read it back: its recording is compared.)"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.statements import DISTINCT, TextRun, _floor_chunk, _templates, floor_files, statements
from colead_desktop.reports.statement_pdf import render_folder

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def characters(text: str) -> Counter[str]:
    return Counter("".join(text.split()))


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_floor_prints_the_apps_words_and_pages(tmp_path: Path) -> None:
    batch = statements(DISTINCT + 2)  # the copies past DISTINCT replay a recording under their own number
    (tmp_path / "app").mkdir()
    (tmp_path / "floor").mkdir()
    render_folder(batch, tmp_path / "app")
    files = floor_files(batch, DISTINCT, tmp_path / "templates.pickle")
    assert _floor_chunk((files, tmp_path / "floor", tmp_path / "templates.pickle")) == len(batch)
    for name, _title, template, number in files[-3:]:
        app, floor = tmp_path / "app" / name, tmp_path / "floor" / name
        recorded_number, pages = _templates(tmp_path / "templates.pickle")[template]
        drawn = "".join(op.text.replace(recorded_number, number) for page in pages for op in page
                        if isinstance(op, TextRun))
        assert characters(drawn) == characters(text_of(app))
        assert floor.read_bytes().count(b"/Type /Page\n") == app.read_bytes().count(b"/Type /Page\n") == len(pages)
        assert len(floor.read_bytes()) > 0.9 * len(app.read_bytes())  # the same font subset and drawing, compressed
