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
