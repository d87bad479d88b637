"""Backups: through SQLite's backup API, verified and renamed into place, reused when unchanged, pruned.
Restore: refuses a file that fails a check (the live database untouched), keeps what it replaced."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from colead_desktop.db import backup as backup_module
from colead_desktop.db.backup import backup_sqlite, latest_good_backup, list_backups, prune_backups, restore_sqlite
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.db.sqlite_checks import DatabaseDamaged, RestoreRefused
from colead_desktop.domain.backup_policy import KEEP_LATEST
from colead_desktop.domain.records import TalentRecord
from colead_desktop.paths import backups_dir
from colead_desktop.services.demo import load_demo
from colead_desktop.services.records import list_records, save_record
from tests.db.damage import corrupt_pages
from tests.programmes import new_programme


def _file(db: Database) -> Path:
    db_file = sqlite_path(db.url)
    assert db_file is not None
    return db_file


def _talent_names(url: str, programme: int) -> list[str]:
    database = Database(url)
    try:
        return [t.name for t in list_records(database, TalentRecord, programme)]
    finally:
        database.dispose()


def test_backup_then_restore_brings_back_the_old_contents(db: Database) -> None:
    programme = new_programme(db)
    save_record(db, TalentRecord(None, programme, "残る人", skills=("engineer",)))
    backup = backup_sqlite(_file(db), "manual")
    save_record(db, TalentRecord(None, programme, "後から追加", skills=("engineer",)))
    safety = restore_sqlite(backup, _file(db), close=db.dispose)
    assert _talent_names(db.url, programme) == ["残る人"]
    assert safety in list_backups() and backup in list_backups()
    assert not Path(f"{_file(db)}-wal").exists() or Path(f"{_file(db)}-wal").stat().st_size == 0
    restore_sqlite(safety, _file(db), close=lambda: None)
    assert _talent_names(db.url, programme) == ["残る人", "後から追加"]


def test_backup_leaves_only_complete_files_and_reuses_an_unchanged_one(db: Database) -> None:
    load_demo(db)
    first = backup_sqlite(_file(db), "pre-migration")
    again = backup_sqlite(_file(db), "pre-migration")
    assert again == first
    assert [p.name for p in backups_dir().iterdir()] == [first.name]  # no temporary or -wal/-shm left over
    with sqlite3.connect(first) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file


def test_a_backup_that_fails_verification_never_gets_a_backup_name(db: Database) -> None:
    load_demo(db)
    db.dispose()
    corrupt_pages(_file(db))
    with pytest.raises(DatabaseDamaged):
        backup_sqlite(_file(db), "manual")
    assert list(backups_dir().iterdir()) == []


def test_pruning_keeps_the_newest_ten_and_one_per_month(db: Database) -> None:
    load_demo(db)
    made = backup_sqlite(_file(db), "manual")
    start = datetime(2023, 1, 15, 12)
    for day in range(0, 120, 3):  # old backups, a few per month, from Jan to mid May 2023
        stamp = (start + timedelta(days=day)).strftime(backup_module.STAMP_FORMAT)
        (backups_dir() / f"colead-{stamp}-manual.sqlite3").write_bytes(made.read_bytes())
    (backups_dir() / "colead-my-own-copy.sqlite3").write_bytes(b"not ours to delete")
    removed = prune_backups("colead")
    kept = {p.name for p in backups_dir().iterdir()}
    assert made.name in kept and "colead-my-own-copy.sqlite3" in kept
    assert removed and not any(p.name in kept for p in removed)
    months = {name[7:13] for name in kept if name.startswith("colead-2023")}
    assert months == {"202301", "202302", "202303", "202304", "202305"}
    # ten newest (the real one, 9 from May 12 back to Apr 18), the newest of Jan, Feb and Mar, the user's own file
    assert {"colead-20230130-120000-000000-manual.sqlite3", "colead-20230226-120000-000000-manual.sqlite3",
            "colead-20230331-120000-000000-manual.sqlite3"} <= kept
    assert len(kept) == KEEP_LATEST + 3 + 1


def _refused(db: Database, programme: int, candidate: Path, message: str) -> None:
    before = _talent_names(db.url, programme)
    live_bytes = _file(db).read_bytes()
    with pytest.raises(RestoreRefused, match=message):
        restore_sqlite(candidate, _file(db), close=db.dispose)
    assert _file(db).read_bytes() == live_bytes
    assert _talent_names(db.url, programme) == before
    assert not [p for p in _file(db).parent.iterdir() if p.name.endswith(".part")]


def test_restore_refuses_bad_files_and_leaves_the_live_database_alone(db: Database, tmp_path: Path) -> None:
    programme = load_demo(db)
    assert programme is not None
    good = backup_sqlite(_file(db), "manual")

    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(db, programme, truncated, "正常な SQLite データベースではありません|開けません")

    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_text("名簿\n" * 500, encoding="utf-8")
    _refused(db, programme, not_sqlite, "開けません|正常な SQLite")

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'"  # the newest head, whichever it is
                           " WHERE version_num = (SELECT max(version_num) FROM alembic_version)")
    _refused(db, programme, newer, "9999_future")

    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(good.read_bytes())
    with sqlite3.connect(empty) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DELETE FROM programme")
    _refused(db, programme, empty, "プログラムのデータがありません")

    _refused(db, programme, tmp_path / "missing.sqlite3", "開けません")
    fifo = tmp_path / "fifo.sqlite3"
    os.mkfifo(fifo)
    _refused(db, programme, fifo, "通常のファイルではありません")  # opening it would wait for a writer forever
    _refused(db, programme, tmp_path, "通常のファイルではありません")

    # a file that claims today's revisions and holds a programme, but none of the other tables (found by review)
    hollow = tmp_path / "hollow.sqlite3"
    with sqlite3.connect(good) as source, sqlite3.connect(hollow) as target:
        for table in ("alembic_version", "programme"):
            target.execute(source.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
            rows = source.execute(f"SELECT * FROM {table}").fetchall()
            target.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    _refused(db, programme, hollow, "このアプリのデータベースとして使えません")


def test_restore_over_a_damaged_database_keeps_the_damaged_file_aside(db: Database) -> None:
    programme = load_demo(db)
    assert programme is not None
    talents = _talent_names(db.url, programme)
    good = backup_sqlite(_file(db), "manual")
    db.dispose()
    corrupt_pages(_file(db))
    assert latest_good_backup(_file(db)) == good
    kept = restore_sqlite(good, _file(db), close=lambda: None)
    assert kept is not None and kept.name.endswith(".damaged")
    assert _talent_names(db.url, programme) == talents
    os.remove(kept)
