"""tour.b5: a lab's B-5 worksheet answers that the tour's own columns cannot hold

Revision ID: 0018_b5_fields
Revises: 0017_ics_sequence
Create Date: 2026-12-02

Issue 18 item 8: importing a B-5 worksheet keeps every answer (later candidate dates, publicity, pre-meeting,
venue access, further modes of transport, money policies, the lab's visit notes) as one JSON document per
tour. NULL means no worksheet was imported, which is what every existing tour reads as.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018_b5_fields'
down_revision = '0017_ics_sequence'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('tour', sa.Column('b5', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('tour') as batch:
        batch.drop_column('b5')
