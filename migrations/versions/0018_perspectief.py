"""The sociaal perspectiefplan names its coach's organisation and links protective factors

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

The coach was free text; it becomes an organisation, a name and a contact. The name keeps the
old column (`coach`): its values are sealed to that column, so the free text of a plan written
before this revision becomes the coach's name without being opened here. The organisation
(`coach_organisatie`) is plain text: the gate's case facts read it, because the organisation
assigned as coach has access under the pga covenant while the case is open. The steunfiguren
column now holds a sealed JSON list; its old free text reads as one steunfiguur of that name.
`beschermende_factor_ids` links the registered protective factors the plan builds on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("perspectiefplannen") as batch:
        batch.add_column(sa.Column("beschermende_factor_ids", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("coach_organisatie", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("coach_contact", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("perspectiefplannen") as batch:
        batch.drop_column("coach_contact")
        batch.drop_column("coach_organisatie")
        batch.drop_column("beschermende_factor_ids")
