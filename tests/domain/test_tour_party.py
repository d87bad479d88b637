"""The party a tour's outputs use (review 15 item 1): archived talents out of the members, the items' attendees and
the arrivals and departures, the items themselves kept (findings point at them by index)."""

from __future__ import annotations

from datetime import date, datetime, time

from colead_desktop.domain.itinerary import Item, ItemKind, Member, Movement, Role, Tour
from colead_desktop.domain.tour_party import keeping_withdrawn, taking_part, withdrawn
from colead_desktop.domain.tourcheck import check_tour

GONE = frozenset({"talent-1"})
PARTY = (Member("talent-1", "辞退 太郎", Role.TALENT), Member("talent-2", "残留 花子", Role.TALENT),
         Member("staff-3", "事務局 次郎", Role.SECRETARIAT))
TOUR = Tour("北見", date(2026, 10, 5), members=PARTY,
            items=(Item(1, time(10), time(11), ItemKind.ORIENTATION),
                   Item(1, time(13), time(14), ItemKind.TALENT_DISCUSSION, attendees=frozenset({"talent-1", "talent-2"})),
                   Item(2, time(9), time(10), ItemKind.OTHER, attendees=frozenset({"talent-1"}))),
            arrivals=(Movement("gate", datetime(2026, 10, 5, 9), frozenset({"talent-1", "staff-3"})),))


def test_the_archived_leave_the_party_the_attendees_and_the_movements() -> None:
    shown = taking_part(TOUR, GONE)
    assert [m.id for m in shown.members] == ["talent-2", "staff-3"] and shown.headcount == 2
    assert [item.attendees for item in shown.items] == [None, frozenset({"talent-2"}), frozenset()]
    assert shown.arrivals[0].members == frozenset({"staff-3"})
    assert withdrawn(TOUR, GONE) == PARTY[:1] and taking_part(TOUR, frozenset({"talent-9"})) is TOUR


def test_the_check_names_the_archived_once_and_counts_without_them() -> None:
    found = [f for f in check_tour(TOUR, archived=GONE) if f.code == "party.archived"]
    assert len(found) == 1 and found[0].detail == "辞退 太郎" and "1名" in found[0].message
    assert not [f for f in check_tour(TOUR) if f.code == "party.archived"]


def test_an_edited_item_keeps_its_archived_attendees_for_their_return() -> None:
    before = TOUR.items[1]
    assert keeping_withdrawn(before, Item(1, time(13), time(15), ItemKind.TALENT_DISCUSSION,
                                          attendees=frozenset({"talent-2"})), GONE).attendees == before.attendees
    everyone = Item(1, time(13), time(15), ItemKind.TALENT_DISCUSSION)
    assert keeping_withdrawn(before, everyone, GONE) is everyone
