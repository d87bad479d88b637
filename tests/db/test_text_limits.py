"""Text longer than its column is refused before it reaches the database, alike on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import String

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import ValidationFailed
from colead_desktop.domain.i18n import set_language
from colead_desktop.services.demo import load_demo
from colead_desktop.services.meetup_setup_edit import replan
from colead_desktop.services.records import list_records, save_record

LIMIT = models.Programme.__table__.c.name.type.length
assert isinstance(models.Programme.__table__.c.name.type, String) and LIMIT


def programme(name: str) -> rec.ProgrammeRecord:
    return rec.ProgrammeRecord(id=None, name=name, fiscal_year=2021)


@pytest.mark.postgres
def test_too_long_text_is_refused_with_the_same_message_on_both_backends(any_db: Database) -> None:
    # Non-ASCII, 3 bytes each in UTF-8: the limit counts characters as PostgreSQL does, not bytes.
    at_limit = save_record(any_db, programme("桑" * LIMIT))
    assert at_limit.id is not None
    assert [r.name for r in list_records(any_db, rec.ProgrammeRecord, at_limit.id)] == ["桑" * LIMIT]
    for language, words in (("ja", f"{LIMIT} 文字以内"), ("en", f"at most {LIMIT} characters")):
        set_language(language)
        with pytest.raises(ValidationFailed) as refused:
            save_record(any_db, programme("名" * (LIMIT + 1)))
        assert refused.value.errors.keys() == {"name"}
        assert str(refused.value).startswith("name: ") and words in str(refused.value)
        with pytest.raises(ValidationFailed):  # an update is checked as well as an insert
            save_record(any_db, replace(at_limit, name="x" * (LIMIT + 1)))
    set_language("ja")
    assert [r.name for r in list_records(any_db, rec.ProgrammeRecord, at_limit.id)] == ["桑" * LIMIT]  # nothing half-written


@pytest.mark.postgres
def test_same_message_on_sqlite_and_postgresql(db: Database, postgres) -> None:  # type: ignore[no-untyped-def]
    pg = Database(postgres.fresh_database())
    pg.migrate()
    try:
        messages = []
        for database in (db, pg):
            with pytest.raises(ValidationFailed) as refused:
                save_record(database, programme("x" * (LIMIT + 1)))
            messages.append(str(refused.value))
        assert messages[0] == messages[1]
    finally:
        pg.dispose()


def test_a_text_stored_too_long_before_the_check_does_not_refuse_the_rows_other_changes(db: Database) -> None:
    """A self-introduction an older version stored past its column (SQLite kept it): re-planning a meetup, which
    saves the talents' region wishes on the same row, was refused 「intro_projects: 1000 文字以内に…」 (review prog19
    item 1). A change of the row's other columns goes through; the text itself is still held to its length."""
    load_demo(db)
    with db.session() as session:
        taking_part = session.query(models.ProgrammeTalent).filter_by(talent_id=2).one()
        limit = models.ProgrammeTalent.__table__.c.intro_projects.type.length
        session.execute(models.ProgrammeTalent.__table__.update().where(
            models.ProgrammeTalent.__table__.c.id == taking_part.id).values(intro_projects="長" * (limit + 500)))
    replan(db, 1)  # saves every participation's wishes again
    with db.session() as session:
        taking_part = session.query(models.ProgrammeTalent).filter_by(talent_id=2).one()
        taking_part.motivation = "変更"
        session.flush()
        taking_part.intro_projects = "短" * (limit + 1)
        with pytest.raises(ValidationFailed) as refused:
            session.flush()
        assert refused.value.errors.keys() == {"intro_projects"}
        session.rollback()
