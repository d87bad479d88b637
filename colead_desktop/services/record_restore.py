"""Undo and redo of record edits: move one record, found by its uuid, from the state the command left to another.

Another instance of the app (or another page) may have changed or deleted the record since, or the id may
have been taken by a newer record. Rather than overwrite someone else's work, a step whose starting state
no longer holds is refused with RecordConflict, and nothing is written. The comparison is of the full
record as stored, so any edit by anyone else counts.

A delete keeps everything it removed with the record (services/record_removal.py: the rows the database
cascaded to, the links it cleared), and its undo puts all of it back, not only the record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database
from colead_desktop.db.mapping import MODEL_FOR
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.services import lookups
from colead_desktop.services.record_removal import Removal, RestoreConflict, put_back
from colead_desktop.services.delete_guard import record_name
from colead_desktop.services.records import (delete_row, get_record, insert_record, participation, programme_of,
                                              read_record, stored_record, update_row)
from colead_desktop.services.versions import check_version, stale_data_refused
from colead_desktop.services.talent_archive import refuse_if_archived

R = TypeVar("R", bound=rec.AnyRecord)



class RecordConflict(RestoreConflict):
    """The record (or tour) is no longer in the state an undo or redo step starts from; nothing was written."""


def kind_name(record_type: type) -> str:
    return lookups.kind_name(MODEL_FOR[record_type])


def changed_since(kind: str) -> RecordConflict:
    return RecordConflict(msg("この{kind}はその後ほかの操作で変更されたため、上書きせずにそのままにしました。",
                              "This {kind} has been changed by another action since, so it was left as it is "
                              "rather than overwritten.", kind=kind))


def deleted_since(kind: str) -> RecordConflict:
    return RecordConflict(msg("この{kind}はその後ほかの操作で削除されています。",
                              "This {kind} has been deleted by another action since.", kind=kind))


def _locked_row(session: Session, record: rec.AnyRecord) -> Base | None:
    """The row with the record's uuid, locked until the transaction ends (PostgreSQL; SQLite locks the file)."""
    model = MODEL_FOR[type(record)]
    same_uuid = model.uuid == record.uuid  # type: ignore[attr-defined]
    return session.scalars(select(model).where(same_uuid).with_for_update()).first()


def _taken(session: Session, record: rec.AnyRecord) -> bool:
    """Whether the id or uuid of a record to re-insert is held by a row. A talent's person may rightly still be
    there (kept for another programme): then only their participation in this programme must be gone."""
    model = MODEL_FOR[type(record)]
    if isinstance(record, rec.TalentRecord):
        person = session.get(model, record.id)
        if person is not None and person.uuid == record.uuid:  # type: ignore[attr-defined]
            return participation(session, person.id, record.programme_id) is not None  # type: ignore[attr-defined]
    return session.get(model, record.id) is not None or _locked_row(session, record) is not None


def _insert(session: Session, record: R, programme_id: int | None) -> R:
    """Insert a new record (the first run of an add command)."""
    saved = insert_record(session, record, programme_id)
    row = session.get(MODEL_FOR[type(record)], saved.id)
    assert row is not None
    return stored_record(session, row, record)


def _checked_row(session: Session, expected: rec.AnyRecord) -> Base:
    """The record's row, locked, if it is still exactly `expected`; else RecordConflict."""
    row = _locked_row(session, expected)
    if row is None:
        raise deleted_since(kind_name(type(expected)))
    if read_record(session, row, type(expected), programme_of(expected)) != expected:
        raise changed_since(kind_name(type(expected)))
    return row


def restore_record(db: Database, expected: R | None, wanted: R, programme_id: int | None = None,
                   labels: Mapping[str, str] | None = None) -> R:
    """Add (`expected` None) or edit one record in one transaction; returns it as stored.

    An edit saves `wanted` only over a record still exactly `expected` (and at its version): else StaleRecord,
    with `wanted` as mine, the stored record as theirs and `expected` as base, and nothing written.
    A `wanted` without an id is a plain add (the first run of an add command); an added region joins programme
    `programme_id`. `labels` name the fields in a refusal as the user knows them. Deletes and their undo go
    through delete_record and undelete_record.
    """
    if expected is None:
        with db.session() as session:
            return _insert(session, wanted, programme_id)
    if (wanted.id, wanted.uuid) != (expected.id, expected.uuid):
        raise ValueError("restore_record moves one record: expected and wanted must share id and uuid")
    kind = kind_name(type(expected))
    stored_now = lambda: get_record(db, type(expected), expected.id or 0, programme_of(expected))  # noqa: E731
    with stale_data_refused(kind, wanted, expected, stored_now, labels), db.session(immediate=True) as session:
        row = _locked_row(session, expected)
        if row is None:
            raise deleted_since(kind)
        stored = read_record(session, row, type(expected), programme_of(expected))
        check_version(kind, stored, wanted, expected, labels)
        update_row(row, wanted, stored)
        return stored_record(session, row, wanted)


def delete_record(db: Database, expected: rec.AnyRecord, who: str) -> Removal:
    """Delete the record, still exactly `expected`, in one transaction with audit entries; everything the delete
    removed is returned for undelete_record."""
    return delete_records(db, [expected], who)[0]


def delete_records(db: Database, expected: Sequence[rec.AnyRecord], who: str) -> list[Removal]:
    """Delete the records, each still exactly as in `expected`, all in one transaction with audit entries: when one
    is refused or fails, none is deleted (the list's delete of several rows). What each delete removed is returned,
    in the same order, for undelete_records."""
    with db.session() as session:
        removals = []
        for record in expected:
            try:
                removals.append(delete_row(session, _checked_row(session, record), record, who))
            except InputError as refused:
                if len(expected) == 1:
                    raise
                raise InputError(msg("「{name}」を削除できないため、選択した{n}件はどれも削除していません。\n{reason}",
                                     "“{name}” cannot be deleted, so none of the {n} selected was deleted.\n{reason}",
                                     name=record_name(record), n=len(expected), reason=refused)) from refused
        return removals


def undelete_record(db: Database, record: R, removal: Removal, who: str) -> R:
    """Put back, in one transaction with audit entries, everything delete_record removed with `record`;
    returns the record as stored. RecordConflict, with nothing written, when something has taken its place."""
    return undelete_records(db, [(record, removal)], who)[0]


def undelete_records(db: Database, deleted: Sequence[tuple[R, Removal]], who: str) -> list[R]:
    """Put back each record with what its delete removed (delete_records' answer), all in one transaction with audit
    entries, the last deleted first; returns the records as stored, in the order given. RecordConflict, with
    nothing written, when something has taken the place of any of them."""
    with db.session() as session:
        stored = [_put_back(session, record, removal, who) for record, removal in reversed(deleted)]
        return stored[::-1]


def _put_back(session: Session, record: R, removal: Removal, who: str) -> R:
    # Ids are never reused (AUTOINCREMENT on SQLite, sequences on PostgreSQL), so the id cannot be taken,
    # unless it was deleted before ids were kept unique (migration 0007): check rather than write onto another.
    if _taken(session, record):
        raise RecordConflict(msg("この{kind}の ID {id} は別の記録が使っているため、元に戻せません。",
                                 "ID {id} of this {kind} is now used by another record, so it cannot be "
                                 "restored.", kind=kind_name(type(record)), id=record.id))
    if isinstance(record, rec.TalentRecord) and (person := session.get(models.Talent, record.id)) is not None:
        refuse_if_archived(person)  # archived since: they may not rejoin the programme
    put_back(session, removal, record_name(record), who)
    row = session.get(MODEL_FOR[type(record)], record.id)
    assert row is not None
    return stored_record(session, row, record)
