"""Backups carry the receipts now that their bytes are in the database: `colead backup`, the receipts lost,
`colead restore`, and every receipt opens again with its bytes. SQLite (a file copy) and PostgreSQL
(pg_dump/pg_restore)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from colead_desktop.services.attachments import AttachmentMissing
from tests.cli.run import colead
from tests.services.statement_fixtures import WHO, add_payees

FILES = {"航空券.pdf": b"%PDF-1.4 air ticket 31,000", "宿泊.jpg": b"\xff\xd8\xff\xe0 hotel 9,800"}


def test_a_backup_brings_lost_receipts_back(any_db: Database, tmp_path: Path) -> None:
    programme, (talent,) = add_payees(any_db, 1)
    sources = []
    for name, data in FILES.items():
        sources.append(tmp_path / name)
        sources[-1].write_bytes(data)
    records.add_expense(any_db, programme, talent, date(2021, 11, 18), "air", 31_000, False, WHO, receipts=sources)
    ids = [r.id for r in records.expenses(any_db, programme, talent)[0].receipts]
    made = colead("--db", any_db.url, "backup")
    assert made.returncode == 0, made.stderr
    backup = Path(json.loads(made.stdout)["backup"])

    with any_db.engine.begin() as conn:  # lost: the bytes and the links
        conn.execute(text("DELETE FROM attachment_blob"))
    with pytest.raises(AttachmentMissing):
        receipts.receipt_file(any_db, ids[0])
    any_db.dispose()
    restored = colead("--db", any_db.url, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    reopened = Database(any_db.url)
    try:
        assert [receipts.receipt_file(reopened, i) for i in ids] == list(FILES.items())
    finally:
        reopened.dispose()
