"""Correction requests (AVG art. 16): filed by the privacy officer, answered by the supplier

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06

`correctieverzoeken`: a youth's request to correct one stored item (a kind of the inzage and its
id; for the youth's own record an identity field), the organisation that supplied the item
(which alone answers), the item's category (the texts are sealed under it), the date received
and the answer deadline (a month later, AVG art. 12(3), on the Amsterdam calendar), and the
answer (`gecorrigeerd` or `afgewezen` with a sealed reason, art. 12(4)). Before this, a
correction was a PATCH with nothing to say that a youth had asked for it or was answered.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "correctieverzoeken",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("jongere_id", sa.String(length=36), nullable=False),
        sa.Column("kenmerk", sa.String(length=64), nullable=False),
        sa.Column("soort", sa.String(length=40), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("veld", sa.String(length=40), nullable=True),
        sa.Column("leverancier", sa.String(length=40), nullable=False),
        sa.Column("categorie", sa.String(length=40), nullable=False),
        sa.Column("verzoek", sa.Text(), nullable=False),
        sa.Column("ontvangen_op", sa.Date(), nullable=False),
        sa.Column("antwoord_uiterlijk", sa.Date(), nullable=False),
        sa.Column("ingediend_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("afgehandeld_op", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["jongere_id"], ["jongeren.id"], name=op.f("fk_correctieverzoeken_jongere_id_jongeren")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correctieverzoeken")),
    )
    with op.batch_alter_table("correctieverzoeken") as batch:
        batch.create_index(
            batch.f("ix_correctieverzoeken_jongere_id"), ["jongere_id"], unique=False
        )
        batch.create_index(
            batch.f("ix_correctieverzoeken_leverancier"), ["leverancier"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("correctieverzoeken") as batch:
        batch.drop_index(batch.f("ix_correctieverzoeken_leverancier"))
        batch.drop_index(batch.f("ix_correctieverzoeken_jongere_id"))
    op.drop_table("correctieverzoeken")
