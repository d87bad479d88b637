"""What deleting rows takes with it, kept so an undo can put all of it back.

A delete is more than its row: the database's ON DELETE CASCADE removes the rows that belong to it (an
event's agenda and round tables, a person's payee details and meetup seats, a region's policy override and
its rates) and ON DELETE SET NULL unlinks others (a work day's company, a tour day's event). `remove` finds
all of them from the schema itself, before deleting, so no table is forgotten when one is added; `put_back`
re-inserts the rows under their own ids and restores the links. A reference without ON DELETE would make the
database refuse the delete: that is found first and refused with a message naming the kind of record.

Every row removed, link cleared or row put back writes audit entries: account numbers masked as everywhere in
the audit log, addresses, e-mail addresses and phone numbers too (audit_values.without_contact).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, and_, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from colead_desktop.db.base import Base
from colead_desktop.db.failures import reference_refusal
from colead_desktop.db.registry import load_all_models
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.services.lookups import kind_name
from colead_desktop.domain.audit_values import without_contact
from colead_desktop.services.payment_audit import audit

load_all_models()  # every table must be known, or its cascade would be missed


@dataclass(frozen=True)
class RemovedRow:
    table: str
    values: Mapping[str, Any]  # every column, as stored


@dataclass(frozen=True)
class ClearedLink:
    """A column ON DELETE SET NULL cleared: row `key` (its primary key values) of `table` had `value`."""

    table: str
    key: Mapping[str, Any]
    column: str
    value: Any


@dataclass(frozen=True)
class Removal:
    """Everything one delete removed: its rows (with the rows cascaded to), and the links it cleared."""

    rows: tuple[RemovedRow, ...]
    links: tuple[ClearedLink, ...]


class RestoreConflict(InputError):
    """What a delete removed cannot be put back as it was (its place was taken); nothing was written."""


def _model_of(table: Table) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def table_kind(table: Table) -> str:
    """What the user calls a row of `table` (「イベント」), or the generic 「記録」."""
    model = _model_of(table)
    return kind_name(model) if model is not None else msg("記録", "record")


def _key(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    return {column.key: values[column.key] for column in table.primary_key.columns}


def _where_key(table: Table, key: Mapping[str, Any]) -> ColumnElement[bool]:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _rows(session: Session, table: Table, where: ColumnElement[bool]) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(select(table).where(where)).mappings()]


def _referrers(table: Table) -> list[tuple[Table, str, str, str | None]]:
    """(referring table, its column, the referred column here, ON DELETE) for every foreign key to `table`."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent.key, fk.column.key, (fk.ondelete or "").upper() or None))
    return found


def _collect(session: Session, table: Table, rows: Sequence[dict[str, Any]], blocked: list[str],
             removed: list[RemovedRow], links: list[ClearedLink]) -> None:
    """Gather the rows and links deleting `rows` would take, and in `blocked` the kinds of record whose
    reference without ON DELETE would make the database refuse it."""
    removed.extend(RemovedRow(table.name, row) for row in rows)
    for other, column, referred, ondelete in _referrers(table):
        values = {row[referred] for row in rows} - {None}
        if not values:
            continue
        referring = other.c[column].in_(values)
        if ondelete == "CASCADE":
            children = [row for row in _rows(session, other, referring)
                        if RemovedRow(other.name, row) not in removed]  # a row reached twice is removed once
            if children:
                _collect(session, other, children, blocked, removed, links)
        elif ondelete == "SET NULL":
            links.extend(ClearedLink(other.name, _key(other, row), column, row[column])
                         for row in _rows(session, other, referring))
        elif session.execute(select(other.c[column]).where(referring).limit(1)).first() is not None:
            kind = table_kind(other)
            if kind not in blocked:
                blocked.append(kind)


def _gather(session: Session, targets: Sequence[Base]) -> tuple[list[str], list[RemovedRow], list[ClearedLink]]:
    blocked: list[str] = []
    removed: list[RemovedRow] = []
    links: list[ClearedLink] = []
    for target in targets:
        table = cast(Table, target.__table__)  # every model here maps one table
        key = {column.key: getattr(target, column.key) for column in table.primary_key.columns}
        _collect(session, table, _rows(session, table, _where_key(table, key)), blocked, removed, links)
    return blocked, removed, links


def blockers(session: Session, targets: Sequence[Base]) -> list[str]:
    """The kinds of record (「参加登録」) whose reference would make the database refuse deleting `targets`."""
    return _gather(session, targets)[0]


def remove(session: Session, targets: Sequence[Base], name: str, who: str) -> Removal:
    """Delete `targets` (parents first) with everything the database would take with them, within the
    caller's transaction, and return all of it. `name` names the record in a refusal."""
    blocked, removed, links = _gather(session, targets)
    if blocked:  # delete_row asked services/delete_guard.py first: a reference written since, by someone else
        raise InputError(msg("「{name}」は{kind}から参照されているため削除できません。",
                             "“{name}” cannot be deleted because a {kind} refers to it.",
                             name=name, kind=blocked[0]))
    for row in removed:
        _audit_row(session, who, row, deleting=True)
    for link in links:
        audit(session, who, link.table, _entity_id(link.key), link.column, link.value, None)
    try:
        for target in targets:  # one at a time, in order: the database removes the rest itself
            session.delete(target)
            session.flush()
    except IntegrityError as exc:  # a reference written by someone else since the checks above
        reference = reference_refusal(exc)
        if reference is not None:  # or an offline copy's reference row (持ち出し): not a constraint
            raise reference from exc
        raise InputError(msg("「{name}」は他のデータから参照されているため削除できません。",
                             "“{name}” cannot be deleted because other records refer to it.", name=name)) from exc
    return Removal(tuple(removed), tuple(links))


def _entity_id(key: Mapping[str, Any]) -> int | None:
    value = key.get("id")
    return value if isinstance(value, int) else None


def _audit_row(session: Session, who: str, row: RemovedRow, deleting: bool) -> None:
    for field, value in row.values.items():
        if field != "id" and value not in (None, ""):
            shown = without_contact(field, value)  # the log outlives the record: no contact details in it
            audit(session, who, row.table, _entity_id(row.values), field,
                  shown if deleting else None, None if deleting else shown)


def _is_referred_to(table: Table) -> bool:
    return bool(_referrers(table))


def put_back(session: Session, removal: Removal, name: str, who: str) -> tuple[RemovedRow, ...]:
    """Re-insert what `remove` took, under the same ids, and restore the cleared links still empty, within the
    caller's transaction, and return the rows as restored. RestoreConflict, with nothing written, when a row's
    place has been taken.

    A row nothing refers to (an agenda block, a meetup seat) whose id was handed out again meanwhile (tables
    without AUTOINCREMENT reuse the highest id on SQLite) comes back under a new id instead.
    """
    taken = RestoreConflict(msg("「{name}」を元に戻せません。削除の後に別のデータがその場所を使っています。",
                                "“{name}” cannot be restored: other data has taken its place since it was "
                                "deleted.", name=name))
    order = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}  # parents first
    rows_back: list[RemovedRow] = []
    try:
        for row in sorted(removal.rows, key=lambda removed: order[removed.table]):
            table = Base.metadata.tables[row.table]
            values = dict(row.values)
            key = _key(table, values)
            if session.execute(select(*table.primary_key.columns).where(_where_key(table, key))).first():
                if _is_referred_to(table) or list(key) != ["id"]:
                    raise taken
                del values["id"]
            inserted = cast(CursorResult[Any], session.execute(insert(table).values(**values)))
            if "id" not in values and inserted.inserted_primary_key is not None:
                values["id"] = inserted.inserted_primary_key[0]
            rows_back.append(RemovedRow(row.table, values))
            _audit_row(session, who, rows_back[-1], deleting=False)
        for link in removal.links:
            table = Base.metadata.tables[link.table]
            restored = session.execute(update(table).where(_where_key(table, link.key), table.c[link.column].is_(None))
                                       .values({link.column: link.value}))
            if restored.rowcount:  # type: ignore[attr-defined]  # an UPDATE's result counts its rows
                audit(session, who, link.table, _entity_id(link.key), link.column, None, link.value)
        session.flush()
    except IntegrityError as exc:  # a unique value taken, or a row it refers to deleted since
        raise taken from exc
    return tuple(rows_back)

