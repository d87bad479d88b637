"""Programme setup in the database: create, load, update (audited payer, shared regions), copy to the next year."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import AuditRow, PaymentPayerRow, PaymentPolicyRow, PaymentRateRow
from colead_desktop.db.tour_models import TourCheckSettings, TourRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Movement, Place, PlaceKind, Tour
from colead_desktop.domain.programme_setup import RegionSetup
from colead_desktop.domain.tour_templates import guideline_template
from colead_desktop.services.calls import calls, save_call
from colead_desktop.domain.next_year import weekday_shift
from colead_desktop.services.programme_setup import copy_programme, create_programme, load_setup, update_setup
from colead_desktop.services.tours import save_tour
from tests.domain.test_programme_setup import GOOD

WHO = "テスト担当"


def test_create_then_load_gives_the_setup_back(db: Database) -> None:
    programme_id = create_programme(db, GOOD, WHO)
    loaded = load_setup(db, programme_id)
    assert replace(loaded, regions=tuple(replace(r, region_id=None) for r in loaded.regions)) == GOOD
    with db.session() as session:
        programme = session.get(models.Programme, programme_id)
        assert programme is not None and programme.secretariat == GOOD.payer.name
        policy = session.scalars(select(PaymentPolicyRow).where(PaymentPolicyRow.programme_id == programme_id)).one()
        assert policy.region_id is None  # the FY2021 preset
        entities = set(session.scalars(select(AuditRow.entity)))
        assert {"payment_payer", "payment_policy"} <= entities


def test_invalid_setup_writes_nothing(db: Database) -> None:
    with pytest.raises(InputError, match="payer.zengin.requester_code"):
        create_programme(db, replace(GOOD, payer=replace(GOOD.payer, zengin=replace(
            GOOD.payer.zengin, requester_code="01234567890"))), WHO)
    with db.session() as session:
        assert session.scalars(select(models.Programme)).all() == []
        assert session.scalars(select(models.Region)).all() == []


def test_a_region_of_the_same_name_is_shared_and_its_lab_updated(db: Database) -> None:
    first = create_programme(db, GOOD, WHO)
    second_setup = replace(GOOD, name="2026", fiscal_year=2026, start=date(2026, 6, 1), end=date(2027, 2, 1),
                           regions=(RegionSetup("北見", lab_contact="北見 花子"), RegionSetup("沖縄", "沖縄県")))
    second = create_programme(db, second_setup, WHO)
    with db.session() as session:
        assert [r.name for r in session.scalars(select(models.Region).order_by(models.Region.id))] == ["北見", "桑名", "沖縄"]
        kitami = session.scalars(select(models.Region).where(models.Region.name == "北見")).one()
        assert (kitami.lab_name, kitami.lab_contact) == ("北見 IoT ラボ", "北見 花子")  # not blanked, contact added
    assert [r.name for r in load_setup(db, first).regions] == ["北見", "桑名"]
    assert [r.name for r in load_setup(db, second).regions] == ["北見", "沖縄"]


def test_a_region_typed_in_other_widths_is_the_same_region(db: Database) -> None:
    """Names are kept as typed: 桑名（三重） typed now is the region stored as 桑名(三重) before, not a second one."""
    first = create_programme(db, replace(GOOD, regions=(RegionSetup("桑名(三重)"), RegionSetup("ｷﾀﾐ"))), WHO)
    second = create_programme(db, replace(GOOD, name="2026", fiscal_year=2026, start=date(2026, 6, 1),
                                          end=date(2027, 2, 1),
                                          regions=(RegionSetup("桑名（三重）"), RegionSetup("キタミ"))), WHO)
    with db.session() as session:
        assert [r.name for r in session.scalars(select(models.Region).order_by(models.Region.id))] == ["桑名(三重)",
                                                                                                       "ｷﾀﾐ"]
    assert [r.region_id for r in load_setup(db, first).regions] == [r.region_id for r in load_setup(db, second).regions]


def test_update_renames_a_region_drops_one_and_audits_the_bank_change(db: Database) -> None:
    programme_id = create_programme(db, GOOD, WHO)
    loaded = load_setup(db, programme_id)
    edited = replace(loaded, regions=(replace(loaded.regions[0], name="北見市"),),
                     payer=replace(loaded.payer, zengin=replace(loaded.payer.zengin, account_number="7654321")))
    update_setup(db, programme_id, edited, WHO)
    again = load_setup(db, programme_id)
    assert [(r.name, r.region_id) for r in again.regions] == [("北見市", loaded.regions[0].region_id)]
    assert again.payer.zengin.account_number == "7654321"
    with db.session() as session:
        change = session.scalars(select(AuditRow).where(AuditRow.field == "account_number")
                                 .order_by(AuditRow.id.desc())).first()
        assert change is not None and (change.old, change.new) == ("****567", "****321")  # masked


def test_update_refuses_to_drop_a_region_in_use(db: Database) -> None:
    programme_id = create_programme(db, GOOD, WHO)
    loaded = load_setup(db, programme_id)
    with db.session() as session:
        session.add(models.Event(programme_id=programme_id, kind="fieldwork_tour", title="北見ツアー",
                                 starts_at=datetime(2025, 10, 7, 9), ends_at=datetime(2025, 10, 7, 17),
                                 region_id=loaded.regions[0].region_id))
    with pytest.raises(InputError, match="北見"):
        update_setup(db, programme_id, replace(loaded, regions=loaded.regions[1:]), WHO)
    assert len(load_setup(db, programme_id).regions) == 2


def test_weekday_shift_keeps_the_weekday_closest_to_a_year_later() -> None:
    assert weekday_shift(date(2025, 10, 7), 1) == timedelta(days=364)
    assert weekday_shift(date(2023, 10, 7), 1) == timedelta(days=364)  # across 29 February 2024
    assert weekday_shift(date(2024, 2, 29), 1) == timedelta(days=364)
    assert weekday_shift(date(2025, 10, 7), 2) == timedelta(days=728)
    assert weekday_shift(date(2021, 4, 1), 5) == timedelta(days=1827)  # 261 weeks; 1826 days to the same date


def _tour_with_arrival(region: str, start: date) -> Tour:
    tour = guideline_template(region, start, 3)
    gate = Place("gate", "女満別空港", PlaceKind.GATEWAY, 43.88, 144.16)
    return replace(tour, places=(*tour.places, gate),
                   arrivals=(Movement("gate", datetime.combine(start, datetime.min.time()) + timedelta(hours=10)),))


def test_copy_to_the_next_year_moves_events_and_tours_by_whole_weeks(db: Database) -> None:
    source = create_programme(db, GOOD, WHO)
    kitami = load_setup(db, source).regions[0].region_id
    with db.session() as session:
        event = models.Event(programme_id=source, kind="fieldwork_tour", title="北見ツアー", region_id=kitami,
                             starts_at=datetime(2025, 10, 7, 9), ends_at=datetime(2025, 10, 9, 17))
        session.add(event)
        session.add(TourCheckSettings(programme_id=source, params={"x": 1}, updated_at=datetime(2025, 5, 1)))
        session.flush()
        event_id = event.id
    saved = save_tour(db, source, _tour_with_arrival("北見", date(2025, 10, 7)), event_id)
    own = save_tour(db, source, _tour_with_arrival("北見", date(2025, 11, 4)))  # linked to no event

    copy = copy_programme(db, source, 2026, talents=False, events=True, who=WHO)
    setup = load_setup(db, copy)
    assert (setup.name, setup.fiscal_year, setup.start) == ("ふるさと Co-LEAD 2026", 2026, date(2026, 6, 1))
    assert setup.payer == replace(GOOD.payer, contract_no="")  # each year has its own contract
    assert [r.region_id for r in setup.regions] == [r.region_id for r in load_setup(db, source).regions]
    with db.session() as session:
        moved = session.scalars(select(models.Event).where(models.Event.programme_id == copy)).one()
        assert (moved.starts_at, moved.starts_at.weekday()) == (datetime(2026, 10, 6, 9), datetime(2025, 10, 7).weekday())
        tour = session.scalars(select(TourRow).where(TourRow.event_id == moved.id)).one()
        assert tour.start_date == date(2026, 10, 6) and tour.key != saved.id and tour.programme_id == copy
        unlinked = session.scalars(select(TourRow).where(TourRow.programme_id == copy, TourRow.event_id.is_(None))).one()
        assert unlinked.start_date == date(2026, 11, 3) and unlinked.key != own.id  # the tours of no event move too
        assert tour.arrivals[0]["at"].startswith("2026-10-06T10:00")
        assert session.scalars(select(TourCheckSettings.params).where(TourCheckSettings.programme_id == copy)).one() == {"x": 1}
        policy = session.scalars(select(PaymentPolicyRow).where(PaymentPolicyRow.programme_id == copy)).one()
        rates = session.scalars(select(PaymentRateRow).where(PaymentRateRow.policy_id == policy.id)).all()
        assert [r.effective_from for r in rates] == [date(2026, 6, 1)]
        old = session.scalars(select(PaymentRateRow).join(PaymentPolicyRow).where(PaymentPolicyRow.programme_id == source)).all()
        # the source, set up from scratch, has its own year's version (FY2025 from 1 April); the copy a new entry
        assert [(r.entry_id, r.effective_from) for r in old] == [("FY2025", date(2025, 4, 1))]
        assert old[0].entry_id != rates[0].entry_id
        assert session.scalars(select(PaymentPayerRow).where(PaymentPayerRow.programme_id == copy)).one().name == GOOD.payer.name


def test_copy_takes_talents_only_when_asked_and_never_to_an_earlier_year(db: Database) -> None:
    source = create_programme(db, GOOD, WHO)
    kitami = load_setup(db, source).regions[0].region_id
    with db.session() as session:
        talent = models.Talent(name="佐藤 健太")
        session.add(talent)
        session.flush()
        session.add(models.ProgrammeTalent(programme_id=source, talent_id=talent.id, assigned_region_id=kitami,
                                           region_preferences=[kitami], motivation="地域に貢献したい"))
    without = copy_programme(db, source, 2026, talents=False, events=False, who=WHO)
    with_talents = copy_programme(db, source, 2027, talents=True, events=False, who=WHO)
    with db.session() as session:
        rows = session.scalars(select(models.ProgrammeTalent).where(
            models.ProgrammeTalent.programme_id.in_((without, with_talents)))).all()
        assert [(r.programme_id, r.assigned_region_id, r.region_preferences, r.motivation) for r in rows] == [
            (with_talents, kitami, [kitami], "地域に貢献したい")]
    with pytest.raises(InputError, match="2025"):
        copy_programme(db, source, 2025, talents=False, events=False, who=WHO)


def test_the_next_year_copies_the_edited_calls_without_their_deadlines(db: Database) -> None:
    source = create_programme(db, GOOD, WHO)
    region, talent = calls(db, source)
    save_call(db, replace(talent, title="人材募集（改訂）", conditions=talent.conditions[:2],
                          deadline=datetime(2025, 9, 1, 17, 0)))
    copied = calls(db, copy_programme(db, source, 2026, talents=False, events=False, who=WHO))
    assert [(c.title, c.conditions, c.deadline) for c in copied] == [
        (region.title, region.conditions, None), ("人材募集（改訂）", talent.conditions[:2], None)]
    assert {c.id for c in copied}.isdisjoint({region.id, talent.id})
