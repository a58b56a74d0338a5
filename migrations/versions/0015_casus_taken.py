"""Tasks on a case: consider the aanpak ondermijning when the doelgroeptoets turns heavier

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

When a youth's doelgroeptoets turns to zwaardere_aanpak while their PGA case is open, the case
gets an open task for the casusregisseur and the police to consider handing over to the aanpak
ondermijning. One open task of a kind per case, kept by a partial unique index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "casus_taken",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("soort", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("doelgroeptoets_id", sa.String(length=36), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("afgehandeld_door", sa.String(length=40), nullable=True),
        sa.Column("afgehandeld_op", sa.DateTime(timezone=True), nullable=True),
        sa.Column("afhandeling", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["casus_id"], ["casussen.id"], name=op.f("fk_casus_taken_casus_id_casussen")
        ),
        sa.ForeignKeyConstraint(
            ["doelgroeptoets_id"],
            ["doelgroeptoetsen.id"],
            name=op.f("fk_casus_taken_doelgroeptoets_id_doelgroeptoetsen"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_casus_taken")),
    )
    with op.batch_alter_table("casus_taken") as batch_op:
        batch_op.create_index(batch_op.f("ix_casus_taken_casus_id"), ["casus_id"], unique=False)
    op.create_index(
        "uq_casus_taken_open_per_soort",
        "casus_taken",
        ["casus_id", "soort"],
        unique=True,
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )


def downgrade() -> None:
    op.drop_index("uq_casus_taken_open_per_soort", table_name="casus_taken")
    with op.batch_alter_table("casus_taken") as batch_op:
        batch_op.drop_index(batch_op.f("ix_casus_taken_casus_id"))
    op.drop_table("casus_taken")
