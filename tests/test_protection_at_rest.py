"""Owner-only modes for the data folder, database (and WAL), backups, logs and receipts, under a 022 umask."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from colead_desktop.db.backup import backup_sqlite
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.logsetup import PrivateRotatingFileHandler, setup_logging
from colead_desktop.private_files import protect_data_folder
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from colead_desktop.services.attachments import private_copy
from colead_desktop.services.demo import load_demo
from colead_desktop.settings import Settings
from tests.processes import dead_pid

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture(autouse=True)
def sharing_umask() -> Iterator[None]:
    """The usual 022: without the app's care every new file would be world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_real_start_creates_an_owner_only_folder_and_database(data_dir: Path) -> None:
    repo = str(Path(__file__).resolve().parent.parent)
    subprocess.run([sys.executable, "-m", "colead_desktop.cli", "programme", "list"], check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": repo})
    assert mode(data_dir) == 0o700
    db_file = data_dir / "colead.sqlite3"
    assert mode(db_file) == 0o600
    db = Database()
    with db.engine.connect() as connection:  # an open connection keeps the WAL and shared-memory files
        connection.exec_driver_sql("SELECT count(*) FROM talent")
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{db_file}{suffix}")) == 0o600
    db.dispose()


def test_settings_are_owner_only(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.database_url = "postgresql+psycopg://user:password@host/db"
    settings.sync()
    assert mode(data_dir / "settings.ini") == 0o600
    assert "password" in (data_dir / "settings.ini").read_text()


def test_backups_are_owner_only(db: Database) -> None:
    backup = backup_sqlite(sqlite_path(db.url), "test")
    assert mode(backup) == 0o600
    assert mode(backup.parent) == 0o700


def test_logs_and_rotated_logs_are_owner_only(data_dir: Path, tmp_path: Path) -> None:
    handler = setup_logging()
    try:
        logging.getLogger("test").warning("a line")
        handler.flush()
        assert mode(Path(handler.baseFilename)) == 0o600
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    rotating = PrivateRotatingFileHandler(tmp_path / "small.log", maxBytes=100, backupCount=2)
    logger = logging.getLogger("rotation-test")
    logger.addHandler(rotating)
    try:
        for i in range(20):
            logger.warning("line %d of a log that rotates", i)
    finally:
        logger.removeHandler(rotating)
        rotating.close()
    files = sorted(tmp_path.glob("small.log*"))
    assert len(files) == 3
    assert {mode(f) for f in files} == {0o600}


def test_a_receipt_opened_from_the_database_is_owner_only(db: Database, tmp_path: Path) -> None:
    programme_id = load_demo(db)
    assert programme_id is not None
    payee = pay.list_payees(db, programme_id)[3]
    statements.adjust_statement(db, payee.statement_id, "経理", "領収書の追加")
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 invented receipt")
    assert mode(receipt) == 0o644
    records.add_expense(db, programme_id, payee.talent_id, date(2021, 11, 18), "taxi", 2_400, False, "経理", receipts=[receipt])
    stored = records.expenses(db, programme_id, payee.talent_id)[-1].receipts[0]
    name, data = receipts.receipt_file(db, stored.id)
    opened = private_copy(data, name)
    assert opened.name == "receipt.pdf" and opened.read_bytes() == receipt.read_bytes()
    assert mode(opened) == 0o600
    assert mode(opened.parent) == 0o700


def test_a_folder_left_readable_by_an_earlier_version_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    (folder / "backups").mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    (folder / "colead.sqlite3").write_bytes(b"")
    (folder / "backups" / "b.sqlite3").write_bytes(b"")
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours to change")
    (folder / "link").symlink_to(outside)
    stale = folder / "backups" / f".b.sqlite3.{dead_pid()}.0badc0de.part"
    stale.write_bytes(b"half a backup")
    protect_data_folder(folder)
    assert not stale.exists()  # start-up also removes what a killed process left half-written
    assert mode(folder) == mode(folder / "backups") == 0o700
    assert mode(folder / "colead.sqlite3") == mode(folder / "backups" / "b.sqlite3") == 0o600
    assert mode(outside) == 0o644  # a link in the folder is not followed
