"""team region: the regions each lab coordinator's database login may write

Revision ID: 0019_team_region
Revises: 0018_b5_fields
Create Date: 2026-12-02

On a shared PostgreSQL database (`colead team init`), row-level security lets a member of the lab role write
only the companies, venues and tours of the regions listed here for their login. Empty, and unused, on SQLite.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019_team_region'
down_revision = '0018_b5_fields'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'team_region',
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('region_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_team_region_region_id_region'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('login', 'region_id', name=op.f('pk_team_region')),
    )


def downgrade() -> None:
    op.drop_table('team_region')
