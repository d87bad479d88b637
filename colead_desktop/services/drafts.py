"""Crash drafts: the content of an editor with unsaved changes, kept on disk until it is saved or discarded.

An editor's edits live only in its widgets until 保存; a crash or a kill would lose them. While an editor is
dirty its content is written here (debounced by the UI), one JSON file per database + programme + editor +
record, and removed again on a clean save, discard or close. What is left at the next start was not saved,
and is offered back.

The files sit in the data folder's `drafts/`, owner-only like the database (they may hold names), written
to a temporary name and renamed so a kill mid-write leaves the previous draft, never half of one. The file
name carries a hash of the database URL, never the URL (a PostgreSQL URL may hold a password). A draft also
records `base`, a fingerprint of the record as it was saved when the editing began: if the saved record
differs at the next start, someone changed it meanwhile and the draft must not be applied blindly.

A draft of an encrypted database (db/encryption.py) is encrypted as the database is: a one-row SQLCipher file
(`.sqlite3`) under a key derived once from the database's key, instead of plain JSON beside it. Without that key
(the database decrypted since, or another key) it cannot be read, and is left in place like any unreadable draft.
"""

from __future__ import annotations

import hashlib
import json
import logging
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from colead_desktop.db.encryption import connect, database_errors, key_for
from colead_desktop.domain.clock import tokyo_now
from colead_desktop.exports.atomic import write_atomically
from colead_desktop.paths import data_dir
from colead_desktop.private_files import PRIVATE_FILE, private_dir

log = logging.getLogger(__name__)

FORMAT = 1
"""The draft file's format; a file of another format is left alone (a newer version may read it)."""


def fingerprint(value: Any) -> str:
    """A short, stable digest of JSON-like `value` (key order does not matter)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def database_key(url: str) -> str:
    """Which database a draft belongs to, without writing its URL down."""
    return hashlib.sha256(url.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Draft:
    programme_id: int | None
    editor: str
    """Which editor wrote it ("agenda", "docs"): the UI knows how to open that editor again."""
    record: int
    """The id of the record the editor showed (the event for the agenda)."""
    base: str
    """`fingerprint` of the record as saved when the editing began."""
    content: dict[str, Any]
    title: str
    """What the offer lists, e.g. 「アジェンダ — ミートアップ」."""
    written_at: str = field(default_factory=lambda: tokyo_now().isoformat(timespec="seconds"))


PLAIN, SEALED = ".json", ".sqlite3"  # a draft's file, as JSON or encrypted


class DraftStore:
    """The drafts of one database."""

    def __init__(self, database_url: str, folder: Path | None = None) -> None:
        self.database = database_key(database_url)
        self.folder = folder if folder is not None else data_dir() / "drafts"
        self._key = _sealing_key(database_url)

    def path(self, programme_id: int | None, editor: str, record: int) -> Path:
        suffix = PLAIN if self._key is None else SEALED
        return self.folder / f"{self.database}-p{programme_id or 0}-{editor}-{record}{suffix}"

    def write(self, draft: Draft) -> Path:
        """Write (or replace) `draft`; owner-only from the first byte, never half-written."""
        private_dir(self.folder)
        target = self.path(draft.programme_id, draft.editor, draft.record)
        text = json.dumps({"format": FORMAT, "database": self.database, **asdict(draft)}, ensure_ascii=False)
        key = self._key
        if key is None:
            write_atomically(target, lambda tmp: tmp.write_text(text, encoding="utf-8"), mode=PRIVATE_FILE)
        else:
            write_atomically(target, lambda tmp: _seal(tmp, text, key), mode=PRIVATE_FILE)
        return target

    def remove(self, path: Path) -> None:
        with suppress(FileNotFoundError):
            path.unlink()

    def drafts(self) -> list[tuple[Path, Draft]]:
        """This database's drafts, oldest first. A file that cannot be read is skipped (named in the log by
        file name only: its content is the user's data)."""
        found: list[tuple[Path, Draft]] = []
        unreadable: tuple[type[Exception], ...] = (OSError, ValueError, KeyError, TypeError, *database_errors())
        for path in sorted(self.folder.glob(f"{self.database}-*")):
            if path.suffix not in (PLAIN, SEALED):  # a part being written, a journal
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8") if path.suffix == PLAIN else _unseal(path, self._key))
                if data.get("format") != FORMAT or data.get("database") != self.database:
                    continue
                draft = Draft(programme_id=data["programme_id"], editor=str(data["editor"]),
                              record=int(data["record"]), base=str(data["base"]), content=dict(data["content"]),
                              title=str(data["title"]), written_at=str(data["written_at"]))
            except unreadable as exc:
                log.warning("draft %s cannot be read (%s); it is left in place", path.name, type(exc).__name__)
                continue
            found.append((path, draft))
        return sorted(found, key=lambda entry: entry[1].written_at)


def _sealing_key(database_url: str) -> str | None:
    """The raw SQLCipher key (`x'…'`) of an encrypted database's drafts, or None for a plain one or a server."""
    from colead_desktop.db.engine import sqlite_path  # the database is open: SQLAlchemy is loaded

    db_file = sqlite_path(database_url)
    key = None if db_file is None else key_for(db_file)
    return None if key is None else _raw_key(key)


@lru_cache(maxsize=4)
def _raw_key(key: str) -> str:
    """A raw key for SQLCipher, derived from the database's key once per process: a passphrase would make every
    draft's write run SQLCipher's key derivation (some 100 ms of the window's thread, each time)."""
    return "x'" + hashlib.pbkdf2_hmac("sha256", key.encode(), b"Co-LEAD Desktop drafts", 256_000).hex() + "'"


def _seal(target: Path, text: str, key: str) -> None:
    with closing(connect(target, key)) as connection:
        connection.execute("CREATE TABLE draft (text TEXT NOT NULL)")
        connection.execute("INSERT INTO draft VALUES (?)", (text,))
        connection.commit()


def _unseal(path: Path, key: str | None) -> str:
    """A sealed draft's text; ValueError without a key, the driver's error with another one."""
    if key is None:
        raise ValueError("no key for a sealed draft")
    with closing(connect(path, key)) as connection:
        text: str = connection.execute("SELECT text FROM draft").fetchone()[0]
        return text
