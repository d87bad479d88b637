"""fieldwork tours (one row per tour, timetable as JSON)

Revision ID: 0002_tours
Revises: 0001
Create Date: 2026-11-23 20:25:32.422690
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002_tours'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tour',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('party_size', sa.Integer(), nullable=True),
    sa.Column('base_venue', sa.String(length=64), nullable=True),
    sa.Column('lodging', sa.JSON(), nullable=True),
    sa.Column('transport_mode', sa.String(length=20), nullable=True),
    sa.Column('transport_seats', sa.Integer(), nullable=True),
    sa.Column('transport_notes', sa.Text(), nullable=False),
    sa.Column('remote_mornings', sa.Boolean(), nullable=False),
    sa.Column('online_fallback', sa.Boolean(), nullable=False),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('arrivals', sa.JSON(), nullable=False),
    sa.Column('departures', sa.JSON(), nullable=False),
    sa.Column('places', sa.JSON(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('contacts', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('days >= 1 AND days <= 31', name=op.f('ck_tour_days_range')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_tour_event_id_event'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_tour_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tour')),
    sa.UniqueConstraint('key', name=op.f('uq_tour_key'))
    )


def downgrade() -> None:
    op.drop_table('tour')
