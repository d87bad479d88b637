"""The 2021 meetup template on a programme a user started: its regional introductions are the programme's."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.agenda import BlockKind, Severity, findings, meetup_2021
from colead_desktop.domain.programme_setup import PayerSetup, RegionSetup
from colead_desktop.services.meetup import load_agenda, save_agenda, template_blocks
from colead_desktop.services.programme_setup import copy_programme, load_setup, update_setup
from tests.programmes import new_programme

WHO = "テスト担当"


def _meetup(db: Database, programme_id: int) -> int:
    with db.session() as session:
        event = models.Event(programme_id=programme_id, kind="meetup", title="ミートアップ2026",
                             starts_at=datetime(2026, 9, 12, 13), ends_at=datetime(2026, 9, 12, 16))
        session.add(event)
        session.flush()
        return event.id


def _warnings(db: Database, event_id: int) -> list[str]:
    return [f.message for f in findings(load_agenda(db, event_id)) if f.severity is Severity.WARNING]


def test_the_template_introduces_the_programmes_own_regions_and_the_check_flags_others(db: Database) -> None:
    programme_id = new_programme(db)
    update_setup(db, programme_id, replace(load_setup(db, programme_id), payer=PayerSetup(name="架空事務局"),
                                           regions=(RegionSetup("架空市", "架空県", "架空市IoT推進ラボ"),)), WHO)
    event_id = _meetup(db, programme_id)
    blocks = template_blocks(db, event_id, "meetup_2021")
    intros = [(b.title, b.owner) for b in blocks if b.kind is BlockKind.REGIONAL_INTRO]
    assert intros == [("地域紹介：架空市（架空県）", "架空市IoT推進ラボ")]
    save_agenda(db, event_id, blocks)
    assert not [w for w in _warnings(db, event_id) if "地域紹介" in w]

    save_agenda(db, event_id, meetup_2021().blocks)  # 2021's agenda pasted into this year's meetup
    warnings = _warnings(db, event_id)
    assert "地域「架空市」の地域紹介がありません" in warnings
    assert "地域紹介「地域紹介：北海道北見市」はこのプログラムの地域（架空市）のどれでもありません" in warnings

    copy = copy_programme(db, programme_id, 2027, talents=False, events=True, who=WHO)  # one step later
    [copied_event] = _event_ids(db, copy)
    assert [b.title for b in template_blocks(db, copied_event, "meetup_2021")
            if b.kind is BlockKind.REGIONAL_INTRO] == ["地域紹介：架空市（架空県）"]


def test_the_2021_template_alone_keeps_its_three_labs() -> None:
    agenda = meetup_2021()
    assert [b.title for b in agenda.blocks if b.kind is BlockKind.REGIONAL_INTRO] == [
        "地域紹介：北海道北見市", "地域紹介：三重県桑名市", "地域紹介：沖縄県"]
    assert not [f for f in findings(agenda) if "地域" in f.message]


def _event_ids(db: Database, programme_id: int) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(models.Event.id).where(models.Event.programme_id == programme_id)))


def test_a_tables_brief_is_written_in_japanese_whatever_the_windows_language(db: Database) -> None:
    """Set up in an English window, the tables' briefs are the handouts' data in Japanese (they were English)."""
    from colead_desktop.domain.i18n import set_language
    from colead_desktop.services.meetup_setup import default_setup

    programme_id = new_programme(db)
    update_setup(db, programme_id, replace(load_setup(db, programme_id), payer=PayerSetup(name="架空事務局"),
                                           regions=(RegionSetup("架空市", "架空県", "架空市IoT推進ラボ"),)), WHO)
    set_language("en")
    try:
        [table] = default_setup(db, _meetup(db, programme_id)).tables
    finally:
        set_language("ja")
    assert table.purpose.startswith("架空市の地域課題") and table.expected_output.startswith("関心のある企業")
    assert all(question.endswith("？") for question in table.questions) and "架空市" in table.questions[0]
