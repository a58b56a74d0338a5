"""The audit checkpoints indexed by (seq, id): the sealer asks for the newest valid one every round

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

A log gains a checkpoint every minute that records are written, for as long as it is kept; the
sealer reads the newest ones, newest first, on every round, and without this index each of
those reads sorted the whole table.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_audit_checkpoints_seq_id', 'audit_checkpoints', ['seq', 'id'])


def downgrade() -> None:
    op.drop_index('ix_audit_checkpoints_seq_id', table_name='audit_checkpoints')
