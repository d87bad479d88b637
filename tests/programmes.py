"""A programme for tests that need one: an empty database has none (the user creates one or loads the demo)."""

from __future__ import annotations

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import ProgrammeRecord
from colead_desktop.services.demo import demo_programme_id
from colead_desktop.services.records import save_record


def new_programme(db: Database, name: str = "令和8年度 テスト", fiscal_year: int = 2026) -> int:
    """A bare programme (no regions, no payer) and its id."""
    programme_id = save_record(db, ProgrammeRecord(None, name, fiscal_year)).id
    assert programme_id is not None
    return programme_id


def demo_programme(db: Database) -> int:
    """The demo's programme (services/demo.py loaded it)."""
    with db.session() as session:
        programme_id = demo_programme_id(session)
    assert programme_id is not None, "the demo is not loaded"
    return programme_id


def talent_in(db: Database, programme_id: int, name: str = "架空 太郎", kana: str = "カクウ タロウ") -> int:
    """An invented talent taking part in the programme, with no records nor payee details; their id."""
    with db.session() as session:
        talent = models.Talent(name=name, kana=kana)
        session.add(talent)
        session.flush()
        session.add(models.ProgrammeTalent(programme_id=programme_id, talent_id=talent.id, region_preferences=[],
                                           motivation=""))
        return talent.id
