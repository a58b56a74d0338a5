"""Meetings decide: the outcome of an agenda item

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

Each youth on a meeting's agenda gets at most one outcome: a decision with agreements (owner
and date), and what it recorded elsewhere: the signaaloverleg's professional judgement, or the
plan items of the case that an ICO's agreements became. The decision and the agreements are
free text about the youth and sealed per field.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "overleg_uitkomsten",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("overleg_id", sa.String(length=36), nullable=False),
        sa.Column("jongere_id", sa.String(length=36), nullable=False),
        sa.Column("soort", sa.String(length=30), nullable=False),
        sa.Column("besluit", sa.Text(), nullable=False),
        sa.Column("afspraken", sa.Text(), nullable=False),
        sa.Column("professioneel_oordeel_id", sa.String(length=36), nullable=True),
        sa.Column("casus_id", sa.String(length=36), nullable=True),
        sa.Column("planactie_ids", sa.JSON(), nullable=True),
        sa.Column("bron_org", sa.String(length=40), nullable=False),
        sa.Column("vastgelegd_door", sa.String(length=64), nullable=False),
        sa.Column("geregistreerd_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["overleg_id"],
            ["overleggen.id"],
            name=op.f("fk_overleg_uitkomsten_overleg_id_overleggen"),
        ),
        sa.ForeignKeyConstraint(
            ["jongere_id"],
            ["jongeren.id"],
            name=op.f("fk_overleg_uitkomsten_jongere_id_jongeren"),
        ),
        sa.ForeignKeyConstraint(
            ["professioneel_oordeel_id"],
            ["professionele_oordelen.id"],
            name=op.f("fk_overleg_uitkomsten_professioneel_oordeel_id_professionele_oordelen"),
        ),
        sa.ForeignKeyConstraint(
            ["casus_id"], ["casussen.id"], name=op.f("fk_overleg_uitkomsten_casus_id_casussen")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overleg_uitkomsten")),
        sa.UniqueConstraint(
            "overleg_id", "jongere_id", name=op.f("uq_overleg_uitkomsten_overleg_id")
        ),
    )
    with op.batch_alter_table("overleg_uitkomsten") as batch:
        batch.create_index(
            batch.f("ix_overleg_uitkomsten_overleg_id"), ["overleg_id"], unique=False
        )
        batch.create_index(
            batch.f("ix_overleg_uitkomsten_jongere_id"), ["jongere_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("overleg_uitkomsten") as batch:
        batch.drop_index(batch.f("ix_overleg_uitkomsten_jongere_id"))
        batch.drop_index(batch.f("ix_overleg_uitkomsten_overleg_id"))
    op.drop_table("overleg_uitkomsten")
