"""What checking a tour needs from the database besides the tour: the programme's check parameters,
the bookings other tours and events hold on the same venues, and the other tours its people are on.

check_tour itself stays pure (domain/tourcheck.py); the CLI passes neither, since its JSON holds one tour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import MAX_TOUR_DAYS, TourCheckSettings, TourRow
from colead_desktop.db.tour_store import params_in, params_out, row_to_tour
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.itinerary import Place, PlaceKind, Tour
from colead_desktop.domain.tour_places import Occupation, bookings_for, tour_occupations
from colead_desktop.domain.tourcheck import (DEFAULT_CHECKS, Booking, CheckParams, Finding, OtherTour, Severity,
                                             check_tour)
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.record_dates import ProgrammePeriod
from colead_desktop.services.record_dates import programme_period_in
from colead_desktop.services.record_restore import changed_since
from colead_desktop.services.tour_members import archived_members


def programme_of(db: Database, tour_key: str) -> int:
    """The programme the tour belongs to; InputError naming the key if there is no such tour."""
    with db.session() as session:
        programme_id = session.scalar(select(TourRow.programme_id).where(TourRow.key == tour_key))
    if programme_id is None:
        raise InputError(msg("ツアー「{k}」が見つかりません", "Tour {k} was not found", k=tour_key))
    return int(programme_id)


def load_check_params(db: Database, programme_id: int) -> CheckParams:
    with db.session() as session:
        stored = session.scalar(select(TourCheckSettings.params).where(
            TourCheckSettings.programme_id == programme_id))
    return DEFAULT_CHECKS if stored is None else params_in(stored)


def save_check_params(db: Database, programme_id: int, params: CheckParams,
                      expected: CheckParams | None = None) -> CheckParams:
    """Store the programme's parameters; saving the defaults removes the row, so later default changes apply.
    With `expected` (an undo step), only if the stored ones are still those: else RecordConflict, nothing
    written. The parameters as stored."""
    with db.session() as session:
        row = session.scalar(select(TourCheckSettings).where(TourCheckSettings.programme_id == programme_id)
                             .with_for_update())
        if expected is not None and (DEFAULT_CHECKS if row is None else params_in(row.params)) != expected:
            raise changed_since(msg("チェックの設定", "check settings"))
        if params == DEFAULT_CHECKS:
            if row is not None:
                session.delete(row)
            return params
        if row is None:
            row = TourCheckSettings(programme_id=programme_id)
            session.add(row)
        row.params = params_out(params)
        row.updated_at = stored_now()
    return params


# A day's margin on each side of a tour: its arrivals may come the evening before, its departures the day after.
_MARGIN = timedelta(days=1)


def _event_occupations(session: Session, programme_id: int, skip_events: set[int | None],
                       tour: Tour) -> list[Occupation]:
    first = datetime.combine(tour.start_date - _MARGIN, time())
    after = datetime.combine(tour.end_date + 2 * _MARGIN, time())
    rows = session.execute(select(models.Event.id, models.Event.title, models.Event.starts_at, models.Event.ends_at,
                                  models.Venue).join(models.Venue, models.Event.venue_id == models.Venue.id)
                           .where(models.Event.programme_id == programme_id, models.Event.ends_at >= first,
                                  models.Event.starts_at < after)).all()
    found = []
    for event_id, title, starts, ends, venue in rows:
        if event_id in skip_events:
            continue
        # A venue without coordinates can still be recognised by its record id.
        place = Place(f"venue-{venue.id}", venue.name, PlaceKind.VENUE, venue.lat, venue.lon, venue_id=venue.id)
        found.append(Occupation(place, starts, ends, title))
    return found


@dataclass(frozen=True)
class Elsewhere:
    """What the programme's other tours and events hold during this tour (its places), the database's other
    tours (its people), which of its people have left (archived talents, domain/tour_party.py), and the
    programme's period."""

    places: list[Booking] = field(default_factory=list)
    people: list[OtherTour] = field(default_factory=list)
    archived: frozenset[str] = frozenset()
    period: ProgrammePeriod | None = None


def held_elsewhere(db: Database, programme_id: int, tour: Tour) -> Elsewhere:
    """Bookings on this tour's places by the programme's other saved tours and its events held in a venue, and
    the other tours on this tour's dates with their members (for people booked on two tours at once).

    The tour itself is left out, and so is every event a tour is linked to (its fieldwork_tour event
    spans the whole tour; the tour's own items say more precisely when the venue is used). Places are the
    programme's own: another programme's tours and events are not read for them, so the demo's invented bookings
    never show in the user's checks. People are the database's: a talent or staff member is one record shared by
    every programme, so their tours in any programme count, by those records' ids alone (a member typed into a
    tour, or the demo's, has an id of that tour's own).
    """
    with db.session() as session:
        # Only tours that can overlap this one's dates (a tour lasts at most MAX_TOUR_DAYS) are read and rebuilt.
        earliest = tour.start_date - timedelta(days=MAX_TOUR_DAYS) - _MARGIN
        rows = session.execute(select(TourRow, models.Programme.name)
                               .join(models.Programme, TourRow.programme_id == models.Programme.id)
                               .where(TourRow.key != tour.id,
                                      TourRow.start_date.between(earliest, tour.end_date + _MARGIN))).all()
        others = [(row_to_tour(row), None if row.programme_id == programme_id else programme) for row, programme in rows]
        linked = set(session.scalars(select(TourRow.event_id).where(TourRow.event_id.is_not(None))))
        occupations = _event_occupations(session, programme_id, linked, tour)
        archived = archived_members(session, tour.members)
        period = programme_period_in(session, programme_id)
    for other, elsewhere in others:
        if elsewhere is None:
            occupations.extend(tour_occupations(other))
    people = [_other_tour(other, elsewhere) for other, elsewhere in others
              if other.start_date <= tour.end_date and tour.start_date <= other.end_date]
    return Elsewhere(bookings_for(tour, occupations), people, archived, period)


_RECORD_ID = re.compile(r"(talent|staff)-\d+")


def _other_tour(other: Tour, programme: str | None) -> OtherTour:
    """Another tour of the programme (`programme` None: all its members), or of the named programme (only the
    members that are talent or staff records, and its name in the label)."""
    if programme is None:
        return OtherTour(other.display_title, other.start_date, other.end_date,
                         frozenset(member.id for member in other.members))
    return OtherTour(msg("{tour}（{programme}）", "{tour} ({programme})", tour=other.display_title, programme=programme),
                     other.start_date, other.end_date,
                     frozenset(member.id for member in other.members if _RECORD_ID.fullmatch(member.id)))


def check_held(tour: Tour, params: CheckParams, held: Elsewhere) -> list[Finding]:
    """The tour's check with what the database holds elsewhere (held_elsewhere): the Tours page's findings."""
    return check_tour(tour, params, held.places, held.people, held.archived, held.period)


def programme_tour_checks(db: Database, programme_id: int) -> list[tuple[Tour, list[Finding]]]:
    """Each of the programme's saved tours, by start date, with its check (as check_saved_tour): the programme's
    calendar holds every tour's items, so its export asks about all their errors (review 16 item 5)."""
    from colead_desktop.services.tours import list_tours, load_tour

    params = load_check_params(db, programme_id)
    checked = []
    for summary in list_tours(db, programme_id):
        tour = load_tour(db, summary.key)
        checked.append((tour, check_held(tour, params, held_elsewhere(db, programme_id, tour))))
    return checked


def programme_error_count(db: Database, programme_id: int) -> int:
    """How many errors the checks of the programme's tours find (the window asks before the programme's calendar)."""
    return sum(1 for _tour, findings in programme_tour_checks(db, programme_id) for finding in findings
               if finding.severity is Severity.ERROR)


def check_saved_tour(db: Database, tour: Tour) -> list[Finding]:
    """The saved tour's check as the Tours page shows it, with its programme's parameters (`colead export
    itinerary` says its errors)."""
    programme_id = programme_of(db, tour.id)
    return check_held(tour, load_check_params(db, programme_id), held_elsewhere(db, programme_id, tour))
