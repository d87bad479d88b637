"""Checks on SQLite files: integrity at start and before a backup, and what a file needs before it is restored.

Plain sqlite3 (no engine), so they also run on files the app must not open for editing.
"""

from __future__ import annotations

import errno
import os
import re

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from colead_desktop.db import encryption
from colead_desktop.db.revisions import known_revisions
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

REFERENCES_TABLE = "offline_reference"  # only in an offline copy (持ち出し): the rows it must not change


class DatabaseDamaged(InputError):
    """The file is not a readable SQLite database, or SQLite's own check finds damage in it."""

    def __init__(self, db_file: Path, detail: str, good_backup: Path | None = None) -> None:
        super().__init__(msg(
            "データベースが破損しています: {name}（{detail}）。"
            "編集はできません。正常なバックアップから復元してください。",
            "The database is damaged: {name} ({detail}). It cannot be edited; restore a good backup.",
            name=db_file.name, detail=one_line(detail)))
        self.db_file = db_file
        self.detail = detail
        self.good_backup = good_backup  # the newest backup that passes restore's checks, when looked up



def one_line(detail: str, limit: int = 160) -> str:
    """SQLite's report on one line (integrity_check answers with several), cut to a readable length."""
    joined = " / ".join(line.strip() for line in detail.splitlines() if line.strip())
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


class RestoreRefused(InputError):
    """A file offered for restore failed one of the checks; the message says which."""


# What a read of a sound file can still raise: another writer holds the lock, or the file cannot be opened.
NOT_DAMAGE = re.compile(r"locked|busy|unable to open|readonly|permission", re.IGNORECASE)


@contextmanager
def read_only(db_file: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change the file (nor create it when it is missing)."""
    uri = f"{db_file.resolve().as_uri()}?mode=ro"
    key = encryption.key_for(db_file)
    opened = sqlite3.connect(uri, uri=True) if key is None else encryption.connect(uri, key, uri=True)
    with closing(opened) as connection:
        yield connection


def integrity_problem(connection: sqlite3.Connection, *, quick: bool) -> str | None:
    """SQLite's first complaint about the file, or None when it is sound.

    quick_check skips the index-against-table comparison: fast enough for every start; the full
    integrity_check runs on every backup copy.
    """
    try:
        rows = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except encryption.database_errors() as exc:  # "file is not a database", "database disk image is malformed"
        if NOT_DAMAGE.search(str(exc)):  # busy, or not readable by us: db/failures.py explains these
            raise
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def check_integrity(db_file: Path, *, quick: bool = True) -> None:
    """Raise DatabaseDamaged unless the file passes SQLite's check. A missing file is fine (it gets created)."""
    if not db_file.exists():
        return
    if db_file.is_dir():  # not damage: the path names a folder (explained as such, never as a broken file)
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(db_file))
    try:
        with read_only(db_file) as connection:
            problem = integrity_problem(connection, quick=quick)
    except encryption.database_errors() as exc:
        if NOT_DAMAGE.search(str(exc)):  # busy, or not readable by us: db/failures.py explains these
            raise
        problem = str(exc)
    if problem is not None:
        raise DatabaseDamaged(db_file, problem)


def schema_revisions(connection: sqlite3.Connection) -> set[str]:
    """The Alembic revisions recorded in the file (empty for a file never migrated)."""
    has_table = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()[0]
    if not has_table:
        return set()
    return {str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")}


def check_restorable(candidate: Path) -> None:
    """Raise RestoreRefused unless `candidate` opens as SQLite, is sound, has a schema this app knows
    (older is fine: it gets migrated) and holds a programme."""
    name = candidate.name
    if candidate.exists() and not candidate.is_file():  # a folder, a FIFO (opening it would block), a device
        raise RestoreRefused(msg("{name} は通常のファイルではありません。", "{name} is not a regular file.", name=name))
    try:
        with read_only(candidate) as connection:
            problem = integrity_problem(connection, quick=False)
            if problem is not None:
                raise RestoreRefused(msg(
                    "{name} は正常な SQLite データベースではありません（{detail}）。",
                    "{name} is not a sound SQLite database ({detail}).", name=name, detail=problem))
            revisions = schema_revisions(connection)
            unknown = revisions - known_revisions()
            if not revisions or unknown:
                raise RestoreRefused(msg(
                    "{name} のスキーマ（{rev}）はこのバージョンのアプリでは扱えません"
                    "（より新しいアプリで作成されたか、Co-LEAD のデータベースではありません）。",
                    "{name} has a schema ({rev}) this version of the app does not know (written by a newer app, "
                    "or not a Co-LEAD database).", name=name, rev=", ".join(sorted(unknown)) or "-"))
            has_programme = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'programme'").fetchone()[0]
            if not has_programme or not connection.execute("SELECT count(*) FROM programme").fetchone()[0]:
                raise RestoreRefused(msg("{name} にはプログラムのデータがありません。",
                                         "{name} holds no programme.", name=name))
    except encryption.database_errors() as exc:
        raise RestoreRefused(msg("{name} を SQLite データベースとして開けません（{detail}）。",
                                 "{name} cannot be opened as an SQLite database ({detail}).",
                                 name=name, detail=str(exc))) from exc
