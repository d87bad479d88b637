"""What each list page shows: columns, filter, the dialog form and the pick lists of its editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from colead_desktop.domain import records as rec
from colead_desktop.domain.clock import tokyo_now
from colead_desktop.domain.company_profile import B1_CHECKLIST, VISION_CHOICES
from colead_desktop.domain.i18n import language
from colead_desktop.domain.jp_calendar import WEEKDAYS, weekday_name
from colead_desktop.domain.types import (CareerStage, Employment, EventFormat, EventKind, Facility, Organisation, SkillType,
                                         VenueType)
from colead_desktop.services.lookups import Lookups
from colead_desktop.ui.record_dialog import Choices
from colead_desktop.ui.table_model import Column


translate = QCoreApplication.translate


def _enum_choices(enum: Any) -> list[tuple[str, Any]]:
    return [(member.label, member.value) for member in enum]


def _optional(names: dict[int, str]) -> list[tuple[str, Any]]:
    return [(translate("RecordKinds", "（なし）"), None)] + [(name, key) for key, name in names.items()]


def _weekdays() -> list[tuple[str, Any]]:
    return [(weekday_name(index), index) for index in range(len(WEEKDAYS))]


@dataclass(frozen=True)
class RecordKind:
    key: str
    title: str
    record_type: type
    form: str
    columns: Callable[[Lookups], list[Column]]
    choices: Callable[[Lookups], Choices]
    new_record: Callable[[Lookups], Any]
    filter_label: str = ""
    filter_options: Callable[[Lookups], list[tuple[str, Any]]] = lambda _: []
    filter_matches: Callable[[Any, Any], bool] = lambda _record, _value: True
    # For a kind that is archived instead of deleted (talents with payments): whether a record is archived.
    is_archived: Callable[[Any, Lookups], bool] | None = None


def record_kinds() -> list[RecordKind]:
    """Built on demand so that titles follow the current language."""
    def region_filter(lk: Lookups) -> list[tuple[str, Any]]:
        return [(n, i) for i, n in lk.regions.items()]

    return [
        RecordKind(
            "talents", translate("RecordKinds", "人材"), rec.TalentRecord, "talent_dialog",
            lambda lk: [Column(translate("RecordKinds", "ID"), lambda r: r.id),
                        Column(translate("RecordKinds", "氏名"), lambda r: r.name),
                        Column(translate("RecordKinds", "フリガナ"), lambda r: r.kana),
                        Column(translate("RecordKinds", "所属"), lambda r: r.affiliation),
                        Column(translate("RecordKinds", "スキルタイプ"),
                               lambda r: "、".join(SkillType.label_of(s) for s in r.skills)),
                        Column(translate("RecordKinds", "キャリア"), lambda r: CareerStage.label_of(r.career_stage)),
                        Column(translate("RecordKinds", "担当地域"), lambda r: lk.regions.get(r.assigned_region_id or 0, "")),
                        Column(translate("RecordKinds", "居住地"), lambda r: r.home_city),
                        Column(translate("RecordKinds", "状態"), lambda r: translate("RecordKinds", "アーカイブ済み")
                               if r.id in lk.archived_talents else "")],
            lambda lk: {"skills": _enum_choices(SkillType), "career_stage": _enum_choices(CareerStage),
                        "employment": _enum_choices(Employment),
                        # stored in Japanese whatever the UI language; only the label is translated
                        "strong_areas": [(translate("RecordKinds", "戦略策定"), "戦略策定"),
                                         (translate("RecordKinds", "構想策定"), "構想策定"),
                                         (translate("RecordKinds", "プロジェクト推進"), "プロジェクト推進")],
                        "region_preferences": [(n, i) for i, n in lk.regions.items()],
                        "assigned_region_id": _optional(lk.regions)},
            lambda lk: rec.TalentRecord(id=None, programme_id=lk.programme_id, name=""),
            translate("RecordKinds", "スキルタイプ"), lambda _: _enum_choices(SkillType), lambda r, v: v in r.skills,
            lambda r, lk: r.id in lk.archived_talents),
        RecordKind(
            "regions", translate("RecordKinds", "地域"), rec.RegionRecord, "region_dialog",
            lambda lk: [Column(translate("RecordKinds", "地域名"), lambda r: r.name),
                        Column(translate("RecordKinds", "都道府県"), lambda r: r.prefecture),
                        Column(translate("RecordKinds", "IoT推進ラボ"), lambda r: r.lab_name),
                        Column(translate("RecordKinds", "玄関口"), lambda r: r.gateway_name),
                        Column(translate("RecordKinds", "地域の課題"), lambda r: r.issues.replace("\n", " ")[:60])],
            lambda lk: {},
            lambda lk: rec.RegionRecord(id=None, name="")),
        RecordKind(
            "companies", translate("RecordKinds", "企業"), rec.CompanyRecord, "company_dialog",
            lambda lk: [Column(translate("RecordKinds", "企業名"), lambda r: r.name),
                        Column(translate("RecordKinds", "地域"), lambda r: lk.regions.get(r.region_id, "")),
                        Column(translate("RecordKinds", "業種"), lambda r: r.industry),
                        Column(translate("RecordKinds", "ツアーでの役割"), lambda r: r.tour_role),
                        Column(translate("RecordKinds", "担当者"), lambda r: r.contact_name)],
            lambda lk: {"region_id": [(n, i) for i, n in lk.regions.items()], "closed_weekdays": _weekdays(),
                        "b1_checklist": [(item.label + (" ★" if item.required_before_start else ""), item.code)
                                         for item in B1_CHECKLIST],
                        "b3_profile__vision_choice": [(translate("RecordKinds", "（未選択）"), "")]
                        + [(ja if language() == "ja" else en, ja) for ja, en in VISION_CHOICES]},
            lambda lk: rec.CompanyRecord(id=None, region_id=next(iter(lk.regions), 0), name=""),
            translate("RecordKinds", "地域"), region_filter, lambda r, v: r.region_id == v),
        RecordKind(
            "venues", translate("RecordKinds", "会場"), rec.VenueRecord, "venue_dialog",
            lambda lk: [Column(translate("RecordKinds", "会場名"), lambda r: r.name),
                        Column(translate("RecordKinds", "地域"), lambda r: lk.regions.get(r.region_id or 0, "")),
                        Column(translate("RecordKinds", "種別"), lambda r: VenueType.label_of(r.venue_type)),
                        Column(translate("RecordKinds", "定員"), lambda r: r.capacity),
                        Column(translate("RecordKinds", "設備"), lambda r: f"{len(r.facilities)}/6"),
                        Column(translate("RecordKinds", "無償"), lambda r: "○" if r.free_of_charge else "")],
            lambda lk: {"region_id": _optional(lk.regions), "venue_type": _enum_choices(VenueType),
                        "facilities": _enum_choices(Facility), "closed_weekdays": _weekdays()},
            lambda lk: rec.VenueRecord(id=None, name=""),
            translate("RecordKinds", "地域"), region_filter, lambda r, v: r.region_id == v),
        RecordKind(
            "events", translate("RecordKinds", "イベント"), rec.EventRecord, "event_dialog",
            lambda lk: [Column(translate("RecordKinds", "開始"), lambda r: r.starts_at.strftime("%Y-%m-%d %H:%M")),
                        Column(translate("RecordKinds", "終了"), lambda r: r.ends_at.strftime("%Y-%m-%d %H:%M")),
                        Column(translate("RecordKinds", "種別"), lambda r: EventKind.label_of(r.kind)),
                        Column(translate("RecordKinds", "タイトル"), lambda r: r.title),
                        Column(translate("RecordKinds", "形式"), lambda r: EventFormat.label_of(r.event_format)),
                        Column(translate("RecordKinds", "地域"), lambda r: lk.regions.get(r.region_id or 0, "")),
                        Column(translate("RecordKinds", "会場"), lambda r: lk.venues.get(r.venue_id or 0, ""))],
            lambda lk: {"kind": _enum_choices(EventKind), "event_format": _enum_choices(EventFormat),
                        "region_id": _optional(lk.regions), "venue_id": _optional(lk.venues)},
            lambda lk: _new_event(lk),
            translate("RecordKinds", "種別"), lambda _: _enum_choices(EventKind), lambda r, v: r.kind == v),
        RecordKind(
            "staff", translate("RecordKinds", "スタッフ"), rec.StaffRecord, "staff_dialog",
            lambda lk: [Column(translate("RecordKinds", "氏名"), lambda r: r.name),
                        Column(translate("RecordKinds", "所属区分"), lambda r: Organisation.label_of(r.organisation)),
                        Column(translate("RecordKinds", "地域"), lambda r: lk.regions.get(r.region_id or 0, "")),
                        Column(translate("RecordKinds", "企業"), lambda r: lk.companies.get(r.company_id or 0, "")),
                        Column(translate("RecordKinds", "役割"), lambda r: r.role)],
            lambda lk: {"organisation": _enum_choices(Organisation),
                        "region_id": _optional(lk.regions), "company_id": _optional(lk.companies)},
            lambda lk: rec.StaffRecord(id=None, name="", organisation=Organisation.LAB),
            translate("RecordKinds", "地域"), region_filter, lambda r, v: r.region_id == v),
    ]


def _new_event(lookups: Lookups) -> rec.EventRecord:
    """Starts at the next free 10:00 (Tokyo): the machine's clock hour gave 05:00-07:00 events."""
    start = rec.next_free_slot(tokyo_now().replace(tzinfo=None), lookups.event_times)
    return rec.EventRecord(id=None, programme_id=lookups.programme_id, kind="other", title="",
                           starts_at=start, ends_at=start + rec.NEW_EVENT_LENGTH)
