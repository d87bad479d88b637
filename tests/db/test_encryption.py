"""Optional SQLCipher database: encrypt, open with the key only, encrypted backups, decrypt back, CLI key."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from colead_desktop.db import encryption
from colead_desktop.db.backup import backup_sqlite, restore_sqlite
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.demo import load_demo
from colead_desktop.services.programme_scope import current_programme_id
from colead_desktop.services.records import count_records, list_records

pytest.importorskip("sqlcipher3")
KEY = "とても長い 秘密の鍵 'quoted'"


def demo_programme(db: Database) -> int:
    """The demo's programme: the only one in these databases."""
    programme_id = current_programme_id(db, None)
    assert programme_id is not None
    return programme_id


def talents(db: Database) -> int:
    return count_records(db, TalentRecord, demo_programme(db))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    load_demo(db)
    db.dispose()
    return path


@pytest.fixture
def encrypted(demo_file: Path, data_dir: Path) -> Iterator[Path]:
    """The demo as the default database, encrypted with KEY; the key forgotten as at a restart."""
    db_file = data_dir / "colead.sqlite3"
    data_dir.mkdir(exist_ok=True)
    shutil.copyfile(demo_file, db_file)
    encryption.encrypt_file(db_file, KEY)
    encryption.forget_key(db_file)
    yield db_file
    encryption.forget_key(db_file)


def plain_sqlite_cannot_read(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return True
    finally:
        connection.close()
    return False


def test_encrypted_file_opens_only_with_its_key(encrypted: Path, demo_file: Path) -> None:
    first_talent = sqlite3.connect(demo_file).execute("SELECT name FROM talent ORDER BY id").fetchone()[0]
    assert first_talent.encode() in demo_file.read_bytes()
    assert encryption.is_encrypted(encrypted)
    assert first_talent.encode() not in encrypted.read_bytes()
    assert plain_sqlite_cannot_read(encrypted)
    set_language("en")
    with pytest.raises(encryption.WrongKey, match="Enter the encryption key"):
        Database()
    with pytest.raises(encryption.WrongKey, match="does not open"):
        Database(key="wrong key!")
    db = Database(key=KEY)
    db.migrate()
    assert list_records(db, TalentRecord, demo_programme(db))[0].name == first_talent
    db.dispose()
    assert talents(Database()) == 16  # reopened with the key kept in memory (restore, File > Open)


@pytest.mark.slow
def test_backups_of_an_encrypted_database_stay_encrypted(encrypted: Path) -> None:
    db = Database(key=KEY)
    backup = backup_sqlite(encrypted, "test")
    assert encryption.is_encrypted(backup) and plain_sqlite_cannot_read(backup)
    connection = encryption.connect(backup, KEY)
    assert connection.execute("SELECT count(*) FROM talent").fetchone() == (16,)
    connection.close()
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE talent SET name = 'changed'")
    db.dispose()
    restore_sqlite(backup, encrypted, close=lambda: None)
    reopened = Database()
    assert "changed" not in {t.name for t in list_records(reopened, TalentRecord, demo_programme(reopened))}
    assert encryption.is_encrypted(encrypted)


def test_a_plain_backup_from_before_encryption_is_restored_encrypted(encrypted: Path, demo_file: Path) -> None:
    Database(key=KEY).dispose()
    restore_sqlite(demo_file, encrypted, close=lambda: None)
    assert encryption.is_encrypted(encrypted)
    assert talents(Database()) == 16


def test_decrypting_gives_back_a_plain_sqlite_file(encrypted: Path) -> None:
    with pytest.raises(encryption.WrongKey):
        encryption.decrypt_file(encrypted, "not the key")
    encryption.decrypt_file(encrypted, KEY)
    assert not encryption.is_encrypted(encrypted)
    assert sqlite3.connect(encrypted).execute("SELECT count(*) FROM talent").fetchone() == (16,)
    assert os.stat(encrypted).st_mode & 0o077 == 0
    assert list(encrypted.parent.glob(".*.part")) == []


def test_a_short_key_is_refused(db: Database) -> None:
    db.dispose()
    db_file = sqlite_path(db.url)
    assert db_file is not None
    with pytest.raises(InputError):
        encryption.encrypt_file(db_file, "short")
    assert not encryption.is_encrypted(db_file)


def colead(*args: str, key: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "COLEAD_LANG": "en"}
    env.pop(encryption.KEY_ENV, None)
    if key is not None:
        env[encryption.KEY_ENV] = key
    return subprocess.run([sys.executable, "-m", "colead_desktop.cli", *args], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.mark.slow
def test_cli_takes_the_key_from_the_environment(encrypted: Path) -> None:
    result = colead("list", "talents", "--json", key=KEY)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 16
    missing = colead("list", "talents", key=None)
    assert missing.returncode == 2 and "COLEAD_DB_KEY" in missing.stderr and "Traceback" not in missing.stderr
    wrong = colead("list", "talents", key="wrong key!")
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    assert KEY not in wrong.stderr + missing.stderr + result.stderr
