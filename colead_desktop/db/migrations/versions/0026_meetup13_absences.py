"""round tables: a talent absent from every round is recorded (rounds []), apart from a talent new to the setup

Revision ID: 0026_meetup13_absences
Revises: 0025_money11, 0004_meetup
Create Date: 2026-12-03

Before, a talent unticked in every round of 出欠・希望 lost their roundtable_talent row, exactly like a talent who
joined the programme after the round tables were planned; 再計画 now seats the second kind. Every programme talent
without a row in an existing setup was shown as 不参加 (absent): they get a row with no rounds, so they stay absent.
The way back deletes those rows, which the older code reads as it did before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0026_meetup13_absences'
down_revision = ('0025_money11', '0004_meetup')  # it reads programme_talent (0008) and the round tables (0004)
branch_labels = None
depends_on = None

_TALENT_ROWS = sa.table('roundtable_talent', sa.column('id', sa.Integer), sa.column('event_id', sa.Integer),
                        sa.column('talent_id', sa.Integer), sa.column('position', sa.Integer),
                        sa.column('rounds', sa.JSON))


def upgrade() -> None:
    bind = op.get_bind()
    missing = bind.execute(sa.text(
        "SELECT s.event_id, pt.talent_id FROM roundtable_setup s JOIN event e ON e.id = s.event_id "
        "JOIN programme_talent pt ON pt.programme_id = e.programme_id "
        "WHERE NOT EXISTS (SELECT 1 FROM roundtable_talent r WHERE r.event_id = s.event_id "
        "AND r.talent_id = pt.talent_id) ORDER BY s.event_id, pt.talent_id")).all()
    last: dict[int, int | None] = dict(bind.execute(sa.text(
        "SELECT event_id, MAX(position) FROM roundtable_talent GROUP BY event_id")).all())
    rows = []
    for event_id, talent_id in missing:
        before = last.get(event_id)
        last[event_id] = position = 0 if before is None else before + 1
        rows.append({"event_id": event_id, "talent_id": talent_id, "position": position, "rounds": []})
    if rows:
        op.bulk_insert(_TALENT_ROWS, rows)


def downgrade() -> None:
    bind = op.get_bind()
    absent = [row.id for row in bind.execute(sa.select(_TALENT_ROWS.c.id, _TALENT_ROWS.c.rounds))
              if row.rounds == []]
    if absent:
        bind.execute(_TALENT_ROWS.delete().where(_TALENT_ROWS.c.id.in_(absent)))
