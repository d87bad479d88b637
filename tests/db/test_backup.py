"""Backups go through SQLite's backup API; a restore keeps a copy of what it replaced."""

from __future__ import annotations

from colead_desktop.db.backup import backup_sqlite, list_backups, restore_sqlite
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.records import list_records, save_record


def test_backup_then_restore_brings_back_the_old_contents(db: Database) -> None:
    programme = load_lookups(db).programme_id
    save_record(db, TalentRecord(None, programme, "残る人", skills=("engineer",)))
    db_file = sqlite_path(db.url)
    assert db_file is not None
    backup = backup_sqlite(db_file, "manual")
    save_record(db, TalentRecord(None, programme, "後から追加", skills=("engineer",)))
    db.dispose()
    safety = restore_sqlite(backup, db_file)
    reopened = Database(db.url)
    assert [t.name for t in list_records(reopened, TalentRecord)] == ["残る人"]
    assert safety in list_backups() and backup in list_backups()
    reopened.dispose()
    restore_sqlite(safety, db_file)
    again = Database(db.url)
    assert [t.name for t in list_records(again, TalentRecord)] == ["残る人", "後から追加"]
    again.dispose()
