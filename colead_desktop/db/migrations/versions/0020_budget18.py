"""budget: a programme's budget per region and line (旅費・日当・謝金・会場費・その他), integer yen

Revision ID: 0020_budget18
Revises: 0020_intro18
Create Date: 2026-12-02

Issue 18 item 9. A new table, so no existing row changes; the way back drops it and the budget with it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020_budget18'
down_revision = '0020_intro18'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'programme_budget',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('region_id', sa.Integer(), nullable=False),
        sa.Column('line', sa.String(length=12), nullable=False),
        sa.Column('amount_yen', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.CheckConstraint("line IN ('travel', 'per_diem', 'honorarium', 'venue', 'other')",
                           name=op.f('ck_programme_budget_line')),
        sa.CheckConstraint('amount_yen >= 0', name=op.f('ck_programme_budget_amount_not_negative')),
        sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                                name=op.f('fk_programme_budget_programme_id_programme'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_programme_budget_region_id_region'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_budget')),
        sa.UniqueConstraint('programme_id', 'region_id', 'line', name='uq_programme_budget_cell'),
    )
    with op.batch_alter_table('programme_budget', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_budget_programme_id'), ['programme_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('programme_budget', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_budget_programme_id'))
    op.drop_table('programme_budget')
