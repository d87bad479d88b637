"""The rows an offline copy carries only as references (the programme, the region, the talents of a party, a
venue in another region): recorded in the copy and guarded by SQLite triggers there, since a check-in writes
back held records only and an edit to a reference would be lost without a word.

Copy only: the table and the triggers are made by the check-out in the SQLite copy, never by the migrations
nor in the shared database. Rows are known by SQLite's rowid (the id, where the table has one; the table
programme_region has a two-column key), and by their content's digest, so that a check-in still finds a
reference changed behind the triggers' back (domain/offline.py plan_references).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import Connection, Table, literal_column, select, text
from sqlalchemy.orm import Session

from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database
from colead_desktop.db.hold_models import OfflineHold
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.db.sqlite_checks import REFERENCES_TABLE
from colead_desktop.domain.offline import REFERENCE_MARKER, digest
from colead_desktop.services.offline_rows import table

_TABLE = REFERENCES_TABLE
_ROWID = "_copy_rowid"
COPY_CANNOT_CHECK_OUT = ("開いているのは持ち出したファイルのため、ここからは持ち出せません。共有データベースを開いてから"
                         "持ち出してください",
                         "The open database is an offline copy: check out from the shared database instead")
COPY_CANNOT_CHECK_IN = ("開いているのは持ち出したファイルです。持ち帰りは、共有データベースを開いてから行います",
                        "The open database is an offline copy: check in from the shared database")


def copy_digests(conn: Connection, names: Iterable[str]) -> dict[tuple[str, int], str]:
    """Every row of these tables in the copy, by (table, rowid): its content's digest."""
    found: dict[tuple[str, int], str] = {}
    for name in names:
        t = table(name)
        for row in conn.execute(select(literal_column("rowid").label(_ROWID), *t.columns)).mappings():
            values = dict(row)
            found[(name, int(values.pop(_ROWID)))] = digest(values)
    return found


def protect_references(conn: Connection, names: Iterable[str], held: set[tuple[str, int]]) -> int:
    """Record every row of `names` in the copy that is not held as a reference and make the copy refuse to
    change or delete it; how many rows that is."""
    tables = sorted(set(names))
    references = {key: value for key, value in copy_digests(conn, tables).items() if key not in held}
    conn.execute(text(f"CREATE TABLE {_TABLE} (table_name TEXT NOT NULL, record_id INTEGER NOT NULL, "
                      "digest TEXT NOT NULL, PRIMARY KEY (table_name, record_id))"))
    if references:
        conn.execute(text(f"INSERT INTO {_TABLE} VALUES (:t, :i, :d)"),
                     [{"t": name, "i": rowid, "d": value} for (name, rowid), value in references.items()])
    for name in sorted({name for name, _ in references}):
        for event in ("UPDATE", "DELETE"):
            # RAISE(ABORT) fails the statement as a constraint would: db/failures.py explains the marker
            conn.execute(text(
                f'CREATE TRIGGER colead_reference_{event.lower()}_{name} BEFORE {event} ON "{name}" FOR EACH ROW '
                f"WHEN EXISTS (SELECT 1 FROM {_TABLE} WHERE table_name = '{name}' AND record_id = OLD.rowid) "
                f"BEGIN SELECT RAISE(ABORT, '{REFERENCE_MARKER}: {name}'); END"))
    return len(references)


def recorded_references(conn: Connection) -> dict[tuple[str, int], str]:
    """The references a copy recorded at check-out, with their digests then (none in a copy made before)."""
    if not _has_references(conn):
        return {}
    return {(str(name), int(rowid)): str(value)
            for name, rowid, value in conn.execute(text(f"SELECT table_name, record_id, digest FROM {_TABLE}"))}


def is_reference(session: Session, row: Base) -> bool:
    """The open offline copy holds the row for reference only: its trigger would refuse a change or delete.
    services/delete_guard.py refuses such a delete (naming the row: Hold.COPY_REFERENCE) before what refers to the
    row is looked at: the copy is the reason the user can act on."""
    conn = session.connection()
    if conn.dialect.name != "sqlite" or not _has_references(conn):
        return False
    name = cast(Table, row.__table__).name
    return conn.execute(text(f"SELECT 1 FROM {_TABLE} WHERE table_name = :t AND record_id = :i"),
                        {"t": name, "i": getattr(row, "id", None)}).first() is not None


def _has_references(conn: Connection) -> bool:
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                        {"n": _TABLE}).first() is not None


@dataclass(frozen=True)
class OfflineCopy:
    """The open database is an offline copy: of what (the scope's label, no personal data), until when."""
    label: str
    until: date
    checked_in: bool


def offline_copy(db: Database) -> OfflineCopy | None:
    """What the open database is a copy of, or None for any other database (a copy is a SQLite file whose
    check-out recorded its references)."""
    if db.engine.dialect.name != "sqlite":
        return None
    with db.engine.connect() as conn:
        if not _has_references(conn):
            return None
        hold = conn.execute(select(OfflineHold.__table__)).mappings().first()
    if hold is None:
        return None
    return OfflineCopy(str(hold["label"]), hold["until"], hold["outcome"] == "checked_in")


def refuse_offline_copy(db: Database, refusal: tuple[str, str]) -> None:
    """Check-out and check-in work on the shared database: a copy of a copy would hold nothing there, and a
    copy brought back into a copy would never reach it."""
    if offline_copy(db) is not None:
        raise InputError(msg(*refusal))
