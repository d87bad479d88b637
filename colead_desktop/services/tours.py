"""Fieldwork tours in the database: list, load, save, delete, new from template or copy, demo tours.

A tour belongs to a programme (TourRow.programme_id): lists and lookups by region or event read that
programme's only; saving an existing tour keeps its programme, and a copy goes into the source's.

One session per call; domain Tour objects in and out. A tour's identity is its `key` (Tour.id), a
stable string also used for calendar UIDs and by an undone delete, which puts the tour back under it;
saving a tour without one gives it a fresh key, and every item without a key gets one, so calendar
entries survive moving an item to another day.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourRow
from colead_desktop.db.tour_store import fill_row, members_in, row_to_tour
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.demo_tours import demo_tours
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Member, Role, Tour
from colead_desktop.domain.records import StaffRecord, TalentRecord
from colead_desktop.domain.tour_places import is_tour_region
from colead_desktop.domain.tour_rules import TITLE, TOUR_TEXT_LIMITS, refuse_unsaveable
from colead_desktop.domain.tour_templates import blank_tour, copy_tour, guideline_template
from colead_desktop.domain.types import EventKind, Organisation
from colead_desktop.services.programme_scope import regions_of
from colead_desktop.services.record_restore import RecordConflict, changed_since, deleted_since
from colead_desktop.services.records import list_records
from colead_desktop.services.tour_members import archived_members
from colead_desktop.services.versions import check_version, stale_data_refused


@dataclass(frozen=True)
class TourSummary:
    key: str
    title: str
    region: str
    start_date: date
    days: int
    event_id: int | None


def _new_key() -> str:
    return uuid.uuid4().hex[:16]


def list_tours(db: Database, programme_id: int) -> list[TourSummary]:
    """The programme's tours, by start date (without their parties: the dashboard lists 1,000 tours)."""
    with db.session() as session:
        return [TourSummary(*row) for row in session.execute(_by_start(programme_id))]


def tour_parties(db: Database, programme_id: int) -> list[tuple[TourSummary, tuple[Member, ...]]]:
    """The programme's tours, by start date, each with its party less its archived talents (the print centre lists
    an itinerary per member of every tour)."""
    with db.session() as session:
        rows = [(TourSummary(*row[:-1]), members_in(row[-1]))
                for row in session.execute(_by_start(programme_id, TourRow.members)).all()]
        archived = archived_members(session, (member for _summary, members in rows for member in members))
    return [(summary, tuple(m for m in members if m.id not in archived)) for summary, members in rows]


def _by_start(programme_id: int, *more: Any) -> Select[Any]:
    """The programme's tours as TourSummary's fields (then `more`), by start date and region."""
    return (select(TourRow.key, TourRow.title, TourRow.region, TourRow.start_date, TourRow.days, TourRow.event_id,
                   *more).where(TourRow.programme_id == programme_id).order_by(TourRow.start_date, TourRow.region))


def _row(session: Session, key: str) -> TourRow:
    row = session.scalar(select(TourRow).where(TourRow.key == key))
    if row is None:
        raise InputError(msg("ツアー「{k}」が見つかりません", "Tour {k} was not found", k=key))
    return row


def load_tour(db: Database, key: str) -> Tour:
    with db.session() as session:
        return row_to_tour(_row(session, key))


def _keyed(tour: Tour) -> Tour:
    return replace(tour, id=tour.id or _new_key(),
                   items=tuple(item if item.key else replace(item, key=_new_key()) for item in tour.items))


def _region_id(session: Session, programme_id: int, region: str) -> int | None:
    """The programme's region named in the tour's free-text region, if any."""
    for row in regions_of(session, programme_id):
        if is_tour_region(row.name, region):
            return row.id
    return None


def save_tour_in(session: Session, programme_id: int, tour: Tour, event_id: int | None = None) -> Tour:
    """save_tour inside the caller's transaction (the programme copy saves tours with their events)."""
    tour = _keyed(tour)
    row = session.scalar(select(TourRow).where(TourRow.key == tour.id))
    if row is None:
        row = TourRow(key=tour.id, programme_id=programme_id, region_id=_region_id(session, programme_id, tour.region),
                      event_id=event_id)
        session.add(row)
    else:
        if event_id is not None:
            row.event_id = event_id
        if row.region != tour.region:
            # the region typed anew is another region's (or none's): the link follows it, as a new tour's is made,
            # else the budget's 実績, the lab's scope and 持ち出し kept the region the tour was first typed in
            row.region_id = _region_id(session, row.programme_id, tour.region)
    fill_row(row, tour)
    row.updated_at = stored_now()
    session.flush()
    return tour


def save_tour(db: Database, programme_id: int, tour: Tour, event_id: int | None = None) -> Tour:
    """Insert into the programme or update (the tour keeps its programme); returns the tour as saved (with its
    key and item keys filled in)."""
    with db.session() as session:
        return save_tour_in(session, programme_id, tour, event_id)


def replace_tour(db: Database, expected: Tour, wanted: Tour) -> Tour:
    """Save `wanted` only if the stored tour is still exactly `expected`, at its version; the tour as stored.

    Another window or instance of the app may have edited or deleted the tour since: StaleRecord (mine: `wanted`,
    theirs: as stored, base: `expected`) or RecordConflict then, and nothing is written. `wanted` must be the
    same tour (same key), keeping the rules of domain/tour_rules.py (else InputError naming the field, nothing
    written).
    """
    if wanted.id != expected.id:
        raise ValueError("replace_tour moves one tour: expected and wanted must share the key")
    refuse_unsaveable(wanted, expected)  # the dialogs' rules, for every caller (InputError naming the field)
    kind = msg("ツアー", "tour")
    with stale_data_refused(kind, wanted, expected, lambda: load_tour(db, expected.id)), db.session(immediate=True) as session:
        row = session.scalar(select(TourRow).where(TourRow.key == expected.id).with_for_update())
        if row is None:
            raise deleted_since(kind)
        check_version(kind, row_to_tour(row), wanted, expected)
        save_tour_in(session, row.programme_id, wanted)
        session.refresh(row)
        return row_to_tour(row)


@dataclass(frozen=True)
class TourLinks:
    """Where a deleted tour belonged, kept so that undoing the delete puts it back there."""

    programme_id: int
    event_id: int | None
    region_id: int | None


def delete_tour(db: Database, expected: Tour) -> TourLinks:
    """Delete the tour only if it is still exactly `expected` (else RecordConflict, nothing written): a delete
    is an undo step, and its redo must not take away an edit made meanwhile. Returns where it belonged."""
    kind = msg("ツアー", "tour")
    with db.session() as session:
        row = session.scalar(select(TourRow).where(TourRow.key == expected.id).with_for_update())
        if row is None:
            raise deleted_since(kind)
        if row_to_tour(row) != expected:
            raise changed_since(kind)
        links = TourLinks(row.programme_id, row.event_id, row.region_id)
        from colead_desktop.services.calendars import keep_deleted_tour_in  # icalendar: loaded when first needed

        keep_deleted_tour_in(session, row.programme_id, expected)  # its calendars' cancellation, now or later
        session.delete(row)
        return links


def undelete_tour(db: Database, tour: Tour, links: TourLinks) -> Tour:
    """Undo of a delete: the whole tour (items, party, places, lodging...) back under its key, in its
    programme, linked to its event and region where they still exist; the tour as stored. Refused with
    RecordConflict, nothing written, when its key is in use again or its programme is gone."""
    with db.session() as session:
        if session.scalar(select(TourRow.id).where(TourRow.key == tour.id)) is not None:
            raise RecordConflict(msg("このツアーはその後ほかの操作で元に戻されています。",
                                     "This tour has been put back by another action since."))
        if session.get(models.Programme, links.programme_id) is None:
            raise deleted_since(msg("ツアーのプログラム", "tour's programme"))
        event_id = links.event_id if links.event_id and session.get(models.Event, links.event_id) else None
        region_id = links.region_id if links.region_id and session.get(models.Region, links.region_id) else None
        row = TourRow(key=tour.id, programme_id=links.programme_id, event_id=event_id, region_id=region_id)
        from colead_desktop.services.calendars import forget_deleted_tour_in

        forget_deleted_tour_in(session, tour.id)
        session.add(row)
        fill_row(row, tour)
        row.updated_at = stored_now()
        session.flush()
        session.refresh(row)
        return row_to_tour(row)


def new_tour(db: Database, programme_id: int, region: str, start_date: date, days: int = 3,
             template: bool = True) -> Tour:
    """A new saved tour: the guideline's model itinerary (`template`), or blank."""
    tour = guideline_template(region, start_date, days) if template else blank_tour(region, start_date, days)
    return save_tour(db, programme_id, tour)


def copy_saved_tour(db: Database, key: str, start_date: date, keep_party: bool = True) -> Tour:
    """A copy of the tour moved to `start_date`, in the source's programme, with or without its party."""
    with db.session() as session:
        row = _row(session, key)
        source, programme_id = row_to_tour(row), row.programme_id
    copied = copy_tour(source, start_date, keep_party)
    suffix = msg("（コピー）", " (copy)")
    # cut to leave room for the suffix: a long title (or a copy's copy's) failed at the column's length, and the
    # copy dialog has no title to shorten
    title = (source.title or source.region)[:dict(TOUR_TEXT_LIMITS)[TITLE] - len(suffix)] + suffix
    return save_tour(db, programme_id, replace(copied, title=title))


def _tour_event(session: Session, programme_id: int, tour: Tour) -> int | None:
    """The programme's fieldwork_tour event in the tour's region starting on its first day, if any."""
    region_id = _region_id(session, programme_id, tour.region)
    events = session.execute(select(models.Event.id, models.Event.starts_at).where(
        models.Event.kind == EventKind.FIELDWORK_TOUR.value, models.Event.region_id == region_id,
        models.Event.programme_id == programme_id)).all()
    return next((int(eid) for eid, starts in events if starts.date() == tour.start_date), None)


def _event_party(session: Session, event_id: int) -> tuple[Member, ...]:
    """The people taking part in an event (not marked absent) as tour members named after their records."""
    rows = session.execute(
        select(models.Talent.id, models.Talent.name, models.Talent.affiliation, models.Staff.id, models.Staff.name,
               models.Staff.organisation, models.Staff.role)
        .select_from(models.Participation)
        .outerjoin(models.Talent, models.Participation.talent_id == models.Talent.id)
        .outerjoin(models.Staff, models.Participation.staff_id == models.Staff.id)
        .where(models.Participation.event_id == event_id, models.Participation.attendance != "absent")
        .order_by(models.Participation.id)).all()
    return tuple(_talent_member(tid, tname, affiliation) if tid is not None else _staff_member(sid, sname, org, role)
                 for tid, tname, affiliation, sid, sname, org, role in rows
                 if tid is not None or org in _STAFF_ROLES)


def load_demo_tours(session: Session, programme_id: int) -> int:
    """Add the three 2021 demo tours to the demo's programme (skipping any already there), linked to its events;
    returns how many.

    The sources name no one, so a demo tour's own party is anonymous; where its event lists who took part,
    the party is those people, so itineraries, attendance and payments name the same talents and staff.
    """
    added = 0
    for tour in demo_tours():
        if session.scalar(select(TourRow.id).where(TourRow.key == tour.id)) is None:
            event_id = _tour_event(session, programme_id, tour)
            party = _event_party(session, event_id) if event_id is not None else ()
            save_tour_in(session, programme_id, replace(tour, members=party or tour.members), event_id)
            added += 1
    return added


_STAFF_ROLES = {Organisation.LAB: Role.LAB_STAFF, Organisation.SECRETARIAT: Role.SECRETARIAT}


def party_candidates(db: Database, programme_id: int) -> list[Member]:
    """Who can join a tour's party: every talent of the programme but the archived, and its lab and secretariat
    staff.

    Member ids name the record ("talent-3", "staff-7") so a member stays recognisable across tours.
    """
    talents = [_talent_member(t.id, t.name, t.affiliation)
               for t in list_records(db, TalentRecord, programme_id) if t.id is not None]
    with db.session() as session:
        archived = archived_members(session, talents)
    talents = [talent for talent in talents if talent.id not in archived]
    staff = [_staff_member(s.id, s.name, s.organisation, s.role)
             for s in list_records(db, StaffRecord, programme_id) if s.id is not None and s.organisation in _STAFF_ROLES]
    return talents + staff


def _talent_member(talent_id: int, name: str, affiliation: str) -> Member:
    return Member(f"talent-{talent_id}", name, Role.TALENT, affiliation)


def _staff_member(staff_id: int, name: str, organisation: str, role: str) -> Member:
    return Member(f"staff-{staff_id}", name, _STAFF_ROLES[Organisation(organisation)], role)
