"""Create, read and update the core records: one transaction per call, records in and out.

Deleting, and every undo or redo, goes through services/record_restore.py, which checks the record first;
delete_row keeps what a delete removed (services/record_removal.py) so that its undo restores all of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, object_session
from sqlalchemy.orm.attributes import flag_modified

from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database, session_rows
from colead_desktop.db.mapping import MODEL_FOR, column_values, split_talent, to_record
from colead_desktop.db.shared_reads import archived_talents, talents_in
from colead_desktop.db.text_limits import column_limits
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError, ValidationFailed
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.validation import normalised, validate
from colead_desktop.services import lookups
from colead_desktop.services.calls import add_calls
from colead_desktop.services.delete_guard import delete_targets, record_name, refuse_if_kept
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.record_removal import Removal, remove
from colead_desktop.services.talent_archive import refuse_if_archived
from colead_desktop.services.versions import check_version, stale_data_refused

R = TypeVar("R", bound=rec.AnyRecord)


ORDER: dict[type, InstrumentedAttribute[Any]] = {
    rec.EventRecord: models.Event.starts_at,
}


def region_ids(programme_id: int) -> Select[int]:
    """The regions taking part in the programme."""
    return select(models.ProgrammeRegion.region_id).where(models.ProgrammeRegion.programme_id == programme_id)


def _in_programme(record_type: type, programme_id: int) -> ColumnElement[bool]:
    """What programme `programme_id` shows of a kind of record (README, 「プログラムと年度」)."""
    regions = region_ids(programme_id)
    conditions: dict[type, Callable[[], ColumnElement[bool]]] = {
        rec.ProgrammeRecord: lambda: true(),  # the programmes themselves are the scope: all of them
        rec.RegionRecord: lambda: models.Region.id.in_(regions),
        rec.CompanyRecord: lambda: models.Company.region_id.in_(regions),
        rec.VenueRecord: lambda: or_(models.Venue.region_id.is_(None), models.Venue.region_id.in_(regions)),
        rec.StaffRecord: lambda: or_(models.Staff.region_id.is_(None), models.Staff.region_id.in_(regions)),
        rec.TalentRecord: lambda: models.Talent.id.in_(
            select(models.ProgrammeTalent.talent_id).where(models.ProgrammeTalent.programme_id == programme_id)),
        rec.EventRecord: lambda: models.Event.programme_id == programme_id,
        rec.ParticipationRecord: lambda: models.Participation.event_id.in_(
            select(models.Event.id).where(models.Event.programme_id == programme_id)),
    }
    return conditions[record_type]()


def participation(session: Session, talent_id: int, programme_id: int) -> models.ProgrammeTalent | None:
    return session.scalars(select(models.ProgrammeTalent).where(
        models.ProgrammeTalent.talent_id == talent_id, models.ProgrammeTalent.programme_id == programme_id)).first()


def read_record(session: Session, row: Base, record_type: type[R], programme_id: int | None = None) -> R:
    """The record of `row`; a talent as taking part in `programme_id` (not yet taking part: with no wishes)."""
    if record_type is not rec.TalentRecord:
        return to_record(row, record_type)
    if programme_id is None:
        raise ValueError("a talent is read as taking part in a programme")
    taking_part = participation(session, row.id, programme_id)  # type: ignore[attr-defined]  # a Talent
    if taking_part is None:
        taking_part = models.ProgrammeTalent(programme_id=programme_id, talent_id=row.id,  # type: ignore[attr-defined]
                                             assigned_region_id=None, region_preferences=[], motivation="")
    return to_record(row, record_type, taking_part)


def table_of(record_type: type[Any]) -> str:
    """The table a kind of record is stored in (domain/team.py decides who writes it)."""
    return str(MODEL_FOR[record_type].__tablename__)


def list_records(db: Database, record_type: type[R], programme_id: int) -> list[R]:
    """The records programme `programme_id` shows."""
    model = MODEL_FOR[record_type]
    order = ORDER.get(record_type, model.id)  # type: ignore[attr-defined]  # every model has an id
    with db.session() as session:
        if record_type is rec.TalentRecord:  # thousands of them: the read `colead list talents` shares
            return talents_in(session_rows(session), programme_id)  # type: ignore[return-value]  # R is TalentRecord here
        query = select(model).where(_in_programme(record_type, programme_id)).order_by(order)
        return [to_record(row, record_type) for row in session.scalars(query)]


def archived_talent_ids(db: Database, programme_id: int) -> frozenset[int]:
    """The programme's talents who are archived (the read `colead list talents` shares)."""
    with db.session() as session:
        return archived_talents(session_rows(session), programme_id)


def get_record(db: Database, record_type: type[R], record_id: int, programme_id: int | None = None) -> R:
    """One record by id; a talent as taking part in `programme_id`."""
    with db.session() as session:
        return read_record(session, row_by_id(session, MODEL_FOR[record_type], record_id), record_type, programme_id)


def get_participant(db: Database, talent_id: int, programme_id: int) -> rec.TalentRecord:
    """A talent as taking part in `programme_id`; InputError when they take no part in it (a talent of another
    year: its wishes and self-introduction are that year's, and a save would make them join this one)."""
    with db.session() as session:
        row = row_by_id(session, models.Talent, talent_id)
        if participation(session, talent_id, programme_id) is None:
            raise InputError(msg("人材 {id} はこのプログラムに参加していません（--programme で選んでください）",
                                 "Talent {id} takes no part in this programme (choose one with --programme)",
                                 id=talent_id))
        return read_record(session, row, rec.TalentRecord, programme_id)


def text_limits(record: rec.AnyRecord) -> tuple[tuple[str, int], ...]:
    """(field, length) of the record's text fields the database sizes: validate() says a text too long at its field
    (「氏名: 100 文字以内に…」), before the flush's check would refuse it under the column's name."""
    names = {f.name for f in fields(record)}
    return tuple((name, n) for name, n in column_limits(MODEL_FOR[type(record)]) if name in names)


def _checked(record: R, stored: R | None = None) -> R:
    """The record as it is stored (normalised), or ValidationFailed. `stored`: what it replaces (validation.validate)."""
    record = normalised(record)
    errors = validate(record, text_limits(record), stored)
    if errors:
        raise ValidationFailed(errors)
    return record


def _take_part(session: Session, talent_id: int, values: dict[str, Any]) -> None:
    """Create or update the talent's participation in values["programme_id"]; an archived talent joins none."""
    row = participation(session, talent_id, values["programme_id"])
    _refuse_other_regions(session, values, row)
    if row is None:
        refuse_if_archived(session.get_one(models.Talent, talent_id))
        session.add(models.ProgrammeTalent(talent_id=talent_id, **values))
    else:
        for name, value in values.items():
            setattr(row, name, value)


def _refuse_other_regions(session: Session, values: dict[str, Any], row: models.ProgrammeTalent | None) -> None:
    """A talent's assigned and wished regions are regions of their programme, as the dialog and the roster offer
    them (`colead set` takes ids): a region id stored before (the region left the programme since) is let be."""
    had: set[int | None] = {None}
    if row is not None:
        had |= {*(row.region_preferences or ()), row.assigned_region_id}
    named = {"assigned_region_id": [values.get("assigned_region_id")],
             "region_preferences": list(values.get("region_preferences") or ())}
    if all(i in had for ids in named.values() for i in ids):
        return  # nothing new to look up (an edit of other fields)
    ours = set(session.scalars(region_ids(values["programme_id"])))
    errors = {}
    for name, ids in named.items():
        if wrong := [i for i in ids if i not in ours and i not in had]:
            errors[name] = msg("地域 {ids} はこのプログラムの地域ではありません（地域: {all}）。",
                               "Region {ids} is not a region of this programme (regions: {all}).",
                               ids=", ".join(map(str, wrong)), all=", ".join(map(str, sorted(ours))) or "-")
    if errors:
        raise ValidationFailed(errors)


def insert_record(session: Session, record: R, programme_id: int | None = None) -> R:
    """Insert within the caller's transaction; a record with an id and uuid keeps them (undoing a delete).

    A region joins programme `programme_id`. A talent joins their record's programme; a talent whose person
    is still there (kept for another programme) only takes part again."""
    record = _checked(record)
    values = column_values(record)
    for unset in ("id", "uuid"):
        if not values[unset]:
            values.pop(unset)  # the database hands out the id, the model default the uuid
    values.pop("version")  # a new row starts at version 1 (version_id_col)
    model = MODEL_FOR[type(record)]
    taking_part: dict[str, Any] = {}
    if isinstance(record, rec.TalentRecord):
        values, taking_part = split_talent(values)
        kept = session.get(models.Talent, record.id) if record.id is not None else None
        if kept is not None and kept.uuid == record.uuid:
            _take_part(session, kept.id, taking_part)
            return replace(record, id=kept.id, uuid=kept.uuid, version=kept.version)
    elif isinstance(record, rec.RegionRecord) and programme_id is None:
        raise ValueError("a new region joins a programme")
    row = model(**values)
    session.add(row)
    session.flush()
    if isinstance(record, rec.ProgrammeRecord):
        add_calls(session, row.id)  # type: ignore[attr-defined]
    if taking_part:
        _take_part(session, row.id, taking_part)  # type: ignore[attr-defined]
    if isinstance(record, rec.RegionRecord):
        session.add(models.ProgrammeRegion(programme_id=programme_id, region_id=row.id))  # type: ignore[attr-defined]
    session.flush()
    return replace(record, id=row.id, uuid=row.uuid, version=row.version)  # type: ignore[attr-defined]


def _row_of(session: Session, record: rec.AnyRecord) -> Base | None:
    """The row holding this very record: same id and, once saved, the same uuid (not a newer row under its id)."""
    row = session.get(MODEL_FOR[type(record)], record.id)
    if row is None or (record.uuid and row.uuid != record.uuid):  # type: ignore[attr-defined]
        return None
    return row


def save_record(db: Database, record: R, programme_id: int | None = None) -> R:
    """Insert (id None; a region joins `programme_id`) or update the record's own row, in a transaction of its own.

    An update from an older version than the stored one raises StaleRecord and writes nothing."""
    if record.id is None:
        with db.session() as session:
            return insert_record(session, record, programme_id)
    kind = lookups.kind_name(MODEL_FOR[type(record)])
    stored_now = lambda: get_record(db, type(record), record.id or 0, programme_of(record))  # noqa: E731
    with stale_data_refused(kind, record, None, stored_now), db.session(immediate=True) as session:
        row = _row_of(session, record)
        if row is None:
            raise InputError(msg("ID {id} のレコードは存在しません。", "No record with ID {id}.", id=record.id))
        stored = read_record(session, row, type(record), programme_of(record))
        check_version(kind, stored, record)
        return stored_record(session, row, update_row(row, record, stored))


def programme_of(record: rec.AnyRecord) -> int | None:
    """The programme a record is read for: a talent's own, every other kind's none."""
    return record.programme_id if isinstance(record, rec.TalentRecord) else None


def stored_record(session: Session, row: Base, record: R) -> R:
    """The record as a later read will see it (values round-tripped through the database, the new version)."""
    session.flush()
    session.expire_all()
    return read_record(session, row, type(record), programme_of(record))


def update_row(row: Base, record: R, stored: R | None = None) -> R:
    """Check the record and write its values onto `row` (and a talent's participation), within the caller's
    transaction; its identity stays. `stored`: the record `row` holds now, when the caller has read it (an answer it
    already holds is let be: validation._worksheet_choices). The row's version counts up at flush (a talent's too when only their
    participation changed: the talent's version stands for the whole record)."""
    record = _checked(record, stored)
    values = column_values(record)
    if isinstance(record, rec.TalentRecord):
        values, taking_part = split_talent(values)
        session = object_session(row)
        assert session is not None
        _take_part(session, row.id, taking_part)  # type: ignore[attr-defined]
        flag_modified(row, "name")
    for name, value in values.items():
        if name not in ("id", "uuid", "version"):
            setattr(row, name, value)
    return replace(record, id=row.id, uuid=row.uuid)  # type: ignore[attr-defined]


def delete_row(session: Session, row: Base, record: rec.AnyRecord, who: str) -> Removal:
    """Delete the record, within the caller's transaction, and return everything the delete took (for undo);
    audit entries name each row removed. Refused (KeptRecord) while something keeps it (services/delete_guard.py:
    an offline copy holds it for reference only, other records refer to it, or a talent's payments, pairs or
    tours, who are archived instead).

    A talent leaves the record's programme; the person, with their payee details, goes too when they take
    part in no other programme."""
    refuse_if_kept(session, record)
    return remove(session, delete_targets(session, row, record), record_name(record), who)


def count_records(db: Database, record_type: type, programme_id: int) -> int:
    """How many records programme `programme_id` shows."""
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(MODEL_FOR[record_type])
                              .where(_in_programme(record_type, programme_id))) or 0
