"""calendars: a cancellation sent to one person keeps its own number, not the entry's

Revision ID: 0031_tours19_ics_cancelled
Revises: 0030_pay15_payer_and_approver
Create Date: 2026-12-04

`ics_sequence.cancelled` is the highest SEQUENCE a cancellation of the UID carried (0: never cancelled). Until
now a cancellation overwrote the entry's own number and content, so the next export raised the number of every
file holding the UID, the files of those still attending too (services/calendars.py). An entry cancelled before
the upgrade keeps the old mark (its content reads as changed once more); nothing else moves.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0031_tours19_ics_cancelled'
down_revision = '0030_pay15_payer_and_approver'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('ics_sequence') as batch:
        batch.add_column(sa.Column('cancelled', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('ics_sequence') as batch:
        batch.drop_column('cancelled')
