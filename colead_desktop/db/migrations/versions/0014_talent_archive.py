"""talent archive: a talent with payment records or statements is archived, never deleted

Revision ID: 0014_talent_archive
Revises: 0013_indexes
Create Date: 2026-12-02

Nothing with money is deleted (issue 14 item 7): a talent whose tour days, work days, expenses or statements
exist in any programme can only be archived. `archived_at` NULL means active; existing talents are active.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014_talent_archive'
down_revision = '0013_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch rebuild on SQLite would have to keep the table's AUTOINCREMENT (0007); the
    # server default stays, as in the model, so existing rows read as not archived by anyone.
    op.add_column('talent', sa.Column('archived_at', sa.DateTime(), nullable=True))
    op.add_column('talent', sa.Column('archived_by', sa.String(length=100), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('talent', table_kwargs={'sqlite_autoincrement': True}) as batch:
        batch.drop_column('archived_by')
        batch.drop_column('archived_at')
