"""Clients authenticate with a public key (private_key_jwt) instead of a secret

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

`oauth_clients.public_jwks`: the public key(s) a client signs its client assertions with (RFC
7523, NL GOV Assurance profile), as a JWK Set. A client has one way to authenticate: a secret
(`secret_hash`, now optional) or a key. Existing clients keep their secret.

`used_client_assertions`: the `jti` (hashed) of every client assertion spent, per client, kept
until the assertion expires, so that a replayed assertion is refused by every process.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("oauth_clients") as batch:
        batch.add_column(sa.Column("public_jwks", sa.JSON(), nullable=True))
        batch.alter_column("secret_hash", existing_type=sa.String(length=64), nullable=True)
    op.create_table(
        "used_client_assertions",
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("jti_hash", sa.String(length=64), nullable=False),
        sa.Column("verloopt_op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("client_id", "jti_hash", name=op.f("pk_used_client_assertions")),
    )
    op.create_index(
        "ix_used_client_assertions_verloopt_op", "used_client_assertions", ["verloopt_op"]
    )


def downgrade() -> None:
    op.drop_index("ix_used_client_assertions_verloopt_op", table_name="used_client_assertions")
    op.drop_table("used_client_assertions")
    # A key client has no secret to go back to: it cannot survive the downgrade.
    op.execute("DELETE FROM oauth_clients WHERE secret_hash IS NULL")
    with op.batch_alter_table("oauth_clients") as batch:
        batch.alter_column("secret_hash", existing_type=sa.String(length=64), nullable=False)
        batch.drop_column("public_jwks")
