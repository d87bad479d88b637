"""`colead export … --lang en` on the demo: every export the language applies to is English except the data.

The demo's names, places and notes are Japanese and stay as stored, so the check is: every run of Japanese
characters in an English file is part of some text stored in the database (its records), never the app's own
words; no 和暦 date anywhere. The same exports in Japanese fail that check, which shows it can fail.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from colead_desktop.db.engine import Database
from tests.cli.run import colead
from tests.services.demo_file import demo_copy
from tests.conftest import shots_dir

JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+")
ERA_DATE = re.compile(r"(令和|平成)(\d+|元)年\d+月\d+日")
NOT_DATA = {"payment_statement": {"result", "rates_used"}, "payment_audit": None, "alembic_version": None}
"""Stored text that holds the app's own words (computed statement lines, audit messages), not the user's data."""
SHOTS = shots_dir("en18")


@pytest.fixture
def demo(tmp_path: Path, data_dir: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def stored_text(path: Path) -> str:
    """Every text value of the database's records, one per line."""
    values = []
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            skipped = NOT_DATA.get(table, set())
            if skipped is None:
                continue
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})") if row[1] not in skipped]
            for row in connection.execute(f"SELECT {', '.join(columns)} FROM {table}"):  # noqa: S608  (table names from sqlite_master)
                values += [value for value in row if isinstance(value, str)]
    return "\n".join(values).encode().decode("unicode_escape", errors="ignore") + "\n" + "\n".join(values)


def file_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join([ws.title for ws in book.worksheets] + [str(c.value) for ws in book.worksheets
                                                                 for row in ws.iter_rows() for c in row if c.value])
    return path.read_text(encoding="utf-8").replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",")


def exports(url: str, folder: Path, lang: str) -> list[Path]:
    """Every export with a language, written into `folder` in `lang`."""
    commands = [("handouts", "--event", "1", "--out", "handouts.pdf"), ("rotation", "--event", "1", "--out", "rotation.xlsx"),
                ("itinerary", "--tour", "demo-kuwana-2021", "--out", "itinerary.pdf"),
                ("tour-ics", "--tour", "demo-kuwana-2021", "--out", "tour.ics"),
                ("ics", "--event", "1", "--per-person", "--out", "ics"),
                ("statements", "--out", "statements"), ("payments-xlsx", "--out", "payments.xlsx")]
    for command in commands:
        *args, last = command
        done = colead("--db", url, "export", *args, str(folder / last), "--lang", lang)
        assert done.returncode == 0, done.stderr
    return sorted(p for p in folder.rglob("*") if p.is_file())


def foreign_words(text: str, stored: str) -> set[str]:
    """Runs of Japanese in `text` that no stored record contains (the app's own words)."""
    return {run for run in JAPANESE.findall(text) if run not in stored}


def test_english_exports_of_the_demo_have_japanese_only_in_data(demo: Database, tmp_path: Path) -> None:
    stored = stored_text(Path(demo.url.removeprefix("sqlite:///")))
    english = exports(demo.url, tmp_path / "en", "en")
    assert len(english) > 30  # 16 statements, 17 calendars, handouts, rotation, itinerary, workbook
    for path in english:
        text = file_text(path)
        assert foreign_words(text, stored) == set(), path.name
        assert ERA_DATE.search(text) is None, path.name
    if SHOTS.is_dir():
        for name in ("handouts", "itinerary"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "4", str(tmp_path / "en" / f"{name}.pdf"),
                            str(SHOTS / f"demo_en_{name}")], check=True)
    japanese = exports(demo.url, tmp_path / "ja", "ja")
    texts = {path.name: file_text(path) for path in japanese}
    assert foreign_words(texts["handouts.pdf"], stored) and ERA_DATE.search(texts["handouts.pdf"])
    assert foreign_words(texts["rotation.xlsx"], stored) and foreign_words(texts["payments.xlsx"], stored)


def test_forms_stay_japanese_whatever_the_language(demo: Database, tmp_path: Path) -> None:
    """B-5 is a government form and 支払調書 a tax form: --lang en does not change them (README)."""
    out = tmp_path / "b5.xlsx"
    done = colead("--db", demo.url, "export", "b5", "--tour", "demo-kitami-2021", "--out", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stderr  # the command's own message follows --lang
    cells = file_text(out)
    assert "開催概要" in cells and "実施日数" in cells and "3日間" in cells
