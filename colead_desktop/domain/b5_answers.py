"""The answers of a lab's B-5 worksheet (フィールドワークツアーの実施) that a tour has no field of its own for.

A tour keeps them (Tour.b5) so that exporting the tour's worksheet again writes back what the lab answered:
the later candidate dates, the publicity and pre-meeting choices, the venue's access, the modes of transport
besides the tour's vehicle, the money policies and the lab's notes on visits. What the tour itself holds (region,
dates, venue, vehicle, places) is never duplicated here, so editing the tour cannot disagree with its answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from colead_desktop.domain.payments import HonorariumScope, TravelRule
from colead_desktop.domain.types import LabelledEnum, TransportMode


class Publicity(LabelledEnum):
    HP_REPORT = "hp_report"
    MUNICIPAL = "municipal"
    SNS = "sns"
    PRESS = "press"
    MEDIA = "media"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"hp_report": ("HPでの開催レポート掲載", "Report on the website"),
                "municipal": ("自治体の広報誌・HPでの開催レポート掲載", "Report in municipal newsletter or site"),
                "sns": ("SNSでの記事掲載", "Social media posts"), "press": ("プレスリリース", "Press release"),
                "media": ("メディアへの取材依頼", "Invite media coverage"), "other": ("その他", "Other")}


class PreMeetingParticipant(LabelledEnum):
    COMPANIES = "companies"
    MUNICIPALITY = "municipality"
    LAB = "lab"
    BANK = "bank"
    SUPPORT = "support"
    PARTNER = "partner"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"companies": ("プログラム参加企業", "Participating companies"), "municipality": ("自治体", "Municipality"),
                "lab": ("地方版IoT推進ラボ/地域DXラボ", "Local IoT/DX lab"), "bank": ("地域金融機関", "Regional bank"),
                "support": ("経営支援機関", "Business support body"), "partner": ("その他連携機関", "Other partner"),
                "other": ("その他", "Other")}


@dataclass(frozen=True)
class B5Answers:
    """None and empty mean "not answered"; the default is a tour no worksheet was imported into."""

    later_dates: tuple[date, ...] = ()  # candidate dates 2 and 3 (the first is the tour's start date)
    talent_count: int | None = None  # the planned recruitment; None: the party's talents are the count
    publicity: frozenset[Publicity] = frozenset()
    publicity_other: str = ""
    pre_meeting: bool | None = None
    pre_meeting_participants: frozenset[PreMeetingParticipant] = frozenset()
    participants_other: str = ""
    venue_other: str = ""
    venue_access: str = ""
    more_transport: frozenset[TransportMode] = frozenset()  # besides the tour's own vehicle
    transport_other: str = ""
    travel_policy: TravelRule | None = None
    travel_cap_yen: int | None = None
    honorarium_policy: HonorariumScope | None = None
    # (the place's NFKC name, the lab's note) where it wrote its own: by name, as the worksheet names visits, so a
    # place renamed or removed in the app loses its note rather than lending it to another place
    visit_notes: tuple[tuple[str, str], ...] = ()

    def visit_note(self, name: str) -> str | None:
        return dict(self.visit_notes).get(name)
