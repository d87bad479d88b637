"""every programme has its two calls (募集); a call's threshold (合格基準)

Revision ID: 0021_calls
Revises: 0020_off16
Create Date: 2026-12-03

Calls used to be made from the FY2021 seed when first read, so opening the calls page wrote, and a viewer's
login was refused. Programmes now get their calls when they are made (services/calls.add_calls); this gives the
programmes made before their missing calls, from the same seed. A call may now have a threshold (issue 19 item
3: weights, threshold and bonus treatment editable): a nullable column, none by default.
"""

from __future__ import annotations

from dataclasses import asdict

import sqlalchemy as sa
from alembic import op

from colead_desktop.domain.calls import CallKind, seed_call

revision = '0021_calls'
down_revision = '0020_off16'
branch_labels = None
depends_on = None

_CALL = sa.table('recruit_call', sa.column('programme_id', sa.Integer()), sa.column('kind', sa.String()),
                 sa.column('title', sa.String()), sa.column('deadline', sa.DateTime()),
                 sa.column('conditions', sa.JSON()), sa.column('questions', sa.JSON()), sa.column('items', sa.JSON()))


def upgrade() -> None:
    with op.batch_alter_table('recruit_call', schema=None) as batch_op:
        batch_op.add_column(sa.Column('threshold', sa.Numeric(precision=7, scale=2), nullable=True))
    bind = op.get_bind()
    have = {(row[0], row[1]) for row in bind.execute(sa.text("SELECT programme_id, kind FROM recruit_call"))}
    rows = []
    for (programme_id,) in bind.execute(sa.text("SELECT id FROM programme ORDER BY id")):
        for kind in CallKind:
            if (programme_id, kind.value) not in have:
                call = seed_call(programme_id, kind)
                rows.append({"programme_id": programme_id, "kind": kind.value, "title": call.title, "deadline": None,
                             # the texts alone, as conditions were stored then (0027 gives them keys)
                             "conditions": [c.text for c in call.conditions],
                             "questions": [asdict(q) for q in call.questions],
                             "items": [asdict(i) for i in call.items]})
    if rows:
        op.bulk_insert(_CALL, rows)


def downgrade() -> None:
    # The calls made here cannot be told from calls made by the app: the earlier schema keeps them as they are.
    with op.batch_alter_table('recruit_call', schema=None) as batch_op:
        batch_op.drop_column('threshold')
