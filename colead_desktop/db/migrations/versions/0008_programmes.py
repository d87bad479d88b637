"""programmes: regions and talents shared across programmes, their participation per programme

Revision ID: 0008_programmes
Revises: 0007_record_identity, 0006_statement_guard, 0005_tour_checks
Create Date: 2026-12-10

Before, every region and talent belonged to one programme. Now a region or talent is one record shared by
every programme (fiscal year) it takes part in: `programme_region` says which regions take part in which
programme, `programme_talent` holds a talent's participation (assigned region, wishes, motivation). Payment
days, expenses and statements get the programme they were paid in, taken from the talent's old programme.

Older versions created an empty 「新しいプログラム」 whenever a database had no programme, beside which the demo
then loaded its own. Such a programme with nothing of its own (no regions, talents, events, payer, statements)
is removed here, with the policy and check settings the app may have made for it on its own; one holding any
record stays, so the user's work is kept and both programmes are shown. The programme the demo loader made
(named ふるさと Co-LEAD, FY2021) or any programme named as a demo (「デモ」) is marked `is_demo`.

A tour gets the programme it belongs to: its event's; a tour linked to no event goes to the user's programme
of the newest fiscal year (the demo's tours are all linked to its events), which is the programme the app showed
it in. A statement number is unique within its programme ((programme_id, statement_no)), each programme counting
its own numbers without gaps: a statement is known by its programme (the payer, 事業名 and contract number it
prints) and its number, so two programmes of one fiscal year both start at 2026-0001 instead of one skipping
the numbers the other took. The downgrade refuses a database where two programmes share a number.

The talent and region tables are rebuilt on SQLite without their old columns, as 0007 rebuilds them (same
AUTOINCREMENT, run with foreign keys OFF by migrate()). The downgrade puts each talent back into its earliest
participation and each region into its earliest programme: a second participation is lost.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from uuid import uuid4

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision = '0008_programmes'
# It moves rows of the payment (0006) and tour-check (0005) branches too, so it merges them: it must run after
# them, and a database at this revision has all three.
down_revision = ('0007_record_identity', '0006_statement_guard', '0005_tour_checks')
branch_labels = None
depends_on = None

AUTO_CREATED_NAME = '新しいプログラム'
DEMO_LOADER_NAME, DEMO_LOADER_YEAR = 'ふるさと Co-LEAD', 2021
STATEMENT_NO_UNIQUE = 'uq_payment_statement_programme_no'
PAYMENT_TABLES = ('payment_tour_day', 'payment_work_day', 'payment_expense', 'payment_statement')
# What makes a programme the user's work (the policy and check settings the app may write on its own do not).
OWNED_BY_PROGRAMME = ('region', 'talent', 'event', 'tour', 'payment_payer', 'statement_counter')


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def _batch(table: str, autoincrement: bool = False) -> AbstractContextManager[BatchOperations]:
    if _is_sqlite():
        kwargs = {'sqlite_autoincrement': True} if autoincrement else {}
        return op.batch_alter_table(table, recreate='always', table_kwargs=kwargs)
    return op.batch_alter_table(table)


def _remove_empty_auto_created(bind: sa.Connection) -> None:
    owned = ' AND '.join(f'NOT EXISTS (SELECT 1 FROM {t} WHERE {t}.programme_id = programme.id)'
                         for t in OWNED_BY_PROGRAMME)
    empty = bind.execute(sa.text(
        f"SELECT id FROM programme WHERE name = :name AND secretariat = '' AND ministry = '' AND {owned}"),
        {'name': AUTO_CREATED_NAME}).scalars().all()
    for programme_id in empty:
        for table in ('payment_rate', ):  # rates hang off the programme's policy rows
            bind.execute(sa.text(f'DELETE FROM {table} WHERE policy_id IN '
                                 '(SELECT id FROM payment_policy WHERE programme_id = :p)'), {'p': programme_id})
        for table in ('payment_policy', 'tour_check_settings'):
            bind.execute(sa.text(f'DELETE FROM {table} WHERE programme_id = :p'), {'p': programme_id})
        bind.execute(sa.text('DELETE FROM programme WHERE id = :p'), {'p': programme_id})


def _give_tours_a_programme(bind: sa.Connection) -> None:
    op.add_column('tour', sa.Column('programme_id', sa.Integer(), nullable=True))
    bind.execute(sa.text('UPDATE tour SET programme_id = (SELECT programme_id FROM event WHERE event.id = tour.event_id)'))
    users_newest = bind.execute(sa.text('SELECT id FROM programme ORDER BY is_demo, fiscal_year DESC, id DESC')).first()
    if users_newest is not None:
        bind.execute(sa.text('UPDATE tour SET programme_id = :p WHERE programme_id IS NULL'), {'p': users_newest[0]})
    with _batch('tour') as batch_op:
        batch_op.alter_column('programme_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_tour_programme_id_programme'), 'programme',
                                    ['programme_id'], ['id'], ondelete='CASCADE')


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table('programme') as batch_op:
        batch_op.add_column(sa.Column('is_demo', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table('programme_region',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                            name=op.f('fk_programme_region_programme_id_programme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'],
                            name=op.f('fk_programme_region_region_id_region'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_id', 'region_id', name=op.f('pk_programme_region'))
    )
    op.create_table('programme_talent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=False),
    sa.Column('assigned_region_id', sa.Integer(), nullable=True),
    sa.Column('region_preferences', sa.JSON(), nullable=False),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['assigned_region_id'], ['region.id'],
                            name=op.f('fk_programme_talent_assigned_region_id_region')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                            name=op.f('fk_programme_talent_programme_id_programme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'],
                            name=op.f('fk_programme_talent_talent_id_talent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_talent')),
    sa.UniqueConstraint('programme_id', 'talent_id', name='uq_programme_talent_programme_talent'),
    sa.UniqueConstraint('uuid', name=op.f('uq_programme_talent_uuid')),
    sqlite_autoincrement=True
    )

    bind.execute(sa.text('UPDATE programme SET is_demo = :yes WHERE name LIKE :demo '
                         'OR (name = :loader AND fiscal_year = :year)'),
                 {'yes': True, 'demo': '%デモ%', 'loader': DEMO_LOADER_NAME, 'year': DEMO_LOADER_YEAR})
    _give_tours_a_programme(bind)  # before the removal: a programme holding tours is the user's work
    _remove_empty_auto_created(bind)
    bind.execute(sa.text('INSERT INTO programme_region (programme_id, region_id) SELECT programme_id, id FROM region'))
    talents = sa.table('talent', sa.column('id', sa.Integer()), sa.column('programme_id', sa.Integer()),
                       sa.column('assigned_region_id', sa.Integer()), sa.column('region_preferences', sa.JSON()),
                       sa.column('motivation', sa.Text()))
    rows = bind.execute(sa.select(talents).order_by(talents.c.id)).all()
    if rows:
        op.bulk_insert(sa.table('programme_talent', sa.column('programme_id', sa.Integer()),
                                sa.column('talent_id', sa.Integer()), sa.column('assigned_region_id', sa.Integer()),
                                sa.column('region_preferences', sa.JSON()), sa.column('motivation', sa.Text()),
                                sa.column('uuid', sa.String(36))),
                       [{'programme_id': r.programme_id, 'talent_id': r.id, 'assigned_region_id': r.assigned_region_id,
                         'region_preferences': r.region_preferences or [], 'motivation': r.motivation,
                         'uuid': str(uuid4())} for r in rows])

    for table in PAYMENT_TABLES:
        op.add_column(table, sa.Column('programme_id', sa.Integer(), nullable=True))
        bind.execute(sa.text(f'UPDATE {table} SET programme_id = '
                             f'(SELECT programme_id FROM talent WHERE talent.id = {table}.talent_id)'))
        with _batch(table) as batch_op:
            batch_op.alter_column('programme_id', existing_type=sa.Integer(), nullable=False)
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_programme_id_programme'), 'programme',
                                        ['programme_id'], ['id'], ondelete='CASCADE')
            if table == 'payment_statement':
                batch_op.drop_constraint('uq_payment_statement_statement_no', type_='unique')
                batch_op.create_unique_constraint(STATEMENT_NO_UNIQUE, ['programme_id', 'statement_no'])

    with _batch('talent', autoincrement=True) as batch_op:
        batch_op.drop_constraint('fk_talent_programme_id_programme', type_='foreignkey')
        batch_op.drop_constraint('fk_talent_assigned_region_id_region', type_='foreignkey')
        for column in ('programme_id', 'assigned_region_id', 'region_preferences', 'motivation'):
            batch_op.drop_column(column)
    with _batch('region', autoincrement=True) as batch_op:
        batch_op.drop_constraint('fk_region_programme_id_programme', type_='foreignkey')
        batch_op.drop_column('programme_id')


def downgrade() -> None:
    bind = op.get_bind()
    fallback = bind.execute(sa.text('SELECT min(id) FROM programme')).scalar()
    with op.batch_alter_table('region') as batch_op:
        batch_op.add_column(sa.Column('programme_id', sa.Integer(), nullable=True))
    bind.execute(sa.text('UPDATE region SET programme_id = coalesce((SELECT min(programme_id) FROM programme_region '
                         'WHERE region_id = region.id), :fallback)'), {'fallback': fallback})
    with _batch('region', autoincrement=True) as batch_op:
        batch_op.alter_column('programme_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_region_programme_id_programme'), 'programme',
                                    ['programme_id'], ['id'])

    with op.batch_alter_table('talent') as batch_op:
        batch_op.add_column(sa.Column('programme_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('region_preferences', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('assigned_region_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('motivation', sa.Text(), nullable=True))
    first = ('(SELECT {c} FROM programme_talent WHERE programme_talent.talent_id = talent.id '
             'ORDER BY programme_talent.programme_id LIMIT 1)')
    bind.execute(sa.text(
        f"UPDATE talent SET programme_id = coalesce({first.format(c='programme_id')}, :fallback), "
        f"region_preferences = coalesce({first.format(c='region_preferences')}, '[]'), "
        f"assigned_region_id = {first.format(c='assigned_region_id')}, "
        f"motivation = coalesce({first.format(c='motivation')}, '')"), {'fallback': fallback})
    with _batch('talent', autoincrement=True) as batch_op:
        batch_op.alter_column('programme_id', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('region_preferences', existing_type=sa.JSON(), nullable=False)
        batch_op.alter_column('motivation', existing_type=sa.Text(), nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_talent_programme_id_programme'), 'programme',
                                    ['programme_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_talent_assigned_region_id_region'), 'region',
                                    ['assigned_region_id'], ['id'])

    shared = bind.execute(sa.text('SELECT statement_no FROM payment_statement GROUP BY statement_no '
                                  'HAVING count(*) > 1 ORDER BY statement_no')).scalars().all()
    if shared:
        raise RuntimeError(f'statement numbers used by two programmes cannot be made unique again: {list(shared)}')
    for table in PAYMENT_TABLES:
        with _batch(table) as batch_op:
            if table == 'payment_statement':
                batch_op.drop_constraint(STATEMENT_NO_UNIQUE, type_='unique')
                batch_op.create_unique_constraint(batch_op.f('uq_payment_statement_statement_no'), ['statement_no'])
            batch_op.drop_constraint(f'fk_{table}_programme_id_programme', type_='foreignkey')
            batch_op.drop_column('programme_id')
    with _batch('tour') as batch_op:
        batch_op.drop_constraint('fk_tour_programme_id_programme', type_='foreignkey')
        batch_op.drop_column('programme_id')
    op.drop_table('programme_talent')
    op.drop_table('programme_region')
    with op.batch_alter_table('programme') as batch_op:
        batch_op.drop_column('is_demo')
