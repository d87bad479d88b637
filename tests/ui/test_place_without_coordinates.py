"""The place dialog accepts a company imported without coordinates, and its example coordinates are the tour
region's (a 北見 coordinator was shown 桑名's) or none at all."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from colead_desktop.domain.records import CompanyRecord
from colead_desktop.domain.tour_places import draft_from_company
from colead_desktop.ui.tours.places import PlaceDialog


def test_a_company_without_coordinates_is_accepted(qtbot: QtBot) -> None:
    draft = draft_from_company(CompanyRecord(7, 1, "北見精密工業", address="北海道北見市"))
    dialog = PlaceDialog(draft, "company-7")
    qtbot.addWidget(dialog)
    assert dialog.refresh() and dialog.error.text() == ""
    dialog.accept()
    place = dialog.result_place()
    assert place is not None and (place.name, place.lat, place.lon) == ("北見精密工業", None, None)
    assert "35.0655" not in dialog.edits["lat"].placeholderText()


def test_the_example_coordinates_are_the_regions(qtbot: QtBot) -> None:
    dialog = PlaceDialog(draft_from_company(CompanyRecord(7, 1, "北見精密工業")), "c", centre=(43.803, 143.894))
    qtbot.addWidget(dialog)
    assert (dialog.edits["lat"].placeholderText(), dialog.edits["lon"].placeholderText()) == ("例: 43.8030", "例: 143.8940")
