"""versions: every editable record carries a version, so a save over someone else's newer edit is refused

Revision ID: 0015_versions
Revises: 0014_talent_archive
Create Date: 2026-12-02

Two app instances (or the CLI beside the GUI) editing one record lost the first save silently (issue 16
item 3). Each editable row now carries `version`, counted up by SQLAlchemy on every UPDATE (version_id_col,
db/base.py version_column); existing rows start at 1. The meetup tables (0004_meetup, a branch of its own
until the heads meet) are left for now.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015_versions'
down_revision = '0014_talent_archive'
branch_labels = None
depends_on = None

# The tables made AUTOINCREMENT by 0007: a batch rebuild on the way back must keep that.
AUTOINCREMENT_TABLES = ('programme', 'region', 'company', 'talent', 'programme_talent', 'staff', 'venue', 'event',
                        'participation')
OTHER_TABLES = ('tour', 'tour_check_settings', 'payment_policy', 'payment_payer')


def upgrade() -> None:
    # Plain ADD COLUMNs (no batch rebuild on SQLite); the server default gives existing rows version 1.
    for table in AUTOINCREMENT_TABLES + OTHER_TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    for table in AUTOINCREMENT_TABLES + OTHER_TABLES:
        kwargs = {'sqlite_autoincrement': True} if table in AUTOINCREMENT_TABLES else {}
        with op.batch_alter_table(table, table_kwargs=kwargs) as batch:
            batch.drop_column('version')
