"""The reads written once as SQL text (db/shared_reads.py) give the services what the ORM gives, on SQLite and
PostgreSQL alike: a programme's talents, and the programme in use."""

from __future__ import annotations

from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.services.programme_scope import current_programme_id
from colead_desktop.services.records import get_record, insert_record, list_records
from tests.programmes import new_programme


def test_talents_and_the_programme_in_use(any_db: Database) -> None:
    older = new_programme(any_db, "令和3年度", 2021)
    ours = new_programme(any_db, "令和8年度", 2026)
    with any_db.session() as session:
        for n in range(4):
            insert_record(session, rec.TalentRecord(
                id=None, programme_id=ours, name=f"試験 人材{n}", skills=("engineer", "business_architect")[: 1 + n % 2],
                strong_areas=("構想策定",) * (n % 2), motivation="動機 \"引用\"\n改行"), ours)
    listed = list_records(any_db, rec.TalentRecord, ours)
    assert [t.name for t in listed] == [f"試験 人材{n}" for n in range(4)]
    assert listed == [get_record(any_db, rec.TalentRecord, t.id, ours) for t in listed if t.id is not None]
    assert [t.version for t in listed] == [1, 1, 1, 1] and all(isinstance(t.skills, tuple) for t in listed)
    assert list_records(any_db, rec.TalentRecord, older) == []
    assert current_programme_id(any_db, None) == ours  # the newest fiscal year
    assert current_programme_id(any_db, older) == older  # a remembered choice
    assert current_programme_id(any_db, 999) == ours  # a remembered choice that is gone
