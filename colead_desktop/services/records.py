"""Create, read and update the core records: one transaction per call, records in and out.

Deleting, and every undo or redo, goes through services/record_restore.py, which checks the record first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database
from colead_desktop.db.mapping import MODEL_FOR, column_values, to_record
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError, ValidationFailed
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.validation import normalised, validate
from colead_desktop.services.lookups import row_by_id

R = TypeVar("R", bound=rec.AnyRecord)


ORDER = {
    rec.EventRecord: models.Event.starts_at,
    rec.TalentRecord: models.Talent.id,
}


def list_records(db: Database, record_type: type[R]) -> list[R]:
    model = MODEL_FOR[record_type]
    order = ORDER.get(record_type, model.id)  # type: ignore[attr-defined]  # every model has an id
    with db.session() as session:
        return [to_record(row, record_type) for row in session.scalars(select(model).order_by(order))]


def get_record(db: Database, record_type: type[R], record_id: int) -> R:
    with db.session() as session:
        return to_record(row_by_id(session, MODEL_FOR[record_type], record_id), record_type)


def _checked(record: R) -> R:
    """The record as it is stored (normalised), or ValidationFailed."""
    record = normalised(record)
    errors = validate(record)
    if errors:
        raise ValidationFailed(errors)
    return record


def insert_record(session: Session, record: R) -> R:
    """Insert within the caller's transaction; a record with an id and uuid keeps them (undoing a delete)."""
    record = _checked(record)
    values = column_values(record)
    for unset in ("id", "uuid"):
        if not values[unset]:
            values.pop(unset)  # the database hands out the id, the model default the uuid
    row = MODEL_FOR[type(record)](**values)
    session.add(row)
    session.flush()
    return replace(record, id=row.id, uuid=row.uuid)  # type: ignore[attr-defined]


def _row_of(session: Session, record: rec.AnyRecord) -> Base | None:
    """The row holding this very record: same id and, once saved, the same uuid (not a newer row under its id)."""
    row = session.get(MODEL_FOR[type(record)], record.id)
    if row is None or (record.uuid and row.uuid != record.uuid):  # type: ignore[attr-defined]
        return None
    return row


def save_record(db: Database, record: R) -> R:
    """Insert (id None) or update the record's own row, in a transaction of its own."""
    with db.session() as session:
        if record.id is None:
            return insert_record(session, record)
        row = _row_of(session, record)
        if row is None:
            raise InputError(msg("ID {id} のレコードは存在しません。", "No record with ID {id}.", id=record.id))
        return update_row(row, record)


def update_row(row: Base, record: R) -> R:
    """Check the record and write its values onto `row`, within the caller's transaction; its identity stays."""
    record = _checked(record)
    for name, value in column_values(record).items():
        if name not in ("id", "uuid"):
            setattr(row, name, value)
    return replace(record, id=row.id, uuid=row.uuid)  # type: ignore[attr-defined]


def _names(session: Session, model: type[Base], ids: Sequence[int], attr: str = "name") -> list[str]:
    rows = session.scalars(select(model).where(model.id.in_(ids)))  # type: ignore[attr-defined]  # every model here has an id
    return [getattr(row, attr) for row in rows]


def dependents(session: Session, record_type: type, record_id: int) -> list[str]:
    """Human-readable descriptions of the rows that refer to this one."""
    found: list[str] = []

    def add(label_ja: str, label_en: str, model: type[Base], column: InstrumentedAttribute[Any], attr: str = "name") -> None:
        ids = list(session.scalars(select(model.id).where(column == record_id)))  # type: ignore[attr-defined]  # every model here has an id
        if ids:
            names = "、".join(_names(session, model, ids[:5], attr)) + (" …" if len(ids) > 5 else "")
            found.append(msg("{label}（{n}件）: {names}", "{label} ({n}): {names}",
                             label=msg(label_ja, label_en), n=len(ids), names=names))

    if record_type is rec.RegionRecord:
        add("企業", "Companies", models.Company, models.Company.region_id)
        add("人材（担当地域）", "Talents (assigned region)", models.Talent, models.Talent.assigned_region_id)
        add("スタッフ", "Staff", models.Staff, models.Staff.region_id)
        add("会場", "Venues", models.Venue, models.Venue.region_id)
        add("イベント", "Events", models.Event, models.Event.region_id, "title")
    elif record_type is rec.CompanyRecord:
        add("スタッフ", "Staff", models.Staff, models.Staff.company_id)
    elif record_type is rec.VenueRecord:
        add("イベント", "Events", models.Event, models.Event.venue_id, "title")
    elif record_type in (rec.TalentRecord, rec.StaffRecord):
        column = models.Participation.talent_id if record_type is rec.TalentRecord else models.Participation.staff_id
        event_ids = list(session.scalars(select(models.Participation.event_id).where(column == record_id)))
        if event_ids:
            found.append(msg("イベントへの参加（{n}件）: {names}", "Event participation ({n}): {names}",
                             n=len(event_ids), names="、".join(_names(session, models.Event, event_ids[:5], "title"))))
    elif record_type is rec.EventRecord:
        count = session.scalar(select(func.count()).where(models.Participation.event_id == record_id))
        if count:
            found.append(msg("参加者（{n}名）", "Participants ({n})", n=count))
    return found


def dependents_of(db: Database, record: rec.AnyRecord) -> list[str]:
    with db.session() as session:
        return dependents(session, type(record), record.id or 0)


def refuse_if_referenced(session: Session, record: rec.AnyRecord) -> None:
    """InputError naming the rows that depend on the record, if any."""
    blocking = dependents(session, type(record), record.id or 0)
    if blocking:
        raise InputError(msg("「{name}」は他のデータから参照されているため削除できません。\n{deps}",
                             "“{name}” cannot be deleted because other records refer to it.\n{deps}",
                             name=getattr(record, "name", getattr(record, "title", "")),
                             deps="\n".join(blocking)))


def count_records(db: Database, record_type: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(MODEL_FOR[record_type])) or 0
