"""team databases: withdrawing a payment run (取消) is no approval; an administrator's payer setup is audited

Revision ID: 0029_pg14_team_fixes
Revises: 0028_match14_withdrawn
Create Date: 2026-12-03

On a team database (`colead team init`, db/team_sql.py):
* the `colead_statement_people` trigger took any change of a statement back to 'approved' for an approval:
  withdrawing a run rewrote approved_by to the login that withdrew it, and refused the clerk who had computed the
  statements. The function is replaced by the one that approves only a draft becoming approved;
* an administrator could not create or copy a programme, nor edit its payer: their audit rows go to payment_audit,
  which only accounting could write. Every writer of the payment setup now adds (only adds) its rows.
Where `team init` never ran (SQLite, or PostgreSQL with no team) there is no such function and nothing changes.
`team init` run again after the upgrade does the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from colead_desktop.db.team_sql import STATEMENT_PEOPLE, grants
from colead_desktop.domain.team import Role

revision = '0029_pg14_team_fixes'
down_revision = '0028_match14_withdrawn'
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


def _team_sequence() -> str | None:
    """The sequence behind payment_audit.id on a team database, "" when it has none; None with no team."""
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return None
    if bind.execute(sa.text("SELECT to_regprocedure('colead_statement_people()')")).scalar() is None:
        return None
    return str(bind.execute(sa.text("SELECT pg_get_serial_sequence('payment_audit', 'id')")).scalar() or "")


def upgrade() -> None:
    sequence = _team_sequence()
    if sequence is None:
        return
    for statement in [STATEMENT_PEOPLE, *grants("payment_audit", sequence or None)]:
        op.execute(statement)


def downgrade() -> None:
    sequence = _team_sequence()
    if sequence is None:
        return
    op.execute(_BEFORE)
    op.execute(f'REVOKE INSERT ON "payment_audit" FROM {Role.ADMIN.group}')
    if sequence:
        op.execute(f"REVOKE USAGE, SELECT ON SEQUENCE {sequence} FROM {Role.ADMIN.group}")
