"""The Tours page leaves an archived talent out of the party it shows (review 15 item 1), on a fresh programme: the
summary counts two, the item dialog offers two (and an edit keeps the archived one on the item, for when the archive
is lifted), the capacity finding goes and a finding names that an archived talent is still listed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from colead_desktop.services.talent_archive import set_archived
from colead_desktop.services.tours import load_tour, replace_tour
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
    tour = load_tour(context.db, key)
    talk, pair = tour.items[-1], frozenset(m.id for m in tour.members[:2])  # 辞退 太郎 and 残留 花子 attend the talk
    assert f"talent-{gone}" in pair
    replace_tour(context.db, tour, replace(tour, items=(*tour.items[:-1], replace(talk, attendees=pair))))
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
        dialog.title.setText("地域の方との懇談会")
        dialog.accept()

    when_modal(look, ItemDialog)
    page.edit_item(len(page.tour.items) - 1)
    assert offered == [2]
    edited = load_tour(context.db, key).items[-1]  # the archived talent stays on the item, to come back with them
    assert edited.title == "地域の方との懇談会" and edited.attendees == pair
