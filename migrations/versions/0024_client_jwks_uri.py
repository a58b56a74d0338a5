"""A client may register the URL where it publishes its public keys (private_key_jwt)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06

`oauth_clients.jwks_uri`: instead of handing over its public key (`public_jwks`, 0022), a
client names the https URL of its JWK Set (RFC 7517), as the NL GOV Assurance profile allows.
Its assertions are checked against the key with their `kid` from that set, fetched and
remembered for a few minutes, so the partner rotates its key by publishing a new one, without
registering again. A client has one way to authenticate: a secret, a key, or a JWKS URL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("oauth_clients") as batch:
        batch.add_column(sa.Column("jwks_uri", sa.String(length=2000), nullable=True))


def downgrade() -> None:
    # A client known only by its JWKS URL has nothing to authenticate with after the downgrade.
    op.execute("DELETE FROM oauth_clients WHERE jwks_uri IS NOT NULL")
    with op.batch_alter_table("oauth_clients") as batch:
        batch.drop_column("jwks_uri")
