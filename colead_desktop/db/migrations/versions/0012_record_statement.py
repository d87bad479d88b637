"""record statement: each payment record names the statement that pays it

Revision ID: 0012_record_statement
Revises: 0011_payee_employer
Create Date: 2026-12-02

A person can be paid by several statements in one programme, each paying the records no earlier statement
paid (issue 14). A record with no statement is not paid yet; one on a draft can still change; one on an
approved or later statement changes only through an adjusting statement, which takes it over.
Existing records were all paid by their person's latest statement in the programme, if any.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012_record_statement'
down_revision = '0011_payee_employer'
branch_labels = None
depends_on = None

RECORD_TABLES = ('payment_tour_day', 'payment_work_day', 'payment_expense')


def upgrade() -> None:
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('statement_id', sa.Integer(), nullable=True))
            batch.create_foreign_key(f'fk_{table}_statement_id_payment_statement', 'payment_statement',
                                     ['statement_id'], ['id'])
            batch.create_index(f'ix_{table}_statement_id', ['statement_id'])
        op.execute(f"""
            UPDATE {table} SET statement_id = (
                SELECT MAX(s.id) FROM payment_statement s
                WHERE s.talent_id = {table}.talent_id AND s.programme_id = {table}.programme_id)""")


def downgrade() -> None:
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f'ix_{table}_statement_id')
            batch.drop_constraint(f'fk_{table}_statement_id_payment_statement', type_='foreignkey')
            batch.drop_column('statement_id')
