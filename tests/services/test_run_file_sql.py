"""The 全銀 file's SQL written as text (db/run_file_sql.py): its length limits are the models' and, run through a
session, it stores what the ORM would, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import String, select

from colead_desktop.db.engine import Database, session_rows
from colead_desktop.db.payment_models import AuditRow, PaymentRunFileRow
from colead_desktop.db.plain import day, sqlite_value
from colead_desktop.db.run_file_sql import AUDIT_LIMITS, FILE_LIMITS, add_audit
from colead_desktop.domain.errors import InputError, ValidationFailed
from colead_desktop.services import payment_runs as runs
from tests.services.payments_fixtures import WHO

TODAY = date(2022, 3, 1)
DAY = date(2022, 3, 10)


def _sized(model: type[PaymentRunFileRow] | type[AuditRow]) -> dict[str, int]:
    return {c.key: c.type.length for c in model.__table__.columns if isinstance(c.type, String) and c.type.length}


def test_the_limits_checked_are_the_columns_sizes() -> None:
    """Every sized text column the SQL writes is checked at its size (a SHA-256 in hex always fits its 64)."""
    file_columns = _sized(PaymentRunFileRow)
    assert file_columns.pop("sha256") == 64 and file_columns == dict(FILE_LIMITS)
    assert _sized(AuditRow) == dict(AUDIT_LIMITS)


def test_a_plain_value_is_stored_as_sqlalchemy_stores_it_in_sqlite() -> None:
    assert sqlite_value(datetime(2026, 12, 3, 9, 5, 7)) == "2026-12-03 09:05:07.000000"
    assert sqlite_value(date(2026, 12, 3)) == "2026-12-03" and day("2026-12-03") == date(2026, 12, 3)
    assert sqlite_value(True) is True and sqlite_value("テキスト") == "テキスト"


@pytest.mark.postgres
def test_the_file_row_and_its_audit_entries_read_back_as_the_orms(demo: Database, demo_id: int,
                                                                  tmp_path: Path) -> None:
    outcome = runs.create_run(demo, demo_id, DAY, tmp_path / "z.txt", WHO, today=TODAY)
    runs.regenerate_run_file(demo, outcome.run_id, tmp_path / "z2.txt", WHO)
    with demo.session() as session:
        first, again = session.scalars(select(PaymentRunFileRow).order_by(PaymentRunFileRow.id)).all()
        entries = session.scalars(select(AuditRow).where(AuditRow.entity == "payment_run_file",
                                                         AuditRow.entity_id == again.id).order_by(AuditRow.id)).all()
    assert (first.regenerated, again.regenerated) == (False, True)
    assert isinstance(again.created_at, datetime) and again.created_at.microsecond == 0
    assert again.sha256 == first.sha256 and again.file_name == "z2.txt"
    assert [(e.field, e.new) for e in entries] == [
        ("run_id", str(outcome.run_id)), ("sha256", first.sha256), ("file_name", "z2.txt"),
        ("created_at", again.created_at.isoformat()), ("created_by", WHO), ("regenerated", "True")]
    assert all(isinstance(e.at, datetime) for e in entries)


@pytest.mark.postgres
def test_an_audit_entry_needs_its_author_and_fitting_names(any_db: Database) -> None:
    with pytest.raises(InputError, match="変更者の名前"), any_db.session() as session:
        add_audit(session_rows(session), " ", "payment_run", 1, "file_name", None, "z.txt")
    with pytest.raises(ValidationFailed, match="who: 100 文字以内"), any_db.session() as session:
        add_audit(session_rows(session), "経" * 101, "payment_run", 1, "file_name", None, "z.txt")
    with any_db.session() as session:
        assert session.scalars(select(AuditRow)).all() == []
