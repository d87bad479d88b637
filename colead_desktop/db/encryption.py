"""Optional SQLCipher encryption of the SQLite database file (the `encryption` extra: sqlcipher3).

The key is typed by the user at start and lives only in this process's memory (`remember_key`): it is
never written to the settings, a log or a URL. Whether a file is encrypted is read from the file itself:
a plain SQLite file starts with "SQLite format 3", an SQLCipher file is random bytes from the first one.
Backups of an encrypted database are written through a SQLCipher connection with the same key, so they
stay encrypted too.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.exports.atomic import atomic_path
from colead_desktop.private_files import PRIVATE_FILE

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_ENV = "COLEAD_DB_KEY"
_keys: dict[Path, str] = {}


class WrongKey(InputError):
    """The key does not open the file (or the file is not a database at all)."""


SMALLEST_PAGE = 512  # SQLCipher files are whole pages (512 bytes to 64 KiB)


def is_encrypted(db_file: Path) -> bool:
    """Whether the file looks like SQLCipher's: whole pages whose first 16 bytes are a random salt.

    Anything else that is not plain SQLite (a text file, a truncated file, a zeroed header) is a damaged
    or foreign file, and is reported as such rather than asking for a key it never had.
    """
    try:
        size = db_file.stat().st_size
        with open(db_file, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return False
    return (len(header) == len(SQLITE_HEADER) and header != SQLITE_HEADER and any(header)
            and size % SMALLEST_PAGE == 0)


def available() -> bool:
    try:
        import sqlcipher3  # noqa: F401  # only whether it imports matters
    except ImportError:
        return False
    return True


def require() -> None:
    """Raise a clear InputError when the sqlcipher3 package is not installed."""
    _sqlcipher()


def _sqlcipher() -> Any:
    try:
        import sqlcipher3
    except ImportError:
        raise InputError(msg("暗号化には sqlcipher3 パッケージが必要です（pip install \"colead-desktop[encryption]\"）",
                             "Encryption needs the sqlcipher3 package (pip install \"colead-desktop[encryption]\")")
                         ) from None
    return sqlcipher3


def _quoted(key: str) -> str:
    """The key as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + key.replace("'", "''") + "'"


def connect(db_file: Path | str, key: str, uri: bool = False) -> Any:
    """A sqlcipher3 connection to `db_file` (a file: URI with `uri`) unlocked with `key` (not yet checked:
    see `check_key`); an empty key opens a plain SQLite file (to convert it)."""
    connection = _sqlcipher().connect(str(db_file), check_same_thread=False, uri=uri)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by WrongKey, not on stderr
    if key:
        connection.execute(f"PRAGMA key = {_quoted(key)}")
    return connection


def check_key(db_file: Path, key: str) -> None:
    """Raise WrongKey unless `key` opens `db_file`."""
    if not key:
        raise WrongKey(msg("暗号化キーを入力してください", "Enter the encryption key"))
    sqlcipher3 = _sqlcipher()
    connection = connect(db_file, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        raise WrongKey(msg("暗号化キーが違います: {path}", "The encryption key does not open {path}",
                           path=db_file)) from None
    finally:
        connection.close()


def remember_key(db_file: Path, key: str) -> None:
    """Keep the key in memory for this file: backups and reopening (restore, File > Open) need it."""
    _keys[db_file.resolve()] = key


def remembered_key(db_file: Path) -> str | None:
    return _keys.get(db_file.resolve())


def key_for(db_file: Path) -> str | None:
    """The key that opens `db_file`: None for a plain file; its own remembered key; for another encrypted
    file (a backup of the open database, its temporary copy) the key of the database opened last."""
    if not is_encrypted(db_file):
        return None
    return remembered_key(db_file) or next(reversed(_keys.values()), None)


def database_errors() -> tuple[type[Exception], ...]:
    """What a failed read raises: sqlite3's errors and, when installed, sqlcipher3's (not subclasses)."""
    if not available():
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, _sqlcipher().DatabaseError)


def forget_key(db_file: Path) -> None:
    _keys.pop(db_file.resolve(), None)


def unlock(db_file: Path, key: str) -> dict[str, Any]:
    """Check `key`, remember it, and return the create_engine() options that open `db_file` with it.

    `module` makes SQLAlchemy translate sqlcipher3's exceptions (IntegrityError…) as it does sqlite3's.
    """
    check_key(db_file, key)
    remember_key(db_file, key)
    return {"creator": lambda: connect(db_file, key), "module": _sqlcipher().dbapi2}


def export_copy(source_file: Path, source_key: str, target_file: Path, target_key: str) -> None:
    """Copy everything into the new, empty `target_file` with `target_key` ('' = plain SQLite).

    sqlcipher_export, not SQLite's backup API: the backup API copies pages as they are, and each
    SQLCipher file has its own salt, so a page-for-page copy would not open even with the same key.
    """
    source = connect(source_file, source_key)
    try:
        source.execute(f"ATTACH DATABASE {_quoted(str(target_file))} AS copied KEY {_quoted(target_key)}")
        source.execute("SELECT sqlcipher_export('copied')")
        source.execute("DETACH DATABASE copied")
    finally:
        source.close()


def replace_with_copy(source_file: Path, source_key: str, target_file: Path, target_key: str) -> None:
    """Atomically replace `target_file` with a copy of `source_file` under `target_key`.

    Close every engine on `target_file` first. The old file's -wal/-shm are removed before the rename:
    they belong to the old contents and must never be replayed into the new file.
    """
    with atomic_path(target_file, PRIVATE_FILE) as tmp:
        export_copy(source_file, source_key, tmp, target_key)
        for suffix in ("-wal", "-shm"):
            Path(f"{target_file}{suffix}").unlink(missing_ok=True)


def encrypt_file(db_file: Path, key: str) -> None:
    """Replace the plain database `db_file` with an encrypted copy. Close every engine on it first."""
    if len(key) < 8:
        raise InputError(msg("暗号化キーは8文字以上にしてください", "The encryption key needs at least 8 characters"))
    replace_with_copy(db_file, "", db_file, key)
    remember_key(db_file, key)


def decrypt_file(db_file: Path, key: str) -> None:
    """Replace the encrypted database `db_file` with a plain copy. Close every engine on it first."""
    check_key(db_file, key)
    replace_with_copy(db_file, key, db_file, "")
    forget_key(db_file)


def key_from_environment_or_prompt(db_file: Path, prompt: Callable[[str], str] | None) -> str:
    """The CLI's key: COLEAD_DB_KEY, else `prompt` (getpass on a terminal), else a clear error."""
    key = os.environ.get(KEY_ENV)
    if key is None and prompt is not None:
        key = prompt(msg("{path} の暗号化キー: ", "Encryption key for {path}: ", path=db_file))
    if key is None:
        raise InputError(msg("{path} は暗号化されています。環境変数 {env} でキーを渡してください",
                             "{path} is encrypted: pass its key in the environment variable {env}",
                             path=db_file, env=KEY_ENV))
    check_key(db_file, key)
    return key
