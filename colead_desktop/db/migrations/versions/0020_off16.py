"""offline holds: records checked out to a laptop's SQLite copy (持ち出し) are held for their holder

Revision ID: 0020_off16
Revises: 0020_call19
Create Date: 2026-12-02

A region's tours or one meetup are checked out to an offline copy (issue 16 item 6). `offline_hold` says who
(the database login), until when and in what state; `offline_hold_record` lists the records held with the
version and content digest they had when checked out, which check-in compares against. On a team database
(`colead team init`) triggers refuse other logins' writes to held records (db/team_sql.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020_off16'
down_revision = '0020_call19'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'offline_hold',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('scope_kind', sa.String(length=10), nullable=False),
        sa.Column('scope_id', sa.Integer(), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=False),
        sa.Column('until', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('ended_at', sa.DateTime(), nullable=True),
        sa.Column('ended_by', sa.String(length=63), nullable=True),
        sa.Column('outcome', sa.String(length=12), nullable=True),
        sa.Column('source', sa.String(length=300), nullable=False, server_default=''),
        sa.CheckConstraint("scope_kind IN ('region', 'event')", name=op.f('ck_offline_hold_scope_kind')),
        sa.CheckConstraint("outcome IS NULL OR outcome IN ('checked_in', 'released')",
                           name=op.f('ck_offline_hold_outcome')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_offline_hold')),
    )
    op.create_table(
        'offline_hold_record',
        sa.Column('hold_id', sa.Integer(), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=True),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['hold_id'], ['offline_hold.id'], name=op.f('fk_offline_hold_record_hold_id_offline_hold'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('hold_id', 'table_name', 'record_id', name=op.f('pk_offline_hold_record')),
    )
    op.create_index(op.f('ix_offline_hold_record_table_name'), 'offline_hold_record', ['table_name', 'record_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_offline_hold_record_table_name'), table_name='offline_hold_record')
    op.drop_table('offline_hold_record')
    op.drop_table('offline_hold')
