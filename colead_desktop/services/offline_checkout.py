"""持ち出し: check a region's tours or one meetup out of the shared database into an offline SQLite copy.

One transaction on the shared database locks the records, refuses those someone else holds, records the hold
(who: the database login; until when; each record's version and content digest) and writes the copy, a
normal app database made by the migrations, beside the target; only when the hold is committed does the copy
take the target's name. A failure anywhere leaves neither a hold nor a file.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.hold_models import OfflineHold, OfflineHoldRecord
from colead_desktop.domain.clock import tokyo_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.offline import HELD, Scope, check_until, digest, hold_label
from colead_desktop.exports.atomic import OWNER_ONLY, atomic_path
from colead_desktop.local_user import local_login
from colead_desktop.offline_copies import remember_copy
from colead_desktop.services.offline_references import (COPY_CANNOT_CHECK_OUT, protect_references,
                                                         refuse_offline_copy)
from colead_desktop.services.offline_rows import Row, ids_where, insert_all, parents, read_rows, table

# Rows that belong with copied parents though nothing copied refers to them (the programme's regions, a
# talent's part in the programme, the tour check settings): table → the columns that must all be copied.
_COMPANIONS = {"programme_region": (("programme_id", "programme"), ("region_id", "region")),
               "programme_talent": (("programme_id", "programme"), ("talent_id", "talent")),
               "tour_check_settings": (("programme_id", "programme"),)}


_MIGRATING = threading.Lock()
_LOCK_BASE = 0x686F6C64  # pg_advisory_xact_lock's first key ("hold"), plus the scope's index


@dataclass(frozen=True)
class CheckedOut:
    hold_id: int
    login: str
    label: str
    until: date
    file: Path
    held: dict[str, int]       # table → records held
    copied: dict[str, int]     # table → rows in the copy


def database_login(conn: Connection) -> str:
    if conn.dialect.name == "postgresql":
        return str(conn.execute(text("SELECT current_user")).scalar_one())
    return local_login()


def _scope_label(conn: Connection, scope: Scope, scope_id: int) -> str:
    if scope is Scope.REGION:
        name = conn.execute(select(models.Region.name).where(models.Region.id == scope_id)).scalar_one_or_none()
        if name is None:
            raise InputError(msg("地域 {v} はありません", "no region {v}", v=scope_id))
        return _tours_of(name)
    event = conn.execute(select(models.Event.title).where(models.Event.id == scope_id)).scalar_one_or_none()
    if event is None:
        raise InputError(msg("イベント {v} はありません（--event）", "no event {v} (--event)", v=scope_id))
    return str(event)


def region_id_named(db: Database, name: str) -> int:
    with db.session() as session:
        found = session.scalar(select(models.Region.id).where(models.Region.name == name.strip()))
    if found is None:
        raise InputError(msg("地域「{v}」はありません（--region）", "no region '{v}' (--region)", v=name))
    return int(found)


def _held_ids(conn: Connection, scope: Scope, scope_id: int, programme_id: int) -> dict[str, list[int]]:
    if scope is Scope.REGION:
        tour = table("tour")
        tours = conn.execute(select(tour.c.id).where(tour.c.region_id == scope_id,
                                                     tour.c.programme_id == programme_id)).scalars()
        return {"tour": sorted(int(i) for i in tours), "company": ids_where(conn, "company", "region_id", scope_id),
                "venue": ids_where(conn, "venue", "region_id", scope_id)}
    return {name: [scope_id] if name == "event" else ids_where(conn, name, "event_id", scope_id)
            for name in HELD[Scope.EVENT]}


def _refuse_held(conn: Connection, held: dict[str, list[int]], scope: Scope, scope_id: int) -> None:
    """Someone's open hold on any of these records, or on the same scope, refuses the check-out."""
    hold, record = OfflineHold.__table__, OfflineHoldRecord.__table__
    pairs = [(name, i) for name, ids in held.items() for i in ids]
    query = select(hold.c.login, hold.c.until).where(hold.c.outcome.is_(None))
    by_scope = conn.execute(query.where(hold.c.scope_kind == scope.value, hold.c.scope_id == scope_id)).first()
    by_record = conn.execute(query.join(record, record.c.hold_id == hold.c.id).where(
        record.c.table_name.in_({name for name, _ in pairs}), record.c.record_id.in_({i for _, i in pairs}))
    ).first() if pairs else None
    found = by_scope or by_record
    if found is not None:
        raise InputError(msg("持ち出せません: {who}", "Cannot check out: {who}", who=hold_label(found[0], found[1])))


def _party_refs(rows: dict[str, dict[Any, Row]]) -> list[tuple[str, int]]:
    """The talents and staff a tour's party or a round table names inside its JSON documents."""
    found = []
    for tour in rows.get("tour", {}).values():
        for member in tour.get("members") or []:
            kind, _, number = str(member.get("id", "")).partition("-")
            if kind in ("talent", "staff") and number.isdigit():
                found.append((kind, int(number)))
    for table_row in rows.get("roundtable_table", {}).values():
        found += [("staff", int(i)) for i in table_row.get("staff_ids") or []]
    return found


def _with_references(conn: Connection, held_rows: dict[str, dict[Any, Row]]) -> dict[str, dict[Any, Row]]:
    rows = {name: dict(found) for name, found in held_rows.items()}
    wanted = [ref for name, found in rows.items() for row in found.values() for ref in parents(name, row)]
    wanted += _party_refs(rows)
    while wanted:
        name, record_id = wanted.pop()
        if record_id in rows.get(name, {}):
            continue
        found = read_rows(conn, name, [record_id])
        if found:  # a dangling party reference (the talent left) is simply not copied
            rows.setdefault(name, {}).update(found)
            wanted += parents(name, found[record_id])
    for name, columns in _COMPANIONS.items():
        t = table(name)
        query = select(t).where(*(t.c[column].in_(rows.get(parent, {}).keys()) for column, parent in columns))
        rows[name] = {index: dict(row) for index, row in enumerate(conn.execute(query).mappings())}
    return rows


def _migrate_copy(path: Path) -> None:
    """Make the empty copy an app database (the slow part: every migration) before anything is locked."""
    copy = Database(f"sqlite:///{path}")
    try:
        with _MIGRATING:  # alembic keeps its running migration in module globals: one thread at a time
            copy.migrate()
    finally:
        copy.dispose()


def _write_copy(path: Path, rows: dict[str, dict[Any, Row]], hold: Row, records: list[Row]) -> None:
    copy = Database(f"sqlite:///{path}")
    try:
        with copy.engine.begin() as conn:
            insert_all(conn, {**rows, "offline_hold": {hold["id"]: hold},
                              "offline_hold_record": dict(enumerate(records))})
            protect_references(conn, rows, {(r["table_name"], r["record_id"]) for r in records})
    finally:
        copy.dispose()


def check_out(db: Database, programme_id: int, scope: Scope, scope_id: int, until: date, out: Path,
              today: date) -> CheckedOut:
    check_until(until, today)
    refuse_offline_copy(db, COPY_CANNOT_CHECK_OUT)
    out = Path(out)
    if out.exists():
        raise InputError(msg("持ち出し先 {path} は既にあります。別のファイル名を指定してください",
                             "{path} already exists; choose another file name", path=out))
    with atomic_path(out, OWNER_ONLY) as part:  # named `out` once the hold is committed (the inner block's end)
        _migrate_copy(part)
        with db.session(immediate=True) as session:
            conn = session.connection()
            if conn.dialect.name == "postgresql":  # two check-outs of one scope wait for each other, even of no records
                conn.execute(text("SELECT pg_advisory_xact_lock(:kind, :id)"),
                             {"kind": list(Scope).index(scope) + _LOCK_BASE, "id": scope_id})
            label = _scope_label(conn, scope, scope_id)
            held_ids = _held_ids(conn, scope, scope_id, programme_id)
            held_rows: dict[str, dict[Any, Row]] = {name: dict(read_rows(conn, name, ids, lock=True))
                                                    for name, ids in held_ids.items()}
            _refuse_held(conn, held_ids, scope, scope_id)
            hold = OfflineHold(login=database_login(conn), scope_kind=scope.value, scope_id=scope_id,
                               programme_id=programme_id, label=label[:200], until=until,
                               created_at=tokyo_now().replace(tzinfo=None), source=db.display_name[:300])
            session.add(hold)
            session.flush()
            records = [{"hold_id": hold.id, "table_name": name, "record_id": record_id,
                        "version": row.get("version"), "digest": digest(row)}
                       for name, found in held_rows.items() for record_id, row in found.items()]
            if records:
                session.execute(table("offline_hold_record").insert(), records)
            session.refresh(hold)  # the login the database stamped (current_user on a team database)
            hold_row = {column.name: getattr(hold, column.name) for column in OfflineHold.__table__.columns}
            rows = _with_references(conn, held_rows)
            _write_copy(part, rows, hold_row, records)  # the last step inside the transaction
    remember_copy(out, db.display_name)
    return CheckedOut(hold.id, hold.login, label, until, out, {n: len(f) for n, f in held_rows.items()},
                      {n: len(f) for n, f in rows.items() if f})


def checkout_choices(db: Database, programme_id: int) -> list[tuple[Scope, int, str]]:
    """What the 持ち出し dialog offers: each region's tours, then each online event (meetup) of the programme."""
    from colead_desktop.services.meetup import list_online_events
    from colead_desktop.services.programme_scope import regions_of

    with db.session() as session:
        regions = [(Scope.REGION, region.id, _tours_of(region.name))
                   for region in regions_of(session, programme_id)]
    return regions + [(Scope.EVENT, event.id, event.title) for event in list_online_events(db, programme_id)]


def _tours_of(region: str) -> str:
    return msg("{name}のツアー", "tours of {name}", name=region)
