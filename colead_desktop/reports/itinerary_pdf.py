"""Printed itinerary (旅程表): the tour's facts, then each tour day with its route map.

Talents carry this on paper in regions with patchy signal, so each day is self-contained: times, places with
addresses, the drive between them, the notes and a map of the day's stops. Days are kept whole but not forced
onto pages of their own, so short days share a page, the first one with the tour's facts when it fits there (a
short cover left the rest of page 1 blank); a 3-day tour is at most 4 pages. A
per-participant version leaves out the items that person does not attend.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Member, Tour
from colead_desktop.domain.jp_calendar import document_date, document_moment, holiday_label
from colead_desktop.domain.route_map import DayRoute, day_route, unplaced_note
from colead_desktop.domain.travel import DEFAULT_TRAVEL, Leg, TravelParams, duration_text, legs, unknown_moves
from colead_desktop.reports.fonts import register_fonts
from colead_desktop.reports.layout import (BODY, CELL, CELL_PADDING, CONTENT_WIDTH, SMALL, TITLE, build_pdf, clipped,
                                          grid, headed, para)
from colead_desktop.reports.route_map_drawing import route_drawing

ProgressCallback = Callable[[int, int], object]
"""Called as (pages done, pages total). To cancel, raise from it (e.g. progress.Cancelled); no file is left."""


def _date_text(tour: Tour, day: int) -> str:
    when = tour.date_of(day)
    return document_date(when, weekday=True, note=holiday_label(when))


def _cover(tour: Tour, member: Member | None) -> list[Flowable]:
    venue = tour.place(tour.base_venue_id)
    rows: list[list[str]] = [
        [msg("地域", "Region"), tour.region],
        [msg("日程", "Dates"), msg("{a} 〜 {b}（{n}日間）", "{a} to {b} ({n} days)", a=_date_text(tour, 1),
                                   b=_date_text(tour, tour.days), n=tour.days)],
        [msg("拠点会場", "Base venue"), f"{venue.name}\n{venue.address}" if venue else msg("未定", "Not set")],
        [msg("人数", "Party size"), msg("{n}名", "{n}", n=tour.headcount)],
    ]
    if tour.lodging:
        nights = msg("{n}泊", "{n} nights", n=tour.lodging.nights) if tour.lodging.nights is not None else ""
        rows.append([msg("宿泊", "Lodging"), f"{tour.lodging.hotel} {nights}\n{tour.lodging.address}".strip()])
    if tour.transport and tour.transport.mode:
        seats = msg("（{n}席）", " ({n} seats)", n=tour.transport.shown_seats) if tour.transport.shown_seats else ""
        rows.append([msg("現地での移動手段", "Transport in the region"),
                     f"{tour.transport.mode.label}{seats} {tour.transport.notes}".strip()])
    for label, movements in ((msg("到着", "Arrival"), tour.arrivals), (msg("出発", "Departure"), tour.departures)):
        # A member's itinerary: only their own arrivals and departures (another's time read as theirs); everyone's:
        # in time order, each naming who travels unless the whole party does, and none of nobody (an archived
        # talent's own, domain/tour_party.py).
        for movement in sorted(movements, key=lambda m: m.at):
            who = "" if movement.members is None else _names(tour, movement.members)
            if (member is not None and not tour.travels(member.id, movement)) or (movement.members is not None
                                                                                   and not who):
                continue
            place = tour.place(movement.place_id)
            text = f"{document_moment(movement.at)} {place.name if place else movement.place_id}"
            if member is None and who:
                text += msg("（{who}）", " ({who})", who=who)
            rows.append([label, text])
    if tour.online_fallback:
        rows.append([msg("感染状況等による変更", "Fallback"),
                     msg("状況によりオンライン開催に切り替えます", "The tour moves online if needed")])
    outline = grid(rows, [CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.75], header=False)
    story: list[Flowable] = [para(tour.display_title, TITLE)]
    story += [outline if member is None else headed(msg("{name} 様用の旅程表", "Itinerary for {name}", name=member.name),
                                                    outline), Spacer(1, 12)]
    if tour.contacts:
        story.append(headed(msg("緊急連絡先", "Emergency contacts"), grid(
            [[msg("氏名", "Name"), msg("所属", "Organisation"), msg("電話", "Phone")]]
            + [[c.name, c.organisation, c.phone] for c in tour.contacts],
            [CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.35, CONTENT_WIDTH * 0.25])))
    if tour.members and member is None:
        story.append(headed(msg("参加者", "Party"), grid(
            [[msg("氏名", "Name"), msg("区分", "Role"), msg("所属", "Organisation")]]
            + [[m.name, m.role.label, m.organisation] for m in tour.members],
            [CONTENT_WIDTH * 0.35, CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.35])))
    return story


def _names(tour: Tour, ids: frozenset[str]) -> str:
    """The named members in the party's order (those no longer in it, archived talents, are left out)."""
    return msg("、", ", ").join(m.name for m in tour.members if m.id in ids)


def _leg_text(leg: Leg | None, unknown: bool) -> str:
    if unknown:  # from or to a place without coordinates: the check says so too (transport.no_coordinates)
        return msg("不明", "Unknown")
    if leg is None:
        return ""
    return msg("{km:.1f} km\n約{t}", "{km:.1f} km\nabout {t}", km=leg.distance_km, t=duration_text(leg.minutes))


MAP_WIDTH = CONTENT_WIDTH * 0.58
MAP_HEIGHT = MAP_WIDTH * 0.55
LEGEND_STOPS = 40  # lines of the stop list: well inside a page


def _map_block(route: DayRoute) -> Table:
    """The day's map with the numbered stop list beside it (names would crowd the map itself). Each name takes one
    line, cut when longer, and the list stops at LEGEND_STOPS: the table above prints every name whole, and a list
    taller than a page could not be placed beside the map (the two share one table row, which cannot split)."""
    legend_width = CONTENT_WIDTH - MAP_WIDTH - 8
    text_width = legend_width - 2 * CELL_PADDING
    lines = [clipped(f"{stop.number}. {' '.join(stop.place.name.split())}", CELL.fontName, CELL.fontSize,
                     text_width - 1) for stop in route.stops[:LEGEND_STOPS]]
    if len(route.stops) > LEGEND_STOPS:
        lines.append(msg("ほか{n}か所（表を参照）", "{n} more (see the table)", n=len(route.stops) - LEGEND_STOPS))
    names = "\n".join(lines)
    legend = [para(names, CELL, text_width), Spacer(1, 4),
              para(msg("線の数字は移動時間の目安です。", "Numbers on the lines are travel times."), SMALL, text_width)]
    note = unplaced_note(route)
    if note:  # the places left off the map, under the list of those on it
        legend[1:1] = [Spacer(1, 4), para(note, SMALL, text_width)]
    table = Table([[route_drawing(route, MAP_WIDTH, MAP_HEIGHT), legend]], colWidths=[MAP_WIDTH + 8, legend_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("TEXTCOLOR", (0, 0), (-1, -1), colors.black)]))
    return table


NOTE_IN_CELL = 60
"""Characters of a note printed in its row (about five lines of the 備考 column). A longer one (a pasted e-mail)
prints under the day's table across the page's width, where it takes a quarter of the lines and may run on to the
next page, and its row points to it."""


def _day(tour: Tour, day: int, indexes: list[int], arriving: dict[int, Leg], unknown: set[int],
         route: DayRoute) -> Flowable:
    rows = [[msg("時間", "Time"), msg("内容", "Activity"), msg("場所・住所", "Place / address"),
             msg("移動", "Travel"), msg("備考", "Notes")]]
    long_notes: list[Flowable] = []
    for index in indexes:
        item = tour.items[index]
        place = tour.place(item.place_id)
        number = next((f"{stop.number}. " for stop in route.stops if place and stop.place.id == place.id), "")
        where = f"{number}{place.name}\n{place.address}".strip() if place else ""
        when = f"{item.start:%H:%M}–{item.end:%H:%M}"
        notes = item.notes
        if len(notes) > NOTE_IN_CELL:
            mark = f"※{len(long_notes) + 1}"
            long_notes.append(para(f"{mark} {when} {item.display_title}\n{notes}", BODY))
            notes = msg("{m}（表の下）", "{m} (below the table)", m=mark)
        rows.append([when, item.display_title, where, _leg_text(arriving.get(index), index in unknown), notes])
    # 備考 holds an 11-katakana word (オープンイノベーション) unbroken; 移動 a time of hours and minutes (約1時間29分)
    widths = [0.13, 0.24, 0.27, 0.13, 0.23]
    schedule = (para(msg("予定はありません", "Nothing scheduled"), BODY) if len(rows) == 1 else
                grid(rows, [CONTENT_WIDTH * w for w in widths]))
    story: list[Flowable] = [headed(msg("{n}日目　{d}", "Day {n}: {d}", n=day, d=_date_text(tour, day)), schedule)]
    for note in long_notes:
        story += [Spacer(1, 4), note]
    if route.stops:
        story += [Spacer(1, 4), _map_block(route)]
    elif route.unplaced:  # no map to draw, but the reader learns which places have none
        story += [Spacer(1, 4), para(unplaced_note(route), SMALL)]
    story.append(Spacer(1, 2))
    story.append(para(msg("移動時間は直線距離からの概算です。", "Travel times are estimates from straight-line distance."),
                      SMALL))
    story.append(Spacer(1, 8))
    return KeepTogether(story)  # a day never splits across pages unless it cannot fit on one


def write_itinerary_pdf(tour: Tour, target: Path, participant: str | None = None,
                        params: TravelParams = DEFAULT_TRAVEL, progress: ProgressCallback | None = None,
                        unresolved: int = 0) -> Path:
    """Write the itinerary to `target` atomically; with `participant` (a member id), only their items.
    `unresolved`: the errors the tour's check finds, printed at the top of every page when there are any (an
    itinerary exported despite them must not pass for a checked one)."""
    member = next((m for m in tour.members if m.id == participant), None)
    if participant is not None and member is None:
        raise InputError(msg("参加者「{p}」がツアーにいません（このツアーの参加者: {ids}）",
                             "{p} is not in this tour's party (its members: {ids})", p=participant,
                             ids=", ".join(m.id for m in tour.members) or "—"))  # ids only: no names in messages
    register_fonts()  # Paragraphs resolve their font when built, before build_pdf registers it
    attended = [i for i in tour.ordered() if participant is None or tour.attends(participant, tour.items[i])]
    kept = set(attended)
    arriving = {leg.to_item: leg for leg in legs(tour, params) if leg.from_item in kept and leg.to_item in kept}
    unknown = {j for i, j in unknown_moves(tour) if i in kept and j in kept}
    story = _cover(tour, member)  # the first day follows it on its page when it fits there whole
    total = tour.days + 1
    if progress:
        progress(1, total)
    for day in range(1, tour.days + 1):
        route = day_route(tour, day, participant, params)
        story.append(_day(tour, day, [i for i in attended if tour.items[i].day == day], arriving, unknown, route))
        if progress:
            progress(day + 1, total)
    title = tour.display_title
    footer = f"{title} {member.name}" if member else title
    warning = msg("未解決の問題があります（チェックのエラー {n} 件）。内容を確かめてから配布してください",
                  "Unresolved issues (errors found by the checks: {n}). Verify before handing this out",
                  n=unresolved) if unresolved else ""
    return build_pdf(Path(target), title, story, footer_text=footer, warning_text=warning)
