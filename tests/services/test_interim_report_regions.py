"""The 2021 interim-report template on a programme a user started: one status report per region of that programme,
and the agenda check flags a report for a region the programme does not have."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.agenda import BlockKind, Severity, findings, interim_report_2021
from colead_desktop.domain.i18n import output_language
from colead_desktop.domain.programme_setup import PayerSetup, RegionSetup
from colead_desktop.services.meetup import load_agenda, save_agenda, template_blocks
from colead_desktop.services.programme_setup import copy_programme, load_setup, update_setup
from tests.programmes import new_programme

WHO = "テスト担当"


def _programme(db: Database, *regions: RegionSetup) -> int:
    programme_id = new_programme(db)
    update_setup(db, programme_id, replace(load_setup(db, programme_id), payer=PayerSetup(name="架空事務局"),
                                           regions=regions), WHO)
    return programme_id


def _interim(db: Database, programme_id: int) -> int:
    with db.session() as session:
        event = models.Event(programme_id=programme_id, kind="interim_report", title="中間報告会2026",
                             starts_at=datetime(2026, 12, 16, 18), ends_at=datetime(2026, 12, 16, 20),
                             tool="Cisco Webex Meetings", join_url="https://webex.example/colead")  # no online warning
        session.add(event)
        session.flush()
        return event.id


def _reports(db: Database, event_id: int) -> list[tuple[str, int, str]]:
    return [(b.title, b.minutes, b.owner) for b in template_blocks(db, event_id, "interim_report_2021")
            if b.kind is BlockKind.REGIONAL_REPORT]


def _warnings(db: Database, event_id: int) -> list[str]:
    return [f.message for f in findings(load_agenda(db, event_id)) if f.severity is not Severity.INFO]


def test_one_report_per_region_of_the_programme_and_the_agenda_still_ends_at_eight(any_db: Database) -> None:
    db = any_db
    programme_id = _programme(db, RegionSetup("架空市", "架空県", "架空市IoT推進ラボ"),
                              RegionSetup("東川", "北海道", "東川町ラボ"), RegionSetup("高知", "高知県", "高知県ラボ"))
    event_id = _interim(db, programme_id)
    assert _reports(db, event_id) == [("架空市の状況報告・質疑応答", 35, "架空市チーム"),
                                      ("東川の状況報告・質疑応答", 35, "東川チーム"),
                                      ("高知県の状況報告・質疑応答", 30, "高知県チーム")]
    assert not [title for title, *_ in _reports(db, event_id) if any(old in title for old in ("北見", "桑名", "沖縄"))]
    save_agenda(db, event_id, template_blocks(db, event_id, "interim_report_2021"))
    assert _warnings(db, event_id) == []  # fills 18:00-20:00 exactly, every region reports

    save_agenda(db, event_id, interim_report_2021().blocks)  # 2021's agenda pasted into this year's report
    warnings = _warnings(db, event_id)
    assert "状況報告「北見市の状況報告・質疑応答」はこのプログラムの地域（架空市、東川、高知）のどれでもありません" in warnings
    assert "地域「東川」の状況報告がありません" in warnings
    with output_language("en"):
        english = [f.message for f in findings(load_agenda(db, event_id))]
    assert "Region 東川 has no status report" in english

    copy = copy_programme(db, programme_id, 2027, talents=False, events=True, who=WHO)  # one step later
    with db.session() as session:
        [copied] = session.query(models.Event.id).filter(models.Event.programme_id == copy).all()
    assert [minutes for _title, minutes, _owner in _reports(db, copied[0])] == [35, 35, 30]


def test_two_regions_share_the_time_and_a_programme_without_regions_gets_one_block(db: Database) -> None:
    two = _interim(db, _programme(db, RegionSetup("架空市", "架空県"), RegionSetup("高知", "高知県")))
    assert [minutes for _title, minutes, _owner in _reports(db, two)] == [50, 50]
    none = _interim(db, new_programme(db, "令和8年度 地域なし"))
    assert _reports(db, none) == [("各地域の状況報告・質疑応答", 100, "各地域チーム")]
