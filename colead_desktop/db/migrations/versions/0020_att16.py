"""attachments: receipts move from one laptop's data folder into the database (issue 16 item 4)

Revision ID: 0020_att16
Revises: 0020_contracts
Create Date: 2026-12-03

`attachment_blob` holds each file's bytes once per area and SHA-256 (db/attachment_models.py); every receipt
file found in the data folder (attachments/<sha256><suffix>, where earlier versions kept them) is copied in.
A file that is missing, or whose bytes no longer match its hash, is reported in the log by receipt id (file
names may carry a person's name) and left out: the receipt row stays, and opening it says what is wrong.
The files themselves are left where they were; nothing reads them any more. Like every migration this runs
in the start-up migration's one transaction, so a kill leaves the old revision; the copy also skips what is
already in, so it can run again. The way back writes the receipts' files again before dropping the table.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path, PurePath

import sqlalchemy as sa
from alembic import op

from colead_desktop.domain.attachments import media_type_of, sha256_hex
from colead_desktop.domain.clock import stored_now
from colead_desktop.exports.atomic import write_atomically
from colead_desktop.paths import data_dir
from colead_desktop.private_files import PRIVATE_FILE, private_dir

revision = '0020_att16'
down_revision = '0020_contracts'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)
AREA = 'payments'  # domain.team.Area.PAYMENTS, written out: a migration does not follow later renames


def _receipt_file(sha256: str, file_name: str) -> Path:
    """Where versions before 0020 kept a receipt's bytes."""
    return data_dir() / 'attachments' / (sha256 + PurePath(file_name).suffix.lower())


def upgrade() -> None:
    op.create_table(
        'attachment_blob',
        sa.Column('area', sa.String(length=20), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('media_type', sa.String(length=100), nullable=False),
        sa.Column('size_bytes', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('area', 'sha256', name=op.f('pk_attachment_blob')),
    )
    op.add_column('payment_receipt', sa.Column('added_by', sa.String(length=63), nullable=False,
                                               server_default=''))
    _move_receipt_files_in()


def _move_receipt_files_in() -> None:
    conn = op.get_bind()
    stored = set(conn.execute(sa.text('SELECT sha256 FROM attachment_blob WHERE area = :a'), {'a': AREA}).scalars())
    missing: list[int] = []
    damaged: list[int] = []
    insert = sa.text('INSERT INTO attachment_blob (area, sha256, media_type, size_bytes, data, created_at) '
                     'VALUES (:area, :sha256, :media_type, :size, :data, :at)').bindparams(
        sa.bindparam('data', type_=sa.LargeBinary()))
    receipts = conn.execute(sa.text('SELECT id, sha256, file_name FROM payment_receipt ORDER BY id')).all()
    for receipt_id, sha256, file_name in receipts:
        if sha256 in stored:
            continue
        try:
            data = _receipt_file(sha256, file_name).read_bytes()
        except OSError:
            missing.append(receipt_id)
            continue
        if sha256_hex(data) != sha256:
            damaged.append(receipt_id)
            continue
        conn.execute(insert, {'area': AREA, 'sha256': sha256, 'media_type': media_type_of(file_name),
                              'size': len(data), 'data': data, 'at': stored_now()})
        stored.add(sha256)
    if missing:
        log.warning('0020: %d receipt file(s) not found in the data folder; receipt ids %s', len(missing), missing)
    if damaged:
        log.warning('0020: %d receipt file(s) do not match their SHA-256; receipt ids %s', len(damaged), damaged)


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text('SELECT r.sha256, r.file_name, b.data FROM payment_receipt r '
                                'JOIN attachment_blob b ON b.sha256 = r.sha256 AND b.area = :a'), {'a': AREA})
    for sha256, file_name, data in rows:
        target = _receipt_file(sha256, file_name)
        if not target.exists():
            private_dir(target.parent)
            write_atomically(target, partial(Path.write_bytes, data=bytes(data)), mode=PRIVATE_FILE)
    with op.batch_alter_table('payment_receipt') as batch:
        batch.drop_column('added_by')
    op.drop_table('attachment_blob')
