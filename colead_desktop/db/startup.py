"""Opening the database at start (GUI and CLI alike): integrity first, then the migration.

A damaged file is never restored automatically: the newest good backup can be older than the live data,
and only the user can weigh losing those edits against a damaged file (they may prefer to open another
file, or to rescue the file with other tools). So the start stops and names the backup to restore: the
GUI offers it in a dialog, the CLI names it and `colead restore` on stderr and exits 2. A failed migration
needs no restore at all: it runs in one transaction, so the file is still whole at its old revision, and
its pre-migration backup (reused on the next attempt, not copied again) stays in backups/.
"""

from __future__ import annotations

from colead_desktop.db.backup import latest_good_backup
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.db.sqlite_checks import DatabaseDamaged, check_integrity


def check_at_start(url: str) -> None:
    """SQLite's quick_check on the database file; raises DatabaseDamaged carrying the newest good backup."""
    db_file = sqlite_path(url)
    if db_file is None:
        return
    try:
        check_integrity(db_file, quick=True)
    except DatabaseDamaged as damage:
        raise DatabaseDamaged(db_file, damage.detail, latest_good_backup(db_file)) from damage


def open_database(url: str | None = None) -> Database:
    """The database ready for editing: checked, then migrated. Raises InputError with a message otherwise."""
    db = Database(url)
    try:
        check_at_start(db.url)
        db.migrate()
    except BaseException:
        db.dispose()
        raise
    return db
