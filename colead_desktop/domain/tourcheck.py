"""Checks a fieldwork-tour plan against the guideline and against physics, on every edit.

Each finding carries a stable code (for tests, filters and help pages), a severity, the tour day and the
indexes of the items involved so the GUI can highlight them. A check whose data is missing (no
coordinates, no opening hours, no seat count) is skipped rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from colead_desktop.domain.i18n import listed, msg, span
from colead_desktop.domain.itinerary import Item, ItemKind, Movement, PlaceKind, Role, Tour
from colead_desktop.domain.jp_calendar import WEEKDAYS, holiday_name, weekday_name
from colead_desktop.domain.record_dates import ProgrammePeriod
from colead_desktop.domain.tour_party import taking_part, withdrawn
from colead_desktop.domain.travel import (DEFAULT_TRAVEL, TravelParams, distance_km, duration_text, legs,
                                          minutes_between, streams, tour_mode)
from colead_desktop.domain.types import Facility, LabelledEnum, TransportMode


class Severity(LabelledEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"error": ("エラー", "Error"), "warning": ("警告", "Warning"), "info": ("情報", "Info")}


# What each finding code means in plain words: people see the label, support sees the code in a tooltip.
FINDING_LABELS: dict[str, tuple[str, str]] = {
    "venue.facility_missing": ("拠点会場の設備不足", "Base venue lacks facilities"),
    "venue.capacity": ("定員超過", "Over capacity"),
    "venue.double_booked": ("会場の重複予約", "Place double-booked"),
    "people.double_booked": ("参加者の重複", "People on two tours at once"),
    "transport.travel_time": ("移動時間の不足", "Not enough travel time"),
    "transport.no_coordinates": ("移動時間が不明", "Travel time unknown"),
    "transport.public_transit": ("公共交通機関の区間が長い", "Long leg by public transit"),
    "place.far_away": ("他の場所から遠い場所", "Place far from the others"),
    "transport.seats": ("座席の不足", "Not enough seats"),
    "time.overlap": ("時間の重なり", "Overlapping times"),
    "time.outside_hours": ("営業時間外", "Outside opening hours"),
    "calendar.holiday": ("休日に企業との予定", "Companies needed on a holiday"),
    "calendar.outside_period": ("プログラムの期間外", "Outside the programme's period"),
    "structure.length": ("日程の長さ", "Tour length"),
    "structure.no_orientation": ("オリエンテーションなし", "No orientation"),
    "structure.no_discussion": ("人材だけの議論なし", "No talent-only discussion"),
    "structure.no_preparation": ("プレゼン準備なし", "No presentation preparation"),
    "structure.no_presentation": ("最終日のプレゼンなし", "No final presentation"),
    "structure.remote_morning": ("リモートワークの午前に予定", "Item in a remote-work morning"),
    "structure.no_party": ("参加者なし", "Nobody takes part"),
    "party.archived": ("アーカイブ済みの参加者", "Archived participant"),
    "structure.no_company": ("訪問企業なし", "No company visited"),
    "lodging.nights": ("宿泊数の不一致", "Nights do not match"),
    "arrival.too_early": ("到着前の開始", "Starts before arrival"),
    "departure.too_late": ("出発に間に合わない", "Ends too late for departure"),
    "movement.outside_dates": ("日程外の到着・出発", "Arrival or departure outside the tour"),
}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    day: int | None
    items: tuple[int, ...]
    message: str
    detail: str = ""
    """More than the message: the names of the people concerned, shown only when the finding is pointed at."""

    @property
    def label(self) -> str:
        """The finding's kind in plain words, in the current language."""
        ja, en = FINDING_LABELS[self.code]
        return msg(ja, en)


@dataclass(frozen=True)
class Booking:
    """Another tour or event holding a place, to detect double bookings."""

    place_id: str
    start: datetime
    end: datetime
    label: str


@dataclass(frozen=True)
class OtherTour:
    """Another tour on some of this tour's dates, with its members' ids, to detect people booked on both.

    Members added from the talent and staff lists have ids of those records (talent-12, staff-3), the same in
    every tour; a copy made with its party keeps them."""

    label: str
    start: date
    end: date
    members: frozenset[str]


@dataclass(frozen=True)
class CheckParams:
    """Per-programme settings. The guideline wants all six base-venue facilities; a programme may relax it."""

    required_facilities: frozenset[Facility] = frozenset(Facility)
    travel: TravelParams = DEFAULT_TRAVEL
    morning_end: time = time(12, 0)


DEFAULT_CHECKS = CheckParams()
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING


def check_tour(tour: Tour, params: CheckParams = DEFAULT_CHECKS,
               bookings: Sequence[Booking] = (), others: Sequence[OtherTour] = (),
               archived: frozenset[str] = frozenset(), period: ProgrammePeriod | None = None) -> list[Finding]:
    """All findings, errors first, then by day. `archived`: ids of members whose records are archived; the tour is
    checked without them (domain/tour_party.py), and a finding names them. `period`: the programme's, which the
    tour's days should lie in (None: not known, as for `colead tour check`'s JSON)."""
    found = list(_archived(tour, archived))
    found.extend(_outside_period(tour, period))
    tour = taking_part(tour, archived)  # the same items, so the findings' item indexes hold for the tour as listed
    for check in (_venue, _capacity, _transport, _overlap, _hours, _holidays, _structure, _lodging):
        found.extend(check(tour, params))
    found.extend(_double_booked(tour, bookings))
    found.extend(_people_booked(tour, others))
    found.extend(_arrivals(tour, params.travel))
    found.extend(_movement_dates(tour))
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(found, key=lambda f: (rank[f.severity], f.day or 0, f.items))


def _archived(tour: Tour, archived: frozenset[str]) -> Iterator[Finding]:
    gone = withdrawn(tour, archived)
    if gone:
        yield Finding("party.archived", _WARNING, None, (),
                      msg("参加者にアーカイブ済みの人材が{n}名います。旅程表・カレンダー・人数・チェックには含めていません。"
                          "ツアー設定の「参加者」から外してください",
                          "Archived talents still listed in the party: {n}. The itinerary, calendars, head count and "
                          "checks leave them out; remove them under Participants in the tour settings", n=len(gone)),
                      msg("、", ", ").join(member.name for member in gone))


def _outside_period(tour: Tour, period: ProgrammePeriod | None) -> Iterator[Finding]:
    """A tour of another fiscal year in this programme: last year's B-5 worksheet imported into this year's (a new
    tour on last year's dates), a copy or a start date typed with the wrong year. Its tour days and per diems would
    count in the wrong year's contract. A warning, as for payment records (domain/record_dates.py): a programme's
    period set wrong is corrected in its setup."""
    if period is None or (period.contains(tour.start_date) and period.contains(tour.end_date)):
        return
    yield Finding("calendar.outside_period", _WARNING, None, (),
                  msg("ツアーの日程（{first}〜{last}）がプログラムの期間（{period}）の外です。別の年度のツアーではありませんか",
                      "The tour's dates ({first} to {last}) are outside the programme's period ({period}): is it "
                      "another year's tour?", first=_ymd(tour.start_date), last=_ymd(tour.end_date),
                      period=period.text()))


def _hm(value: time | datetime) -> str:
    return value.strftime("%H:%M")


def _venue(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    venue = tour.place(tour.base_venue_id)
    if venue is None or venue.facilities is None:
        return
    missing = sorted(params.required_facilities - venue.facilities)
    if missing:
        yield Finding("venue.facility_missing", _WARNING, None, (),
                      msg("拠点会場「{venue}」に不足: {missing}", "Base venue {venue} lacks: {missing}",
                          venue=venue.name, missing=msg("、", ", ").join(f.label for f in missing)))


def _capacity(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    for index, item in enumerate(tour.items):
        place = tour.place(item.place_id)
        if place is not None and place.capacity is not None and tour.attendance(item) > place.capacity:
            yield Finding("venue.capacity", _ERROR, item.day, (index,),
                          msg("「{place}」の定員{cap}名に対し{n}名が参加します",
                              "{place} holds {cap} but {n} people attend", place=place.name,
                              cap=place.capacity, n=tour.attendance(item)))


def _double_booked(tour: Tour, bookings: Iterable[Booking]) -> Iterator[Finding]:
    by_place: dict[str, list[Booking]] = {}
    for booking in bookings:
        by_place.setdefault(booking.place_id, []).append(booking)
    for index, item in enumerate(tour.items):
        for booking in by_place.get(item.place_id or "", []):
            if booking.start < tour.ends_at(item) and tour.starts_at(item) < booking.end:
                yield Finding("venue.double_booked", _ERROR, item.day, (index,),
                              msg("「{place}」は{start}〜{end}に「{label}」で予約済みです",
                                  "{place} is booked by {label} from {start} to {end}",
                                  place=tour.place_by_id[booking.place_id].name, label=booking.label,
                                  start=booking.start.strftime("%m/%d %H:%M"), end=_hm(booking.end)))


def _people_booked(tour: Tour, others: Iterable[OtherTour]) -> Iterator[Finding]:
    """One finding per other tour sharing people on shared dates: how many (names only in the detail)."""
    for other in others:
        first, last = max(tour.start_date, other.start), min(tour.end_date, other.end)
        shared = [member for member in tour.members if member.id in other.members]
        if first > last or not shared:
            continue
        talents = sum(1 for member in shared if member.role is Role.TALENT)
        dates = _md(first) if first == last else span(_md(first), _md(last))
        yield Finding("people.double_booked", _ERROR, (first - tour.start_date).days + 1, (),
                      msg("{dates}は「{tour}」（{start}〜{end}）と日程が重なり、同じ参加者{n}名（人材{t}名・スタッフ{s}名）"
                          "が両方のツアーに登録されています",
                          "On {dates} this tour overlaps {tour} ({start} to {end}); the same {n} people ({t} talents, "
                          "{s} staff) are on both", dates=dates, tour=other.label, start=_md(other.start),
                          end=_md(other.end), n=len(shared), t=talents, s=len(shared) - talents),
                      listed((member.name for member in shared), "、"))


def _md(day: date) -> str:
    return day.strftime("%m/%d")


def _transport(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    travel = params.travel
    for leg in legs(tour, travel):
        day = tour.items[leg.to_item].day
        names = {"a": tour.place_by_id[leg.from_place].name, "b": tour.place_by_id[leg.to_place].name}
        if 0 <= leg.gap_minutes < leg.minutes:  # a negative gap is an overlap: time.overlap reports it
            severity = _ERROR if leg.gap_minutes < leg.minutes * travel.severe_ratio else _WARNING
            yield Finding("transport.travel_time", severity, day, (leg.from_item, leg.to_item),
                          msg("「{a}」→「{b}」({km:.1f} km) は移動に約{need}かかりますが、間隔は{gap}です",
                              "{a} → {b} ({km:.1f} km) takes about {need} but the gap is {gap}",
                              km=leg.distance_km, need=duration_text(leg.minutes), gap=duration_text(leg.gap_minutes),
                              **names))
        if leg.mode is TransportMode.PUBLIC_TRANSIT and leg.distance_km > travel.public_transit_max_km:
            yield Finding("transport.public_transit", _WARNING, day, (leg.from_item, leg.to_item),
                          msg("「{a}」→「{b}」は{km:.1f} kmあり、公共交通機関では本数が少ない恐れがあります",
                              "{a} → {b} is {km:.1f} km; public transit may run rarely on this leg",
                              km=leg.distance_km, **names))
    yield from _unlocated(tour)
    yield from _far_away(tour)
    vehicle = tour.transport
    if (vehicle is not None and vehicle.seats is not None and vehicle.mode is not None
            and vehicle.mode is not TransportMode.PUBLIC_TRANSIT and vehicle.seats < tour.headcount):
        yield Finding("transport.seats", _ERROR, None, (),
                      msg("{mode}の座席{seats}席に対し参加者は{n}名です", "{mode} has {seats} seats for {n} people",
                          mode=vehicle.mode.label, seats=vehicle.seats, n=tour.headcount))


FAR_KM = 150.0
"""How far a visited place may be from the nearest other one: a region a tour covers (a city and its neighbours,
北見 with its outlying towns) spans well under 100 km, so a place farther than this from all the others is most
likely a wrong coordinate or a place of another region (a 会津 company located in 宮崎)."""


def _far_away(tour: Tour) -> Iterator[Finding]:
    """A visited place (not a gateway: an airport or a big station may lie outside the region) farther than
    FAR_KM from every other visited place of the tour."""
    visited = {tour.items[i].place_id for i in tour.ordered()}
    places = [p for p in tour.places if p.id in visited and p.located and p.kind is not PlaceKind.GATEWAY]
    for place in places:
        others = [other for other in places if other.id != place.id]
        # Stopping at the first place near enough measures one distance for most places instead of all of them: a
        # geodesic costs a first check (no distance cached yet) some 0.2 ms a pair (issue 15).
        if not others or any((distance_km(place, other) or 0.0) <= FAR_KM for other in others):
            continue
        km = min(distance_km(place, other) or 0.0 for other in others)
        indexes = tuple(i for i in tour.ordered() if tour.items[i].place_id == place.id)
        yield Finding("place.far_away", _WARNING, tour.items[indexes[0]].day, indexes,
                      msg("「{place}」はツアーの他の場所から約{km:.0f} km離れています。緯度・経度と地域が正しいか"
                          "確認してください",
                          "{place} is about {km:.0f} km from the tour's other places; check its latitude, "
                          "longitude and region", place=place.name, km=km))


def _unlocated(tour: Tour) -> Iterator[Finding]:
    """A place the tour goes to without coordinates: travel to and from it is not estimated, so say so."""
    moved_through = {m.place_id for m in (*tour.arrivals, *tour.departures)}
    for place in tour.places:
        if place.located:
            continue
        indexes = tuple(i for i in tour.ordered() if tour.items[i].place_id == place.id)
        if not indexes and place.id not in moved_through:
            continue
        yield Finding("transport.no_coordinates", _WARNING, tour.items[indexes[0]].day if indexes else None, indexes,
                      msg("「{place}」の緯度・経度がないため、そこへの移動時間を確認できません。ツアー設定の「場所」で入力してください",
                          "{place} has no latitude and longitude, so travel to and from it is not checked; enter them "
                          "under Places in the tour settings", place=place.name))


def _overlap(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    pairs: set[tuple[int, int]] = set()
    for stream in streams(tour):
        latest: int | None = None  # the item ending last so far in this person's day
        for index in stream:
            item = tour.items[index]
            if latest is not None and tour.starts_at(item) < tour.ends_at(tour.items[latest]):
                pairs.add((min(latest, index), max(latest, index)))
            if latest is None or tour.ends_at(item) > tour.ends_at(tour.items[latest]):
                latest = index
    for a, b in sorted(pairs):
        first, second = tour.items[a], tour.items[b]
        yield Finding("time.overlap", _ERROR, second.day, (a, b),
                      msg("{a}（{a_t}）と{b}（{b_t}）の時間が重なっています",
                          "{a} ({a_t}) overlaps {b} ({b_t})", a=first.display_title, b=second.display_title,
                          a_t=f"{_hm(first.start)}-{_hm(first.end)}", b_t=f"{_hm(second.start)}-{_hm(second.end)}"))


def _hours(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    for index, item in enumerate(tour.items):
        place = tour.place(item.place_id)
        if place is None:
            continue
        weekday = tour.date_of(item.day).weekday()
        if weekday in place.closed_weekdays:
            yield Finding("time.outside_hours", _ERROR, item.day, (index,),
                          msg("「{place}」は{w}曜日が休みです", "{place} is closed on {w}",
                              place=place.name, w=weekday_name(weekday)))
        elif (place.opens and item.start < place.opens) or (place.closes and item.end > place.closes):
            yield Finding("time.outside_hours", _ERROR, item.day, (index,),
                          msg("「{place}」の営業時間（{open}〜{close}）外です",
                              "Outside the opening hours of {place} ({open}-{close})", place=place.name,
                              open=_hm(place.opens) if place.opens else "", close=_hm(place.closes) if place.closes else ""))


# The items that need a company's people at work, on a holiday or weekend each with what to check. A visit or a
# briefing is at (or by) the company, a presentation to the companies and an exchange of views need them to come,
# wherever they are held (the presentation is usually at the lab). The party's own items (orientation by the lab,
# talent-only discussion, preparation, remote work, travel) go ahead on any day; a facility's closed days are its
# place's (time.outside_hours), and a lunch is the restaurant's.
_NEEDS_COMPANIES: dict[ItemKind, tuple[str, str]] = {
    ItemKind.COMPANY_VISIT: ("企業が営業しているか確認してください", "check that the company is open"),
    ItemKind.COMPANY_BRIEFING: ("企業が営業しているか確認してください", "check that the company is open"),
    ItemKind.PRESENTATION: ("企業の方が出席できるか確認してください", "check that the companies can attend"),
    ItemKind.EXCHANGE: ("企業の方が出席できるか確認してください", "check that the companies can attend"),
}


def _holidays(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    for index, item in enumerate(tour.items):
        check = _NEEDS_COMPANIES.get(item.kind)
        if check is None:
            continue
        day = tour.date_of(item.day)
        name = holiday_name(day)
        if name is not None or day.weekday() >= 5:
            weekday = day.weekday()
            label = name or msg("{d}曜日", "a weekend", d=WEEKDAYS[weekday])
            # Named after the item: two visits on one Saturday would otherwise read word for word the same.
            yield Finding("calendar.holiday", _WARNING, item.day, (index,),
                          msg("{date}（{w}）の{item}: {label}です。{check}", "{item} on {date} ({w}) falls on {label}; {check}",
                              date=day.strftime("%Y-%m-%d"), w=weekday_name(weekday), item=item.display_title,
                              label=label, check=msg(*check)))


def _indexes(tour: Tour, kinds: Sequence[ItemKind], day: int | None = None) -> list[int]:
    return [i for i, item in enumerate(tour.items)
            if item.kind in kinds and (day is None or item.day == day)]


def _structure(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    if not 2 <= tour.days <= 5:
        yield Finding("structure.length", _ERROR, None, (),
                      msg("日程は2〜5日にしてください（現在{n}日）", "Tours last 2-5 days (this one: {n})", n=tour.days))
    if tour.headcount == 0:  # a tour made from a template has its days but nobody yet
        yield Finding("structure.no_party", _WARNING, None, (),
                      msg("参加者がいません。参加者を加えるか参加人数を入れてください",
                          "Nobody takes part yet: add the participants or enter the party size"))
    if not any((place := tour.place(item.place_id)) is not None and place.kind is PlaceKind.COMPANY
               for item in tour.items if item.kind in (ItemKind.COMPANY_VISIT, ItemKind.COMPANY_BRIEFING)):
        yield Finding("structure.no_company", _WARNING, None, (),
                      msg("訪問する企業がありません。企業訪問か企業説明に企業を選んでください",
                          "No company is visited: choose a company for a company visit or briefing"))
    if not _indexes(tour, (ItemKind.ORIENTATION,), 1):
        yield Finding("structure.no_orientation", _WARNING, 1, (),
                      msg("1日目にオリエンテーションがありません", "No orientation on day 1"))
    discussions = [i for i in _indexes(tour, (ItemKind.TALENT_DISCUSSION,)) if _talent_only(tour, tour.items[i])]
    if not discussions:
        yield Finding("structure.no_discussion", _WARNING, None, (),
                      msg("人材だけで議論する時間がありません", "No talent-only discussion time"))
    if not _indexes(tour, (ItemKind.PREPARATION,)):
        yield Finding("structure.no_preparation", _WARNING, None, (),
                      msg("プレゼン準備の時間がありません", "No time to prepare the presentations"))
    if not _indexes(tour, (ItemKind.PRESENTATION,), tour.days):
        yield Finding("structure.no_presentation", _WARNING, tour.days, (),
                      msg("最終日に企業へのプレゼンテーションがありません", "No presentation to the companies on the last day"))
    if tour.remote_mornings:
        for index, item in enumerate(tour.items):
            if (item.day > 1 and item.start < params.morning_end
                    and item.kind not in (ItemKind.REMOTE_WORK, ItemKind.TRAVEL)):
                yield Finding("structure.remote_morning", _WARNING, item.day, (index,),
                              msg("午前はリモートワーク用に確保されていますが「{t}」が入っています",
                                  "Mornings are kept for remote work but {t} is scheduled", t=item.display_title))


def _talent_only(tour: Tour, item: Item) -> bool:
    if item.attendees is None or not tour.members:
        return True  # a discussion for the whole party is the talents' time by convention
    roles = {member.id: member.role.value for member in tour.members}
    return all(roles.get(member) == "talent" for member in item.attendees)


def _lodging(tour: Tour, params: CheckParams) -> Iterator[Finding]:
    if tour.lodging is not None and tour.lodging.nights is not None and tour.lodging.nights != tour.days - 1:
        yield Finding("lodging.nights", _WARNING, None, (),
                      msg("宿泊数{n}泊が日程{d}日（{e}泊）と合いません", "{n} nights booked for a {d}-day tour ({e} nights)",
                          n=tour.lodging.nights, d=tour.days, e=tour.days - 1))


def _arrivals(tour: Tour, travel: TravelParams) -> Iterator[Finding]:
    mode = tour_mode(tour)
    for movement in tour.arrivals:
        gateway = tour.place(movement.place_id)
        for index, item in _moving_items(tour, movement):
            place = tour.place(item.place_id)
            # unknown (no coordinates at one end): only the arrival time itself is checked
            need = (minutes_between(gateway, place, mode, travel) if gateway and place else None) or 0.0
            ready = movement.at + timedelta(minutes=need)
            if tour.starts_at(item) < ready:
                yield Finding("arrival.too_early", _ERROR, item.day, (index,),
                              msg("{t}は{at}開始ですが、{at_gw}着の一行が着けるのは{ready}頃です",
                                  "{t} starts at {at}, but the group arriving at {at_gw} can be there about {ready}",
                                  t=item.display_title, at=_hm(item.start), ready=_hm(ready),
                                  at_gw=f"{gateway.name if gateway else ''} {_hm(movement.at)}"))
    for movement in tour.departures:
        gateway = tour.place(movement.place_id)
        for index, item in _moving_items(tour, movement):
            place = tour.place(item.place_id)
            need = (minutes_between(place, gateway, mode, travel) if gateway and place else None) or 0.0
            latest = movement.at - timedelta(minutes=need)
            if tour.ends_at(item) > latest:
                yield Finding("departure.too_late", _ERROR, item.day, (index,),
                              msg("{t}は{end}終了ですが、{dep}発に間に合うには{latest}までに出る必要があります",
                                  "{t} ends at {end}, but leaving by {latest} is needed for {dep}",
                                  t=item.display_title, end=_hm(item.end), latest=_hm(latest),
                                  dep=f"{gateway.name if gateway else ''} {_hm(movement.at)}"))


def _movement_dates(tour: Tour) -> Iterator[Finding]:
    """Arrivals after the first day, departures before the last, and movements more than a day off the tour.

    Arriving the evening before or leaving the morning after is common. Inside the tour a late arrival or
    an early departure may be planned (someone joins for a day), so it warns; outside it contradicts the tour.
    """
    first, last = tour.start_date, tour.end_date
    for arrival, movement in [(True, m) for m in tour.arrivals] + [(False, m) for m in tour.departures]:
        day = movement.at.date()
        far = not first - timedelta(days=1) <= day <= last + timedelta(days=1)
        if not far and (day <= first if arrival else day >= last):
            continue
        severity = _WARNING if first <= day <= last and not far else _ERROR
        who, when = _travellers(tour, movement), _ymd(day)
        dates = {"first": _ymd(first), "last": _ymd(last)}
        if far:
            text = (msg("{who}の到着（{date}）がツアーの日程（{first}〜{last}）から1日以上離れています",
                        "Arrival of {who} on {date} is more than a day outside the tour ({first} to {last})",
                        who=who, date=when, **dates) if arrival else
                    msg("{who}の出発（{date}）がツアーの日程（{first}〜{last}）から1日以上離れています",
                        "Departure of {who} on {date} is more than a day outside the tour ({first} to {last})",
                        who=who, date=when, **dates))
        elif arrival:
            text = msg("{who}の到着（{date}）がツアー初日（{first}）より後です",
                       "Arrival of {who} on {date} is after the tour's first day ({first})", who=who, date=when, **dates)
        else:
            text = msg("{who}の出発（{date}）がツアー最終日（{last}）より前です",
                       "Departure of {who} on {date} is before the tour's last day ({last})", who=who, date=when, **dates)
        yield Finding("movement.outside_dates", severity, None, (), text)


def _travellers(tour: Tour, movement: Movement) -> str:
    """Who moves, by name: the whole party, or the listed members (ids of members no longer listed as they are)."""
    if movement.members is None:
        return msg("一行全員", "the whole party")
    names = {member.id: member.name for member in tour.members}
    return msg("、", ", ").join(names.get(member, member) for member in sorted(movement.members))


def _ymd(day: date) -> str:
    return day.strftime("%Y-%m-%d")


def _moving_items(tour: Tour, movement: Movement) -> Iterator[tuple[int, Item]]:
    """Items attended by someone in the moving group, apart from the travel itself."""
    for index, item in enumerate(tour.items):
        if item.kind is ItemKind.TRAVEL:
            continue
        if movement.members is None or item.attendees is None or movement.members & item.attendees:
            yield index, item
