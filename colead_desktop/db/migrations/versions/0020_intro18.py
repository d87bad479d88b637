"""programme_talent.intro_*: the self-introduction sheet's fields, written per programme

Revision ID: 0020_intro18
Revises: 0020_att16
Create Date: 2026-12-02

Issue 18 item 2: the meetup's 自己紹介シート has six fields and only the motivation was stored, so four
could never be filled and one was filled from the talent's strong areas. A talent writes the sheet for one
programme year, so the answers sit beside the motivation on the participation. Existing rows read "".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020_intro18'
down_revision = '0020_att16'
branch_labels = None
depends_on = None

# As written at this revision (domain/self_intro.py may grow later; a migration must not follow it).
_COLUMNS = ('intro_projects', 'intro_learning', 'intro_sme_digital', 'intro_regional_issues', 'intro_future')
_LENGTH = 1000


def upgrade() -> None:
    for name in _COLUMNS:  # SQLite adds a NOT NULL column with a default in place: no rebuild
        op.add_column('programme_talent', sa.Column(name, sa.String(length=_LENGTH), nullable=False, server_default=''))


def downgrade() -> None:
    # SQLite rebuilds the table to drop a column: keep it AUTOINCREMENT (ids never reused, models.NEVER_REUSE_IDS)
    with op.batch_alter_table('programme_talent', table_kwargs={'sqlite_autoincrement': True}) as batch:
        for name in _COLUMNS:
            batch.drop_column(name)
