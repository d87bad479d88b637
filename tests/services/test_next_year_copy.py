"""次年度を作成… on a programme a user started (not the demo), and on its copy one year later (FY+2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import RoundTableSetupRow, RoundTableTalentRow
from colead_desktop.db.tour_models import TourRow
from colead_desktop.db.tour_store import row_to_tour
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Item, ItemKind, Member, Movement, Place, PlaceKind, Role, Tour
from colead_desktop.domain.programme_setup import PayerSetup, RegionSetup, check_setup
from colead_desktop.domain.tour_templates import guideline_template
from colead_desktop.services.calendars import export_tour_calendars
from colead_desktop.services.programme_setup import copy_programme, create_programme, load_setup, update_setup
from colead_desktop.services.tours import save_tour
from tests.programmes import new_programme

WHO = "テスト担当"
TOUR_START = date(2026, 10, 6)  # a Tuesday


def _fresh_programme(db: Database) -> tuple[int, int]:
    """A user's programme for FY2026 (令和8年度) with one region, a contract number, two talents, one lab staff,
    a meetup with seats and pins, and a tour whose party names them all; its id and the region's."""
    programme_id = new_programme(db, "令和8年度 架空市 Co-LEAD")
    setup = load_setup(db, programme_id)
    update_setup(db, programme_id, replace(
        setup, start=date(2026, 6, 1), end=date(2027, 2, 28),
        payer=PayerSetup(name="架空事務局", address="架空県架空市1-1", contract_no="R8-0042"),
        regions=(RegionSetup("架空市", "架空県", "架空市IoT推進ラボ"),)), WHO)
    region_id = load_setup(db, programme_id).regions[0].region_id
    assert region_id is not None
    with db.session() as session:
        talents = [models.Talent(name=name) for name in ("佐藤 健太", "鈴木 花子")]
        staff = models.Staff(name="ラボ 太郎", organisation="lab", region_id=region_id)
        session.add_all([*talents, staff])
        session.flush()
        session.add_all(models.ProgrammeTalent(programme_id=programme_id, talent_id=t.id, assigned_region_id=region_id)
                        for t in talents)
        meetup = models.Event(programme_id=programme_id, kind="meetup", title="ミートアップ2026秋",
                              starts_at=datetime(2026, 9, 12, 13), ends_at=datetime(2026, 9, 12, 16, 30))
        tour_event = models.Event(programme_id=programme_id, kind="fieldwork_tour", title="架空市ツアー2026秋",
                                  region_id=region_id, starts_at=datetime.combine(TOUR_START, time(9)),
                                  ends_at=datetime.combine(TOUR_START + timedelta(days=2), time(17)))
        session.add_all([meetup, tour_event])
        session.flush()
        session.add(RoundTableSetupRow(event_id=meetup.id, pins=[{"talent_id": talents[0].id, "round": 1,
                                                                   "table": "架空市"}],
                                       apart=[[talents[0].id, talents[1].id]], updated_at=datetime(2026, 8, 1)))
        session.add_all(RoundTableTalentRow(event_id=meetup.id, talent_id=t.id, position=n)
                        for n, t in enumerate(talents))
        talent_ids, staff_id, event_id = [t.id for t in talents], staff.id, tour_event.id
    save_tour(db, programme_id, _tour(talent_ids, staff_id), event_id)
    return programme_id, region_id


def _tour(talent_ids: list[int], staff_id: int) -> Tour:
    tour = guideline_template("架空市", TOUR_START, 3)
    people = (*(Member(f"talent-{t}", f"人材{t}", Role.TALENT) for t in talent_ids),
              Member(f"staff-{staff_id}", "ラボ 太郎", Role.LAB_STAFF))
    talents = frozenset(m.id for m in people if m.role is Role.TALENT)
    gate = Place("gate", "架空空港", PlaceKind.GATEWAY, 43.0, 144.0)
    arrive = datetime.combine(TOUR_START, time(10))
    return replace(tour, title="架空市ツアー2026秋", members=people, party_size=7, places=(*tour.places, gate),
                   items=(*tour.items, Item(3, time(18), time(19), ItemKind.OTHER, title="人材だけの振り返り",
                                            attendees=talents),
                          Item(3, time(19), time(20), ItemKind.OTHER, title="人材とラボ",
                                attendees=frozenset({f"talent-{talent_ids[0]}", f"staff-{staff_id}"}))),
                   arrivals=(Movement("gate", arrive), Movement("gate", arrive, talents),
                             Movement("gate", arrive, frozenset({f"talent-{talent_ids[0]}", f"staff-{staff_id}"}))))


def _tour_of(db: Database, programme_id: int) -> TourRow:
    with db.session() as session:
        row = session.scalars(select(TourRow).where(TourRow.programme_id == programme_id)).one()
        session.expunge(row)
        return row


def _titles(db: Database, programme_id: int) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(models.Event.title).where(models.Event.programme_id == programme_id)
                                    .order_by(models.Event.id)))


def test_without_talents_the_copy_keeps_the_staff_and_nobody_personal(any_db: Database, tmp_path: Path) -> None:
    db = any_db
    source, _region = _fresh_programme(db)
    copy = copy_programme(db, source, 2027, talents=False, events=True, who=WHO)
    tour = row_to_tour(_tour_of(db, copy))
    staff_id = next(m.id for m in tour.members)
    assert [(m.id, m.role) for m in tour.members] == [(staff_id, Role.LAB_STAFF)] and tour.headcount == 1
    named = [item.attendees for item in tour.items if item.attendees is not None]
    assert named == [frozenset({staff_id})]  # the talents-only item is for the whole party again
    assert [m.members for m in tour.arrivals] == [None, frozenset({staff_id})]
    files = export_tour_calendars(db, tour.id, tmp_path, per_person=True, programme_id=copy).files
    assert sorted(f.name for f in files) == sorted([f"tour-{tour.id}.ics", f"tour-{tour.id}-{staff_id}.ics"])
    with db.session() as session:
        new_events = select(models.Event.id).where(models.Event.programme_id == copy)
        assert session.scalars(select(RoundTableTalentRow).where(RoundTableTalentRow.event_id.in_(new_events))).all() == []
        assert session.scalars(select(RoundTableSetupRow).where(RoundTableSetupRow.event_id.in_(new_events))).all() == []
        assert session.scalars(select(models.ProgrammeTalent).where(models.ProgrammeTalent.programme_id == copy)).all() == []

    second = copy_programme(db, copy, 2028, talents=False, events=True, who=WHO)  # one step later: FY+2
    assert [m.role for m in row_to_tour(_tour_of(db, second)).members] == [Role.LAB_STAFF]


def test_with_talents_the_tour_party_comes_along_as_planned(db: Database) -> None:
    source, _region = _fresh_programme(db)
    copy = copy_programme(db, source, 2027, talents=True, events=True, who=WHO)
    before, after = row_to_tour(_tour_of(db, source)), row_to_tour(_tour_of(db, copy))
    assert (after.members, after.party_size) == (before.members, 7)
    assert [i.attendees for i in after.items] == [i.attendees for i in before.items]
    assert [m.members for m in after.arrivals] == [m.members for m in before.arrivals]


def test_the_period_keeps_its_calendar_dates_and_events_their_weekdays_two_years_on(db: Database) -> None:
    source, _region = _fresh_programme(db)
    with db.session() as session:  # on the period's first day: 52 weeks on would be 31 May, before the new period
        session.add(models.Event(programme_id=source, kind="other", title="キックオフ", starts_at=datetime(2026, 6, 1, 10),
                                 ends_at=datetime(2026, 6, 1, 12)))
    copy = copy_programme(db, source, 2027, talents=False, events=True, who=WHO)
    second = copy_programme(db, copy, 2028, talents=False, events=True, who=WHO)
    periods = [(s.start, s.end) for s in (load_setup(db, p) for p in (source, copy, second))]
    assert periods == [(date(2026, 6, 1), date(2027, 2, 28)), (date(2027, 6, 1), date(2028, 2, 28)),
                       (date(2028, 6, 1), date(2029, 2, 28))]
    starts = [row_to_tour(_tour_of(db, p)).start_date for p in (source, copy, second)]
    assert starts == [TOUR_START, TOUR_START + timedelta(weeks=52), TOUR_START + timedelta(weeks=104)]
    assert {d.weekday() for d in starts} == {TOUR_START.weekday()}
    with db.session() as session:
        tour_events = session.scalars(select(models.Event.starts_at).where(models.Event.kind == "fieldwork_tour")
                                      .order_by(models.Event.id)).all()
        kick_offs = session.scalars(select(models.Event.starts_at).where(models.Event.title == "キックオフ")
                                    .order_by(models.Event.id)).all()
    assert [e.date() for e in tour_events] == starts  # the event and its tour move together
    assert kick_offs == [datetime(2026, 6, 1, 10), datetime(2027, 6, 7, 10), datetime(2028, 6, 5, 10)]  # Mondays


def test_titles_take_the_year_rule_of_the_name_and_the_contract_number_is_cleared(db: Database) -> None:
    source, _region = _fresh_programme(db)
    copy = copy_programme(db, source, 2027, talents=False, events=True, who=WHO)
    second = copy_programme(db, copy, 2028, talents=False, events=True, who=WHO)
    assert [load_setup(db, p).name for p in (copy, second)] == ["令和9年度 架空市 Co-LEAD", "令和10年度 架空市 Co-LEAD"]
    assert _titles(db, copy) == ["ミートアップ2027秋", "架空市ツアー2027秋"]
    assert _titles(db, second) == ["ミートアップ2028秋", "架空市ツアー2028秋"]
    assert row_to_tour(_tour_of(db, second)).title == "架空市ツアー2028秋"
    assert load_setup(db, source).payer.contract_no == "R8-0042"
    for programme_id in (copy, second):
        setup = load_setup(db, programme_id)
        assert setup.payer.contract_no == "" and setup.payer.name == "架空事務局"
        assert "payer.contract_no" in {f.field for f in check_setup(setup) if not f.is_error}


def test_a_second_programme_of_one_name_and_year_is_refused_made_copied_or_renamed(any_db: Database) -> None:
    """The review made FY2027 twice from one programme: two 「… 2027」 in the list, both numbering 2027-0001, and
    the second statement export overwrote the first's files."""
    programme_id, _region = _fresh_programme(any_db)
    copy_id = copy_programme(any_db, programme_id, 2027, talents=True, events=False, who=WHO)
    name = load_setup(any_db, copy_id).name
    with any_db.session() as session:
        before = session.scalars(select(models.Programme.id).order_by(models.Programme.id)).all()
    with pytest.raises(InputError, match=f"プログラム名: 「{name}」（2027年度）はすでにあります"):
        copy_programme(any_db, programme_id, 2027, talents=True, events=True, who=WHO)
    with pytest.raises(InputError, match="すでにあります"):
        create_programme(any_db, replace(load_setup(any_db, copy_id), regions=()), WHO)
    copied = load_setup(any_db, copy_id)
    with pytest.raises(InputError, match="すでにあります"):  # renaming FY2026's to the copy's name and year
        update_setup(any_db, programme_id, replace(load_setup(any_db, programme_id), name=name, fiscal_year=2027,
                                                   start=copied.start, end=copied.end), WHO)
    with any_db.session() as session:
        assert session.scalars(select(models.Programme.id).order_by(models.Programme.id)).all() == before
        assert session.get(models.Programme, programme_id).fiscal_year == 2026  # type: ignore[union-attr]

    two_years_on = copy_programme(any_db, copy_id, 2028, talents=False, events=False, who=WHO)
    update_setup(any_db, copy_id, load_setup(any_db, copy_id), WHO)  # saving a programme under its own name
    assert load_setup(any_db, two_years_on).fiscal_year == 2028
