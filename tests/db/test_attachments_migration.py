"""Migration 0020_att16 moves the receipt files of the data folder into the database: a missing file and a
file whose bytes no longer match are reported by receipt id (never by file name) and left out, the rest
open from the database; running it again changes nothing; the way back writes the files again. On an
SQLite file and on PostgreSQL. A kill -9 anywhere in it leaves the old revision, which migrates later."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
import shutil
import signal
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, inspect, select

from colead_desktop.db.attachment_models import AttachmentBlobRow
from colead_desktop.db.engine import DEFAULT_DB_NAME, Database, alembic_config
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from colead_desktop.services.attachments import AttachmentMissing
from tests.db.test_migration_crashes import _child
from tests.services.statement_fixtures import WHO, add_payees

BEFORE = "0020_contracts"
FILES = {"タクシー.pdf": b"%PDF-1.4 taxi 2,400", "ホテル.png": b"\x89PNG\r\n\x1a\nhotel",
         "搭乗券.pdf": b"%PDF-1.4 boarding pass"}


def _receipts_at_0019(db: Database, tmp_path: Path) -> tuple[int, int, dict[str, int]]:
    """A fresh programme with one expense and three receipts, taken back to 0019 (files in the data folder):
    (programme, talent, receipt id by file name)."""
    programme, (talent,) = add_payees(db, 1)
    sources = []
    for name, data in FILES.items():
        sources.append(tmp_path / name)
        sources[-1].write_bytes(data)
    records.add_expense(db, programme, talent, date(2021, 11, 18), "taxi", 2_400, False, WHO, receipts=sources)
    ids = {r.file_name: r.id for r in records.expenses(db, programme, talent)[0].receipts}
    command.downgrade(alembic_config(db.engine), BEFORE)
    assert "attachment_blob" not in inspect(db.engine).get_table_names()
    return programme, talent, ids


def _blob_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentBlobRow)) or 0)


def test_receipt_files_move_in_and_missing_or_damaged_ones_are_reported(
        any_db: Database, data_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    programme, talent, ids = _receipts_at_0019(any_db, tmp_path)
    folder = data_dir / "attachments"
    kept = {path.name: path for path in folder.iterdir()}
    assert len(kept) == 3 and {path.stat().st_mode & 0o777 for path in kept.values()} == {0o600}
    [png] = [p for p in kept.values() if p.suffix == ".png"]
    [pdf] = [p for p in kept.values() if p.read_bytes() == FILES["搭乗券.pdf"]]
    png.unlink()  # lost with a laptop
    pdf.write_bytes(b"%PDF-1.4 boarding pass, edited")  # no longer what was attached
    for source in tmp_path.glob("*.*"):
        source.unlink()  # only the data folder has them
    with caplog.at_level(logging.WARNING):
        command.upgrade(alembic_config(any_db.engine), "heads")
    assert f"receipt ids [{ids['ホテル.png']}]" in caplog.text and f"[{ids['搭乗券.pdf']}]" in caplog.text
    assert not any(name in caplog.text for name in FILES)
    assert receipts.receipt_file(any_db, ids["タクシー.pdf"]) == ("タクシー.pdf", FILES["タクシー.pdf"])
    for name in ("ホテル.png", "搭乗券.pdf"):  # the receipt stays listed and says what is wrong
        with pytest.raises(AttachmentMissing, match=name):
            receipts.receipt_file(any_db, ids[name])
    assert [r.file_name for r in records.expenses(any_db, programme, talent)[0].receipts] == list(FILES)
    assert _blob_count(any_db) == 1

    png.write_bytes(FILES["ホテル.png"])  # found again: a second pass moves only what is missing
    command.downgrade(alembic_config(any_db.engine), BEFORE)
    command.upgrade(alembic_config(any_db.engine), "heads")
    assert _blob_count(any_db) == 2
    assert receipts.receipt_file(any_db, ids["ホテル.png"]) == ("ホテル.png", FILES["ホテル.png"])


@pytest.mark.slow
def test_kill_9_during_the_move_leaves_0019_and_the_next_start_moves_every_file(
        db: Database, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    _, _, ids = _receipts_at_0019(db, sources)
    db.dispose()
    probe_dir = tmp_path / "probe"
    shutil.copytree(data_dir, probe_dir)
    probe = _child(probe_dir, "none", 0)
    _, err = probe.communicate(timeout=120)
    statements = int(err.rsplit("STATEMENTS", 1)[1])
    left_at: set[str] = set()
    for at in (statements // 3, statements // 2, 2 * statements // 3, statements - 2):
        round_dir = tmp_path / f"round{at}"
        shutil.copytree(data_dir, round_dir)
        monkeypatch.setenv("COLEAD_DATA_DIR", str(round_dir))
        killed = _child(round_dir, "sql", at)
        killed.communicate(timeout=120)
        assert killed.returncode == -signal.SIGKILL
        with closing(sqlite3.connect(round_dir / DEFAULT_DB_NAME)) as left:
            left_at |= {row[0] for row in left.execute("SELECT version_num FROM alembic_version")}
        again = _child(round_dir, "none", 0)
        _, err = again.communicate(timeout=120)
        assert again.returncode == 0, err
        reopened = Database(f"sqlite:///{round_dir / DEFAULT_DB_NAME}")
        try:
            assert {receipts.receipt_file(reopened, i)[1] for i in ids.values()} == set(FILES.values())
        finally:
            reopened.dispose()
    assert BEFORE in left_at  # the kills hit the migration itself
