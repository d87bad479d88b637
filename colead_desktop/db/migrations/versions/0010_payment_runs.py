"""payment runs: runs and their files, a statement's run, who computed it, its policy and payee snapshot

Revision ID: 0010_payment_runs
Revises: 0009_programme_setup
Create Date: 2026-12-05

A statement gains the status 'in_run' (振込データ作成済み), so the status CHECK is rewritten (a table
rebuild on SQLite, done by batch mode). Statements approved before this revision have no payee snapshot:
they keep showing the payee's current details until they are paid, which is what they did before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_payment_runs'
down_revision = '0009_programme_setup'
branch_labels = None
depends_on = None

OLD_STATUS = "status IN ('draft', 'approved', 'paid')"
NEW_STATUS = "status IN ('draft', 'approved', 'in_run', 'paid')"


def upgrade() -> None:
    op.create_table('payment_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('transfer_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.CheckConstraint("status IN ('created', 'paid')", name=op.f('ck_payment_run_status')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_payment_run_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_run'))
    )
    op.create_table('payment_run_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('regenerated', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['payment_run.id'], name=op.f('fk_payment_run_file_run_id_payment_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_run_file'))
    )
    with op.batch_alter_table('payment_run_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_run_file_run_id'), ['run_id'], unique=False)

    with op.batch_alter_table('payment_statement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('computed_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('applied_policy', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('payee_snapshot', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('run_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_payment_statement_run_id'), ['run_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_payment_statement_run_id_payment_run'), 'payment_run',
                                    ['run_id'], ['id'])
        batch_op.drop_constraint(op.f('ck_payment_statement_status'), type_='check')
        batch_op.create_check_constraint(op.f('ck_payment_statement_status'), sa.text(NEW_STATUS))
    with op.batch_alter_table('payment_statement', schema=None) as batch_op:
        batch_op.alter_column('computed_by', server_default=None)

    with op.batch_alter_table('payment_policy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('single_approver', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_check_constraint(op.f('ck_payment_policy_single_approver_programme_only'),
                                         sa.text('region_id IS NULL OR NOT single_approver'))
    with op.batch_alter_table('payment_policy', schema=None) as batch_op:
        batch_op.alter_column('single_approver', server_default=None)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM payment_statement WHERE status = 'in_run'")).first() is not None:
        raise RuntimeError("0010_payment_runs: statements are in a payment run (in_run); the older schema cannot "
                           "hold that status. Mark them paid first.")
    with op.batch_alter_table('payment_policy', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_payment_policy_single_approver_programme_only'), type_='check')
        batch_op.drop_column('single_approver')
    with op.batch_alter_table('payment_statement', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_payment_statement_status'), type_='check')
        batch_op.create_check_constraint(op.f('ck_payment_statement_status'), sa.text(OLD_STATUS))
        batch_op.drop_constraint(batch_op.f('fk_payment_statement_run_id_payment_run'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_payment_statement_run_id'))
        batch_op.drop_column('run_id')
        batch_op.drop_column('payee_snapshot')
        batch_op.drop_column('applied_policy')
        batch_op.drop_column('computed_by')
    with op.batch_alter_table('payment_run_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_run_file_run_id'))
    op.drop_table('payment_run_file')
    op.drop_table('payment_run')
