"""record identity: a uuid per core record, and ids never reused on SQLite

Revision ID: 0007_record_identity
Revises: 0001
Create Date: 2026-12-02

Undo finds its row by `uuid`, so it can never write onto another record that got the same id. On SQLite
the tables are rebuilt with AUTOINCREMENT (a table's rowid allocation cannot be changed in place); the
rebuild copies every row with its id, and sqlite_sequence starts after the largest copied id. An id
deleted before this migration above the largest remaining one can still be handed out once more: SQLite
kept no record of it.

The rebuild drops each old table. With foreign keys ON, SQLite would run an implicit DELETE on the old
table first, cascading into (or failing on) the rows that refer to it, so the upgrade must run with
`PRAGMA foreign_keys=OFF` (migrate() does, and checks `PRAGMA foreign_key_check` before committing). The
migration refuses to rebuild a non-empty table with foreign keys ON rather than lose rows.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from uuid import uuid4

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision = '0007_record_identity'
down_revision = '0001'
branch_labels = None
depends_on = None

# Parents before children (order matters to nothing with foreign keys off, but reads naturally).
TABLES = ('programme', 'region', 'company', 'talent', 'venue', 'event', 'staff', 'participation')


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def _refuse_rebuild_with_foreign_keys_on() -> None:
    bind = op.get_bind()
    if bind.exec_driver_sql('PRAGMA foreign_keys').scalar() != 1:
        return
    for table in TABLES:
        if bind.exec_driver_sql(f'SELECT 1 FROM {table} LIMIT 1').first() is not None:
            raise RuntimeError(
                f'0007_record_identity rebuilds {table}; with foreign keys ON that would delete or break the '
                'rows referring to it. Run the migration with PRAGMA foreign_keys=OFF.')


def _rebuild(table: str, autoincrement: bool) -> AbstractContextManager[BatchOperations]:
    """A batch that rebuilds the table on SQLite (with or without AUTOINCREMENT), plain ALTERs elsewhere."""
    if _is_sqlite():
        return op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement})
    return op.batch_alter_table(table)


def upgrade() -> None:
    if _is_sqlite():
        _refuse_rebuild_with_foreign_keys_on()
    bind = op.get_bind()
    for table in TABLES:
        op.add_column(table, sa.Column('uuid', sa.String(length=36), nullable=True))
        rows = sa.table(table, sa.column('id', sa.Integer()), sa.column('uuid', sa.String(36)))
        ids = bind.execute(sa.select(rows.c.id)).scalars().all()
        if ids:
            bind.execute(rows.update().where(rows.c.id == sa.bindparam('row_id')).values(uuid=sa.bindparam('new')),
                         [{'row_id': row_id, 'new': str(uuid4())} for row_id in ids])
        with _rebuild(table, autoincrement=True) as batch_op:
            batch_op.alter_column('uuid', existing_type=sa.String(length=36), nullable=False)
            batch_op.create_unique_constraint(batch_op.f(f'uq_{table}_uuid'), ['uuid'])


def downgrade() -> None:
    if _is_sqlite():
        _refuse_rebuild_with_foreign_keys_on()
    for table in reversed(TABLES):
        with _rebuild(table, autoincrement=False) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'uq_{table}_uuid'), type_='unique')
            batch_op.drop_column('uuid')
