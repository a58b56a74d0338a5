"""The groepsaanpak tracks the zevenstappenmodel: the steps a youth group reached

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

One row per step a group reached, in order; a unique number per group keeps each step once (a
concurrent recording of the same step loses). The explanation is sealed (`risico`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "groepsstappen",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("jeugdgroep_id", sa.String(length=36), nullable=False),
        sa.Column("nummer", sa.Integer(), nullable=False),
        sa.Column("stap", sa.String(length=40), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("vastgelegd_door", sa.String(length=40), nullable=False),
        sa.Column("vastgelegd_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["jeugdgroep_id"],
            ["jeugdgroepen.id"],
            name=op.f("fk_groepsstappen_jeugdgroep_id_jeugdgroepen"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groepsstappen")),
        sa.UniqueConstraint("jeugdgroep_id", "nummer", name=op.f("uq_groepsstappen_jeugdgroep_id")),
    )
    with op.batch_alter_table("groepsstappen") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_groepsstappen_jeugdgroep_id"), ["jeugdgroep_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("groepsstappen") as batch_op:
        batch_op.drop_index(batch_op.f("ix_groepsstappen_jeugdgroep_id"))
    op.drop_table("groepsstappen")
