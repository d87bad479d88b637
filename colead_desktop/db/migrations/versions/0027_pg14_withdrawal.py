"""team databases: withdrawing a payment run (取消) is not an approval; it keeps the approver

Revision ID: 0027_pg14_withdrawal
Revises: 0026_meetup13_absences
Create Date: 2026-12-03

The `colead_statement_people` trigger of a team database (`colead team init`, db/team_sql.py) took any change of a
statement back to 'approved' for an approval: withdrawing a run rewrote approved_by to the login that withdrew it,
and refused the clerk who had computed the statements. The function is replaced where `team init` made it; SQLite,
and a PostgreSQL database with no team, have no such function and nothing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from colead_desktop.db.team_sql import STATEMENT_PEOPLE

revision = '0027_pg14_withdrawal'
down_revision = '0026_meetup13_absences'
branch_labels = None
depends_on = None

_BEFORE = """CREATE OR REPLACE FUNCTION colead_statement_people() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.status = 'draft' THEN NEW.computed_by := current_user; END IF;
          IF NEW.status = 'approved' AND (TG_OP = 'INSERT' OR OLD.status <> 'approved') THEN
            IF NEW.computed_by = current_user THEN
              RAISE EXCEPTION 'colead: a statement is approved by someone other than who computed it'
                USING ERRCODE = '42501';
            END IF;
            NEW.approved_by := current_user;
          END IF;
          RETURN NEW;
        END $$"""


def _replace(function: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    if bind.execute(sa.text("SELECT to_regprocedure('colead_statement_people()')")).scalar() is not None:
        bind.execute(sa.text(function))


def upgrade() -> None:
    _replace(STATEMENT_PEOPLE)


def downgrade() -> None:
    _replace(_BEFORE)
