"""One service writes every tour output: the print centre and `colead export` get the same files, made with the
programme's check parameters, read once per export (the Tours page: tests/ui/test_tour_exports_page.py)."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.domain.travel import ModeProfile
from colead_desktop.services import documents, tour_checks, tour_exports
from tests.ui.test_tours_page import KUWANA

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def colead(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(list(args))
    return code, err.getvalue()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def calendar_without_stamps(path: Path) -> bytes:
    return re.sub(rb"DTSTAMP:[^\r\n]*", b"", path.read_bytes())  # the moment of writing differs, nothing else


def slow_cars(db: Database) -> None:
    """Programme parameters that change the itinerary's leg times, so a PDF shows whether they were used."""
    programme = tour_checks.programme_of(db, KUWANA)
    params = tour_checks.load_check_params(db, programme)
    tour_checks.save_check_params(db, programme, replace(params, travel=replace(
        params.travel, official_car=ModeProfile(10.0, 1.3, 5.0))))


@needs_poppler
def test_the_print_centre_writes_through_the_service_loading_parameters_once(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from colead_desktop.services.demo import load_demo

    demo = load_demo(db)
    assert demo is not None
    slow_cars(db)
    loads: list[int] = []
    real_load = tour_checks.load_check_params
    monkeypatch.setattr(tour_exports, "load_check_params", lambda d, p: (loads.append(p), real_load(d, p))[1])
    printed = documents.write_document(db, demo, documents.itinerary_key(KUWANA), tmp_path / "printed.pdf")
    assert len(loads) == 1
    exported = tour_exports.export_itinerary(db, KUWANA, tmp_path / "exported.pdf")
    assert len(loads) == 2
    assert pdf_text(printed) == pdf_text(exported)


def test_cli_refuses_an_unknown_tour_or_participant(db: Database, tmp_path: Path) -> None:
    from colead_desktop.services.demo import load_demo

    load_demo(db)
    code, message = colead("export", "itinerary", "--tour", "nope", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "ツアー「nope」が見つかりません" in message
    code, message = colead("export", "itinerary", "--tour", KUWANA, "--participant", "nobody",
                           "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "nobody" in message and not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_cli_prints_an_itinerary_with_a_long_note_and_its_copy(db: Database, tmp_path: Path) -> None:
    """A pasted e-mail in a stored item's notes (more than any page holds in its column) used to stop the export with
    LayoutError, and so did a copy of the tour: it prints whole now, under the day's table."""
    from datetime import date, time

    from colead_desktop.domain.itinerary import Item, ItemKind
    from colead_desktop.services.demo import load_demo
    from colead_desktop.services.tours import copy_saved_tour, load_tour, save_tour

    load_demo(db)
    tour = load_tour(db, KUWANA)
    mail = "お世話になっております。当日の集合場所についてご連絡します。" * 40 + "以上、よろしくお願いいたします。"
    item = Item(1, time(19), time(20), ItemKind.OTHER, title="連絡事項", notes=mail)
    # stored before the item dialog's 1,000 characters (the save refuses it now: tests/services/test_tour_save_rules.py)
    save_tour(db, tour_checks.programme_of(db, KUWANA), replace(tour, items=(*tour.items, item)))
    copy = copy_saved_tour(db, KUWANA, date(2022, 11, 24))
    for key, name in ((KUWANA, "long.pdf"), (copy.id, "copy.pdf")):
        code, message = colead("export", "itinerary", "--tour", key, "--out", str(tmp_path / name))
        assert code == 0, message
        text = "".join(pdf_text(tmp_path / name).split())
        assert "以上、よろしくお願いいたします。" in text and "※1（表の下）" in text
        assert text.count("当日の集合場所についてご連絡します。") == 40
