"""team databases: accounting renames the payer; the policy's one-approver setting holds on the server too

Revision ID: 0030_pay15_payer_and_approver
Revises: 0029_pg14_team_fixes
Create Date: 2026-12-04

On a team database (`colead team init`, db/team_sql.py):
* the payer's name (支払者の名称) is copied into the programme row, which accounting could not write, so
  accounting could not rename the payer it sets up. Whoever writes the payment setup may now update that copy
  (programme.secretariat and the row version it moves), and nothing else of the programme;
* the `colead_statement_people` trigger refused every self-approval, even where the programme's policy allows
  one person to compute and approve (単独承認); it now reads the policy as the app does.
Where `team init` never ran (SQLite, or PostgreSQL with no team) nothing changes; `team init` run again after the
upgrade does the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from colead_desktop.db.team_sql import STATEMENT_PEOPLE, grants

revision = '0030_pay15_payer_and_approver'
down_revision = '0029_pg14_team_fixes'
branch_labels = None
depends_on = None

# 0029's function, for the way back
_BEFORE = """CREATE OR REPLACE FUNCTION colead_statement_people() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.status = 'draft' THEN NEW.computed_by := current_user; END IF;
          IF NEW.status = 'approved' AND (TG_OP = 'INSERT' OR OLD.status = 'draft') THEN
            IF NEW.computed_by = current_user THEN
              RAISE EXCEPTION 'colead: a statement is approved by someone other than who computed it'
                USING ERRCODE = '42501';
            END IF;
            NEW.approved_by := current_user;
          ELSIF TG_OP = 'UPDATE' AND OLD.status = 'draft' AND NEW.status <> 'draft' THEN
            RAISE EXCEPTION 'colead: a draft statement is approved before anything else' USING ERRCODE = '42501';
          ELSIF TG_OP = 'UPDATE' AND NEW.status <> 'draft' THEN
            NEW.approved_by := OLD.approved_by;
            NEW.computed_by := OLD.computed_by;
          END IF;
          RETURN NEW;
        END $$"""


def _team_sequence() -> str | None:
    """The sequence behind programme.id on a team database, "" when it has none; None with no team."""
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return None
    if bind.execute(sa.text("SELECT to_regprocedure('colead_statement_people()')")).scalar() is None:
        return None
    return str(bind.execute(sa.text("SELECT pg_get_serial_sequence('programme', 'id')")).scalar() or "")


def upgrade() -> None:
    sequence = _team_sequence()
    if sequence is None:
        return
    for statement in [STATEMENT_PEOPLE, *grants("programme", sequence or None)]:
        op.execute(statement)


def downgrade() -> None:
    if _team_sequence() is None:
        return
    op.execute(_BEFORE)
    op.execute('REVOKE UPDATE (secretariat, version) ON "programme" FROM colead_accounting')
