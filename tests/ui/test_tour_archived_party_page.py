"""The Tours page leaves an archived talent out of the party it shows (review 15 item 1), on a fresh programme: the
summary counts two, the item dialog offers two, the capacity finding goes and a finding names that an archived
talent is still listed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from colead_desktop.services.talent_archive import set_archived
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.dialogs import ItemDialog
from tests.conftest import shots_dir
from tests.services.test_tour_archived_party import WHO, crowded_tour
from tests.ui.modal import when_modal

SHOTS = shots_dir("tours")


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "en":
        request.getfixturevalue("english")
    yield request.param


def test_the_page_shows_the_party_without_the_archived_talent(qtbot: QtBot, context: AppContext,
                                                               language: str) -> None:
    programme, key, gone = crowded_tour(context.db)
    set_archived(context.db, gone, True, WHO)
    context.switch_programme(programme)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 800)
    page.select_tour(key)
    assert page.tour is not None and f"talent-{gone}" in {m.id for m in page.tour.members}  # kept as listed
    assert "party.archived" in page.finding_codes() and "venue.capacity" not in page.finding_codes()
    assert ("参加者 2名" if language == "ja" else "2 participants") in page.summary.text()
    page.grab().save(str(SHOTS / f"tour_archived_party_{language}.png"))
    offered: list[int] = []

    def look(dialog: ItemDialog) -> None:
        offered.append(dialog.attendees.list.count())
        dialog.grab().save(str(SHOTS / f"tour_archived_item_dialog_{language}.png"))
        dialog.done(0)

    when_modal(look, ItemDialog)
    page.edit_item(len(page.tour.items) - 1)
    assert offered == [2]
