"""「コピー…」 a tour to start a day later with its party: the copy's check names the other tour and how many of the
same people are on both; the names are only in the finding's tooltip."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from colead_desktop.services import tours
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.ui.conftest import KUWANA


def test_a_copy_a_day_later_with_its_party_is_flagged(tours_page: ToursPage, artifacts: Path) -> None:
    db = tours_page.db
    source = tours.load_tour(db, KUWANA)
    copy = tours.copy_saved_tour(db, KUWANA, source.start_date + timedelta(days=1))
    tours_page.reload()
    tours_page.select_tour(copy.id)
    assert "people.double_booked" in tours_page.finding_codes()
    rows = tours_page.findings_panel.list
    row = next(rows.item(n) for n in range(rows.count()) if "参加者の重複" in rows.item(n).text())
    first = source.members[0].name
    assert f"{len(source.members)}名" in row.text() and first not in row.text()
    assert first in row.data(Qt.ItemDataRole.ToolTipRole)
    tours_page.grab().save(str(artifacts / "tours13_people_overlap.png"))
    # moved apart, the finding goes (the other tours are read again for the new dates)
    assert tours_page.tour is not None
    tours_page.apply(tours_page.tour.moved_to(source.start_date + timedelta(days=10)), "移動")
    assert "people.double_booked" not in tours_page.finding_codes()
