"""Check inputs from the database: bookings by other tours and events on the same hall, parameters per programme."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourCheckSettings
from colead_desktop.domain.itinerary import Member, Role
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.tourcheck import DEFAULT_CHECKS, CheckParams, check_tour
from colead_desktop.domain.travel import ModeProfile, duration_text, legs
from colead_desktop.domain.types import Facility
from colead_desktop.services import documents, tour_checks, tours
from colead_desktop.services.records import save_record
from colead_desktop.services.demo import load_demo
from tests.programmes import new_programme

KUWANA = "demo-kuwana-2021"


def _double(db: Database, key: str) -> list[str]:
    tour = tours.load_tour(db, key)
    held = tour_checks.held_elsewhere(db, tour_checks.programme_of(db, key), tour)
    return [f.message for f in check_tour(tour, bookings=held.places)
            if f.code == "venue.double_booked"]


def test_demo_tours_book_nothing_twice(any_db: Database) -> None:
    demo = load_demo(any_db)  # each tour's own fieldwork_tour event names its hall, and must not count
    assert demo is not None
    assert all(_double(any_db, summary.key) == [] for summary in tours.list_tours(any_db, demo))


def test_two_tours_in_the_same_hall_at_overlapping_times(any_db: Database) -> None:
    load_demo(any_db)
    copy = tours.copy_saved_tour(any_db, KUWANA, tours.load_tour(any_db, KUWANA).start_date)
    assert _double(any_db, KUWANA) and _double(any_db, copy.id)
    moved = tours.copy_saved_tour(any_db, copy.id, datetime(2021, 12, 6).date())
    tours.delete_tour(any_db, copy)
    assert _double(any_db, KUWANA) == [] and _double(any_db, moved.id) == []


def _people(db: Database, key: str) -> list[str]:
    tour = tours.load_tour(db, key)
    held = tour_checks.held_elsewhere(db, tour_checks.programme_of(db, key), tour)
    return [f.message for f in check_tour(tour, others=held.people) if f.code == "people.double_booked"]


def test_a_copy_with_its_party_a_day_later_books_the_same_people_twice(any_db: Database) -> None:
    load_demo(any_db)
    start = tours.load_tour(any_db, KUWANA).start_date
    copy = tours.copy_saved_tour(any_db, KUWANA, start + timedelta(days=1))
    size = len(tours.load_tour(any_db, KUWANA).members)
    assert len(_people(any_db, KUWANA)) == 1 and f"{size}名" in _people(any_db, KUWANA)[0]
    assert len(_people(any_db, copy.id)) == 1
    alone = tours.copy_saved_tour(any_db, KUWANA, start + timedelta(days=1), keep_party=False)
    later = tours.copy_saved_tour(any_db, KUWANA, start + timedelta(days=10))
    assert _people(any_db, alone.id) == [] and _people(any_db, later.id) == []


def test_a_talent_on_another_programmes_tour_on_the_same_days_is_double_booked(any_db: Database) -> None:
    """Talents and staff are records shared by every programme: their tours in any programme count. Members typed
    into a tour (ids of that tour's own) and the demo's invented party never match across programmes."""
    load_demo(any_db)
    kuwana = tours.load_tour(any_db, KUWANA)  # the demo's own tour on those days, with its invented party
    ours, theirs, third = (new_programme(any_db, name) for name in ("令和3年度 北", "令和3年度 南", "令和3年度 西"))
    talent = save_record(any_db, TalentRecord(None, ours, "重複 花子", skills=("engineer",)))
    party = (Member(f"talent-{talent.id}", talent.name, Role.TALENT), Member("m1", "手入力の人", Role.SECRETARIAT))
    items = tuple(replace(item, attendees=None) for item in kuwana.items)
    mine = tours.save_tour(any_db, ours, replace(kuwana, id="", members=party, items=items))
    tours.save_tour(any_db, theirs, replace(kuwana, id="", members=party, items=items,
                                            start_date=kuwana.start_date + timedelta(days=2)))
    tours.save_tour(any_db, third, replace(kuwana, id="", members=party[1:], items=items))
    [found] = _people(any_db, mine.id)
    assert "令和3年度 南" in found and "同じ参加者1名（人材1名・スタッフ0名）" in found


def test_another_programmes_tour_in_the_same_hall_is_not_read(any_db: Database) -> None:
    load_demo(any_db)
    theirs = tours.save_tour(any_db, new_programme(any_db), replace(tours.load_tour(any_db, KUWANA), id=""))
    assert _double(any_db, KUWANA) == [] and _double(any_db, theirs.id) == []


def test_an_event_in_the_hall_is_a_booking(any_db: Database) -> None:
    load_demo(any_db)
    tour = tours.load_tour(any_db, KUWANA)
    with any_db.session() as session:
        hall = session.scalar(select(models.Venue).where(models.Venue.name == "桑名シティホテル"))
        assert hall is not None
        session.add(models.Event(programme_id=tour_checks.programme_of(any_db, KUWANA), kind="other",
                                 title="市の研修会", starts_at=datetime.combine(tour.start_date, datetime.min.time())
                                 .replace(hour=13), ends_at=datetime.combine(tour.start_date, datetime.min.time())
                                 .replace(hour=15), venue_id=hall.id))
    assert any("市の研修会" in message for message in _double(any_db, KUWANA))


def test_check_parameters_persist_per_programme_and_reset(any_db: Database) -> None:
    load_demo(any_db)
    programme = tour_checks.programme_of(any_db, KUWANA)
    assert tour_checks.load_check_params(any_db, programme) == DEFAULT_CHECKS
    slow = replace(DEFAULT_CHECKS.travel, chartered_bus=ModeProfile(10.0, 2.0, 30.0), public_transit_max_km=5.0)
    edited = CheckParams(frozenset({Facility.INTERNET}), slow)
    tour_checks.save_check_params(any_db, programme, edited)
    assert tour_checks.load_check_params(any_db, programme) == edited
    tour_checks.save_check_params(any_db, programme, DEFAULT_CHECKS)
    assert tour_checks.load_check_params(any_db, programme) == DEFAULT_CHECKS
    with any_db.session() as session:  # the defaults are not stored, so a later change of defaults applies
        assert session.scalar(select(TourCheckSettings.id)) is None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_printed_itinerary_estimates_legs_with_the_programme_parameters(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    slow = CheckParams(travel=replace(DEFAULT_CHECKS.travel, official_car=ModeProfile(7.0, 1.3, 25.0)))
    tour_checks.save_check_params(db, tour_checks.programme_of(db, KUWANA), slow)
    tour = tours.load_tour(db, KUWANA)
    estimate = {leg.to_item: round(leg.minutes) for leg in legs(tour, slow.travel)}[7]  # 三重精機 → はまぐりプラザ
    assert estimate != {leg.to_item: round(leg.minutes) for leg in legs(tour)}[7]
    pdf = documents.write_document(db, tour_checks.programme_of(db, KUWANA), f"itinerary:{KUWANA}", tmp_path / "k.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert f"約{duration_text(estimate)}" in text
