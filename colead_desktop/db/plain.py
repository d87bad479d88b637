"""Reading and writing a SQLite database through plain sqlite3, for commands that must start fast (issue 15).

Importing SQLAlchemy alone costs a process ten times Python's own start, so a command such as
`colead list talents` (reads) or `colead export zengin` (a write) goes through sqlite3 when it can: a plain (not
encrypted) SQLite file that exists, passes SQLite's quick check as at every start (run beside the work, and
asked before its result is used or committed), and is at this app's schema revision. Anything else (a server
database, an encrypted, damaged or new file, a migration due) gives None or UsualOpenNeeded, and the caller
opens the database the usual way (db/startup.py), which reports or mends what it finds.

The SQL itself is written once, as text over a `Rows` function (db/shared_reads.py, db/run_file_sql.py): the
services run the same text through their session, so there is one way to read and write each thing. Values
are bound as SQLAlchemy stores them in SQLite (sqlite_value), so a row reads back the same whichever wrote it.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from colead_desktop.db.encryption import SQLITE_HEADER
from colead_desktop.db.revisions import head_revisions
from colead_desktop.db.sqlite_checks import REFERENCES_TABLE, DatabaseDamaged, check_integrity, schema_revisions
from colead_desktop.paths import data_dir

DEFAULT_DB_NAME = "colead.sqlite3"
# How long a write waits for another program's lock before "database is locked" (failures.explain words it).
SQLITE_BUSY_TIMEOUT_S = 5.0
PLAIN_PREFIX = "sqlite:///"
# How SQLAlchemy's SQLite dialect stores a DATETIME (its default storage format): the ORM's rows look so.
SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"

# SQL text with named parameters (:name) and its parameters -> the rows, as sequences of column values.
Rows = Callable[[str, Mapping[str, object]], Iterable[Sequence[Any]]]


def default_url() -> str:
    return os.environ.get("COLEAD_DB_URL") or f"{PLAIN_PREFIX}{data_dir() / DEFAULT_DB_NAME}"


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a simple SQLite URL (`sqlite:///path`), or None for anything SQLAlchemy must read: a
    server, a driver name, a query string, quoted characters, an in-memory database. Where not None it is
    what engine.sqlite_path gives."""
    path = url[len(PLAIN_PREFIX):] if url.startswith(PLAIN_PREFIX) else ""
    if not path or path == ":memory:" or any(c in path for c in "%?#"):
        return None
    return Path(path)


class UsualOpenNeeded(Exception):
    """A write the plain way cannot make, with nothing written: the database is not one it may touch, or the file
    turned out damaged (rolled back). The usual open (db/startup.py) mends or reports it, naming the backup."""


def sqlite_value(value: object) -> object:
    """A parameter as SQLAlchemy binds it for SQLite: a date or datetime as its text (sqlite3's own adapters
    are deprecated, and would write a datetime without the microseconds SQLAlchemy's format has)."""
    if isinstance(value, datetime):
        return value.strftime(SQLITE_DATETIME)
    if isinstance(value, date):
        return value.isoformat()
    return value


def day(value: date | str) -> date:
    """A DATE column's value: SQLite's text (read as SQL text, without SQLAlchemy's types) or PostgreSQL's date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def first(rows: Iterable[Sequence[Any]]) -> Any:
    """The first column of the first row, or None when there is no row."""
    for row in rows:
        return row[0]
    return None


class PlainRead(NamedTuple):
    """Reads in one transaction, and whether the file passed SQLite's quick check: asked before anything read
    is used, since the check runs beside the reads (sqlite3 lets go of the GIL while it works). A named tuple,
    not a dataclass: a fast command does not import dataclasses (issue 15)."""

    rows: Rows
    sound: Callable[[], bool]


@contextmanager
def plain_rows(url: str) -> Iterator[PlainRead | None]:
    """A PlainRead of the database, or None when it must be opened the usual way."""
    with _plain_connection(url) as opened:
        if opened is None:
            yield None
            return
        connection, sound = opened
        connection.execute("BEGIN")  # one snapshot for every read, as a session's transaction gives
        rows = _at_head(connection)
        yield None if rows is None else PlainRead(rows, sound)
        connection.execute("COMMIT")


@contextmanager
def plain_transaction(url: str) -> Iterator[Rows | None]:
    """A write transaction through plain sqlite3 holding SQLite's write lock from its BEGIN, as a session opened
    `immediate` does, or None when the database must be opened the usual way (as for plain_rows). It commits
    when the block ends, once the file passed its quick check; a block that raises rolls back. A damaged file
    rolls back and raises UsualOpenNeeded, whatever the block did: nothing it read can be trusted."""
    with _plain_connection(url) as opened:
        if opened is None:
            yield None
            return
        connection, sound = opened
        connection.execute("PRAGMA foreign_keys=ON")  # as on every connection of the engine (db/engine.py)
        rows = _begun(connection, sound)
        if rows is None:
            yield None
            return
        try:
            yield rows
            if not sound():
                raise UsualOpenNeeded
            connection.execute("COMMIT")
        except BaseException as exc:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if not isinstance(exc, UsualOpenNeeded) and not sound():
                raise UsualOpenNeeded from exc
            raise


@contextmanager
def _plain_connection(url: str) -> Iterator[tuple[sqlite3.Connection, Callable[[], bool]] | None]:
    """A connection to `url`'s plain SQLite file and the file's quick check, run beside it (plain_rows and
    plain_transaction ask it before trusting their work), or None when the database must be opened the usual
    way. The check's thread ends with the connection."""
    db_file = plain_sqlite_file(url)
    if db_file is None or not _plain_header(db_file):
        yield None
        return
    sound = _checked_meanwhile(db_file)
    try:
        with closing(sqlite3.connect(db_file, timeout=SQLITE_BUSY_TIMEOUT_S, isolation_level=None)) as connection:
            yield connection, sound
    finally:
        sound()


def _begun(connection: sqlite3.Connection, sound: Callable[[], bool]) -> Rows | None:
    """BEGIN IMMEDIATE (waiting out another writer as a session does), and the Rows of the transaction; None,
    rolled back, when the schema is not at head. An error of a damaged file raises UsualOpenNeeded."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:  # locked (db/failures.py words it), or damaged
        if not sound():
            raise UsualOpenNeeded from exc
        raise
    rows = _at_head(connection)
    if rows is None or _offline_copy(connection):
        connection.execute("ROLLBACK")
        return None
    return rows


def _offline_copy(connection: sqlite3.Connection) -> bool:
    """Whether the file is an offline copy (持ち出し): its writes take the usual way, whose locks on the payees meet
    the copy's triggers guarding the rows it only holds for reference."""
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                              (REFERENCES_TABLE,)).fetchone() is not None


def _checked_meanwhile(db_file: Path) -> Callable[[], bool]:
    """SQLite's quick check of the whole file, as every start makes it, in a thread; the function returned waits
    for it and tells whether the file is sound (a damaged one is for the usual open to report, with its backup)."""
    outcome: list[bool] = []

    def check() -> None:
        try:
            check_integrity(db_file, quick=True)
        except (DatabaseDamaged, sqlite3.DatabaseError, OSError):
            outcome.append(False)
        else:
            outcome.append(True)

    thread = threading.Thread(target=check, name="quick-check", daemon=True)
    thread.start()

    def sound() -> bool:
        thread.join()
        return outcome == [True]

    return sound


def _at_head(connection: sqlite3.Connection) -> Rows | None:
    """The connection's Rows, or None when the schema is not at head (a migration is due)."""
    try:
        if schema_revisions(connection) != head_revisions():
            return None
    except sqlite3.DatabaseError:  # locked, or not a database this app can read plainly: the usual open says so
        return None
    return lambda sql, parameters: connection.execute(sql, {k: sqlite_value(v) for k, v in parameters.items()})


def _plain_header(db_file: Path) -> bool:
    """Whether the file exists and starts as plain SQLite (not SQLCipher, not empty, not damaged)."""
    try:
        with open(db_file, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
