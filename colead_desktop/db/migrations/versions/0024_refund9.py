"""payment runs can be withdrawn (取消) before their file is sent

Revision ID: 0024_refund9
Revises: 0023_payee_version
Create Date: 2026-12-03

A run none of whose statements is paid can be withdrawn: its statements go back to approved and the run stays in
the history with the status 'withdrawn' and who withdrew it when. The status CHECK is rewritten to admit it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0024_refund9'
down_revision = '0023_payee_version'
branch_labels = None
depends_on = None

OLD_STATUS = "status IN ('created', 'paid')"
NEW_STATUS = "status IN ('created', 'paid', 'withdrawn')"


def upgrade() -> None:
    with op.batch_alter_table('payment_run', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(), nullable=True))
        batch_op.drop_constraint(op.f('ck_payment_run_status'), type_='check')
        batch_op.create_check_constraint(op.f('ck_payment_run_status'), sa.text(NEW_STATUS))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM payment_run WHERE status = 'withdrawn'")).first() is not None:
        raise RuntimeError("0024_refund9: some payment runs are withdrawn; the older schema cannot hold that "
                           "status, and deleting them would lose their history.")
    with op.batch_alter_table('payment_run', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_payment_run_status'), type_='check')
        batch_op.create_check_constraint(op.f('ck_payment_run_status'), sa.text(OLD_STATUS))
        batch_op.drop_column('withdrawn_at')
        batch_op.drop_column('withdrawn_by')
