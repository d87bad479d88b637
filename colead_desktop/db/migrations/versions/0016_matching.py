"""matching: wishes, SMEs, fixed and forbidden pairs, pairs and their log

Revision ID: 0016_matching
Revises: 0015_versions
Create Date: 2026-12-02

Issue 19 item 5: per programme, the talents' ranked SME wishes, the labs' ranked talent wishes per SME, the SMEs
taking part with their capacity and wanted skills, fixed and forbidden pairs, and the pairs with their status
(候補 → 意見交換会 → 合意 → NDA締結 → 活動中 → 終了/解消) and the log of every change. New tables only: nothing
existing changes, and the way back drops them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0016_matching'
down_revision = '0015_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('matching_company',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('wants_skills', sa.JSON(), nullable=False),
    sa.CheckConstraint('capacity >= 0', name=op.f('ck_matching_company_capacity_not_negative')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_matching_company_company_id_company'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_matching_company_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_id', 'company_id', name=op.f('pk_matching_company'))
    )
    op.create_table('matching_company_wish',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.CheckConstraint('rank >= 1', name=op.f('ck_matching_company_wish_rank_positive')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_matching_company_wish_company_id_company'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_matching_company_wish_programme_id_programme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'], name=op.f('fk_matching_company_wish_talent_id_talent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matching_company_wish')),
    sa.UniqueConstraint('programme_id', 'company_id', 'rank', name='uq_matching_company_wish_rank'),
    sa.UniqueConstraint('programme_id', 'company_id', 'talent_id', name='uq_matching_company_wish_pair')
    )
    with op.batch_alter_table('matching_company_wish', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matching_company_wish_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_company_wish_talent_id'), ['talent_id'], unique=False)

    op.create_table('matching_pair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('candidate', 'exchange', 'agreed', 'nda', 'active', 'ended', 'dissolved')", name=op.f('ck_matching_pair_status')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_matching_pair_company_id_company'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_matching_pair_programme_id_programme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaces_id'], ['matching_pair.id'], name=op.f('fk_matching_pair_replaces_id_matching_pair'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'], name=op.f('fk_matching_pair_talent_id_talent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matching_pair'))
    )
    with op.batch_alter_table('matching_pair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matching_pair_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_pair_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_pair_talent_id'), ['talent_id'], unique=False)

    op.create_table('matching_rule',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.CheckConstraint("kind IN ('fixed', 'forbidden')", name=op.f('ck_matching_rule_kind')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_matching_rule_company_id_company'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_matching_rule_programme_id_programme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'], name=op.f('fk_matching_rule_talent_id_talent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_id', 'talent_id', 'company_id', name=op.f('pk_matching_rule'))
    )
    op.create_table('matching_talent_wish',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.CheckConstraint('rank >= 1', name=op.f('ck_matching_talent_wish_rank_positive')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_matching_talent_wish_company_id_company'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_matching_talent_wish_programme_id_programme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'], name=op.f('fk_matching_talent_wish_talent_id_talent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matching_talent_wish')),
    sa.UniqueConstraint('programme_id', 'talent_id', 'company_id', name='uq_matching_talent_wish_pair'),
    sa.UniqueConstraint('programme_id', 'talent_id', 'rank', name='uq_matching_talent_wish_rank')
    )
    with op.batch_alter_table('matching_talent_wish', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matching_talent_wish_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_talent_wish_talent_id'), ['talent_id'], unique=False)

    op.create_table('matching_pair_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=10), nullable=True),
    sa.Column('to_status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['pair_id'], ['matching_pair.id'], name=op.f('fk_matching_pair_log_pair_id_matching_pair'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matching_pair_log'))
    )
    with op.batch_alter_table('matching_pair_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matching_pair_log_pair_id'), ['pair_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('matching_pair_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matching_pair_log_pair_id'))

    op.drop_table('matching_pair_log')
    with op.batch_alter_table('matching_talent_wish', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matching_talent_wish_talent_id'))
        batch_op.drop_index(batch_op.f('ix_matching_talent_wish_company_id'))

    op.drop_table('matching_talent_wish')
    op.drop_table('matching_rule')
    with op.batch_alter_table('matching_pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matching_pair_talent_id'))
        batch_op.drop_index(batch_op.f('ix_matching_pair_programme_id'))
        batch_op.drop_index(batch_op.f('ix_matching_pair_company_id'))

    op.drop_table('matching_pair')
    with op.batch_alter_table('matching_company_wish', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matching_company_wish_talent_id'))
        batch_op.drop_index(batch_op.f('ix_matching_company_wish_company_id'))

    op.drop_table('matching_company_wish')
    op.drop_table('matching_company')
