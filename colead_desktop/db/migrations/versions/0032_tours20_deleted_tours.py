"""calendars: a deleted tour's calendars can be cancelled later, not only when it is deleted

Revision ID: 0032_tours20_deleted_tours
Revises: 0031_tours19_ics_cancelled
Create Date: 2026-12-04

`deleted_tour_calendars` keeps, for a tour deleted after its calendars were exported, the events its files held,
until their cancellation is written (review 19 item 2: after 「削除のみ」 the cancellation could be written only after
undo). A new table: nothing else moves; tours deleted before the upgrade are not in it. On a team database (`colead
team init`, db/team_sql.py) the table gets its grants as export state, which every role writes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from colead_desktop.db.team_sql import grants

revision = '0032_tours20_deleted_tours'
down_revision = '0031_tours19_ics_cancelled'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'deleted_tour_calendars',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('files', sa.JSON(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], ondelete='CASCADE',
                                name=op.f('fk_deleted_tour_calendars_programme_id_programme')),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_deleted_tour_calendars')),
    )
    op.create_index(op.f('ix_deleted_tour_calendars_programme_id'), 'deleted_tour_calendars', ['programme_id'])
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql' and bind.execute(
            sa.text("SELECT to_regprocedure('colead_statement_people()')")).scalar() is not None:  # a team database
        for statement in grants('deleted_tour_calendars', None):
            op.execute(statement)


def downgrade() -> None:
    op.drop_index(op.f('ix_deleted_tour_calendars_programme_id'), table_name='deleted_tour_calendars')
    op.drop_table('deleted_tour_calendars')
