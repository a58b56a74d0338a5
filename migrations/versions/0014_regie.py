"""Regie: a case's director is an identity, and the case is in casusregie or procesregie

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

casussen.casusregisseur_id names who directs the case (the client id of the casusregisseur that
opened it, a person once people log in); name and e-mail stay as contact details. An existing
case gets the identity its opening is on record with: the allowed `create casus` audit record
(the audit record is written in the transaction that opened it). Where the log no longer holds
it (cut at retention) the column stays null: no director is known, and any casusregisseur of
the municipality may take the case over by assigning it (then the narrowing applies).

casussen.regie and casus_statuswijzigingen.regie: casusregie, or procesregie while the case is
escalated to the ZVH; existing rows follow from the status (after the step).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("casussen") as batch:
        batch.add_column(sa.Column("casusregisseur_id", sa.String(200), nullable=True))
        batch.add_column(
            sa.Column(
                "regie", sa.String(12), nullable=False, server_default="casusregie"
            )
        )
        batch.create_index("ix_casussen_casusregisseur_id", ["casusregisseur_id"])
    with op.batch_alter_table("casus_statuswijzigingen") as batch:
        batch.add_column(
            sa.Column(
                "regie", sa.String(12), nullable=False, server_default="casusregie"
            )
        )
    op.execute(
        """
        UPDATE casussen SET casusregisseur_id = (
            SELECT COALESCE(a."user", a.client_id) FROM audit_records a
            WHERE a.resource_type = 'casus' AND a.action = 'create'
              AND a.decision = 'allow' AND a.resource_id = casussen.id
            ORDER BY a.id LIMIT 1
        )
        """
    )
    op.execute("UPDATE casussen SET regie = 'procesregie' WHERE status = 'opgeschaald_zvh'")
    op.execute(
        "UPDATE casus_statuswijzigingen SET regie = 'procesregie' "
        "WHERE naar_status = 'opgeschaald_zvh'"
    )


def downgrade() -> None:
    # Plain ALTER TABLE DROP COLUMN (SQLite 3.35+ and PostgreSQL): a batch would copy casussen,
    # which the other tables' foreign keys refuse while it holds cases.
    op.drop_index("ix_casussen_casusregisseur_id", table_name="casussen")
    for table, column in (
        ("casus_statuswijzigingen", "regie"),
        ("casussen", "regie"),
        ("casussen", "casusregisseur_id"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
