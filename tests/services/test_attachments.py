"""Attachments in the database, on an SQLite file and on PostgreSQL: stored once per SHA-256, refused over
the size limit, a damaged blob reported (never handed on), two writers of the same bytes, two app
instances opening the same receipt."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from colead_desktop.db.attachment_models import AttachmentBlobRow
from colead_desktop.db.engine import Database
from colead_desktop.domain.attachments import MAX_ATTACHMENT_BYTES, sha256_hex
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.team import Area
from colead_desktop.services import attachments
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from tests.services.statement_fixtures import WHO, add_payees

PDF = b"%PDF-1.4 invented receipt, taxi 2,400 yen"


def _blobs(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentBlobRow)) or 0)


def test_the_same_bytes_are_stored_once_per_area_and_read_back(any_db: Database) -> None:
    with any_db.session() as session:
        digest = attachments.store(session, PDF, "領収書.pdf", area=Area.PAYMENTS)
        assert attachments.store(session, PDF, "別名.pdf", area=Area.PAYMENTS) == digest
    with any_db.session() as session:
        assert attachments.store(session, PDF, "again.pdf", area=Area.PAYMENTS) == digest == sha256_hex(PDF)
        attachments.store(session, PDF, "nda.pdf")  # another area: a row of its own
    assert _blobs(any_db) == 2
    with any_db.session() as session:
        assert attachments.read(session, digest) == PDF
        row = session.get(AttachmentBlobRow, ("payments", digest))
        assert row is not None and (row.media_type, row.size_bytes) == ("application/pdf", len(PDF))


def test_refused_files_leave_nothing_and_name_the_file(any_db: Database, tmp_path: Path) -> None:
    programme, (talent,) = add_payees(any_db, 1)
    big = tmp_path / "スキャン.pdf"
    big.write_bytes(b"%PDF-" + bytes(MAX_ATTACHMENT_BYTES))
    fine = tmp_path / "fine.pdf"
    fine.write_bytes(PDF)
    with pytest.raises(InputError, match="「スキャン.pdf」は大きすぎます"):
        records.add_expense(any_db, programme, talent, date(2021, 11, 18), "taxi", 2_400, False, WHO,
                            receipts=[fine, big])
    assert records.expenses(any_db, programme, talent) == [] and _blobs(any_db) == 0  # not even `fine`


def test_a_damaged_blob_is_reported_naming_the_file(any_db: Database, tmp_path: Path) -> None:
    programme, (talent,) = add_payees(any_db, 1)
    receipt = tmp_path / "ホテル.pdf"
    receipt.write_bytes(PDF)
    expense = records.add_expense(any_db, programme, talent, date(2021, 11, 18), "lodging", 9_800, False, WHO,
                                  receipts=[receipt])
    [item] = next(e for e in records.expenses(any_db, programme, talent) if e.id == expense).receipts
    with any_db.engine.begin() as conn:  # one flipped byte, as a bad disk or a hand edit would leave it
        conn.execute(text("UPDATE attachment_blob SET data = :d"), {"d": PDF.replace(b"2,400", b"9,400")})
    with pytest.raises(attachments.AttachmentDamaged, match="「ホテル.pdf」が壊れています"):
        receipts.receipt_file(any_db, item.id)
    with any_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM attachment_blob"))
    with pytest.raises(attachments.AttachmentMissing, match="「ホテル.pdf」がデータベースにありません"):
        receipts.receipt_file(any_db, item.id)


def test_two_writers_storing_the_same_bytes_at_once_both_succeed(instances: tuple[Database, Database]) -> None:
    first, second = instances
    stored_by_first = threading.Event()
    results: list[str] = []

    def other_writer() -> None:
        stored_by_first.wait()
        with second.session() as session:  # waits for the first writer, then finds or meets its row
            results.append(attachments.store(session, PDF, "b.pdf", area=Area.PAYMENTS))

    thread = threading.Thread(target=other_writer)
    thread.start()
    with first.session() as session:
        results.append(attachments.store(session, PDF, "a.pdf", area=Area.PAYMENTS))
        session.flush()
        stored_by_first.set()
        thread.join(timeout=0.5)  # the other writer is now waiting on our uncommitted row (or the lock)
    thread.join()
    assert results == [sha256_hex(PDF)] * 2 and _blobs(first) == 1


def test_two_instances_open_the_same_receipt_and_a_removal_is_seen_by_both(
        instances: tuple[Database, Database], tmp_path: Path) -> None:
    first, second = instances
    programme, (talent,) = add_payees(first, 1)
    receipt = tmp_path / "搭乗券.pdf"
    receipt.write_bytes(PDF)
    expense = records.add_expense(first, programme, talent, date(2021, 11, 18), "air", 31_000, False, WHO,
                                  receipts=[receipt])
    receipt.unlink()  # nothing on this laptop: the other instance reads the database
    [seen] = records.expenses(second, programme, talent)[0].receipts
    assert receipts.receipt_file(second, seen.id) == ("搭乗券.pdf", PDF)
    records.update_expense(second, expense, WHO, date(2021, 11, 18), "air", 31_000, False,
                           remove_receipts=[seen.id])
    assert records.expenses(first, programme, talent)[0].receipts == ()
    with pytest.raises(InputError):
        receipts.receipt_file(first, seen.id)


@pytest.mark.parametrize("stored_name", ["../../.bashrc", "..", "a\\..\\..\\evil.pdf", ""])
def test_a_hostile_stored_name_never_leaves_the_private_folder(stored_name: str) -> None:
    copy = attachments.private_copy(PDF, stored_name)
    assert copy.parent.name.startswith("colead-attachment-") and copy.read_bytes() == PDF
    assert copy.name not in ("", "..", ".") and "/" not in copy.name
