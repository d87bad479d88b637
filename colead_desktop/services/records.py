"""Create, read, update and delete the core records: one transaction per call, records in and out."""

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
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.validation import Errors, normalised, validate
from colead_desktop.services.lookups import row_by_id

R = TypeVar("R", bound=rec.AnyRecord)


class ValidationFailed(InputError):
    """A record broke field rules; `errors` maps each field to its localised message."""

    def __init__(self, errors: Errors) -> None:
        self.errors = errors
        super().__init__("\n".join(f"{name}: {text}" for name, text in errors.items()))


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
    """Insert within the caller's transaction; a record with an id keeps it (undoing a delete)."""
    record = _checked(record)
    values = column_values(record)
    if record.id is None:
        values.pop("id")
    row = MODEL_FOR[type(record)](**values)
    session.add(row)
    session.flush()
    return replace(record, id=row.id)  # type: ignore[attr-defined]  # every model has an id


def save_record(db: Database, record: R) -> R:
    """Insert (id None, or an id no longer present) or update, in a transaction of its own."""
    with db.session() as session:
        row = session.get(MODEL_FOR[type(record)], record.id) if record.id is not None else None
        if row is None:
            return insert_record(session, record)
        record = _checked(record)
        for name, value in column_values(record).items():
            setattr(row, name, value)
        return record


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


def delete_record(db: Database, record: rec.AnyRecord) -> None:
    """Delete, or refuse with the names of the rows that depend on it."""
    with db.session() as session:
        blocking = dependents(session, type(record), record.id or 0)
        if blocking:
            raise InputError(msg("「{name}」は他のデータから参照されているため削除できません。\n{deps}",
                                 "“{name}” cannot be deleted because other records refer to it.\n{deps}",
                                 name=getattr(record, "name", getattr(record, "title", "")),
                                 deps="\n".join(blocking)))
        row = session.get(MODEL_FOR[type(record)], record.id)
        if row is not None:
            session.delete(row)


def count_records(db: Database, record_type: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(MODEL_FOR[record_type])) or 0
