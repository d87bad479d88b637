"""online events: agenda blocks, round-table setup, tables, talents and saved plan

Revision ID: 0004_meetup
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004_meetup'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda_block',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('room', sa.String(length=200), nullable=False),
    sa.Column('join_url', sa.String(length=500), nullable=False),
    sa.CheckConstraint('minutes >= 0', name=op.f('ck_agenda_block_minutes_not_negative')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_agenda_block_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_block'))
    )
    op.create_index(op.f('ix_agenda_block_event_id'), 'agenda_block', ['event_id'], unique=False)
    op.create_table('roundtable_setup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('rounds', sa.Integer(), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('pins', sa.JSON(), nullable=False),
    sa.Column('apart', sa.JSON(), nullable=False),
    sa.Column('sheet_fields', sa.JSON(), nullable=False),
    sa.Column('plan', sa.JSON(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("mode IN ('fixed_groups', 'mix')", name=op.f('ck_roundtable_setup_mode')),
    sa.CheckConstraint('rounds >= 1', name=op.f('ck_roundtable_setup_rounds_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_roundtable_setup_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roundtable_setup')),
    sa.UniqueConstraint('event_id', name=op.f('uq_roundtable_setup_event_id'))
    )
    op.create_table('roundtable_table',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('staff_ids', sa.JSON(), nullable=False),
    sa.Column('room', sa.String(length=200), nullable=False),
    sa.Column('join_url', sa.String(length=500), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('questions', sa.JSON(), nullable=False),
    sa.Column('expected_output', sa.Text(), nullable=False),
    sa.CheckConstraint('capacity >= 1', name=op.f('ck_roundtable_table_capacity_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_roundtable_table_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_roundtable_table_region_id_region'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roundtable_table')),
    sa.UniqueConstraint('event_id', 'name', name='uq_roundtable_table_event_name')
    )
    op.create_index(op.f('ix_roundtable_table_event_id'), 'roundtable_table', ['event_id'], unique=False)
    op.create_table('roundtable_talent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rounds', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_roundtable_talent_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'], name=op.f('fk_roundtable_talent_talent_id_talent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roundtable_talent')),
    sa.UniqueConstraint('event_id', 'talent_id', name='uq_roundtable_talent_event_talent')
    )
    op.create_index(op.f('ix_roundtable_talent_event_id'), 'roundtable_talent', ['event_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_roundtable_talent_event_id'), table_name='roundtable_talent')
    op.drop_table('roundtable_talent')
    op.drop_index(op.f('ix_roundtable_table_event_id'), table_name='roundtable_table')
    op.drop_table('roundtable_table')
    op.drop_table('roundtable_setup')
    op.drop_index(op.f('ix_agenda_block_event_id'), table_name='agenda_block')
    op.drop_table('agenda_block')
    # ### end Alembic commands ###
