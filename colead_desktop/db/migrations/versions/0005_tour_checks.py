"""tour-check parameters per programme (required facilities, travel-time estimates)

Revision ID: 0005_tour_checks
Revises: 0002_tours
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005_tour_checks'
down_revision = '0002_tours'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tour_check_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                            name=op.f('fk_tour_check_settings_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tour_check_settings')),
    sa.UniqueConstraint('programme_id', name=op.f('uq_tour_check_settings_programme_id'))
    )


def downgrade() -> None:
    op.drop_table('tour_check_settings')
