"""A tour day (日当) moved to a date of another tour becomes a day of that tour's event, so 予算と実績 counts its money
in that tour's region; moved to a date of no tour, it is refused saying why. One rule (domain/tour_day_events.py)
for the window's tour day dialog (update_tour_day) and `colead payments adjust --records`. Invented programme."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.json_input import Node
from colead_desktop.domain.types import EventKind
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services.payment_corrections import adjust_with_records
from colead_desktop.services.payment_tour_days import tour_day_regions
from colead_desktop.services.payments_json import parse_records, records_to_json
from tests.programmes import new_programme
from tests.services.payments_fixtures import DAY, WHO, approved, fee_bearing_talents

KUWANA_DAY = date(2021, 11, 25)


def _two_tours(db: Database) -> tuple[int, int, int, int]:
    """A programme with the Kitami tour (15–17 Nov, 北見) and the Kuwana tour (25–26 Nov, 桑名), and a payee whose tour
    day on DAY (16 Nov) is Kitami's: the programme, the talent, the Kitami and the Kuwana event."""
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    with db.session() as session:
        events = []
        for name, first, last in (("北見", 15, 17), ("桑名", 25, 26)):
            region = models.Region(name=name, prefecture="北海道" if name == "北見" else "三重県")
            session.add(region)
            session.flush()
            event = models.Event(programme_id=programme_id, kind=EventKind.FIELDWORK_TOUR.value,
                                 title=f"{name}フィールドワーク", starts_at=datetime(2021, 11, first, 9),
                                 ends_at=datetime(2021, 11, last, 17), region_id=region.id)
            session.add(event)
            session.flush()
            events.append(event.id)
        [day] = session.scalars(select(TourDayRow).where(TourDayRow.talent_id == talent))
        day.event_id = events[0]
    return programme_id, talent, events[0], events[1]


def _region(db: Database, programme_id: int, talent: int, day: date) -> str:
    with db.session() as session:
        return next(regions[day] for regions in tour_day_regions(session, programme_id).values() if day in regions)


def test_a_tour_day_moved_in_the_window_to_another_tour_is_that_tours_day(db: Database) -> None:
    programme_id, talent, kitami, kuwana = _two_tours(db)
    [day] = records.tour_days(db, programme_id, talent)
    assert (day.event_id, _region(db, programme_id, talent, DAY)) == (kitami, "北見")

    records.update_tour_day(db, day.id, WHO, KUWANA_DAY, "")

    [moved] = records.tour_days(db, programme_id, talent)
    assert (moved.day, moved.event_id) == (KUWANA_DAY, kuwana)
    assert _region(db, programme_id, talent, KUWANA_DAY) == "桑名"
    records.update_tour_day(db, day.id, WHO, date(2021, 11, 17), "")  # back within Kitami's tour
    assert records.tour_days(db, programme_id, talent)[0].event_id == kitami


def test_a_tour_day_moved_to_a_date_of_no_tour_is_refused_saying_why(db: Database) -> None:
    programme_id, talent, kitami, _kuwana = _two_tours(db)
    [day] = records.tour_days(db, programme_id, talent)

    with pytest.raises(InputError, match=r"2021-12-05 はツアー「北見フィールドワーク」（2021-11-15〜2021-11-17）の日ではなく"):
        records.update_tour_day(db, day.id, WHO, date(2021, 12, 5), "")

    [kept] = records.tour_days(db, programme_id, talent)
    assert (kept.day, kept.event_id) == (DAY, kitami)


def test_a_correction_moving_a_tour_day_to_another_tour_moves_its_region(db: Database) -> None:
    programme_id, talent, _kitami, kuwana = _two_tours(db)
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    with db.session() as session:
        document = records_to_json(statements.records_of(session, programme_id, talent, number))
    document["tour_days"] = [KUWANA_DAY.isoformat()]

    adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "日付の訂正", WHO)

    [moved] = records.tour_days(db, programme_id, talent)
    assert (moved.day, moved.event_id) == (KUWANA_DAY, kuwana)
    assert _region(db, programme_id, talent, KUWANA_DAY) == "桑名"
