"""Tour attendance days for the per diem come from the saved tours (members and item attendees) and can be edited."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Member, Role
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from colead_desktop.services import tours

from tests.services.payments_fixtures import WHO


def _editable_without_tour_days(db: Database, programme: int, index: int) -> pay.PayeeSummary:
    summary = pay.list_payees(db, programme)[index]
    assert summary.statement_id is not None
    statements.adjust_statement(db, summary.statement_id, WHO, "ツアー参加日の見直し")
    for day in records.tour_days(db, programme, summary.talent_id):
        records.delete_record(db, "tour_day", day.id, WHO)
    return summary


def test_days_come_from_the_saved_tour_linked_to_the_talents_tour_event(demo: Database, demo_id: int) -> None:
    summary = _editable_without_tour_days(demo, demo_id, 0)
    assert len(records.fill_tour_days_from_tours(demo, demo_id, summary.talent_id, WHO)) > 0
    days = records.tour_days(demo, demo_id, summary.talent_id)
    saved = [tours.load_tour(demo, t.key) for t in tours.list_tours(demo, demo_id)]
    tour = next(t for t in saved if t.start_date == days[0].day)
    assert [d.day for d in days] == [tour.start_date + timedelta(days=n) for n in range(tour.days)]
    assert all(tour.title in d.note and d.event_id is not None for d in days)
    assert records.fill_tour_days_from_tours(demo, demo_id, summary.talent_id, WHO) == []  # nothing twice


def test_a_named_tour_member_gets_only_the_days_of_the_items_they_attend(demo: Database, demo_id: int) -> None:
    summary = _editable_without_tour_days(demo, demo_id, 0)
    records.fill_tour_days_from_tours(demo, demo_id, summary.talent_id, WHO)
    own = {d.day for d in records.tour_days(demo, demo_id, summary.talent_id)}
    other_key = next(t.key for t in tours.list_tours(demo, demo_id) if t.start_date not in own)
    other = tours.load_tour(demo, other_key)
    member = Member("guest", f" {summary.name} ", Role.TALENT)  # typed with stray spaces on the Tours page
    everyone_else = frozenset(m.id for m in other.members)
    items = tuple(item if item.day == 1 else replace(item, attendees=everyone_else) for item in other.items)
    tours.save_tour(demo, demo_id, replace(other, members=other.members + (member,), items=items))
    records.fill_tour_days_from_tours(demo, demo_id, summary.talent_id, WHO)
    days = {d.day for d in records.tour_days(demo, demo_id, summary.talent_id)}
    assert days == own | {other.start_date}


def test_a_member_picked_from_the_talent_records_is_matched_by_record_id(demo: Database, demo_id: int) -> None:
    summary = _editable_without_tour_days(demo, demo_id, 0)
    records.fill_tour_days_from_tours(demo, demo_id, summary.talent_id, WHO)
    own = {d.day for d in records.tour_days(demo, demo_id, summary.talent_id)}
    other = next(tours.load_tour(demo, t.key) for t in tours.list_tours(demo, demo_id) if t.start_date not in own)
    picked = Member(f"talent-{summary.talent_id}", "（旧姓で登録）", Role.TALENT)
    namesake = Member("talent-999999", summary.name, Role.TALENT)  # another record with the same name
    tours.save_tour(demo, demo_id, replace(other, members=other.members + (picked, namesake)))
    records.fill_tour_days_from_tours(demo, demo_id, summary.talent_id, WHO)
    days = {d.day for d in records.tour_days(demo, demo_id, summary.talent_id)}
    assert days == own | {other.start_date + timedelta(days=n) for n in range(other.days)}


def test_a_filled_tour_day_can_be_edited_and_the_edit_is_audited(demo: Database, demo_id: int) -> None:
    summary = _editable_without_tour_days(demo, demo_id, 1)
    records.fill_tour_days_from_tours(demo, demo_id, summary.talent_id, WHO)
    first, second = records.tour_days(demo, demo_id, summary.talent_id)[:2]
    with pytest.raises(InputError, match=second.day.isoformat()):
        records.update_tour_day(demo, first.id, WHO, second.day, first.note)
    records.update_tour_day(demo, first.id, WHO, first.day, "午前は移動のみ（日当は支給）")
    entries = audit_log.audit_entries(demo, entity="payment_tour_day", entity_id=first.id)
    assert (entries[0].field, entries[0].old, entries[0].new, entries[0].who) == (
        "note", first.note, "午前は移動のみ（日当は支給）", WHO)  # a typed note is kept as typed
