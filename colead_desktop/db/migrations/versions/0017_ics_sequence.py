"""ics sequence: the SEQUENCE and content hash last exported for each calendar UID

Revision ID: 0017_ics_sequence
Revises: 0016_matching
Create Date: 2026-12-02

Calendar apps ignore a re-sent entry unless its SEQUENCE went up (issue 18 item 6). A new table, so no
existing row changes; the way back drops it (the next export then starts again at SEQUENCE 0).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017_ics_sequence'
down_revision = '0016_matching'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'ics_sequence',
        sa.Column('uid', sa.String(length=255), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('changed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('uid', name=op.f('pk_ics_sequence')),
    )


def downgrade() -> None:
    op.drop_table('ics_sequence')
