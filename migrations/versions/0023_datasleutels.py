"""Envelope encryption: a data key (DEK) per data subject, stored wrapped by a KEK

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06

`datasleutels`: every personal field is sealed under a data key of its data subject (a youth;
a youth group or a premises closure for rows about no youth), so that destroying a subject's
keys makes their fields unreadable everywhere, backups included. A key is stored wrapped by a
key-encryption key (`kek_id`) that never leaves its provider (a key file, or an HSM). No unique
constraint on the subject: two requests for the same new youth may each make a key. `kek_id`
is indexed for re-wrapping after a KEK rotation; `onderwerp_id` for destroying by subject.
Fields sealed before this (`v1.` tokens) keep opening with the field-encryption-key.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "datasleutels",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("onderwerp_soort", sa.String(length=20), nullable=False),
        sa.Column("onderwerp_id", sa.String(length=36), nullable=False),
        sa.Column("kek_id", sa.String(length=64), nullable=False),
        sa.Column("verpakt", sa.LargeBinary(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_datasleutels")),
    )
    op.create_index("ix_datasleutels_onderwerp_id", "datasleutels", ["onderwerp_id"])
    op.create_index("ix_datasleutels_kek_id", "datasleutels", ["kek_id"])


def downgrade() -> None:
    # Values sealed under a data key do not open without it: downgrading loses them.
    op.drop_index("ix_datasleutels_kek_id", table_name="datasleutels")
    op.drop_index("ix_datasleutels_onderwerp_id", table_name="datasleutels")
    op.drop_table("datasleutels")
