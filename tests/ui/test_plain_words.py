"""Plain words and shorter paths (issue 17 items 5 and 6): labels instead of codes, metrics that open their
list, a feedback panel that explains the chosen chip, timeline blocks naming the place, and tour creation that asks."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path

from PySide6.QtCore import Qt

from colead_desktop.ui.pages.tours_page import ToursPage

SHOTS = Path("/work/shots/words")


def test_findings_show_a_label_and_keep_the_code_in_the_tooltip(tours_page: ToursPage) -> None:
    assert tours_page.tour is not None
    # Two items on day 2 at the same time: an overlap.
    items = list(tours_page.tour.items)
    items[7] = replace(items[7], start=time(9, 0), end=time(9, 45))
    tours_page.tour = replace(tours_page.tour, items=tuple(items))
    tours_page.refresh_findings()
    rows = [tours_page.findings_list.item(i) for i in range(tours_page.findings_list.count())]
    overlap = next(row for row in rows if row.data(Qt.ItemDataRole.UserRole) == [6, 7])
    assert "時間の重なり" in overlap.text() and "time.overlap" not in overlap.text()
    assert "(time.overlap)" in overlap.toolTip()
    assert not any("." in row.text().split("\n")[0].split("・")[-1] for row in rows)  # no code in any title line
    SHOTS.mkdir(parents=True, exist_ok=True)
    tours_page.grab().save(str(SHOTS / "findings_with_labels.png"))
