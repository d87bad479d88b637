"""programme setup: a programme's period, the payer's phone, a lab's contact person and address

Revision ID: 0009_programme_setup
Revises: 0008_programmes
Create Date: 2026-12-10

The wizard (新しいプログラム…), プログラム設定 and `colead programme create` set these. A programme made before
has no period: it gets its fiscal year (1 April to 31 March), which is what the app assumed until now.
The programme's sponsor is the existing `ministry` column; the payer's 事業名 and invoice number are the
existing `programme_label` and `registration_no`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0009_programme_setup'
down_revision = '0008_programmes'
branch_labels = None
depends_on = None

PROGRAMME = sa.table('programme', sa.column('id', sa.Integer()), sa.column('fiscal_year', sa.Integer()),
                     sa.column('start_date', sa.Date()), sa.column('end_date', sa.Date()))


def _rebuild(table: str, autoincrement: bool = True) -> Any:
    """A batch that rebuilds the table on SQLite keeping AUTOINCREMENT (programme and region never reuse ids;
    migrate() runs it with foreign keys OFF), plain ALTERs elsewhere."""
    if op.get_bind().dialect.name == 'sqlite':
        return op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement})
    return op.batch_alter_table(table)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column('programme', sa.Column('start_date', sa.Date(), nullable=True))
    op.add_column('programme', sa.Column('end_date', sa.Date(), nullable=True))
    for programme_id, year in bind.execute(sa.select(PROGRAMME.c.id, PROGRAMME.c.fiscal_year)).all():
        bind.execute(PROGRAMME.update().where(PROGRAMME.c.id == programme_id)
                     .values(start_date=date(year, 4, 1), end_date=date(year + 1, 3, 31)))
    with _rebuild('programme') as batch_op:
        batch_op.alter_column('start_date', existing_type=sa.Date(), nullable=False)
        batch_op.alter_column('end_date', existing_type=sa.Date(), nullable=False)
    # Plain ADD COLUMN: the default fills existing rows, no rebuild needed.
    op.add_column('payment_payer', sa.Column('phone', sa.String(length=30), nullable=False, server_default=''))
    op.add_column('region', sa.Column('lab_contact', sa.String(length=100), nullable=False, server_default=''))
    op.add_column('region', sa.Column('lab_address', sa.String(length=300), nullable=False, server_default=''))


def downgrade() -> None:
    with _rebuild('region') as batch_op:
        batch_op.drop_column('lab_address')
        batch_op.drop_column('lab_contact')
    with _rebuild('payment_payer', autoincrement=False) as batch_op:
        batch_op.drop_column('phone')
    with _rebuild('programme') as batch_op:
        batch_op.drop_column('end_date')
        batch_op.drop_column('start_date')
