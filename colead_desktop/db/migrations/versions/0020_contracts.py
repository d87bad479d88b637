"""contracts: NDAs and rights agreements per talent–SME pair

Revision ID: 0020_contracts
Revises: 0019_team_region
Create Date: 2026-12-03

Issue 19 item 6: each pair's contracts with their sent, signed and expiry dates, signatories and the signed PDF
(by its SHA-256 in the attachment store).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020_contracts'
down_revision = '0019_team_region'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'pair_contract',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('pair_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=True),
        sa.Column('signed_on', sa.Date(), nullable=True),
        sa.Column('expires_on', sa.Date(), nullable=True),
        sa.Column('signatories', sa.Text(), nullable=False),
        sa.Column('document_sha256', sa.String(length=64), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.CheckConstraint("kind IN ('nda', 'rights')", name=op.f('ck_pair_contract_kind')),
        sa.ForeignKeyConstraint(['pair_id'], ['matching_pair.id'], name=op.f('fk_pair_contract_pair_id_matching_pair'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_pair_contract')),
    )
    op.create_index(op.f('ix_pair_contract_pair_id'), 'pair_contract', ['pair_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_pair_contract_pair_id'), table_name='pair_contract')
    op.drop_table('pair_contract')
