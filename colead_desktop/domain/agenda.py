"""Agenda of an online event: ordered blocks, computed start times, findings and the 2021 templates.

Why: after the 2021 meetup people said time ran over (「熱が入って時間を忘れてしまった」,
「時間配分やタイムマネジメント」). Start times are therefore never typed: they follow from the event
start and each block's length, and `findings()` says at once when the blocks overrun the window.
All times are Asia/Tokyo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import TOKYO, as_tokyo
from colead_desktop.domain.types import LabelledEnum


class BlockKind(LabelledEnum):
    GREETING = "greeting"
    BRIEFING = "briefing"
    REGIONAL_INTRO = "regional_intro"
    REGIONAL_REPORT = "regional_report"
    BREAK = "break"
    ROUND_TABLE = "round_table"
    SOCIAL = "social"
    WRAP_UP = "wrap_up"
    QA = "qa"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"greeting": ("挨拶", "Greeting"), "briefing": ("説明", "Briefing"),
                "regional_intro": ("地域紹介", "Regional introduction"),
                "regional_report": ("状況報告", "Status report"), "break": ("休憩", "Break"),
                "round_table": ("ラウンドテーブル", "Round table"), "social": ("懇親会", "Social"),
                "wrap_up": ("ラップアップ", "Wrap-up"), "qa": ("質疑応答", "Q&A"), "other": ("その他", "Other")}


@dataclass(frozen=True)
class AgendaBlock:
    title: str
    kind: BlockKind
    minutes: int
    owner: str = ""
    room: str = ""
    join_url: str = ""


@dataclass(frozen=True)
class Agenda:
    title: str
    start: datetime
    """Timezone-aware; naive datetimes are read as Asia/Tokyo."""
    end: datetime
    blocks: tuple[AgendaBlock, ...]
    place: str = ""
    """The online tool (oVice, Zoom...) or the venue."""
    join_url: str = ""
    """The event's own join link; rooms may have their own (blocks, round tables)."""
    regions: tuple[str, ...] = ()
    """The names of the programme's regions, for the check of the regional introductions ("" = not known)."""
    online: bool = False
    """Held online (or hybrid): the talents need the tool and the join link the handouts print."""


@dataclass(frozen=True)
class RegionIntro:
    """A region as a meetup introduces it: its name, prefecture, municipality and lab (who presents)."""

    name: str
    prefecture: str = ""
    lab: str = ""
    municipality: str = ""

    @property
    def place(self) -> str:
        """「北海道北見市」 from the municipality, else 「北見（北海道）」; a name that already carries its prefecture,
        or is its prefecture's (沖縄 → 沖縄県), stands alone."""
        if self.municipality:
            return self.municipality if self.municipality.startswith(self.prefecture) \
                else f"{self.prefecture}{self.municipality}"
        if not self.prefecture or self.prefecture in self.name:
            return self.name
        if self.prefecture.startswith(self.name):
            return self.prefecture
        return f"{self.name}（{self.prefecture}）"

    @property
    def team(self) -> str:
        """Who reports for the region at an interim report, as 2021 named them: the municipality (北見市), the
        prefecture that is the region (沖縄県), else the region's own name; always containing that name, which is
        how the agenda check recognises the region's block."""
        if self.municipality and self.name in self.municipality:
            return self.municipality
        if self.prefecture.startswith(self.name):
            return self.prefecture or self.name
        return self.name


@dataclass(frozen=True)
class TimedBlock:
    block: AgendaBlock
    start: datetime
    end: datetime


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str


def schedule(agenda: Agenda) -> tuple[TimedBlock, ...]:
    """Each block with its start and end: blocks follow each other without gaps from the event start."""
    out: list[TimedBlock] = []
    moment = as_tokyo(agenda.start)
    for block in agenda.blocks:
        end = moment + timedelta(minutes=max(0, block.minutes))
        out.append(TimedBlock(block, moment, end))
        moment = end
    return tuple(out)


def round_slots(agenda: Agenda) -> tuple[TimedBlock, ...]:
    """The round-table blocks in order: the first is round 1, and so on."""
    return tuple(b for b in schedule(agenda) if b.block.kind is BlockKind.ROUND_TABLE)


def findings(agenda: Agenda) -> list[Finding]:
    """What a timekeeper must know before the day: bad lengths, overrun, unplanned time, the total."""
    out: list[Finding] = []
    start, end = as_tokyo(agenda.start), as_tokyo(agenda.end)
    if end <= start:
        out.append(Finding(Severity.ERROR, msg("終了時刻が開始時刻より前です", "The event ends before it starts")))
    for i, block in enumerate(agenda.blocks, start=1):
        if block.minutes <= 0:
            out.append(Finding(Severity.ERROR, msg("{i}番目「{t}」の時間が0分以下です", "Block {i} '{t}' has no duration",
                                                   i=i, t=block.title)))
    out += _online_findings(agenda)
    timed = schedule(agenda)
    if not timed:
        out.append(Finding(Severity.WARNING, msg("アジェンダに項目がありません", "The agenda has no items")))
        return out
    total = sum(max(0, b.minutes) for b in agenda.blocks)
    finish = timed[-1].end
    window = int((end - start).total_seconds() // 60)
    out.append(Finding(Severity.INFO, msg("合計{n}分（{s}〜{e}）、枠は{w}分", "Total {n} min ({s}-{e}), window {w} min",
                                          n=total, s=f"{start:%H:%M}", e=f"{finish:%H:%M}", w=window)))
    over = [b for b in timed if b.end > end]
    if over:
        late = int((finish - end).total_seconds() // 60)
        out.append(Finding(Severity.ERROR, msg("終了予定{e}を{n}分超えます（「{t}」から）",
                                               "Runs {n} min past the end at {e} (from '{t}')",
                                               e=f"{end:%H:%M}", n=late, t=over[0].block.title)))
    elif finish < end:
        spare = int((end - finish).total_seconds() // 60)
        out.append(Finding(Severity.WARNING, msg("終了予定{e}まで{n}分の空き時間があります",
                                                 "{n} min unplanned before the end at {e}", e=f"{end:%H:%M}", n=spare)))
    return out + _regional_findings(agenda)


def _online_findings(agenda: Agenda) -> list[Finding]:
    """An online event without its tool or its join link: the handouts and calendar files would send the talents
    to room names with nowhere to click."""
    if not agenda.online:
        return []
    out = []
    if not agenda.place.strip():
        out.append(Finding(Severity.WARNING, msg("オンラインのイベントですが、ツールが空です",
                                                 "The event is online but its tool is empty")))
    if not agenda.join_url.strip():
        out.append(Finding(Severity.WARNING, msg("オンラインのイベントですが、参加URLが空です（配布資料にURLが載りません）",
                                                 "The event is online but its join URL is empty (the handouts "
                                                 "print no link)")))
    return out


def _regional_findings(agenda: Agenda) -> list[Finding]:
    """Each regional introduction and status report names one of the programme's regions, and once the agenda has
    blocks of either kind, every region has one: a template from another year (北見・桑名・沖縄) must not pass
    for this year's regions."""
    if not agenda.regions:
        return []
    out: list[Finding] = []
    for kind in (BlockKind.REGIONAL_INTRO, BlockKind.REGIONAL_REPORT):
        titles = [b.title for b in agenda.blocks if b.kind is kind]
        if not titles:
            continue
        out += [Finding(Severity.WARNING, msg("{k}「{t}」はこのプログラムの地域（{r}）のどれでもありません",
                                              "The {k} '{t}' is for none of this programme's regions ({r})",
                                              k=kind.label.lower(), t=title, r=msg("、", ", ").join(agenda.regions)))
                for title in titles if not any(region in title for region in agenda.regions)]
        out += [Finding(Severity.WARNING, msg("地域「{r}」の{k}がありません", "Region {r} has no {k}",
                                              r=region, k=kind.label.lower()))
                for region in agenda.regions if not any(region in title for title in titles)]
    return out


def _at(day: date, hh: int, mm: int) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=TOKYO)


REGIONS_2021 = (RegionIntro("北見", "北海道", "北見市IoT推進ラボ", "北見市"),
                RegionIntro("桑名", "三重県", "くわなIoT推進ラボ", "桑名市"), RegionIntro("沖縄", "沖縄県", "沖縄県IoT推進ラボ"))
MINUTES_PER_REGIONAL_INTRO = 15  # 2021: 45 minutes for three labs


def meetup_2021(join_url: str = "", regions: tuple[RegionIntro, ...] = REGIONS_2021) -> Agenda:
    """The 2021-10-10 meetup on oVice (programme-sources §3.2), with one 15-minute introduction (45/3 in 2021)
    per region of `regions`: a programme's own regions, or 2021's three."""
    b = AgendaBlock
    day = date(2021, 10, 10)
    intros = tuple(b(f"地域紹介：{r.place}", BlockKind.REGIONAL_INTRO, MINUTES_PER_REGIONAL_INTRO, r.lab,
                     join_url=join_url) for r in regions)
    blocks = (
        b("経済産業省ご挨拶", BlockKind.GREETING, 5, "経済産業省", join_url=join_url),
        b("事務局からの事業趣旨等の説明", BlockKind.BRIEFING, 15, "事務局", join_url=join_url),
        *intros,
        b("休憩", BlockKind.BREAK, 5),
        b("ラウンドテーブル①", BlockKind.ROUND_TABLE, 30, "事務局"),
        b("ラウンドテーブル②", BlockKind.ROUND_TABLE, 30, "事務局"),
        b("ラウンドテーブル③", BlockKind.ROUND_TABLE, 30, "事務局"),
        b("休憩", BlockKind.BREAK, 5),
        b("懇親会", BlockKind.SOCIAL, 30, "事務局", join_url=join_url),
        b("ラップアップ、事務連絡", BlockKind.WRAP_UP, 15, "事務局", join_url=join_url),
    )
    return Agenda("ふるさと Co-LEAD ミートアップイベント", _at(day, 13, 0), _at(day, 16, 30), blocks, "oVice", join_url,
                  tuple(r.name for r in regions))


def pre_meeting(day: date, start_hh: int, start_mm: int, company: str, join_url: str = "") -> Agenda:
    """The 60-minute online 事前顔合わせ per company, guideline B-5 (programme-sources §4.10)."""
    b = AgendaBlock
    blocks = (
        b("企業紹介（事業概要、経営課題・ビジョンの説明）", BlockKind.BRIEFING, 20, company, join_url=join_url),
        b("高度デジタル人材の自己紹介", BlockKind.OTHER, 10, "高度デジタル人材", join_url=join_url),
        b("質疑応答", BlockKind.QA, 20, join_url=join_url),
        b("フィールドワークツアーで見学したい内容、開示して欲しいデータ等の要望確認", BlockKind.WRAP_UP, 10, "事務局",
          join_url=join_url),
    )
    start = _at(day, start_hh, start_mm)
    return Agenda(f"事前顔合わせ：{company}", start, start + timedelta(minutes=60), blocks, "オンライン", join_url)


REPORT_MINUTES = 100  # 2021: 40 + 25 + 35 minutes of status reports and questions, 18:20-20:00
REPORT_MINUTES_2021 = {"北見": 40, "桑名": 25, "沖縄": 35}


def report_minutes(regions: tuple[RegionIntro, ...]) -> tuple[int, ...]:
    """Each region's share of the interim report's 100 minutes: 2021's own split for 2021's three regions, else
    equal shares in 5-minute steps (the first regions get the odd steps), so the agenda still ends at 20:00."""
    if tuple(r.name for r in regions) == tuple(REPORT_MINUTES_2021):
        return tuple(REPORT_MINUTES_2021.values())
    if not regions:
        return ()
    step = 5 if len(regions) <= REPORT_MINUTES // 5 else 1
    units, extra = divmod(REPORT_MINUTES // step, len(regions))
    return tuple((units + (i < extra)) * step for i in range(len(regions)))


def interim_report_2021(join_url: str = "", regions: tuple[RegionIntro, ...] = REGIONS_2021) -> Agenda:
    """The 2021-12-22 中間報告会 on Webex as printed in the case book (A:5757-5772), with one 状況報告・質疑応答
    per region of `regions` (a programme's own, or 2021's three); the social from 20:00 on oVice is a separate,
    optional event and is not part of this window. A programme without regions yet gets one shared block."""
    b = AgendaBlock
    day = date(2021, 12, 22)
    reports = tuple(b(f"{r.team}の状況報告・質疑応答", BlockKind.REGIONAL_REPORT, minutes, f"{r.team}チーム",
                      join_url=join_url) for r, minutes in zip(regions, report_minutes(regions), strict=True)) \
        or (b("各地域の状況報告・質疑応答", BlockKind.REGIONAL_REPORT, REPORT_MINUTES, "各地域チーム",
              join_url=join_url),)
    blocks = (
        b("事務局説明", BlockKind.BRIEFING, 5, "事務局", join_url=join_url),
        b("経済産業省ご挨拶", BlockKind.GREETING, 5, "経済産業省", join_url=join_url),
        b("フィールドワークツアー実施報告", BlockKind.BRIEFING, 10, "事務局", join_url=join_url),
        *reports,
    )
    return Agenda("ふるさと Co-LEAD 中間報告会", _at(day, 18, 0), _at(day, 20, 0), blocks, "Cisco Webex Meetings", join_url,
                  tuple(r.name for r in regions))
