"""The payments audit log: one entry per changed field (when, who, entity, old, new), viewable and exportable.

`who` is passed in by the caller (the GUI passes Settings.user_name); services never read Qt settings.
Bank account numbers are stored masked, so the log can be shown and exported without revealing them; the
entries of a deleted record (services/record_removal.py) mask addresses, e-mail addresses and phones too.
Every writer here only adds rows to the caller's session: the change and its audit entries commit together.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import AuditRow
from colead_desktop.domain.audit_values import audit_values, recorded_fields
from colead_desktop.domain.i18n import msg
from colead_desktop.exports.atomic import OWNER_ONLY, atomic_path


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    entity: str
    entity_id: int | None
    field: str
    old: str | None
    new: str | None


def audit(session: Session, who: str, entity: str, entity_id: int | None, field: str,
          old: object, new: object) -> None:
    session.add(AuditRow(**audit_values(who, entity, entity_id, field, old, new)))


def columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}


def audit_created(session: Session, who: str, row: Any) -> None:
    session.flush()
    for field, value in recorded_fields(columns(row)).items():
        audit(session, who, row.__tablename__, row.id, field, None, value)


def audit_deleted(session: Session, who: str, row: Any) -> None:
    for field, value in recorded_fields(columns(row)).items():
        audit(session, who, row.__tablename__, row.id, field, value, None)


def set_audited(session: Session, who: str, row: Any, changes: dict[str, Any]) -> None:
    for field, value in changes.items():
        old = getattr(row, field)
        if old != value:
            setattr(row, field, value)
            audit(session, who, row.__tablename__, row.id, field, old, value)


def as_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.at, row.who, row.entity, row.entity_id, row.field, row.old, row.new)


def audit_entries(db: Database, entity: str | None = None, entity_id: int | None = None,
                  limit: int | None = None) -> list[AuditEntry]:
    """Newest first."""
    with db.session() as session:
        query = select(AuditRow).order_by(AuditRow.id.desc())
        if entity is not None:
            query = query.where(AuditRow.entity == entity)
        if entity_id is not None:
            query = query.where(AuditRow.entity_id == entity_id)
        if limit:
            query = query.limit(limit)
        return [as_entry(r) for r in session.scalars(query)]


@dataclass(frozen=True)
class AuditExport:
    path: Path
    rows: int  # entries written, the header not counted


def export_audit_csv(db: Database, target: Path) -> AuditExport:
    """The whole log, oldest first. UTF-8 with BOM (Excel opens it as Japanese text); text that looks like a
    formula is quoted. Account numbers are in the log only masked (display())."""
    def safe(value: object) -> str:
        text = "" if value is None else str(value)
        return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

    entries = audit_entries(db)
    with atomic_path(Path(target), OWNER_ONLY) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([msg("日時", "When"), msg("変更者", "Who"), msg("対象", "Entity"), "ID",
                         msg("項目", "Field"), msg("変更前", "Old"), msg("変更後", "New")])
        for e in reversed(entries):
            writer.writerow([e.at.isoformat(sep=" "), safe(e.who), e.entity, e.entity_id or "",
                             e.field, safe(e.old), safe(e.new)])
    return AuditExport(Path(target), len(entries))
