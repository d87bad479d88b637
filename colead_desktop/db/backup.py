"""Backups of the SQLite database file: taken through SQLite's online backup API, verified, renamed into
place, pruned by policy; and restores that check the file before it replaces the live database.

Going through SQLite (not a file copy) includes what is still in the WAL and never copies a page
that is half written. A backup exists under its final name only once it is complete, sound and on disk.
"""

from __future__ import annotations

import filecmp
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from colead_desktop.db import encryption
from colead_desktop.db.sqlite_checks import (DatabaseDamaged, RestoreRefused, check_restorable, integrity_problem,
                                             read_only, schema_revisions)
from colead_desktop.domain.backup_policy import backups_to_keep
from colead_desktop.domain.clock import tokyo_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.paths import backups_dir

log = logging.getLogger(__name__)
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
STALE_TEMP_S = 3600  # a temporary copy this old belongs to a process that died


def _copy(source_file: Path, target_file: Path, target_key: str | None) -> None:
    """A page-exact copy that is one self-contained file: the copy inherits WAL mode, which would give it
    -wal/-shm companions that a rename leaves behind. With a key on either side the copy goes through
    SQLCipher (each encrypted file has its own salt, so pages cannot be copied as they are): a backup of
    an encrypted database stays encrypted, and a plain backup restored into it is encrypted with its key."""
    source_key = encryption.key_for(source_file)
    if source_key is not None or target_key is not None:
        encryption.export_copy(source_file, source_key or "", target_file, target_key or "")
        return
    with closing(sqlite3.connect(source_file)) as source, closing(sqlite3.connect(target_file)) as target:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable. Windows cannot open a folder for fsync (NTFS journals renames)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_beside(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    return Path(name)


def _verified_copy(source_file: Path, tmp: Path) -> None:
    """Copy into `tmp`, then check the copy is sound and at the source's schema revision; flush it to disk."""
    try:
        with read_only(source_file) as source:
            source_revisions = schema_revisions(source)
        _copy(source_file, tmp, encryption.remembered_key(source_file))
    except encryption.database_errors() as exc:
        raise DatabaseDamaged(source_file, str(exc)) from exc
    with read_only(tmp) as copy:
        problem = integrity_problem(copy, quick=False)
        if problem is None and schema_revisions(copy) != source_revisions:
            problem = "schema revision differs in the copy"
    if problem is not None:
        raise DatabaseDamaged(source_file, problem)
    fsync_file(tmp)


def _backup_name(stem: str, stamp: datetime, reason: str, suffix: str = ".sqlite3") -> str:
    return f"{stem}-{stamp.strftime(STAMP_FORMAT)}-{reason}{suffix}"


def _backups_of(stem: str, suffix: str = ".sqlite3") -> list[tuple[Path, datetime, str]]:
    """(file, taken at, reason) of this database's backups, newest first; other files are ignored."""
    pattern = re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-([\w-]+){re.escape(suffix)}$")
    found = []
    for path in backups_dir().iterdir():
        match = pattern.match(path.name)
        if match:
            found.append((path, datetime.strptime(match.group(1), STAMP_FORMAT), match.group(2)))
    return sorted(found, key=lambda item: item[1], reverse=True)


def backup_sqlite(db_file: Path, reason: str) -> Path:
    """Copy the database into backups/ under a name that says when and why, and prune old backups.

    If the newest backup taken for the same reason holds the very same bytes, that one is returned instead
    of a new copy: a start whose migration fails again and again must not fill the disk with copies.
    Raises DatabaseDamaged when the source (hence the copy) fails the full integrity check.
    """
    target = backups_dir() / _backup_name(db_file.stem, tokyo_now(), reason)
    tmp = _temp_beside(target)
    try:
        _verified_copy(db_file, tmp)
        previous = next((path for path, _, why in _backups_of(db_file.stem) if why == reason), None)
        if previous is not None and filecmp.cmp(previous, tmp, shallow=False):
            log.info("the database is unchanged since backup %s; reusing it", previous.name)
            return previous
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("backed up the database to %s", target.name)
    prune_backups(db_file.stem)
    return target


def prune_backups(stem: str, suffix: str = ".sqlite3") -> list[Path]:
    """Delete this database's backups that the keeping policy drops, and temporary copies left by a crash."""
    backups = _backups_of(stem, suffix)
    keep = backups_to_keep([(path.name, taken) for path, taken, _ in backups])
    removed = [path for path, _, _ in backups if path.name not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    for leftover in backups_dir().glob(f".{stem}-*.part"):
        if time.time() - leftover.stat().st_mtime > STALE_TEMP_S:
            leftover.unlink(missing_ok=True)
    if removed:
        log.info("pruned %d old backups", len(removed))
    return removed


def _set_aside(db_file: Path) -> Path:
    """Keep what a restore replaces: a verified backup, or a raw copy when the file is damaged."""
    try:
        return backup_sqlite(db_file, "before-restore")
    except DatabaseDamaged:
        # Not offered for restore (wrong suffix), but kept for whoever wants to rescue rows from it.
        target = backups_dir() / _backup_name(db_file.stem, tokyo_now(), "damaged", ".sqlite3.damaged")
        shutil.copy2(db_file, target)
        return target


def _drop_journal_files(db_file: Path) -> None:
    """Fold the old file's WAL into it, then remove -wal/-shm: SQLite would replay a stale WAL onto the new file."""
    if Path(f"{db_file}-wal").exists():
        with suppress(sqlite3.DatabaseError), closing(sqlite3.connect(db_file)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for extra in ("-wal", "-shm"):
        Path(f"{db_file}{extra}").unlink(missing_ok=True)


def _migrate_trial(staged: Path, name: str, key: str | None) -> None:
    """Bring the staged copy to the app's schema and read every table the app maps, or RestoreRefused.

    The revision marks alone prove little: a file can claim a revision and lack its tables. What the app
    will do with the file right after the swap is done here first, on the copy, where a failure costs nothing.
    """
    from alembic import command
    from sqlalchemy import select

    from colead_desktop.db.base import Base
    from colead_desktop.db.engine import Database, alembic_config

    trial = Database(f"sqlite:///{staged}", key=key)
    try:
        command.upgrade(alembic_config(trial.engine), "heads")
        with trial.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                connection.execute(select(table).limit(1)).all()
    except (InputError, SQLAlchemyError) as exc:
        raise RestoreRefused(msg("{name} はこのアプリのデータベースとして使えません（{detail}）。",
                                 "{name} cannot serve as this app's database ({detail}).", name=name,
                                 detail=type(exc).__name__ if not isinstance(exc, InputError) else str(exc))) from exc
    finally:
        trial.dispose()


def restore_sqlite(backup_file: Path, db_file: Path, close: Callable[[], None]) -> Path | None:
    """Replace the database with a checked backup; returns the copy kept of what was replaced (None if no file).

    The backup is checked (RestoreRefused says which check failed), copied beside the live file and
    checked again there, the live file is set aside, `close` releases the app's connections, and a rename
    swaps the copy in: at any moment the live name holds either the old or the new database, whole.
    """
    check_restorable(backup_file)
    staged = _temp_beside(db_file)
    try:
        _copy(backup_file, staged, encryption.remembered_key(db_file))
        check_restorable(staged)
        _migrate_trial(staged, backup_file.name, encryption.remembered_key(db_file))
        fsync_file(staged)
        safety = _set_aside(db_file) if db_file.exists() else None
        close()
        _drop_journal_files(db_file)
        os.replace(staged, db_file)
        fsync_dir(db_file.parent)
    finally:
        staged.unlink(missing_ok=True)
    log.info("restored the database from %s", backup_file.name)
    return safety


def list_backups() -> list[Path]:
    return sorted(backups_dir().glob("*.sqlite3"), reverse=True)


def latest_good_backup(db_file: Path) -> Path | None:
    """The newest backup of this database that would pass restore's checks."""
    for path, _, _ in _backups_of(db_file.stem):
        try:
            check_restorable(path)
        except RestoreRefused:
            continue
        return path
    return None
