"""statement guard: statement-number counters, fingerprint of a draft's inputs

Revision ID: 0006_statement_guard
Revises: 0003_payments
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006_statement_guard'
down_revision = '0003_payments'
branch_labels = None
depends_on = None


def _seed_counters() -> None:
    """Continue each programme's numbering after its highest existing statement number (`PREFIX-NNNN`)."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT t.programme_id, s.statement_no FROM payment_statement s JOIN talent t ON t.id = s.talent_id"))
    highest: dict[tuple[int, str], int] = {}
    for programme_id, number in rows:
        prefix, _, serial = str(number).rpartition("-")
        if prefix and serial.isdigit():
            key = (programme_id, prefix)
            highest[key] = max(highest.get(key, 0), int(serial))
    counter = sa.table('statement_counter', sa.column('programme_id', sa.Integer()),
                       sa.column('prefix', sa.String()), sa.column('next_no', sa.Integer()))
    if highest:
        op.bulk_insert(counter, [{"programme_id": p, "prefix": prefix, "next_no": serial + 1}
                                 for (p, prefix), serial in sorted(highest.items())])


def upgrade() -> None:
    op.create_table('statement_counter',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=20), nullable=False),
    sa.Column('next_no', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                            name=op.f('fk_statement_counter_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_id', 'prefix', name=op.f('pk_statement_counter'))
    )
    with op.batch_alter_table('payment_statement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('inputs_sha256', sa.String(length=64), nullable=True))
    _seed_counters()


def downgrade() -> None:
    with op.batch_alter_table('payment_statement', schema=None) as batch_op:
        batch_op.drop_column('inputs_sha256')
    op.drop_table('statement_counter')
