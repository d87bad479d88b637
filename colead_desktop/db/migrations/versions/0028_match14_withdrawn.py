"""selection: 辞退 (withdrawn) decisions, a decision remembers it made a participant and the letter sent for it;
an application keeps the talent's career stage, employment and wished region when the form asks them

Revision ID: 0028_match14_withdrawn
Revises: 0027_calls14_condition_keys
Create Date: 2026-12-03

A decision may be 'withdrawn' (辞退): make-participants skips it and its letter confirms the withdrawal. `made`
stays true once a participant was made from the decision, even when that talent or region is deleted on purpose
(talent_id / region_id go NULL), so make-participants does not make them again; decisions that made one before
get it. `letter_for` is the decision the last letter told, so `calls letters` writes only new or changed ones.
`profile` holds what the form said of career stage, employment and region ({} when it did not ask).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0028_match14_withdrawn'
down_revision = '0027_calls14_condition_keys'
branch_labels = None
depends_on = None

OLD_DECISION = "decision IN ('selected', 'reserve', 'rejected')"
NEW_DECISION = "decision IN ('selected', 'reserve', 'rejected', 'withdrawn')"


def upgrade() -> None:
    with op.batch_alter_table('recruit_application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('profile', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
    with op.batch_alter_table('selection_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('made', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('letter_for', sa.String(length=10), nullable=True))
        batch_op.drop_constraint(op.f('ck_selection_decision_decision'), type_='check')
        batch_op.create_check_constraint(op.f('ck_selection_decision_decision'), sa.text(NEW_DECISION))
    op.execute(sa.text("UPDATE selection_decision SET made = :yes "
                       "WHERE talent_id IS NOT NULL OR region_id IS NOT NULL").bindparams(yes=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM selection_decision WHERE decision = 'withdrawn'")).first() is not None:
        raise RuntimeError("0028_match14_withdrawn: some applications are withdrawn (辞退); the older schema cannot "
                           "hold that decision, and changing it would rewrite the decision log's meaning.")
    with op.batch_alter_table('selection_decision', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_selection_decision_decision'), type_='check')
        batch_op.create_check_constraint(op.f('ck_selection_decision_decision'), sa.text(OLD_DECISION))
        batch_op.drop_column('letter_for')
        batch_op.drop_column('made')
    with op.batch_alter_table('recruit_application', schema=None) as batch_op:
        batch_op.drop_column('profile')
