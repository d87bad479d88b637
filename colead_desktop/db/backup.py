"""Backups of the SQLite database file, taken and restored through SQLite's online backup API.

Going through SQLite (not a file copy) includes what is still in the WAL and never copies a page
that is half written.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from colead_desktop.db.encryption import is_encrypted, remembered_key, replace_with_copy
from colead_desktop.exports.atomic import atomic_path
from colead_desktop.paths import backups_dir
from colead_desktop.private_files import PRIVATE_FILE

log = logging.getLogger(__name__)


def _copy(source_file: Path, target_file: Path, key: str | None) -> None:
    """Copy page by page; an encrypted database (with its key) is copied through SQLCipher instead, so
    that the copy is encrypted with the same key."""
    if key is not None:  # a plain backup from before encryption is restored encrypted with the key
        replace_with_copy(source_file, key if is_encrypted(source_file) else "", target_file, key)
        return
    source = sqlite3.connect(source_file)
    try:
        target = sqlite3.connect(target_file)
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def backup_sqlite(db_file: Path, reason: str) -> Path:
    """Copy the database into backups/ under a name that says when and why."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir() / f"{db_file.stem}-{stamp}-{reason}.sqlite3"
    with atomic_path(target, PRIVATE_FILE) as tmp:  # owner-only, and never a half-written backup
        _copy(db_file, tmp, remembered_key(db_file))
    log.info("backed up the database to %s", target.name)
    return target


def restore_sqlite(backup_file: Path, db_file: Path) -> Path:
    """Replace the database's contents with the backup's, after backing up the current contents."""
    safety = backup_sqlite(db_file, "before-restore")
    _copy(backup_file, db_file, remembered_key(db_file))
    log.info("restored the database from %s", backup_file.name)
    return safety


def list_backups() -> list[Path]:
    return sorted(backups_dir().glob("*.sqlite3"), reverse=True)
