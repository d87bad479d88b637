"""Attachments stored in the database (content-addressed): every laptop of a team opens the same file.

`store` checks a file (size limit, accepted type: domain/attachments.py) and keeps its bytes once per area
and SHA-256, inside the caller's session, so the bytes are written in the same transaction as the record
that links to them (or not at all). `read` gives the bytes back only when they still hash to what was
stored: a damaged blob is reported, never handed on. A record links to an attachment by the returned hash
and keeps the file name the user knew (e.g. `payment_receipt`).

`area` is the area of data (domain/team.py) the linking record belongs to: on a team database a login reads
only the blobs of areas its role reads (row-level security, db/team_sql.py), so a lab coordinator cannot
read a receipt (Area.PAYMENTS) even with SQL of their own.
"""

from __future__ import annotations

import tempfile
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from colead_desktop.db.attachment_models import AttachmentBlobRow
from colead_desktop.domain.attachments import check_attachment, sha256_hex
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.team import Area
from colead_desktop.private_files import private_opener


class AttachmentMissing(InputError):
    """No bytes for the hash: never stored (a file missing when 0020 moved receipts in), or not readable
    by this login."""


class AttachmentDamaged(InputError):
    """The stored bytes no longer hash to their SHA-256."""


def store(session: Session, data: bytes, file_name: str, *, area: Area = Area.PEOPLE) -> str:
    """Keep `data` (the file `file_name`) unless the same bytes are already kept for `area`; its SHA-256
    hex. InputError naming the file when it is too large, empty or of a type not accepted."""
    media_type = check_attachment(data, file_name)
    digest = sha256_hex(data)
    # One statement, no look first: a look would start an SQLite read that another writer's commit makes
    # stale ("database is locked"), and two writers of the same bytes both succeed this way.
    insert = (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)
    session.execute(insert(AttachmentBlobRow).values(
        area=area.value, sha256=digest, media_type=media_type, size_bytes=len(data), data=data,
        created_at=stored_now()).on_conflict_do_nothing())
    return digest


def read(session: Session, sha256: str, file_name: str = "") -> bytes:
    """The bytes stored under `sha256`, checked against it; AttachmentMissing or AttachmentDamaged naming
    `file_name` (or the hash) otherwise."""
    name = PurePath(file_name).name or sha256[:12]
    found = session.scalars(select(AttachmentBlobRow.data).where(AttachmentBlobRow.sha256 == sha256)).all()
    if not found:
        raise AttachmentMissing(msg("添付ファイル「{name}」がデータベースにありません",
                                    "The attachment '{name}' is not in the database", name=name))
    for data in found:
        if sha256_hex(bytes(data)) == sha256:
            return bytes(data)
    raise AttachmentDamaged(msg("添付ファイル「{name}」が壊れています（SHA-256 が一致しません）。開きません",
                                "The attachment '{name}' is damaged (its SHA-256 does not match); it is not "
                                "opened", name=name))


def private_copy(data: bytes, file_name: str) -> Path:
    """`data` written to a new owner-only folder under the file's own name, for a viewer to open."""
    folder = Path(tempfile.mkdtemp(prefix="colead-attachment-"))  # 0700, a fresh name every time
    name = PurePath(file_name.replace("\\", "/")).name  # never a path: a stored name is outside text
    target = folder / (name if name not in ("", "..") else "attachment")
    with open(target, "xb", opener=private_opener) as out:
        out.write(data)
    return target
