"""A youth whose data is destroyed keeps a tombstone: when, and on which ground

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06

Retention by crypto-shredding (issue 19): when every purpose for keeping a youth's data has
lapsed (their covenants' retention periods ended and no case is open), or the privacy officer
honours an erasure request (AVG art. 17), the youth's data key is destroyed, so their sealed
fields can no longer be opened. The row stays as a tombstone, so that a read answers 410 Gone
with why and since when, rather than a 404 that would look like an error:

`jongeren.vernietigd_op`: when the data was destroyed (NULL: it is not);
`jongeren.vernietigingsgrond`: why, `bewaartermijn` (the retention periods ended) or
`verzoek_betrokkene` (an erasure request).

The BSN's blind index entry is cleared at the same time (a later push with that BSN registers a
new youth), so the index stays unique without a change here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("jongeren") as batch:
        batch.add_column(sa.Column("vernietigd_op", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("vernietigingsgrond", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("jongeren") as batch:
        batch.drop_column("vernietigingsgrond")
        batch.drop_column("vernietigd_op")
