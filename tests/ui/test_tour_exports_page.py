"""The Tours page's exports go through services/tour_exports.py: the same calls and the same files as `colead export`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import calendars, tour_checks, tour_exports
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.services.test_tour_exports import calendar_without_stamps, colead, needs_poppler, pdf_text, slow_cars
from tests.ui.test_tours_page import KUWANA


def cells(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path)
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}


def _export(tours_page: ToursPage, qtbot: QtBot, export: Any, *args: Any) -> None:
    tours_page.last_export = None
    export(*args)


@needs_poppler
def test_the_page_and_the_cli_write_the_same_files(tours_page: ToursPage, db: Database, qtbot: QtBot,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow_cars(db)
    calls: list[tuple[str, str, str]] = []
    for module, name in ((tour_exports, "export_itinerary"), (calendars, "export_tour_ics"), (tour_exports, "export_b5")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda d, key, target, *rest, _n=name, _r=real: (
            calls.append((_n, key, Path(target).name)), _r(d, key, target, *rest))[1])
    page, by_cli = tmp_path / "page", tmp_path / "cli"
    page.mkdir()
    by_cli.mkdir()
    member = tours_page.tour.members[0].id  # type: ignore[union-attr]
    _export(tours_page, qtbot, tours_page.export_itinerary, page / "all.pdf")
    _export(tours_page, qtbot, tours_page.export_itinerary, page / "one.pdf", member)
    _export(tours_page, qtbot, tours_page.export_ics, page / "tour.ics")
    _export(tours_page, qtbot, tours_page.export_b5, page / "b5.xlsx")
    assert [(name, key) for name, key, _file in calls] == [
        ("export_itinerary", KUWANA), ("export_itinerary", KUWANA), ("export_tour_ics", KUWANA), ("export_b5", KUWANA)]

    for args in (("itinerary", "all.pdf"), ("itinerary", "one.pdf", "--participant", member), ("tour-ics", "tour.ics"),
                 ("b5", "b5.xlsx")):
        # the slow cars make travel-time errors: the page's exports here skip its question, the CLI's need the flag
        code, message = colead("export", args[0], "--tour", KUWANA, "--out", str(by_cli / args[1]), *args[2:],
                               "--despite-errors")
        assert code == 0 and str(by_cli / args[1]) in message
    for name in ("all.pdf", "one.pdf"):
        assert pdf_text(page / name) == pdf_text(by_cli / name)
    assert calendar_without_stamps(page / "tour.ics") == calendar_without_stamps(by_cli / "tour.ics")
    assert cells(page / "b5.xlsx") == cells(by_cli / "b5.xlsx") and "三重県桑名市" in str(cells(page / "b5.xlsx"))

    # The programme's slow cars are in both: the default parameters give other leg times.
    tour_checks.save_check_params(db, tour_checks.programme_of(db, KUWANA), tour_checks.DEFAULT_CHECKS)
    assert colead("export", "itinerary", "--tour", KUWANA, "--out", str(tmp_path / "default.pdf"))[0] == 0
    assert pdf_text(tmp_path / "default.pdf") != pdf_text(by_cli / "all.pdf")


