"""The transactional outbox: derived work (the doelgroeptoets) done by the worker after commit

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

A request that changes what a derivation reads writes a job in its own transaction; the worker
(api/worker) does the jobs in batches and removes them. The API's role may write and remove
jobs like any domain row.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

API_ROLE = "aanwas_api"


def upgrade() -> None:
    op.create_table(
        'outbox',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('soort', sa.String(length=40), nullable=False),
        sa.Column('sleutel', sa.String(length=36), nullable=False),
        sa.Column('aanleiding', sa.String(length=60), nullable=False),
        sa.Column('request_id', sa.String(length=36), nullable=False),
        sa.Column('client_id', sa.String(length=64), nullable=True),
        sa.Column('org', sa.String(length=40), nullable=True),
        sa.Column('roles', sa.JSON(), nullable=False),
        sa.Column('user', sa.String(length=200), nullable=True),
        sa.Column('purpose', sa.String(length=40), nullable=True),
        sa.Column('trace_id', sa.String(length=32), nullable=True),
        sa.Column('span_id', sa.String(length=16), nullable=True),
        sa.Column('aangemaakt_op', sa.DateTime(timezone=True), nullable=False),
        sa.Column('pogingen', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    )
    op.create_index('ix_outbox_soort_sleutel', 'outbox', ['soort', 'sleutel'])
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            f"""
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{API_ROLE}') THEN
                    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON outbox TO {API_ROLE}';
                    EXECUTE 'GRANT USAGE, SELECT ON SEQUENCE outbox_id_seq TO {API_ROLE}';
                END IF;
            END
            $$;
            """
        )


def downgrade() -> None:
    op.drop_index('ix_outbox_soort_sleutel', table_name='outbox')
    op.drop_table('outbox')
