"""Starting points for a new tour: the guideline's model itinerary, or a copy of a past tour.

Most labs plan their first tour from the guideline's 2泊3日 grid (B-5 STEP4) and later tours from their
own previous one, so both are one click away. Company visits in the template have no place yet: the
coordinator picks the companies, and the checks stay quiet about legs they cannot measure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Item, ItemKind, Lodging, Place, Role, Tour
from colead_desktop.domain.tour_template_titles import (COMPANY_VISITS, REMOTE_WORK, SIGHTSEEING, TRAVEL_TO_REGION,
                                                        new_tour_title)

_Block = tuple[str, str, ItemKind, str]  # start, end, kind, title ("" = the kind's label)


def _visit(n: int) -> str:
    return msg(*COMPANY_VISITS[n - 1])


def _arrival_day() -> list[_Block]:
    return [("09:00", "12:00", ItemKind.TRAVEL, msg(*TRAVEL_TO_REGION)),
            ("13:00", "14:00", ItemKind.ORIENTATION, ""),
            ("14:30", "16:30", ItemKind.COMPANY_VISIT, _visit(1)),
            ("17:00", "18:30", ItemKind.TALENT_DISCUSSION, "")]


def _sightseeing() -> str:
    return msg(*SIGHTSEEING)


def _remote() -> _Block:
    return ("09:00", "12:00", ItemKind.REMOTE_WORK, msg(*REMOTE_WORK))


def _presentation_day(remote: bool) -> list[_Block]:
    morning = [_remote()] if remote else [("09:00", "12:00", ItemKind.PREPARATION, "")]
    return morning + [("13:00", "15:30", ItemKind.PRESENTATION, "")]


def _plan(days: int) -> list[list[_Block]]:
    """Blocks per day. 4-5-day tours keep mornings for remote work and spread the visits over afternoons."""
    if days == 2:
        return [[*_arrival_day()[:3], ("16:45", "18:00", ItemKind.COMPANY_VISIT, _visit(2)),
                 ("18:15", "19:30", ItemKind.TALENT_DISCUSSION, "")],
                _presentation_day(remote=False)]
    if days == 3:
        return [_arrival_day(),
                [("09:30", "10:45", ItemKind.COMPANY_VISIT, _visit(2)),
                 ("11:15", "12:30", ItemKind.COMPANY_VISIT, _visit(3)),
                 ("13:30", "14:45", ItemKind.COMPANY_VISIT, _visit(4)),
                 ("15:15", "16:30", ItemKind.FACILITY_VISIT, _sightseeing()),
                 ("17:00", "18:30", ItemKind.TALENT_DISCUSSION, "")],
                _presentation_day(remote=False)]
    middle: list[list[_Block]] = [
        [_remote(), ("13:00", "14:15", ItemKind.COMPANY_VISIT, _visit(2)),
         ("14:45", "16:00", ItemKind.COMPANY_VISIT, _visit(3)), ("16:30", "18:00", ItemKind.TALENT_DISCUSSION, "")],
        [_remote(), ("13:00", "14:15", ItemKind.COMPANY_VISIT, _visit(4)),
         ("14:45", "16:00", ItemKind.FACILITY_VISIT, _sightseeing()),
         ("16:30", "18:00", ItemKind.TALENT_DISCUSSION, "")],
        [_remote(), ("13:00", "14:15", ItemKind.COMPANY_VISIT, _visit(5)),
         ("14:45", "16:00", ItemKind.TALENT_DISCUSSION, "")],
    ][: days - 2]
    middle[-1] = [*middle[-1][:-1], ("16:30", "18:30", ItemKind.PREPARATION, "")]
    return [_arrival_day(), *middle, _presentation_day(remote=True)]


def _generic_titles() -> frozenset[str]:
    """Titles that say what happens but not where: the kinds' labels and the template's own, in both languages."""
    kinds = {label for kind in ItemKind for label in ItemKind._labels()[kind.value]}
    return frozenset(kinds | {title for pair in (*COMPANY_VISITS, SIGHTSEEING) for title in pair})


_GENERIC_TITLES = _generic_titles()


def heading(tour: Tour, item: Item) -> str:
    """The item as a timeline block names it: a template title such as 「企業訪問②」 does not say where the party
    goes, so the company or venue follows it (「企業訪問② 三重精機」); a title the planner wrote is kept as is,
    since it usually names the place already (often more briefly than the place's full name)."""
    place = tour.place(item.place_id)
    title = item.display_title
    if place is None or (item.title and item.title not in _GENERIC_TITLES) or place.name in title:
        return title
    return f"{title} {place.name}"


def _at(text: str) -> time:
    return time.fromisoformat(text)


def guideline_template(region: str, start_date: date, days: int = 3, base_venue: Place | None = None,
                       hotel: str = "") -> Tour:
    """The guideline's model itinerary for a 2-5-day tour, with sessions at `base_venue` when given."""
    if not 2 <= days <= 5:
        raise InputError(msg("日数は2〜5日にしてください", "days must be 2 to 5"))
    at_venue = {ItemKind.ORIENTATION, ItemKind.TALENT_DISCUSSION, ItemKind.PREPARATION, ItemKind.PRESENTATION}
    venue_id = base_venue.id if base_venue else None
    items = tuple(
        Item(day=day, start=_at(start), end=_at(end), kind=kind, title=title,
             place_id=venue_id if kind in at_venue else None)
        for day, blocks in enumerate(_plan(days), start=1)
        for start, end, kind, title in blocks)
    return Tour(region=region, start_date=start_date, days=days, base_venue_id=venue_id,
                places=(base_venue,) if base_venue else (), items=items, remote_mornings=days >= 4,
                lodging=Lodging(hotel=hotel, nights=days - 1) if hotel else None,
                title=new_tour_title(region))


def blank_tour(region: str, start_date: date, days: int = 3) -> Tour:
    """A tour with its dates and nothing planned yet, for a region that does not follow the guideline's model."""
    if not 2 <= days <= 5:
        raise InputError(msg("日数は2〜5日にしてください", "days must be 2 to 5"))
    return Tour(region=region, start_date=start_date, days=days, remote_mornings=days >= 4,
                title=new_tour_title(region))


def copy_tour(tour: Tour, start_date: date, keep_party: bool = True) -> Tour:
    """A new, unsaved tour with the same timetable starting on `start_date` (dates move as in Tour.moved_to).

    Identities (`id`, item keys) are cleared because the copy is a different tour with its own calendar entries.
    Without `keep_party` the copy has nobody yet: last year's people are not this year's. Items are then for the
    whole party, and only the arrivals and departures of the whole party are kept (those of named people go).
    """
    copied = replace(tour.moved_to(start_date), id="", items=tuple(replace(item, key="") for item in tour.items))
    if keep_party:
        return copied
    return replace(copied, members=(), party_size=None,
                   items=tuple(replace(item, attendees=None) for item in copied.items),
                   arrivals=tuple(m for m in copied.arrivals if m.members is None),
                   departures=tuple(m for m in copied.departures if m.members is None))


def without_talents(tour: Tour) -> Tour:
    """The tour with its staff and without its talents (次年度 without talents: last year's talents are not this
    year's, the labs' and secretariat's people usually are). A party counted only as a number counted the
    talents too, so it is cleared. Items and movements lose the talents they named; an item left naming nobody
    is for the whole party again, a movement left with nobody goes."""
    talents = frozenset(m.id for m in tour.members if m.role is Role.TALENT)

    def staff(people: frozenset[str] | None) -> frozenset[str] | None:
        return None if people is None else people - talents

    items = tuple(replace(item, attendees=staff(item.attendees) or None) for item in tour.items)
    arrivals = tuple(replace(m, members=staff(m.members)) for m in tour.arrivals if staff(m.members) != frozenset())
    departures = tuple(replace(m, members=staff(m.members)) for m in tour.departures
                       if staff(m.members) != frozenset())
    return replace(tour, members=tuple(m for m in tour.members if m.role is not Role.TALENT), party_size=None,
                   items=items, arrivals=arrivals, departures=departures)
