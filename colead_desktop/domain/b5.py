"""The guideline's B-5 worksheet (フィールドワークツアーの実施) and a fieldwork tour, both ways, in plain Python.

The workbook (exports/b5_workbook.py) only moves cells; what the rows are, how a cell's text is read
(NFKC: full-width digits, half-width kana, 〇 for ○) and how a worksheet fills or updates a tour are here.

Round trip: `b5_from_tour(tour_with_b5(tour, sheet))` gives `sheet` back for every answer the worksheet has,
so a tour exported and imported again is unchanged, and a re-import shows exactly what it changes.
Visits are the tour's company and facility places, in the tour's order; the lab's note on a visit is kept
(Tour.b5) only where it differs from what the export derives from the timetable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any, TypeVar

from colead_desktop.domain.b5_answers import B5Answers, PreMeetingParticipant, Publicity
from colead_desktop.domain.company_profile import B1_CHECKLIST, B3_PROFILE, VISION_CHOICES
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import ItemKind, Place, PlaceKind, Role, Tour, Transport
from colead_desktop.domain.payments import HonorariumScope, TravelRule
from colead_desktop.domain.tour_places import new_place_id
from colead_desktop.domain.tour_rules import (ITEM_NOTES, ITEM_TEXT_LIMITS, MAX_CAPACITY, MAX_PEOPLE, PLACE_TEXT_LIMITS,
                                              TOUR_TEXT_LIMITS)
from colead_desktop.domain.tour_templates import guideline_template
from colead_desktop.domain.tour_template_titles import item_title_ja
from colead_desktop.domain.types import Facility, LabelledEnum, TransportMode, VenueType
from colead_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE, MAX_YEN_PER_LINE, date_problem

E = TypeVar("E", bound=LabelledEnum)


@dataclass(frozen=True)
class VisitTarget:
    is_company: bool  # False: a facility or sightseeing spot that shows the region
    name: str
    address: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CompanySheet:
    """One company's B-1 checklist (the codes ticked) and B-3 answers ((code, text) in B3_PROFILE order, non-empty
    only), as the B-5 workbook carries them on its B-1 and B-3 sheets, one row per company."""

    name: str
    b1: frozenset[str] = frozenset()
    b3: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class B5Worksheet:
    region: str = ""
    days: int | None = None
    candidate_dates: tuple[date, ...] = ()
    talent_count: int | None = None
    publicity: frozenset[Publicity] = frozenset()
    publicity_other: str = ""
    pre_meeting: bool | None = None
    pre_meeting_participants: frozenset[PreMeetingParticipant] = frozenset()
    participants_other: str = ""
    venue_type: VenueType | None = None
    venue_other: str = ""
    venue_name: str = ""
    venue_address: str = ""
    venue_capacity: int | None = None
    venue_access: str = ""
    facilities: frozenset[Facility] = frozenset()
    transport: frozenset[TransportMode] = frozenset()
    transport_other: str = ""
    travel_policy: TravelRule | None = None
    travel_cap_yen: int | None = None
    honorarium_policy: HonorariumScope | None = None
    visits: tuple[VisitTarget, ...] = ()
    tour_key: str = ""  # the tour it was exported from (a hidden cell); "" for a blank form or a lab's own file
    companies: tuple[CompanySheet, ...] = ()  # B-1 and B-3 of the companies visited (company records, not the tour)


OVERVIEW, VENUE, TRANSPORT, MONEY, VISITS = "開催概要", "受入環境の整備", "移動手段", "交通費・謝金の方針", "訪問先"
B1_SHEET, B3_SHEET = "B-1 候補企業の要件整理", "B-3 経営課題"
COMPANY_HEADER = "企業名"
KEY_LABEL = "ツアーID（変更しないでください）"
LABEL_HEADER, ANSWER_HEADER, HINT_HEADER = "項目", "回答", "説明"
VISIT_HEADERS = ("区分", "名称", "所在地", "備考")
DAYS = ("2日間", "3日間", "4日間", "5日間")
YES_NO = ("実施する", "実施しない")
KINDS = ("企業", "施設・観光地")
CHECK = "○"
_CHECKED = {"○", "◯", "〇", "✓", "✔", "レ", "x", "X", "TRUE", "true", "1", "はい"}
_UNCHECKED = {"", "FALSE", "false", "0", "いいえ"}
DATES = 3


def ja(member: LabelledEnum) -> str:
    return type(member)._labels()[member.value][0]  # the workbook is always in the guideline's Japanese


def nfkc(value: Any) -> str:
    """A cell's text as the import compares it: NFKC, trimmed; a whole float (Excel's numbers) without ".0", a date
    cell's midnight (openpyxl reads a date as a datetime) left out."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    return unicodedata.normalize("NFKC", str(value)).strip()


def options(prefix: str, enum: type[E]) -> list[tuple[str, E]]:
    return [(f"{prefix}: {ja(m)}", m) for m in enum]


def layout() -> dict[str, list[tuple[str, str]]]:
    """Per key-value sheet: (label in column 項目, hint in column 説明). Import finds rows by these labels."""
    return {
        OVERVIEW: [("地域", "例: 三重県桑名市"), ("実施日数", "何日間で実施しますか？"),
                   *[(f"開催日程候補{n}", "YYYY-MM-DD") for n in range(1, DATES + 1)],
                   ("高度デジタル人材の募集人数", "名")]
        + [(label, "該当に○") for label, _ in options("外部発信", Publicity)]
        + [("外部発信（その他の具体的内容）", ""), ("事前の顔合わせ", "実施する / 実施しない")]
        + [(label, "該当に○") for label, _ in options("顔合わせ参加者", PreMeetingParticipant)]
        + [("顔合わせ参加者（その他の具体的内容）", "")],
        VENUE: [("会場の形態", "活動拠点となる会場はどこを想定していますか？"), ("会場の形態（その他の具体的内容）", ""),
                ("会場名", ""), ("所在地", ""), ("収容人数", "名"), ("公共交通機関でのアクセス", "")]
        + [(label, "該当に○") for label, _ in options("環境", Facility)],
        TRANSPORT: [(label, "該当に○") for label, _ in options("移動手段", TransportMode)]
        + [("移動手段（その他の具体的内容）", "")],
        MONEY: [("現地までの交通費", "高度デジタル人材の現地までの交通費支給はどうしますか？"),
                ("交通費の上限額（円）", "上限を決めて実費支給の場合"),
                ("ツアー以降の活動への謝金", "フィールドワークツアー以降の活動への謝金はどうしますか？")],
    }


def values(sheet: B5Worksheet) -> dict[str, object]:
    """Label -> cell value for the key-value sheets (None: a blank cell)."""
    cells: dict[str, object] = {
        "地域": sheet.region, "実施日数": f"{sheet.days}日間" if sheet.days else None,
        "高度デジタル人材の募集人数": sheet.talent_count, "外部発信（その他の具体的内容）": sheet.publicity_other,
        "事前の顔合わせ": None if sheet.pre_meeting is None else YES_NO[0 if sheet.pre_meeting else 1],
        "顔合わせ参加者（その他の具体的内容）": sheet.participants_other,
        "会場の形態": ja(sheet.venue_type) if sheet.venue_type else None, "会場の形態（その他の具体的内容）": sheet.venue_other,
        "会場名": sheet.venue_name, "所在地": sheet.venue_address, "収容人数": sheet.venue_capacity,
        "公共交通機関でのアクセス": sheet.venue_access, "移動手段（その他の具体的内容）": sheet.transport_other,
        "現地までの交通費": ja(sheet.travel_policy) if sheet.travel_policy else None,
        "交通費の上限額（円）": sheet.travel_cap_yen,
        "ツアー以降の活動への謝金": ja(sheet.honorarium_policy) if sheet.honorarium_policy else None,
    }
    for n in range(1, DATES + 1):
        cells[f"開催日程候補{n}"] = sheet.candidate_dates[n - 1] if n <= len(sheet.candidate_dates) else None
    for prefix, enum, chosen in (("外部発信", Publicity, sheet.publicity),
                                 ("顔合わせ参加者", PreMeetingParticipant, sheet.pre_meeting_participants),
                                 ("環境", Facility, sheet.facilities), ("移動手段", TransportMode, sheet.transport)):
        for label, member in options(prefix, enum):
            cells[label] = CHECK if member in chosen else None
    return cells


# -- reading one cell (each raises ValueError, KeyError or TypeError for text it cannot read) --------------------

class Whole:
    """A whole number from 0 to `maximum` (with commas, 円 or 名 after it); ValueError for another."""

    def __init__(self, maximum: int) -> None:
        self.maximum = maximum

    def __call__(self, value: Any) -> int:
        if isinstance(value, bool):
            raise ValueError(value)
        number = float(nfkc(value).replace(",", "").removesuffix("円").removesuffix("名"))
        if not number.is_integer() or not 0 <= number <= self.maximum:
            raise ValueError(value)
        return int(number)


# The worksheet's numbers as the app takes them typed: a party (the talents recruited), a venue's capacity, and a
# travel cost (the cap per person) as one payment line's.
PEOPLE, CAPACITY, YEN = Whole(MAX_PEOPLE), Whole(MAX_CAPACITY), Whole(MAX_YEN_PER_LINE)


def day(value: Any) -> date:
    """A date (typed, or a date cell) from EARLIEST_DATE to LATEST_DATE: a 1999 candidate date is a typing mistake."""
    if isinstance(value, datetime):
        value = value.date()
    read = value if isinstance(value, date) else date.fromisoformat(nfkc(value).replace("/", "-"))
    if date_problem(read) is not None:
        raise ValueError(value)
    return read


_TEXT_LIMITS = {"地域": dict(TOUR_TEXT_LIMITS)["region"], "会場名": dict(PLACE_TEXT_LIMITS)["name"],
                "名称": dict(PLACE_TEXT_LIMITS)["name"], "所在地": dict(PLACE_TEXT_LIMITS)["address"]}


def text_limit(label: str) -> int:
    """The most characters an answer's text may have: the tour's region and a place's name and address as the app
    takes them typed (domain/tour_rules.py), any other text as an item's note (the documents print it whole)."""
    return _TEXT_LIMITS.get(label, dict(ITEM_TEXT_LIMITS)[ITEM_NOTES])


class OneOf:
    """A worksheet answer picked from `choices` (compared NFKC); KeyError for another."""

    def __init__(self, choices: dict[str, Any]) -> None:
        self.choices = tuple(choices)
        self._normalised = {nfkc(k): v for k, v in choices.items()}

    def __call__(self, value: Any) -> Any:
        return self._normalised[nfkc(value)]


def one_of(choices: dict[str, Any]) -> OneOf:
    return OneOf(choices)


def expected(convert: Callable[[Any], Any]) -> str:
    """What a cell read with `convert` must hold, said after 「…が読めません」 so that the lab can correct it."""
    if isinstance(convert, OneOf):
        return msg("選べるもの: {c}", "choices: {c}", c=msg("、", ", ").join(convert.choices))
    if isinstance(convert, Whole):
        return msg("0〜{max:,} の整数", "a whole number from 0 to {max:,}", max=convert.maximum)
    hints = {day: ("YYYY-MM-DD の日付、{lo}〜{hi}", "a date as YYYY-MM-DD from {lo} to {hi}"),
             checked: ("○ か空欄", "○ or blank")}
    return msg(*hints[convert], lo=EARLIEST_DATE.isoformat(), hi=LATEST_DATE.isoformat()) if convert in hints else ""


def checked(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = nfkc(value)
    if text in _CHECKED:
        return True
    if text in _UNCHECKED:
        return False
    raise ValueError(value)


def normalised(sheet: B5Worksheet) -> B5Worksheet:
    """Every text of the worksheet as the import reads it (NFKC): the app's own export compares equal to its
    import although the tour may hold 「（」 or 「①」, which NFKC turns into 「(」 and 「1」."""
    texts: dict[str, Any] = {f.name: nfkc(getattr(sheet, f.name)) for f in fields(sheet)
                             if isinstance(getattr(sheet, f.name), str)}
    texts["visits"] = tuple(VisitTarget(v.is_company, nfkc(v.name), nfkc(v.address), nfkc(v.notes))
                            for v in sheet.visits)
    texts["companies"] = tuple(CompanySheet(nfkc(c.name), c.b1, tuple((code, nfkc(t)) for code, t in c.b3))
                               for c in sheet.companies)
    return replace(sheet, **texts)


def _keep(old: str, new: str) -> str:
    """The tour's own spelling when the worksheet's text is the same under NFKC."""
    return old if nfkc(old) == nfkc(new) else new


# -- tour -> worksheet -------------------------------------------------------------------------------------------

def _visit_places(tour: Tour) -> list[Place]:
    return [place for place in tour.places if place.kind in (PlaceKind.COMPANY, PlaceKind.FACILITY)]


def _derived_note(tour: Tour, place_id: str) -> str:
    """What the timetable says happens at a place: its items' own titles, in timetable order (the template's in
    Japanese, also for a tour made in an English window)."""
    titles: list[str] = []
    for index in tour.ordered():
        item = tour.items[index]
        title = item_title_ja(item.title)
        if item.place_id == place_id and title and title not in titles:
            titles.append(title)
    return "、".join(titles)


def _note(tour: Tour, place: Place) -> str:
    note = tour.b5.visit_note(nfkc(place.name))
    return note if note is not None else _derived_note(tour, place.id)


def _derived_talent_count(tour: Tour) -> int | None:
    return sum(1 for member in tour.members if member.role == Role.TALENT) or None


def b5_from_tour(tour: Tour) -> B5Worksheet:
    """The B-5 worksheet filled from a tour: its own fields, and the answers imported into it (Tour.b5)."""
    venue = tour.place(tour.base_venue_id)
    answers = tour.b5
    mode = tour.transport.mode if tour.transport else None
    return B5Worksheet(
        region=tour.region, days=tour.days if 2 <= tour.days <= 5 else None,
        candidate_dates=(tour.start_date, *answers.later_dates),
        talent_count=answers.talent_count if answers.talent_count is not None else _derived_talent_count(tour),
        publicity=answers.publicity, publicity_other=answers.publicity_other, pre_meeting=answers.pre_meeting,
        pre_meeting_participants=answers.pre_meeting_participants, participants_other=answers.participants_other,
        venue_type=venue.venue_type if venue else None, venue_other=answers.venue_other,
        venue_name=venue.name if venue else "", venue_address=venue.address if venue else "",
        venue_capacity=venue.capacity if venue else None, venue_access=answers.venue_access,
        facilities=(venue.facilities or frozenset()) if venue else frozenset(),
        transport=answers.more_transport | ({mode} if mode else frozenset()), transport_other=answers.transport_other,
        travel_policy=answers.travel_policy, travel_cap_yen=answers.travel_cap_yen,
        honorarium_policy=answers.honorarium_policy,
        visits=tuple(VisitTarget(place.kind == PlaceKind.COMPANY, place.name, place.address, _note(tour, place))
                     for place in _visit_places(tour)),
        tour_key=tour.id)


# -- worksheet -> tour -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Locator:
    """Where a place new to the tour goes: the coordinates of a company or venue record of the same (NFKC) name,
    else the anchor (the tour's base venue or the region's gateway), marked approximate for someone to survey."""

    anchor: tuple[float, float]
    known: tuple[tuple[str, float, float], ...] = ()  # (name, lat, lon) of the programme's records

    def place(self, place_id: str, name: str, kind: PlaceKind, address: str, **extra: Any) -> Place:
        found = next(((lat, lon) for known, lat, lon in self.known if nfkc(known) == nfkc(name)), None)
        lat, lon = found or self.anchor
        return Place(place_id, name, kind, lat, lon, address, approximate=found is None, **extra)


def _venue(tour: Tour, sheet: B5Worksheet, locator: Locator) -> Tour:
    """The base venue as the worksheet describes it; a venue it names for the first time becomes a new place."""
    venue = tour.place(tour.base_venue_id)
    if not sheet.venue_name:
        return replace(tour, base_venue_id=None) if venue else tour  # the place stays: items may meet there
    # An empty set of facilities exports a tour's "not known" (None) as well; keep that distinction.
    facilities = sheet.facilities if sheet.facilities or (venue and venue.facilities) else None
    if venue is not None:
        updated = replace(venue, name=_keep(venue.name, sheet.venue_name),
                          address=_keep(venue.address, sheet.venue_address), capacity=sheet.venue_capacity,
                          venue_type=sheet.venue_type, facilities=facilities)
        if nfkc(venue.name) != nfkc(sheet.venue_name):
            # Another name: the items meeting at the base venue go with it, but the old venue's location, record
            # and hours are not the new one's (the new venue took the hotel's surveyed coordinates, record id and
            # opening hours, so travel times, the map and the double-booking check were the old venue's). It is
            # placed as a new place is: at the record of that name, else near the old one, marked to survey.
            placed = locator.place(venue.id, sheet.venue_name, PlaceKind.VENUE, updated.address)
            updated = replace(updated, lat=placed.lat, lon=placed.lon, approximate=placed.approximate, venue_id=None,
                              opens=None, closes=None, closed_weekdays=frozenset())
        return replace(tour, places=tuple(updated if p.id == venue.id else p for p in tour.places))
    new = locator.place(new_place_id(tour.places, "venue"), sheet.venue_name, PlaceKind.VENUE, sheet.venue_address,
                        capacity=sheet.venue_capacity, facilities=facilities, venue_type=sheet.venue_type)
    return replace(tour, places=(*tour.places, new), base_venue_id=new.id)


def _transport(tour: Tour, chosen: frozenset[TransportMode]) -> tuple[Transport | None, frozenset[TransportMode]]:
    """The tour's vehicle and the other modes the worksheet ticks. The vehicle keeps its seats and notes while the
    worksheet still ticks its mode; else the first mode ticked (in the worksheet's order) becomes the vehicle."""
    current = tour.transport
    if current is not None and current.mode in chosen:
        return current, chosen - {current.mode}
    first = next((mode for mode in TransportMode if mode in chosen), None)
    if first is None:
        return None, frozenset()
    return Transport(first), chosen - {first}


def _visits(tour: Tour, sheet: B5Worksheet, locator: Locator) -> Tour:
    """Places updated, added and removed to match the worksheet's visit list.

    A place is the same visit when its NFKC name matches. A visit no longer listed is removed with its place;
    items that went there keep their time and title, without a place. A new visit is placed by the locator.
    """
    existing = {nfkc(place.name): place for place in _visit_places(tour)}
    listed = {nfkc(visit.name) for visit in sheet.visits}
    kept = [place for place in tour.places if place.kind not in (PlaceKind.COMPANY, PlaceKind.FACILITY)
            or nfkc(place.name) in listed]
    gone = {place.id for place in tour.places} - {place.id for place in kept}
    by_id = {place.id: place for place in kept}
    added: list[Place] = []
    for visit in sheet.visits:
        kind = PlaceKind.COMPANY if visit.is_company else PlaceKind.FACILITY
        old = existing.get(nfkc(visit.name))
        if old is not None:
            by_id[old.id] = replace(old, name=_keep(old.name, visit.name), kind=kind,
                                    address=_keep(old.address, visit.address))
        else:
            place_id = new_place_id([*kept, *added], "company" if visit.is_company else "facility")
            added.append(locator.place(place_id, visit.name, kind, visit.address))
    return replace(tour, places=(*(by_id[p.id] for p in kept), *added),
                   items=tuple(replace(item, place_id=None) if item.place_id in gone else item for item in tour.items),
                   arrivals=tuple(m for m in tour.arrivals if m.place_id not in gone),
                   departures=tuple(m for m in tour.departures if m.place_id not in gone))


def _with_notes(tour: Tour, sheet: B5Worksheet) -> Tour:
    """Keep as the lab's own note each visit note that differs from what the tour's timetable derives."""
    by_name = {nfkc(v.name): v.notes for v in sheet.visits}
    notes = tuple((nfkc(p.name), by_name[nfkc(p.name)]) for p in _visit_places(tour)
                  if nfkc(p.name) in by_name and nfkc(by_name[nfkc(p.name)]) != nfkc(_derived_note(tour, p.id)))
    return replace(tour, b5=replace(tour.b5, visit_notes=notes))


def _fill_slots(tour: Tour, sheet: B5Worksheet) -> Tour:
    """A tour made from the template: its visit slots (no place yet) take the visits in order, companies into
    company visits and facilities into the sightseeing slot; visits beyond the slots stay places to schedule.

    A visit whose note names slots of the template (「企業訪問①、企業訪問④」, as a worksheet exported from a tour says
    where each visit is) takes those slots first: a company visited twice kept only one visit, and its note was
    kept as the lab's own (read NFKC: 「企業訪問1、企業訪問4」)."""
    slot = {ItemKind.COMPANY_VISIT: PlaceKind.COMPANY, ItemKind.FACILITY_VISIT: PlaceKind.FACILITY}
    items = list(tour.items)
    kinds = {p.id: p.kind for p in tour.places}
    by_name = {nfkc(p.name): p.id for p in tour.places if p.kind in slot.values()}
    named: set[str] = set()
    for visit in sheet.visits:
        place_id = by_name.get(nfkc(visit.name))
        wanted = {part.strip() for part in re.split("[、,]", nfkc(visit.notes))} - {""}
        if place_id is None or not wanted:
            continue
        for index in tour.ordered():
            item = items[index]
            if (slot.get(item.kind) == kinds[place_id] and item.place_id is None
                    and nfkc(item_title_ja(item.title)) in wanted):
                items[index] = replace(item, place_id=place_id)
                named.add(place_id)
    queues = {kind: [p.id for p in tour.places if p.kind == kind and p.id not in named]
              for kind in (PlaceKind.COMPANY, PlaceKind.FACILITY)}
    for index in tour.ordered():
        item = items[index]
        if item.kind in slot and item.place_id is None and queues[slot[item.kind]]:
            items[index] = replace(item, place_id=queues[slot[item.kind]].pop(0))
    return replace(tour, items=tuple(items))


def tour_with_b5(tour: Tour, sheet: B5Worksheet, locator: Locator) -> Tour:
    """`tour` updated with every answer of the worksheet (the tour itself when the worksheet is its own export).

    A worksheet without days or first date keeps the tour's, and so does one with fewer days than the timetable
    uses. Its companies' B-1 and B-3 are the company records' (company_update), not the tour's.
    """
    if normalised(replace(b5_from_tour(tour), tour_key="")) == normalised(replace(sheet, tour_key="", companies=())):
        return tour
    # Fewer days than the timetable uses would leave items after the last day (domain/tour_rules.py): the tour
    # keeps its days, and the import reports the answer as not applied.
    fits = sheet.days is not None and all(item.day <= sheet.days for item in tour.items)
    updated = replace(tour, region=_keep(tour.region, sheet.region) or tour.region,
                      days=sheet.days if sheet.days is not None and fits else tour.days)
    if sheet.candidate_dates:
        updated = updated.moved_to(sheet.candidate_dates[0])
    updated = _venue(updated, sheet, locator)
    vehicle, more = _transport(updated, sheet.transport)
    updated = _visits(replace(updated, transport=vehicle), sheet, locator)
    answers = B5Answers(
        later_dates=sheet.candidate_dates[1:],
        talent_count=None if sheet.talent_count == _derived_talent_count(updated) else sheet.talent_count,
        publicity=sheet.publicity, publicity_other=sheet.publicity_other, pre_meeting=sheet.pre_meeting,
        pre_meeting_participants=sheet.pre_meeting_participants, participants_other=sheet.participants_other,
        venue_other=sheet.venue_other, venue_access=sheet.venue_access, more_transport=more,
        transport_other=sheet.transport_other, travel_policy=sheet.travel_policy, travel_cap_yen=sheet.travel_cap_yen,
        honorarium_policy=sheet.honorarium_policy)
    return _with_notes(replace(updated, b5=answers), sheet)


def tour_from_b5(sheet: B5Worksheet, today: date, locator: Locator) -> Tour:
    """A new (unsaved) tour from a lab's worksheet: the guideline template for its region, first candidate date
    and length, with its venue, visits in the template's visit slots, and every other answer."""
    days = sheet.days or 3
    template = guideline_template(sheet.region or msg("（地域未設定）", "(no region)"),
                                  sheet.candidate_dates[0] if sheet.candidate_dates else today, days)
    venue_kinds = {ItemKind.ORIENTATION, ItemKind.TALENT_DISCUSSION, ItemKind.PREPARATION, ItemKind.PRESENTATION}
    tour = tour_with_b5(template, sheet, locator)
    if tour.base_venue_id:  # the template's sessions meet at the worksheet's venue
        tour = replace(tour, items=tuple(replace(item, place_id=tour.base_venue_id)
                                         if item.kind in venue_kinds and item.place_id is None else item
                                         for item in tour.items))
    # The visits' notes derive from the slots' titles now that the slots have places: compare them again.
    return _with_notes(_fill_slots(tour, sheet), sheet)


# -- what an import changes --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Difference:
    field: str  # "sheet: label", or "訪問先: name"
    old: str
    new: str


def _text(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def _same(a: object, b: object) -> bool:
    return nfkc(_text(a)) == nfkc(_text(b))


def _visit_text(visit: VisitTarget | None) -> str:
    if visit is None:
        return ""
    return " / ".join(part for part in (KINDS[0 if visit.is_company else 1], visit.address, visit.notes) if part)


def differences(old: B5Worksheet, new: B5Worksheet) -> list[Difference]:
    """Every answer that differs, in the worksheet's order; visits by name (moving a row is no difference)."""
    before, after = values(old), values(new)
    found = [Difference(f"{sheet}: {label}", _text(before.get(label)), _text(after.get(label)))
             for sheet, rows in layout().items() for label, _ in rows
             if not _same(before.get(label), after.get(label))]
    old_visits = {nfkc(v.name): v for v in old.visits}
    new_visits = {nfkc(v.name): v for v in new.visits}
    for name in [*old_visits, *(n for n in new_visits if n not in old_visits)]:
        was, now = _visit_text(old_visits.get(name)), _visit_text(new_visits.get(name))
        if not _same(was, now) or (name in old_visits) != (name in new_visits):
            found.append(Difference(f"{VISITS}: {name}", was if name in old_visits else msg("（なし）", "(none)"),
                                    now if name in new_visits else msg("（削除）", "(removed)")))
    return found


# -- B-1 and B-3 of a company -----------------------------------------------------------------------------------

VISION_TEXTS = tuple(ja_text for ja_text, _en in VISION_CHOICES)


def company_sheet(name: str, checklist: dict[str, bool], profile: dict[str, str]) -> CompanySheet:
    """A company record's B-1 and B-3 as the workbook writes them."""
    return CompanySheet(name, frozenset(item.code for item in B1_CHECKLIST if checklist.get(item.code)),
                        tuple((f.code, profile[f.code]) for f in B3_PROFILE if profile.get(f.code)))


def vision(value: Any) -> str:
    """B-3's 5-year vision: one of the worksheet's four choices, as stored (its Japanese text)."""
    return str(one_of({text: text for text in VISION_TEXTS})(value))


def company_update(checklist: dict[str, bool], profile: dict[str, str],
                   sheet: CompanySheet) -> tuple[dict[str, bool], dict[str, str]] | None:
    """The record's new B-1 checklist and B-3 profile, or None when the sheet says what the record holds (NFKC)."""
    current = company_sheet(sheet.name, checklist, profile)
    if normalised(B5Worksheet(companies=(current,))) == normalised(B5Worksheet(companies=(sheet,))):
        return None
    answers = dict(sheet.b3)
    new_profile = {code: text for code, text in profile.items() if code not in {f.code for f in B3_PROFILE}}
    new_profile.update({f.code: _keep(profile.get(f.code, ""), answers[f.code]) for f in B3_PROFILE
                        if answers.get(f.code)})
    return {item.code: item.code in sheet.b1 for item in B1_CHECKLIST}, new_profile


def company_differences(old: CompanySheet, new: CompanySheet) -> list[Difference]:
    """Each B-1 box and B-3 answer that differs, named "B-1 sheet: company: label"."""
    found = [Difference(f"{B1_SHEET}: {new.name}: {item.ja}", CHECK if item.code in old.b1 else "",
                        CHECK if item.code in new.b1 else "")
             for item in B1_CHECKLIST if (item.code in old.b1) != (item.code in new.b1)]
    before, after = dict(old.b3), dict(new.b3)
    found += [Difference(f"{B3_SHEET}: {new.name}: {f.ja}", before.get(f.code, ""), after.get(f.code, ""))
              for f in B3_PROFILE if not _same(before.get(f.code), after.get(f.code))]
    return found


def not_applied(result: Sequence[Difference]) -> list[str]:
    """Answers of the worksheet the tour could not take (`result`: differences from the worksheet to the
    tour's own export), as "sheet: label「value」" for the user."""
    return [msg("{field}「{value}」はツアーに反映できません（ツアーの値「{kept}」のままです）",
                "{field} {value} cannot be applied to the tour (it keeps {kept})",
                field=d.field, value=d.old, kept=d.new) for d in result]
