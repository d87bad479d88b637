"""one transfer per payee and run: a statement can join another statement's transfer

Revision ID: 0025_money11
Revises: 0024_refund9
Create Date: 2026-12-03

A payee with several statements in one payment run (a statement and its correction, or two statements of the
programme) is paid by one 全銀 data record, so the bank charges one fee: the statements after the first record the
number of the statement whose transfer carries them (and the one fee). Existing statements each had a transfer
of their own: ''.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0025_money11'
down_revision = '0024_refund9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('payment_statement', sa.Column('joins_transfer_of', sa.String(length=40), nullable=False,
                                                 server_default=''))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM payment_statement WHERE joins_transfer_of <> ''")).first() is not None:
        raise RuntimeError("0025_money11: some statements joined another statement's transfer without a fee of their "
                           "own; the older schema would charge them a fee again and disagree with the bank file.")
    with op.batch_alter_table('payment_statement') as batch:
        batch.drop_column('joins_transfer_of')
