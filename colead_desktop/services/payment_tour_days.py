"""Which days a talent attended a fieldwork tour (日当), read from the programme's saved tours and tour events.

A tour member is this talent when its id names the talent record ("talent-<id>", as the Tours page's
party picker, services.tours.party_candidates, makes them) or, for a member typed in by hand, when it has
role 人材 and the talent's name (NFKC, spaces ignored). For each saved tour:
* such a member attended the days on which there is an item they attend (an item without an attendee
  list is for everyone; a tour with no items counts all its days);
* otherwise, if the tour is linked to a fieldwork-tour event the talent takes part in (not marked absent),
  they attended every day of the tour (the demo's tours list their talents anonymously, as the sources do).
A fieldwork-tour event with no saved tour still counts with its own dates. The result is a proposal: the
Payments page adds the days not yet recorded, and the accountant edits or deletes them from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.db.tour_models import TourRow
from colead_desktop.db.tour_store import row_to_tour
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Member, Role, Tour
from colead_desktop.domain.tour_day_events import TourSpan, moved_tour_event
from colead_desktop.domain.tour_rules import MAX_DAYS as MAX_TOUR_DAYS  # the longest tour a save accepts
from colead_desktop.domain.types import EventKind
from colead_desktop.domain.normalise import normalise_text


@dataclass(frozen=True)
class AttendedDay:
    day: date
    event_id: int | None
    source: str  # the tour or event it came from, kept as the tour day's note


def _name_key(name: str) -> str:
    return "".join(normalise_text(name).split())


def _is_talent(member: Member, talent_id: int, name_key: str) -> bool:
    if member.id.startswith("talent-"):
        return member.id == f"talent-{talent_id}"
    return member.role is Role.TALENT and _name_key(member.name) == name_key


def _member_days(tour: Tour, member_id: str) -> set[date]:
    if not tour.items:
        return {tour.date_of(n) for n in range(1, tour.days + 1)}
    return {tour.date_of(item.day) for item in tour.items if tour.attends(member_id, item)}


def _event_days(event: models.Event) -> set[date]:
    first, last = event.starts_at.date(), event.ends_at.date()
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


def attended_tour_days(session: Session, programme_id: int, talent: models.Talent) -> list[AttendedDay]:
    """The days `talent` attended a tour of the programme, each with its event and the tour (or event) it came
    from."""
    participating = set(session.scalars(
        select(models.Participation.event_id).join(models.Event, models.Event.id == models.Participation.event_id)
        .where(models.Participation.talent_id == talent.id, models.Participation.attendance != "absent",
               models.Event.programme_id == programme_id)))
    key = _name_key(talent.name)

    def is_talent(member: Member) -> bool:
        return _is_talent(member, talent.id, key)

    days: dict[date, AttendedDay] = {}
    covered_events: set[int] = set()
    for row in session.scalars(select(TourRow).where(TourRow.programme_id == programme_id)
                               .order_by(TourRow.start_date, TourRow.id)):
        tour = row_to_tour(row)
        if row.event_id is not None:
            covered_events.add(row.event_id)
        member = next((m for m in tour.members if is_talent(m)), None)
        if member is not None:
            found = _member_days(tour, member.id)
        elif row.event_id in participating:
            found = {tour.date_of(n) for n in range(1, tour.days + 1)}
        else:
            continue
        source = msg("ツアー「{t}」より", "From tour \"{t}\"", t=tour.display_title)
        for day in found:
            days.setdefault(day, AttendedDay(day, row.event_id, source))
    events = session.scalars(select(models.Event).where(models.Event.kind == EventKind.FIELDWORK_TOUR.value,
                                                        models.Event.id.in_(participating)))
    for event in events:
        if event.id not in covered_events:
            source = msg("行事「{t}」より", "From event \"{t}\"", t=event.title)
            for day in _event_days(event):
                days.setdefault(day, AttendedDay(day, event.id, source))
    return sorted(days.values(), key=lambda d: d.day)


def tour_day_regions(session: Session, programme_id: int) -> dict[str, dict[date, str]]:
    """The region of each recorded tour day (日当) of the programme, by payee id (the talent's id) and day, for
    予算と実績: the money of a tour day is the tour's region's. The tour is the one of the day's event, else a
    saved tour that lists the talent on that day (as attended_tour_days matches them); a tour event with no
    saved tour gives its own region. A day of no tour found, or of a tour of no region, is left out.

    Only the tours around the recorded days are read whole (their party and items): all of them, a thousand on a
    big programme, cost the dashboard's read 300 ms (issue 15)."""
    recorded = list(session.execute(select(TourDayRow.talent_id, TourDayRow.day, TourDayRow.event_id)
                                    .where(TourDayRow.programme_id == programme_id)))
    if not recorded:
        return {}
    names = {region_id: name for region_id, name in session.execute(select(models.Region.id, models.Region.name))}

    def region_of(region_id: int | None, typed: str) -> str:
        return names.get(region_id, "") if region_id is not None else typed

    by_event: dict[int, str] = {}
    for event_id, region_id, typed in session.execute(
            select(TourRow.event_id, TourRow.region_id, TourRow.region)
            .where(TourRow.programme_id == programme_id, TourRow.event_id.is_not(None))
            .order_by(TourRow.start_date, TourRow.id)):
        if event_id is not None and (region := region_of(region_id, typed)):
            by_event.setdefault(event_id, region)
    for event_id, region_id in session.execute(select(models.Event.id, models.Event.region_id)
                                               .where(models.Event.programme_id == programme_id)):
        if region_id is not None and region_id in names:
            by_event.setdefault(event_id, names[region_id])
    open_days = [day for _talent, day, on_event in recorded if not (on_event is not None and on_event in by_event)]
    listed: dict[str, dict[date, str]] = {}  # "talent-<id>" or a name key → day → region, the earliest tour's
    if open_days:
        nearby = (TourRow.programme_id == programme_id, TourRow.start_date <= max(open_days),
                  TourRow.start_date >= min(open_days) - timedelta(days=MAX_TOUR_DAYS))
        for row in session.scalars(select(TourRow).where(*nearby).order_by(TourRow.start_date, TourRow.id)):
            if not (region := region_of(row.region_id, row.region)):
                continue
            tour = row_to_tour(row)
            for member in tour.members:
                if member.id.startswith("talent-") or member.role is Role.TALENT:
                    key = member.id if member.id.startswith("talent-") else _name_key(member.name)
                    for day in _member_days(tour, member.id):
                        listed.setdefault(key, {}).setdefault(day, region)
    talents = {talent_id: _name_key(name) for talent_id, name in session.execute(
        select(models.Talent.id, models.Talent.name).join(TourDayRow, TourDayRow.talent_id == models.Talent.id)
        .where(TourDayRow.programme_id == programme_id).distinct())}
    found: dict[str, dict[date, str]] = {}
    for talent_id, day, on_event in recorded:
        region = ((by_event.get(on_event, "") if on_event is not None else "")
                  or listed.get(f"talent-{talent_id}", {}).get(day, "")
                  or listed.get(talents[talent_id], {}).get(day, ""))
        if region:
            found.setdefault(str(talent_id), {})[day] = region
    return found


def tour_spans(session: Session, programme_id: int) -> list[TourSpan]:
    """The programme's fieldwork tour events' days: each event's own dates, and each saved tour's linked to one."""
    events = {event.id: event for event in session.scalars(select(models.Event).where(
        models.Event.programme_id == programme_id, models.Event.kind == EventKind.FIELDWORK_TOUR.value))}
    spans = [TourSpan(e.id, e.title, e.starts_at.date(), e.ends_at.date()) for e in events.values()]
    for tour in session.scalars(select(TourRow).where(TourRow.programme_id == programme_id,
                                                      TourRow.event_id.in_(events))):
        if tour.event_id is not None:
            spans.append(TourSpan(tour.event_id, events[tour.event_id].title, tour.start_date,
                                  tour.start_date + timedelta(days=tour.days - 1)))
    return spans


def moved_tour_day_event(session: Session, programme_id: int, talent_id: int, current: int | None,
                         day: date) -> int | None:
    """The event of a tour day moved to `day` (domain/tour_day_events.py: the tour of that date, or refused)."""
    talent = session.get(models.Talent, talent_id)
    attended = {d.day: d.event_id for d in attended_tour_days(session, programme_id, talent)} if talent else {}
    return moved_tour_event(current, day, attended.get(day), tour_spans(session, programme_id))
