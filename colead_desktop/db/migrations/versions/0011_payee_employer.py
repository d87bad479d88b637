"""payee employer: a payee paid through their employer company names that company and its address

Revision ID: 0011_payee_employer
Revises: 0010_payment_runs
Create Date: 2026-12-02

The 支払調書 lists a payment under the recipient actually paid (payments-japan.md §1.6): for a talent whose
fees go to their employer, the company. Existing payees are paid to themselves (empty name).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_payee_employer'
down_revision = '0010_payment_runs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('payee') as batch:
        batch.add_column(sa.Column('employer_name', sa.String(length=200), nullable=False, server_default=''))
        batch.add_column(sa.Column('employer_address', sa.String(length=300), nullable=False, server_default=''))
    with op.batch_alter_table('payee') as batch:  # the model has no server default: the app always writes them
        batch.alter_column('employer_name', server_default=None)
        batch.alter_column('employer_address', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('payee') as batch:
        batch.drop_column('employer_address')
        batch.drop_column('employer_name')
