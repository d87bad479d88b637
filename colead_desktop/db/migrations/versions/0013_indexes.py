"""indexes: the foreign keys (and the audit's entity id) that queries filter on

Revision ID: 0013_indexes
Revises: 0012_record_statement
Create Date: 2026-12-02

Issue 15: at a real programme's size (10,000 talents) a lookup by talent, programme, region or event scanned
the whole table; `payment_statement.talent_id` alone made the 支払 page's list take 27 s. Each index is named
as SQLAlchemy names `index=True` on the model (ix_<table>_<column>), so the drift test compares them.
"""

from __future__ import annotations

from alembic import op

revision = '0013_indexes'
down_revision = '0012_record_statement'
branch_labels = None
depends_on = None

# (table, column) in the models' order
INDEXES = (
    ('programme_talent', 'talent_id'), ('programme_talent', 'assigned_region_id'),
    ('company', 'region_id'), ('staff', 'region_id'), ('staff', 'company_id'), ('venue', 'region_id'),
    ('event', 'programme_id'),
    ('participation', 'event_id'), ('participation', 'talent_id'), ('participation', 'staff_id'),
    ('tour', 'programme_id'), ('tour', 'event_id'), ('tour', 'region_id'),
    ('payment_policy', 'programme_id'), ('payment_tour_day', 'programme_id'),
    ('payment_work_day', 'programme_id'), ('payment_work_day', 'talent_id'),
    ('payment_expense', 'programme_id'), ('payment_expense', 'talent_id'), ('payment_receipt', 'expense_id'),
    ('payment_statement', 'talent_id'), ('payment_run', 'programme_id'), ('payment_audit', 'entity_id'),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(f'ix_{table}_{column}', table, [column])


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(f'ix_{table}_{column}', table_name=table)
