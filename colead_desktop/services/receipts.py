"""An expense's receipts: files whose bytes are stored in the database (services/attachments.py, payments
area) and linked to the expense by `payment_receipt` rows with the name the user attached them under.

`attach` and `detach` work inside the caller's transaction (payment_records takes the payee lock and checks
the expense may change first); reading gives the bytes only when they still match their SHA-256.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow, ReceiptRow
from colead_desktop.domain.attachments import sha256_hex
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.team import Area
from colead_desktop.services import attachments
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_audit import audit_created, audit_deleted


@dataclass(frozen=True)
class ReceiptItem:
    id: int
    file_name: str
    size_bytes: int


@dataclass(frozen=True)
class ReceiptProblem:
    receipt_id: int
    expense_id: int
    problem: str  # "missing" or "damaged"; from import_old_files also "not_found", "changed", "refused"


def attach(session: Session, expense_id: int, sources: Sequence[Path], who: str) -> None:
    """Store each file's bytes (checked: size, type) and link them to the expense, audited."""
    for source in map(Path, sources):
        digest, size = store_file(session, source)
        link(session, expense_id, (digest, source.name, size), who)


def store_file(session: Session, source: Path) -> tuple[str, int]:
    """Store a receipt file's bytes (checked: size, type); its SHA-256 and size."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(msg("領収書ファイルを読めません: {name}（{err}）", "Cannot read the receipt {name} ({err})",
                             name=source.name, err=exc.strerror)) from exc
    return attachments.store(session, data, source.name, area=Area.PAYMENTS), len(data)


Receipt = tuple[str, str, int]
"""A receipt as an undo step keeps it: (sha256, file name, size); its bytes stay stored when it is taken off."""


def link(session: Session, expense_id: int, receipt: Receipt, who: str) -> None:
    """Link stored bytes to the expense as a receipt, audited."""
    sha256, file_name, size = receipt
    row = ReceiptRow(expense_id=expense_id, sha256=sha256, file_name=file_name, size_bytes=size,
                     added_at=stored_now(), added_by=who)
    session.add(row)
    audit_created(session, who, row)


def detach(session: Session, expense_id: int, receipt_ids: Sequence[int], who: str) -> None:
    """Take the receipts off the expense, audited. The bytes stay: an undo of the expense's delete, or the
    same file on another record, still finds them."""
    for receipt in session.scalars(select(ReceiptRow).where(ReceiptRow.expense_id == expense_id,
                                                            ReceiptRow.id.in_(receipt_ids))):
        audit_deleted(session, who, receipt)
        session.delete(receipt)


def receipts_of(session: Session, expense_id: int) -> tuple[ReceiptItem, ...]:
    return tuple(ReceiptItem(r.id, r.file_name, r.size_bytes) for r in session.scalars(
        select(ReceiptRow).where(ReceiptRow.expense_id == expense_id).order_by(ReceiptRow.id)))


def expense_receipts(db: Database, expense_id: int) -> tuple[ReceiptItem, ...]:
    """The expense's receipts (InputError naming the id when there is no such expense)."""
    with db.session() as session:
        row_by_id(session, ExpenseRow, expense_id)
        return receipts_of(session, expense_id)


def expense_of(db: Database, receipt_id: int) -> int:
    """The expense the receipt is attached to (InputError naming the id when there is no such receipt)."""
    with db.session() as session:
        return row_by_id(session, ReceiptRow, receipt_id).expense_id


def receipt_file(db: Database, receipt_id: int) -> tuple[str, bytes]:
    """A receipt's file name and bytes, checked against their SHA-256 (AttachmentMissing, AttachmentDamaged)."""
    with db.session() as session:
        row = row_by_id(session, ReceiptRow, receipt_id)
        return row.file_name, attachments.read(session, row.sha256, row.file_name)


def check_receipts(db: Database) -> list[ReceiptProblem]:
    """Every receipt whose bytes are not in the database (a file missing when 0020 moved them in) or no
    longer match their hash, one blob in memory at a time."""
    problems = []
    with db.session() as session:
        for receipt_id, expense_id, sha256 in session.execute(
                select(ReceiptRow.id, ReceiptRow.expense_id, ReceiptRow.sha256).order_by(ReceiptRow.id)).all():
            try:
                attachments.read(session, sha256)
            except attachments.AttachmentMissing:
                problems.append(ReceiptProblem(receipt_id, expense_id, "missing"))
            except attachments.AttachmentDamaged:
                problems.append(ReceiptProblem(receipt_id, expense_id, "damaged"))
    return problems


def import_old_files(db: Database, folder: Path) -> tuple[list[int], list[ReceiptProblem]]:
    """Store the bytes of receipts missing from the database from `folder`, where versions before 0020 kept
    them (attachments/<sha256><suffix>): for a laptop that had the files when migration 0020 ran elsewhere.
    Only a file that still hashes to the receipt's SHA-256 goes in. (receipt ids stored, what stays missing)."""
    stored: list[int] = []
    left: list[ReceiptProblem] = []
    with db.session() as session:
        for receipt in session.scalars(select(ReceiptRow).order_by(ReceiptRow.id)):
            try:
                attachments.read(session, receipt.sha256)
                continue
            except attachments.AttachmentMissing:
                pass
            except attachments.AttachmentDamaged:
                left.append(ReceiptProblem(receipt.id, receipt.expense_id, "damaged"))
                continue
            outcome = _import_one(session, receipt, folder / (receipt.sha256 + Path(receipt.file_name).suffix.lower()))
            if outcome is None:
                stored.append(receipt.id)
            else:
                left.append(ReceiptProblem(receipt.id, receipt.expense_id, outcome))
    return stored, left


def _import_one(session: Session, receipt: ReceiptRow, path: Path) -> str | None:
    """None when stored, else why not."""
    try:
        data = path.read_bytes()
    except OSError:
        return "not_found"
    if sha256_hex(data) != receipt.sha256:
        return "changed"
    try:
        attachments.store(session, data, receipt.file_name, area=Area.PAYMENTS)  # checks before writing
    except InputError:  # an earlier version took files this one refuses (type, size)
        return "refused"
    return None
