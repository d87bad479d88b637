"""core tables

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('secretariat', sa.String(length=200), nullable=False),
    sa.Column('ministry', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme'))
    )
    op.create_table('region',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('prefecture', sa.String(length=20), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('lab_name', sa.String(length=200), nullable=False),
    sa.Column('issues', sa.Text(), nullable=False),
    sa.Column('past_initiatives', sa.Text(), nullable=False),
    sa.Column('attractions', sa.Text(), nullable=False),
    sa.Column('gateway_name', sa.String(length=100), nullable=False),
    sa.Column('gateway_lat', sa.Float(), nullable=True),
    sa.Column('gateway_lon', sa.Float(), nullable=True),
    sa.Column('data_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_region_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region'))
    )
    op.create_table('company',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('industry', sa.String(length=100), nullable=False),
    sa.Column('postal_code', sa.String(length=8), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('contact_name', sa.String(length=100), nullable=False),
    sa.Column('contact_email', sa.String(length=200), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('opens', sa.String(length=5), nullable=False),
    sa.Column('closes', sa.String(length=5), nullable=False),
    sa.Column('closed_weekdays', sa.JSON(), nullable=False),
    sa.Column('tour_role', sa.Text(), nullable=False),
    sa.Column('project_summary', sa.Text(), nullable=False),
    sa.Column('b1_checklist', sa.JSON(), nullable=False),
    sa.Column('b3_profile', sa.JSON(), nullable=False),
    sa.Column('data_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_company_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company'))
    )
    op.create_table('talent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kana', sa.String(length=100), nullable=False),
    sa.Column('affiliation', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('home_city', sa.String(length=100), nullable=False),
    sa.Column('gateway', sa.String(length=100), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('career_stage', sa.String(length=10), nullable=False),
    sa.Column('employment', sa.String(length=10), nullable=False),
    sa.Column('strong_areas', sa.JSON(), nullable=False),
    sa.Column('region_preferences', sa.JSON(), nullable=False),
    sa.Column('assigned_region_id', sa.Integer(), nullable=True),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('data_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_region_id'], ['region.id'], name=op.f('fk_talent_assigned_region_id_region')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_talent_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talent'))
    )
    op.create_table('venue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('venue_type', sa.String(length=20), nullable=False),
    sa.Column('postal_code', sa.String(length=8), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('facilities', sa.JSON(), nullable=False),
    sa.Column('transit_access', sa.Text(), nullable=False),
    sa.Column('free_of_charge', sa.Boolean(), nullable=False),
    sa.Column('opens', sa.String(length=5), nullable=False),
    sa.Column('closes', sa.String(length=5), nullable=False),
    sa.Column('closed_weekdays', sa.JSON(), nullable=False),
    sa.Column('data_note', sa.Text(), nullable=False),
    sa.CheckConstraint('capacity >= 1', name=op.f('ck_venue_capacity_positive')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_venue_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue'))
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('event_format', sa.String(length=10), nullable=False),
    sa.Column('tool', sa.String(length=100), nullable=False),
    sa.Column('join_url', sa.String(length=500), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('data_note', sa.Text(), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_event_ends_after_start')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_event_programme_id_programme')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_event_region_id_region')),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_event_venue_id_venue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('organisation', sa.String(length=20), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('data_note', sa.Text(), nullable=False),
    sa.CheckConstraint("organisation IN ('lab', 'sme', 'secretariat', 'ministry', 'other')", name=op.f('ck_staff_organisation')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_staff_company_id_company')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_staff_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    op.create_table('participation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('talent_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=50), nullable=False),
    sa.Column('attendance', sa.String(length=10), nullable=False),
    sa.CheckConstraint("attendance IN ('planned', 'attended', 'absent')", name=op.f('ck_participation_attendance')),
    sa.CheckConstraint('(talent_id IS NULL) <> (staff_id IS NULL)', name=op.f('ck_participation_one_person')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_participation_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_participation_staff_id_staff')),
    sa.ForeignKeyConstraint(['talent_id'], ['talent.id'], name=op.f('fk_participation_talent_id_talent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation'))
    )


def downgrade() -> None:
    op.drop_table('participation')
    op.drop_table('staff')
    op.drop_table('event')
    op.drop_table('venue')
    op.drop_table('talent')
    op.drop_table('company')
    op.drop_table('region')
    op.drop_table('programme')
