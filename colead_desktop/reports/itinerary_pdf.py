"""Printed itinerary (旅程表): a cover sheet, then one page per tour day.

Talents carry this on paper in regions with patchy signal, so each day page is self-contained: times,
places with addresses, the drive between them and the notes. A per-participant version leaves out the
items that person does not attend.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Member, Tour
from colead_desktop.domain.jp_calendar import holiday_name, wareki, weekday_name
from colead_desktop.domain.travel import DEFAULT_TRAVEL, Leg, TravelParams, legs
from colead_desktop.reports.fonts import register_fonts
from colead_desktop.reports.layout import BODY, CONTENT_WIDTH, HEADING, SMALL, TITLE, build_pdf, grid, para

ProgressCallback = Callable[[int, int], object]
"""Called as (pages done, pages total). To cancel, raise from it (e.g. progress.Cancelled); no file is left."""


def _date_text(tour: Tour, day: int) -> str:
    when = tour.date_of(day)
    weekday = weekday_name(when.weekday())
    holiday = holiday_name(when)
    suffix = f"・{holiday}" if holiday else ""
    return msg("{w}（{d}{h}）", "{iso} ({d}{h})", w=wareki(when), iso=when.isoformat(), d=weekday, h=suffix)


def _cover(tour: Tour, member: Member | None) -> list[Flowable]:
    venue = tour.place(tour.base_venue_id)
    rows: list[list[str]] = [
        [msg("地域", "Region"), tour.region],
        [msg("日程", "Dates"), msg("{a} 〜 {b}（{n}日間）", "{a} to {b} ({n} days)", a=_date_text(tour, 1),
                                   b=_date_text(tour, tour.days), n=tour.days)],
        [msg("拠点会場", "Base venue"), f"{venue.name}\n{venue.address}" if venue else msg("未定", "Not set")],
    ]
    if tour.lodging:
        nights = msg("{n}泊", "{n} nights", n=tour.lodging.nights) if tour.lodging.nights is not None else ""
        rows.append([msg("宿泊", "Lodging"), f"{tour.lodging.hotel} {nights}\n{tour.lodging.address}".strip()])
    if tour.transport and tour.transport.mode:
        seats = msg("（{n}席）", " ({n} seats)", n=tour.transport.seats) if tour.transport.seats else ""
        rows.append([msg("現地での移動手段", "Transport in the region"),
                     f"{tour.transport.mode.label}{seats} {tour.transport.notes}".strip()])
    for label, movements in ((msg("到着", "Arrival"), tour.arrivals), (msg("出発", "Departure"), tour.departures)):
        for movement in movements:
            place = tour.place(movement.place_id)
            rows.append([label, f"{movement.at:%Y-%m-%d %H:%M} {place.name if place else movement.place_id}"])
    if tour.online_fallback:
        rows.append([msg("感染状況等による変更", "Fallback"),
                     msg("状況によりオンライン開催に切り替えます", "The tour moves online if needed")])
    story: list[Flowable] = [para(tour.title or tour.region, TITLE)]
    if member is not None:
        story.append(para(msg("{name} 様用の旅程表", "Itinerary for {name}", name=member.name), HEADING))
    story += [grid(rows, [CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.75], header=False), Spacer(1, 12)]
    if tour.contacts:
        story.append(para(msg("連絡先", "Contacts"), HEADING))
        story.append(grid([[msg("氏名", "Name"), msg("所属", "Organisation"), msg("電話", "Phone")]]
                          + [[c.name, c.organisation, c.phone] for c in tour.contacts],
                          [CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.35, CONTENT_WIDTH * 0.25]))
    if tour.members and member is None:
        story.append(para(msg("参加者", "Party"), HEADING))
        story.append(grid([[msg("氏名", "Name"), msg("区分", "Role"), msg("所属", "Organisation")]]
                          + [[m.name, m.role.label, m.organisation] for m in tour.members],
                          [CONTENT_WIDTH * 0.35, CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.35]))
    return story


def _leg_text(leg: Leg | None) -> str:
    if leg is None:
        return ""
    return msg("{km:.1f} km\n約{m:.0f}分", "{km:.1f} km\nabout {m:.0f} min", km=leg.distance_km, m=leg.minutes)


def _day(tour: Tour, day: int, indexes: list[int], arriving: dict[int, Leg]) -> list[Flowable]:
    rows = [[msg("時間", "Time"), msg("内容", "Activity"), msg("場所・住所", "Place / address"),
             msg("移動", "Travel"), msg("備考", "Notes")]]
    for index in indexes:
        item = tour.items[index]
        place = tour.place(item.place_id)
        where = f"{place.name}\n{place.address}".strip() if place else ""
        rows.append([f"{item.start:%H:%M}–{item.end:%H:%M}", item.display_title, where,
                     _leg_text(arriving.get(index)), item.notes])
    widths = [0.13, 0.3, 0.27, 0.12, 0.18]
    story: list[Flowable] = [para(msg("{n}日目　{d}", "Day {n}: {d}", n=day, d=_date_text(tour, day)), HEADING)]
    if len(rows) == 1:
        story.append(para(msg("予定はありません", "Nothing scheduled"), BODY))
    else:
        story.append(grid(rows, [CONTENT_WIDTH * w for w in widths]))
    story.append(Spacer(1, 6))
    story.append(para(msg("移動時間は直線距離からの概算です。", "Travel times are estimates from straight-line distance."),
                      SMALL))
    return story


def write_itinerary_pdf(tour: Tour, target: Path, participant: str | None = None,
                        params: TravelParams = DEFAULT_TRAVEL, progress: ProgressCallback | None = None) -> Path:
    """Write the itinerary to `target` atomically; with `participant` (a member id), only their items."""
    member = next((m for m in tour.members if m.id == participant), None)
    if participant is not None and member is None:
        raise InputError(msg("参加者「{p}」がツアーにいません", "{p} is not in this tour's party", p=participant))
    register_fonts()  # Paragraphs resolve their font when built, before build_pdf registers it
    attended = [i for i in tour.ordered() if participant is None or tour.attends(participant, tour.items[i])]
    kept = set(attended)
    arriving = {leg.to_item: leg for leg in legs(tour, params) if leg.from_item in kept and leg.to_item in kept}
    story = _cover(tour, member)
    total = tour.days + 1
    if progress:
        progress(1, total)
    for day in range(1, tour.days + 1):
        story.append(PageBreak())
        story += _day(tour, day, [i for i in attended if tour.items[i].day == day], arriving)
        if progress:
            progress(day + 1, total)
    title = tour.title or tour.region
    footer = f"{title} {member.name}" if member else title
    return build_pdf(Path(target), title, story, footer_text=footer)
