"""calls: conditions get stable keys (c1…) and applications keep their ticks under them, not by position

Revision ID: 0027_calls14_condition_keys
Revises: 0026_meetup13_absences
Create Date: 2026-12-03

A call's conditions were a list of texts and each application's ticks a list in the same order, so moving,
inserting or removing a condition after applications came in read every later tick against another condition
(review 14b item 4). Conditions become [{key, text}] numbered in their current order (c1…, the keys the import
mapping already used), and ticks {key: ticked}, a position without a tick (no column in the form) left out. The
way back writes the ticks in the order of the call's conditions then, dropping those of removed conditions.
Both tables in the one migration transaction (migrations/env.py): a failure leaves both as they were.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0027_calls14_condition_keys'
down_revision = '0026_meetup13_absences'
branch_labels = None
depends_on = None

_CALLS = sa.table('recruit_call', sa.column('id', sa.Integer), sa.column('conditions', sa.JSON))
_APPLICATIONS = sa.table('recruit_application', sa.column('id', sa.Integer), sa.column('call_id', sa.Integer),
                         sa.column('conditions', sa.JSON))


def upgrade() -> None:
    bind = op.get_bind()
    for row in bind.execute(sa.select(_CALLS.c.id, _CALLS.c.conditions)).all():
        keyed = [{"key": f"c{n}", "text": text} for n, text in enumerate(row.conditions or [], start=1)]
        bind.execute(_CALLS.update().where(_CALLS.c.id == row.id).values(conditions=keyed))
    for row in bind.execute(sa.select(_APPLICATIONS.c.id, _APPLICATIONS.c.conditions)).all():
        ticks = {f"c{n}": tick for n, tick in enumerate(row.conditions or [], start=1) if tick is not None}
        bind.execute(_APPLICATIONS.update().where(_APPLICATIONS.c.id == row.id).values(conditions=ticks))


def downgrade() -> None:
    bind = op.get_bind()
    keys: dict[int, list[str]] = {}
    for row in bind.execute(sa.select(_CALLS.c.id, _CALLS.c.conditions)).all():
        conditions: list[dict[str, Any]] = row.conditions or []
        keys[row.id] = [c["key"] for c in conditions]
        bind.execute(_CALLS.update().where(_CALLS.c.id == row.id).values(conditions=[c["text"] for c in conditions]))
    for app in bind.execute(sa.select(_APPLICATIONS.c.id, _APPLICATIONS.c.call_id, _APPLICATIONS.c.conditions)).all():
        ticks: dict[str, bool] = app.conditions or {}
        bind.execute(_APPLICATIONS.update().where(_APPLICATIONS.c.id == app.id).values(
            conditions=[ticks.get(key) for key in keys.get(app.call_id, [])]))
