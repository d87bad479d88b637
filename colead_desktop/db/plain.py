"""Reading a SQLite database through plain sqlite3, for commands that must start fast (issue 15).

Importing SQLAlchemy alone costs a process ten times Python's own start, so a read-only command such as
`colead list talents` reads through sqlite3 when it can: a plain (not encrypted) SQLite file that exists, is
at this app's schema revision, and whose tables the command reads pass SQLite's quick check. Anything else (a
server database, an encrypted, damaged or new file, a migration due) gives None, and the caller opens the
database the usual way (db/startup.py), which checks the whole file and reports or mends what it finds.

The reads themselves are written once, as SQL text over a `Rows` function (db/shared_reads.py): the services
run the same text through their session, so there is one way to read each thing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from colead_desktop.db.encryption import SQLITE_HEADER
from colead_desktop.db.revisions import head_revisions
from colead_desktop.db.sqlite_checks import integrity_problem, schema_revisions
from colead_desktop.paths import data_dir

DEFAULT_DB_NAME = "colead.sqlite3"
# How long a write waits for another program's lock before "database is locked" (failures.explain words it).
SQLITE_BUSY_TIMEOUT_S = 5.0
PLAIN_PREFIX = "sqlite:///"

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


def first(rows: Iterable[Sequence[Any]]) -> Any:
    """The first column of the first row, or None when there is no row."""
    for row in rows:
        return row[0]
    return None


@contextmanager
def plain_rows(url: str, tables: Sequence[str]) -> Iterator[Rows | None]:
    """A `Rows` reading `tables` in one read transaction, or None when the database must be opened the usual way."""
    db_file = plain_sqlite_file(url)
    if db_file is None or not _plain_header(db_file):
        yield None
        return
    with closing(sqlite3.connect(db_file, timeout=SQLITE_BUSY_TIMEOUT_S, isolation_level=None)) as connection:
        connection.execute("BEGIN")  # one snapshot for every read, as a session's transaction gives
        yield _checked(connection, tables)
        connection.execute("COMMIT")


def _checked(connection: sqlite3.Connection, tables: Sequence[str]) -> Rows | None:
    """Reads on the connection, or None when the schema is not at head (a migration is due) or SQLite's quick
    check finds damage in the tables read (the usual open checks the whole file and names the newest good
    backup). Only those tables are checked: the whole file's check takes longer than the command's work."""
    try:
        if schema_revisions(connection) != head_revisions() or integrity_problem(connection, quick=True,
                                                                                 tables=tables) is not None:
            return None
    except sqlite3.DatabaseError:  # locked, or not a database this app can read plainly: the usual open says so
        return None
    return lambda sql, parameters: connection.execute(sql, parameters)


def _plain_header(db_file: Path) -> bool:
    """Whether the file exists and starts as plain SQLite (not SQLCipher, not empty, not damaged)."""
    try:
        with open(db_file, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
