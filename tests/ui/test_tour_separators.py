"""The 「・」 and 「〜」 between the parts of a place's hours, a member's role and organisation and a tour check's
finding follow the language (review 14c item 13): English reads 「Mon, Wed」 and 「09:00–17:00」."""

from __future__ import annotations

from datetime import time

from pytestqt.qtbot import QtBot

from colead_desktop.domain.i18n import output_language
from colead_desktop.domain.itinerary import Member, Place, PlaceKind, Role
from colead_desktop.ui.tours.party import PartyEditor, member_text
from colead_desktop.ui.tours.places import HOURS, PlacesEditor

HALL = Place("hall", "市民会館", PlaceKind.VENUE, None, None, opens=time(9), closes=time(17),
             closed_weekdays=frozenset({0, 2}))
MEMBERS = [Member("t1", "佐藤 花子", Role.TALENT, "北見工大"), Member("s1", "事務局 一郎", Role.SECRETARIAT)]


def _hours(qtbot: QtBot) -> str:
    editor = PlacesEditor([HALL], [], [], lambda _id: [])
    qtbot.addWidget(editor)
    return editor.table.item(0, HOURS).text()


def test_a_places_hours_and_closed_days_in_japanese_and_in_english(qtbot: QtBot) -> None:
    with output_language("ja"):
        assert _hours(qtbot).startswith("09:00〜17:00") and _hours(qtbot).endswith("月・水")
    with output_language("en"):
        hours = _hours(qtbot)
        assert hours.startswith("09:00–17:00") and hours.endswith("Mon, Wed") and "・" not in hours
        gate = PlacesEditor([Place("gate", "正門", PlaceKind.VENUE, None, None, opens=time(9))], [], [], lambda _id: [])
        qtbot.addWidget(gate)
        assert gate.table.item(0, HOURS).text() == "09:00"  # open from a time only: no dash


def test_a_member_and_the_party_count_in_english(qtbot: QtBot) -> None:
    with output_language("ja"):
        assert member_text(MEMBERS[0]).endswith("（" + MEMBERS[0].role.label + "・北見工大）")
    with output_language("en"):
        talent = member_text(MEMBERS[0])
        assert talent == f"佐藤 花子 ({MEMBERS[0].role.label}, 北見工大)"
        party = PartyEditor(MEMBERS, None, [], lambda _id: [])
        qtbot.addWidget(party)
        count = party.count_label.text()
        assert "（" not in count and "、" not in count and ", " in count
