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
from colead_desktop.services.tours import load_tour, party_candidates, replace_tour
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.dialogs import ItemDialog
from colead_desktop.ui.tours.settings_dialog import TourSettingsDialog
from tests.conftest import shots_dir
from tests.services.test_tour_archived_party import WHO, crowded_tour
from tests.ui.modal import when_modal
from tests.ui.test_tour_settings import click, ok, settings

SHOTS = shots_dir("tours")


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "en":
        request.getfixturevalue("english")
    yield request.param


def _archived_page(qtbot: QtBot, context: AppContext) -> tuple[ToursPage, str, int, frozenset[str]]:
    """The page showing a fresh programme's crowded tour whose talk 辞退 太郎 and 残留 花子 attend, after 辞退 太郎
    was archived: (page, tour key, their talent id, the talk's attendees)."""
    programme, key, gone = crowded_tour(context.db)
    tour = load_tour(context.db, key)
    talk, pair = tour.items[-1], frozenset(m.id for m in tour.members[:2])
    assert f"talent-{gone}" in pair
    replace_tour(context.db, tour, replace(tour, items=(*tour.items[:-1], replace(talk, attendees=pair))))
    set_archived(context.db, gone, True, WHO)
    context.switch_programme(programme)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 800)
    page.select_tour(key)
    return page, key, gone, pair


def test_the_page_shows_the_party_without_the_archived_talent(qtbot: QtBot, context: AppContext,
                                                               language: str) -> None:
    page, key, gone, pair = _archived_page(qtbot, context)
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


def test_the_archived_talent_is_marked_in_the_party_and_taken_off_with_their_items(qtbot: QtBot,
                                                                                   context: AppContext) -> None:
    page, key, gone, _pair = _archived_page(qtbot, context)
    member = f"talent-{gone}"
    assert member not in {m.id for m in party_candidates(context.db, context.programme_id or 0)}  # not to add again
    names: list[str] = []

    def take_off(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.party)
        table = dialog.party.table
        names.extend(table.item(row, 0).text() for row in range(table.rowCount()))
        assert names == ["辞退 太郎（アーカイブ済み）", "残留 花子", "残留 次郎"]  # marked, to be taken off
        dialog.grab().save(str(SHOTS / "tour_archived_party_settings.png"))
        table.selectRow(next(n for n, m in enumerate(dialog.party.members) if m.id == member))
        click(dialog, "party_remove")  # named on the talk, yet not refused: they withdrew
        ok(dialog)

    settings(page, take_off)
    assert len(names) == 3
    stored = load_tour(context.db, key)
    assert member not in {m.id for m in stored.members}
    assert all(member not in (item.attendees or ()) for item in stored.items)
    assert "party.archived" not in page.finding_codes()


def test_the_party_tab_counts_only_the_members_taking_part(qtbot: QtBot, context: AppContext) -> None:
    """ツアー設定's 参加者 tab counts what the itinerary counts (review 16 item 3): the archived talent is listed, marked,
    and left out of the count, which says so; switched to 人数だけ, the count offered is the two taking part."""
    page, _key, _gone, _pair = _archived_page(qtbot, context)
    seen: list[tuple[str, int]] = []

    def look(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.party)
        seen.append((dialog.party.count_label.text(), dialog.party.size_spin.value()))
        dialog.grab().save(str(SHOTS / "tour_archived_party_count.png"))
        dialog.reject()

    settings(page, look)
    assert seen == [("2名（高度デジタル人材 2）・アーカイブ済み 1名は数えません", 2)]


def test_member_calendars_count_no_archived_talent(qtbot: QtBot, context: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """参加者別カレンダー… checked the tour's listed party, archived talents included (review prog19 item 6): with
    every talent of the party archived it still asked for a folder, to write no one's calendar; 参加者別PDF… and
    the button's state already counted only those taking part."""
    page, _key, gone, _pair = _archived_page(qtbot, context)
    assert page.tour is not None
    for member in page.tour.members:
        if member.id != f"talent-{gone}":
            set_archived(context.db, int(member.id.removeprefix("talent-")), True, WHO)
    page.reload()
    asked: list[str] = []
    monkeypatch.setattr("colead_desktop.ui.pages.tours_page.choose_folder",
                        lambda _parent, _settings, _kind, title: asked.append(title))
    page.ask_member_ics()
    assert asked == []
    assert not page.member_ics_button.isEnabled() and not page.member_pdf_button.isEnabled()
