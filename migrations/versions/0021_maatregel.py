"""Measures name the case and plan item they serve

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06

A measure may name the PGA case (`casus_id`) and the item of its plan of action (`planactie_id`)
it serves (DOMAIN.md, "Measures link to the case and plan item they serve"). Both are optional:
measures imposed before this revision, and measures outside any case, name none.

An Opiumwet 13b closure concerns a premises, not a youth: a measure gets the premises' street,
house number, postcode and place (sealed per field, like every personal field) and a blind index
over the normalised postcode and house number, so the closures of one premises are found again.
The youth becomes optional: a closure of a premises alone names none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAND = ("pand_straat", "pand_huisnummer", "pand_postcode", "pand_plaats")


def upgrade() -> None:
    with op.batch_alter_table("maatregelen") as batch:
        batch.add_column(sa.Column("casus_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("planactie_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_maatregelen_casus_id_casussen"), "casussen", ["casus_id"], ["id"]
        )
        batch.create_foreign_key(
            batch.f("fk_maatregelen_planactie_id_planacties"), "planacties", ["planactie_id"], ["id"]
        )
        batch.create_index(batch.f("ix_maatregelen_casus_id"), ["casus_id"], unique=False)
        for column in PAND:
            batch.add_column(sa.Column(column, sa.Text(), nullable=True))
        batch.add_column(sa.Column("pand_index", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_maatregelen_pand_index"), ["pand_index"], unique=False)
        batch.alter_column("jongere_id", existing_type=sa.String(length=36), nullable=True)


def downgrade() -> None:
    # A closure of a premises alone has no youth to go back to: it cannot survive the downgrade.
    op.execute("DELETE FROM maatregelen WHERE jongere_id IS NULL")
    with op.batch_alter_table("maatregelen") as batch:
        batch.alter_column("jongere_id", existing_type=sa.String(length=36), nullable=False)
        batch.drop_index(batch.f("ix_maatregelen_pand_index"))
        batch.drop_column("pand_index")
        for column in reversed(PAND):
            batch.drop_column(column)
        batch.drop_index(batch.f("ix_maatregelen_casus_id"))
        batch.drop_constraint(
            batch.f("fk_maatregelen_planactie_id_planacties"), type_="foreignkey"
        )
        batch.drop_constraint(batch.f("fk_maatregelen_casus_id_casussen"), type_="foreignkey")
        batch.drop_column("planactie_id")
        batch.drop_column("casus_id")
