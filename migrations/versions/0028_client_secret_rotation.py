"""A client's secret rotates with an overlap

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06

`aanwas clients rotate-secret` gives a client a new secret; the previous one keeps working until
`previous_secret_until`, so a partner deploys the new secret without a moment in which neither
works. Only the hash of the previous secret is kept, as for the current one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("oauth_clients") as batch:
        batch.add_column(sa.Column("previous_secret_hash", sa.String(length=64), nullable=True))
        batch.add_column(
            sa.Column("previous_secret_until", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("oauth_clients") as batch:
        batch.drop_column("previous_secret_until")
        batch.drop_column("previous_secret_hash")
