"""payee version: a save of 受取人情報 over someone else's newer edit is refused with the conflict dialog

Revision ID: 0023_payee_version
Revises: 0022_fk_indexes
Create Date: 2026-12-03

The payee details were compared whole before a save (a change elsewhere refused it, with a bare message); with a
version, counted up by SQLAlchemy on every UPDATE like the other editable rows (0015_versions), the refusal
carries both states and the page offers the field-by-field conflict dialog. Existing rows start at 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0023_payee_version'
down_revision = '0022_fk_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('payee', sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    with op.batch_alter_table('payee') as batch:
        batch.drop_column('version')
