"""an index on every foreign key that had none

Revision ID: 0022_fk_indexes
Revises: 0021_calls
Create Date: 2026-12-03

Issue 15 item 3: the foreign keys used in filters (a statement's correction, a tour day's event, a work day's
company, a region's events, budget and policy, a talent's matching rules and decisions…) had no index, so a
read by them, and every delete of the row they point at (the database checks who still refers to it), scanned the
whole table. Indexes only: nothing else changes, and the way back drops them. The round-table tables live on the
0004_meetup branch of the migrations, which this one does not depend on: their two keys are left for a migration
on that branch.
"""

from __future__ import annotations

from alembic import op

revision = '0022_fk_indexes'
down_revision = '0021_calls'
branch_labels = None
depends_on = None

FOREIGN_KEYS = (
    ("event", "region_id"), ("event", "venue_id"), ("programme_region", "region_id"), ("team_region", "region_id"),
    ("payment_policy", "region_id"), ("payment_statement", "adjusts_statement_id"), ("payment_tour_day", "event_id"),
    ("payment_work_day", "company_id"), ("programme_budget", "region_id"), ("matching_company", "company_id"),
    ("matching_pair", "replaces_id"), ("matching_rule", "talent_id"), ("matching_rule", "company_id"),
    ("selection_decision", "region_id"), ("selection_decision", "talent_id"),
)


def upgrade() -> None:
    for table, column in FOREIGN_KEYS:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(FOREIGN_KEYS):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
