"""Meetup handouts as one A4 PDF: agenda, rotation, table sheets, talent cards and the pre-reading pack.

Why these parts: the 2021 survey asked for each table's expectations and each region's issues and past
measures before the event, and for better time keeping. The print centre picks parts separately, so
every part can be produced alone; long runs report progress and can be cancelled (nothing is written).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer
from reportlab.lib.units import mm

from colead_desktop.domain.agenda import BlockKind, round_slots, schedule
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import document_date
from colead_desktop.domain.meetup_docs import MeetupPack, RegionPack, TableBrief, TalentSheet, absent_text
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.types import LabelledEnum
from colead_desktop.reports.layout import (BODY, CONTENT_WIDTH, HEADING, SMALL, TITLE, build_pdf, grid, headed,
                                          label_width, para)
from colead_desktop.reports.self_intro_pdf import self_intro_page


class HandoutPart(LabelledEnum):
    AGENDA = "agenda"
    ROTATION = "rotation"
    TABLE_SHEETS = "table_sheets"
    TALENT_CARDS = "talent_cards"
    REGION_PACK = "region_pack"
    SELF_INTRO = "self_intro"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"agenda": ("アジェンダ", "Agenda"), "rotation": ("ローテーション表", "Rotation overview"),
                "table_sheets": ("テーブル別シート", "Table sheets"), "talent_cards": ("人材別カード", "Talent cards"),
                "region_pack": ("事前資料（地域）", "Pre-reading: regions"),
                "self_intro": ("自己紹介シート", "Self-introduction sheets")}


def write_handouts(target: Path, pack: MeetupPack, parts: Sequence[HandoutPart] = tuple(HandoutPart),
                   progress: Progress | None = None) -> Path:
    """Write the chosen parts, in the order given, to `target`; raises Cancelled when `progress` says so.

    Nothing chosen, or chosen parts with nothing in them (a region pack without regions), is refused with
    InputError before any file is written: a PDF saying only "nothing to print" is not a handout."""
    if not parts:
        raise InputError(msg("配布資料に含めるものを1つ以上選んでください", "Choose at least one part of the handouts"))
    units: list[Callable[[], list[Flowable]]] = []
    for part in parts:
        if part is HandoutPart.AGENDA:
            units.append(lambda: _agenda(pack))
        elif part is HandoutPart.ROTATION:
            units.append(lambda: _rotation(pack))
        elif part is HandoutPart.TABLE_SHEETS:
            units.extend(partial(_table_sheet, pack, t) for t in _briefs(pack))
        elif part is HandoutPart.TALENT_CARDS:
            units.extend(partial(_talent_card, pack, s, s is pack.talents[-1]) for s in pack.talents)
        elif part is HandoutPart.REGION_PACK:
            units.extend(partial(_region_page, r, r is pack.regions[-1]) for r in pack.regions)
        else:
            units.extend(partial(self_intro_page, s, pack.sheet_fields) for s in pack.talents)
    story: list[Flowable] = []
    for done, unit in enumerate(units):
        report(progress, done, len(units))
        story.extend(unit())
    report(progress, len(units), len(units))
    if not story:
        raise InputError(msg("選んだ内容（{parts}）には出力するものがありません",
                             "The chosen parts ({parts}) have nothing to print",
                             parts=_listed([part.label for part in parts])))
    return build_pdf(target, pack.agenda.title, story, f"{pack.agenda.title}  {_day(pack)}")


def _day(pack: MeetupPack) -> str:
    start = schedule(pack.agenda)[0].start if pack.agenda.blocks else pack.agenda.start
    return document_date(start.date(), weekday=True)


def _briefs(pack: MeetupPack) -> list[TableBrief]:
    ids = list(pack.plan.rounds[0]) if pack.plan.rounds else [t.table_id for t in pack.tables]
    return [pack.brief(table_id) for table_id in ids]


def _round_label(pack: MeetupPack, index: int) -> str:
    slots = round_slots(pack.agenda)
    label = msg("第{r}ラウンド", "Round {r}", r=index + 1)
    if index < len(slots):
        label += f"\n{slots[index].start:%H:%M}–{slots[index].end:%H:%M}"
    return label


def _agenda(pack: MeetupPack) -> list[Flowable]:
    """The printed programme. The agenda's findings (total time, overruns) are for the planner's screen."""
    agenda = pack.agenda
    widths = [24 * mm, 47 * mm, 29 * mm, 30 * mm, 50 * mm]
    rooms = [_spaced(b.room if b.table_id in b.room else f"{b.table_id}：{b.room}",
                     b.join_url if b.join_url != agenda.join_url else "")  # the event's link heads the page
             for b in _briefs(pack) if b.room]
    head = [msg("時間", "Time"), msg("項目", "Item"), msg("種別", "Kind"), msg("担当", "Owner"), msg("会場・URL", "Room / URL")]
    rows = [head]
    for b in schedule(agenda):
        where = [b.block.room] if b.block.room else []
        where += [b.block.join_url] if b.block.join_url else []
        where += rooms if b.block.kind is BlockKind.ROUND_TABLE else []
        rows.append([f"{b.start:%H:%M}–{b.end:%H:%M}", b.block.title, b.block.kind.label, b.block.owner,
                     "\n".join(where)])
    return [para(agenda.title, TITLE),
            para(_when_and_where(pack)),
            Spacer(1, 3 * mm), grid(rows, widths), PageBreak()]


def _rotation(pack: MeetupPack) -> list[Flowable]:
    """Who sits where, for the participants: the tables by round and who is out of each round (the same 欠席 the
    rotation workbook prints); the plan's quality figures are the planner's, on the round-table tab."""
    rounds = pack.plan.rounds
    head = [msg("テーブル", "Table")] + [_round_label(pack, r) for r in range(len(rounds))]
    rows = [head] + [[brief.region] + ["\n".join(pack.name(p) for p in seating.get(brief.table_id, ()))
                                       for seating in rounds] for brief in _briefs(pack)]
    if any(pack.absent(r) for r in range(len(rounds))):
        rows.append([absent_text()] + ["\n".join(pack.absent(r)) for r in range(len(rounds))])
    first = label_width([row[0] for row in rows], 18 * mm, 40 * mm)  # the rest is shared by the rounds' names
    rest = (CONTENT_WIDTH - first) / max(1, len(rounds))
    return [para(msg("ローテーション表", "Rotation overview"), TITLE), grid(rows, [first] + [rest] * len(rounds)),
            PageBreak()]


def _online(pack: MeetupPack) -> str:
    """Where the (online) event happens: its tool by name (oVice, Zoom, Webex) and its link, not 「会場：Zoom」."""
    return _spaced(pack.agenda.place, pack.agenda.join_url)


def _when_and_where(pack: MeetupPack) -> str:
    """The header's date and times, and the online place when one is set (no 「オンライン：-」 on a handout)."""
    agenda = pack.agenda
    when = msg("{d} {s}〜{e}", "{d} {s}-{e}", d=_day(pack), s=f"{agenda.start:%H:%M}", e=f"{agenda.end:%H:%M}")
    online = _online(pack)
    return msg("{w}　オンライン：{p}", "{w}  Online: {p}", w=when, p=online) if online else when


def _spaced(*texts: str) -> str:
    """The non-empty texts side by side (an ideographic space only in Japanese)."""
    return msg("　", "  ").join(x for x in texts if x)


def _listed(names: Sequence[str]) -> str:
    return msg("、", ", ").join(names)


def _section(title: str, text: str) -> list[Flowable]:
    return [headed(title, para(text))] if text else []


def _table_sheet(pack: MeetupPack, brief: TableBrief) -> list[Flowable]:
    head = [msg("ラウンド", "Round"), msg("参加する人材", "Talents at this table")]
    rows = [head] + [[_round_label(pack, r), _listed([pack.name(p) for p in seating.get(brief.table_id, ())])]
                     for r, seating in enumerate(pack.plan.rounds)]
    out: list[Flowable] = [para(msg("{t}テーブル", "Table: {t}", t=brief.region), TITLE)]
    where = _spaced(brief.room, pack.join_url(brief))
    if where:
        out.append(para(msg("ルーム：{w}", "Room: {w}", w=where)))
    if brief.hosts:
        out.append(para(msg("担当：{h}", "Hosts: {h}", h=_listed(brief.hosts))))
    first = label_width([row[0] for row in rows], 20 * mm, 40 * mm)
    out += [Spacer(1, 2 * mm), grid(rows, [first, CONTENT_WIDTH - first])]
    out += _section(msg("このテーブルの目的", "Purpose of this table"), brief.purpose)
    out += _section(msg("地域の課題", "The region's issues"), brief.issues)
    out += _section(msg("これまでの施策", "Past measures"), brief.past_measures)
    if brief.questions:
        question, *others = [para(msg("・{q}", "• {q}", q=q)) for q in brief.questions]
        out += [headed(msg("人材への質問", "Questions for the talents"), question), *others]
    out += _section(msg("期待するアウトプット", "Expected output"), brief.expected_output)
    return out + [PageBreak()]


def _talent_card(pack: MeetupPack, sheet: TalentSheet, last: bool) -> list[Flowable]:
    """A talent's seats; cards share pages, and the part after the last one starts on a page of its own."""
    head = [msg("ラウンド", "Round"), msg("テーブル", "Table"), msg("ルーム・URL", "Room / URL")]
    rows = [head]
    for r in range(len(pack.plan.rounds)):
        table = pack.seat(sheet.talent_id, r)
        brief = pack.brief(table) if table else None
        rows.append([_round_label(pack, r), pack.seat_text(sheet.talent_id, r),
                     "\n".join(x for x in (brief.room, pack.join_url(brief)) if x) if brief else ""])
    card: list[Flowable] = [para(_spaced(sheet.name, sheet.affiliation), HEADING)]
    if pack.agenda.place or pack.agenda.join_url:
        card.append(para(msg("イベント全体：{w}", "Whole event: {w}", w=_online(pack)), SMALL))
    first, second = (label_width([row[column] for row in rows], 20 * mm, 50 * mm) for column in (0, 1))
    card += [grid(rows, [first, second, CONTENT_WIDTH - first - second]), Spacer(1, 6 * mm)]
    return [CondPageBreak(45 * mm), KeepTogether(card)] + ([PageBreak()] if last else [])


def _region_page(region: RegionPack, last: bool) -> list[Flowable]:
    """A region's pre-reading. What the region's record lacks is named, so a thin page says why it is thin; a
    region with none of the texts takes no page of its own (three near-blank pages, review 15 item 11): the
    next region follows on the same page."""
    out: list[Flowable] = [para(msg("事前資料：{r}", "Pre-reading: {r}", r=region.region), TITLE)]
    if region.lab:
        out.append(para(region.lab, BODY))
    sections = ((msg("地域の魅力", "Attractions"), region.attractions), (msg("地域の課題", "Issues"), region.issues),
                (msg("これまでの施策とその効果", "Past measures and their effects"), region.past_measures))
    for title, text in sections:
        out += _section(title, text)
    if region.smes:
        head = [msg("参加企業", "SME"), msg("事業概要", "Business"), msg("経営課題", "Issues"),
                msg("人材に求めること", "What they want")]
        rows = [head] + [[s.name, s.business, s.issues, s.wants] for s in region.smes]
        out.append(headed(msg("参加企業", "Participating SMEs"), grid(rows, [36 * mm, 46 * mm, 49 * mm, 49 * mm])))
    missing = [title for title, text in sections if not text.strip()]
    missing += [] if region.smes else [msg("参加企業", "Participating SMEs")]
    if missing:
        out += [Spacer(1, 3 * mm), para(msg("未登録: {items}（地域と企業の記録に入力すると載ります）",
                            "Not recorded yet: {items} (entered in the region's and companies' records, they "
                            "print here)", items=_listed(missing)), SMALL)]
    thin = len(missing) == len(sections) + 1
    return out + ([Spacer(1, 10 * mm)] if thin and not last else [PageBreak()])
