"""calls (募集) and applications

Revision ID: 0020_call19
Revises: 0020_budget18
Create Date: 2026-12-02

Issue 19 items 1–4: per programme a call for regions and one for talents (conditions, questions, scoring items,
deadline), the applications imported from the web form's export, the reviewers and their reviews, the decisions and their log. New tables only; the way back drops them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020_call19'
down_revision = '0020_budget18'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recruit_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('deadline', sa.DateTime(), nullable=True),
    sa.Column('conditions', sa.JSON(), nullable=False),
    sa.Column('questions', sa.JSON(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_recruit_call_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruit_call')),
    sa.UniqueConstraint('programme_id', 'kind', name='uq_recruit_call_kind')
    )
    with op.batch_alter_table('recruit_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruit_call_programme_id'), ['programme_id'], unique=False)

    op.create_table('recruit_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('identity', sa.String(length=254), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('conditions', sa.JSON(), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('unmet', sa.Boolean(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['recruit_call.id'], name=op.f('fk_recruit_application_call_id_recruit_call'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruit_application')),
    sa.UniqueConstraint('call_id', 'identity', name='uq_recruit_application_identity')
    )
    with op.batch_alter_table('recruit_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruit_application_call_id'), ['call_id'], unique=False)

    op.create_table('screening_reviewer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['recruit_call.id'], name=op.f('fk_screening_reviewer_call_id_recruit_call'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screening_reviewer'))
    )
    with op.batch_alter_table('screening_reviewer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screening_reviewer_call_id'), ['call_id'], unique=False)

    op.create_table('screening_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.Column('conflict_note', sa.Text(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('comments', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['recruit_application.id'], name=op.f('fk_screening_review_application_id_recruit_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_id'], ['screening_reviewer.id'], name=op.f('fk_screening_review_reviewer_id_screening_reviewer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screening_review')),
    sa.UniqueConstraint('reviewer_id', 'application_id', name='uq_screening_review_pair')
    )
    with op.batch_alter_table('screening_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screening_review_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_screening_review_reviewer_id'), ['reviewer_id'], unique=False)

    op.create_table('selection_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("decision IN ('selected', 'reserve', 'rejected')", name=op.f('ck_selection_decision_decision')),
    sa.ForeignKeyConstraint(['application_id'], ['recruit_application.id'], name=op.f('fk_selection_decision_application_id_recruit_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_selection_decision_region_id_region'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'], name=op.f('fk_selection_decision_talent_id_talent'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selection_decision')),
    sa.UniqueConstraint('application_id', name=op.f('uq_selection_decision_application_id'))
    )
    op.create_table('selection_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('from_decision', sa.String(length=10), nullable=True),
    sa.Column('to_decision', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['recruit_application.id'], name=op.f('fk_selection_log_application_id_recruit_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selection_log'))
    )
    with op.batch_alter_table('selection_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_selection_log_application_id'), ['application_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('selection_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_selection_log_application_id'))
    op.drop_table('selection_log')
    op.drop_table('selection_decision')
    with op.batch_alter_table('screening_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screening_review_reviewer_id'))
        batch_op.drop_index(batch_op.f('ix_screening_review_application_id'))
    op.drop_table('screening_review')
    with op.batch_alter_table('screening_reviewer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screening_reviewer_call_id'))
    op.drop_table('screening_reviewer')
    with op.batch_alter_table('recruit_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recruit_application_call_id'))
    op.drop_table('recruit_application')
    with op.batch_alter_table('recruit_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recruit_call_programme_id'))
    op.drop_table('recruit_call')
