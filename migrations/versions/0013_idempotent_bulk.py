"""A bulk push takes an Idempotency-Key: the record keeps the answer it replays

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

A single push replays by reading its one signal again; a bulk's answer is a result per item
(ids, or the problem of an item that was not stored), which cannot be read back, so it is kept.
It holds ids and problem details only, never an item's content.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("idempotency_records") as batch:
        batch.add_column(sa.Column("answer", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("idempotency_records") as batch:
        batch.drop_column("answer")
