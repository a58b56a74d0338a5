"""The RIEC consultation: a RIEC-melding asks its two questions and gets an answer

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

A RIEC-melding (an escalation of soort riec) gets a row of its own, with the same id: the
financial details of the youth and the parents (`financieel`, only the riec covenant shares
them), and the RIEC's answer (is the youth or the family known; is a RIEC casus started; an
explanation), with who answered and when. Every RIEC-melding on record gets its row, unanswered.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "riec_meldingen",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("jongere_id", sa.String(length=36), nullable=False),
        sa.Column("vermogen_jongere", sa.Text(), nullable=True),
        sa.Column("vermogen_ouders", sa.Text(), nullable=True),
        sa.Column("bekend", sa.Boolean(), nullable=True),
        sa.Column("riec_casus_gestart", sa.Boolean(), nullable=True),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("beantwoord_door", sa.String(length=40), nullable=True),
        sa.Column("beantwoord_op", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["id"], ["opschalingen.id"], name=op.f("fk_riec_meldingen_id_opschalingen")
        ),
        sa.ForeignKeyConstraint(
            ["casus_id"], ["casussen.id"], name=op.f("fk_riec_meldingen_casus_id_casussen")
        ),
        sa.ForeignKeyConstraint(
            ["jongere_id"], ["jongeren.id"], name=op.f("fk_riec_meldingen_jongere_id_jongeren")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riec_meldingen")),
    )
    with op.batch_alter_table("riec_meldingen") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_riec_meldingen_casus_id"), ["casus_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_riec_meldingen_jongere_id"), ["jongere_id"], unique=False
        )
    op.execute(
        "INSERT INTO riec_meldingen (id, casus_id, jongere_id) "
        "SELECT o.id, o.casus_id, c.jongere_id FROM opschalingen o "
        "JOIN casussen c ON c.id = o.casus_id WHERE o.soort = 'riec'"
    )


def downgrade() -> None:
    with op.batch_alter_table("riec_meldingen") as batch_op:
        batch_op.drop_index(batch_op.f("ix_riec_meldingen_jongere_id"))
        batch_op.drop_index(batch_op.f("ix_riec_meldingen_casus_id"))
    op.drop_table("riec_meldingen")
