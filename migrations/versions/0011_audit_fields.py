"""Audit records name the fields a response showed of a youth: one record per youth it carried

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

A list of signals about 37 youths left one record without any youth in it; now it leaves one
per youth, each with the categories and the fields (table.column) shown (the Logboek
Dataverwerkingen rule: one line per data subject). The new column is covered by the record's
hash whenever it holds a value (chain.OPTIONAL_FIELDS), so records written before keep theirs;
the append-only triggers now also refuse a change to it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTENT = (
    "id", "occurred_at", "request_id", "client_id", "org", "roles", '"user"', "action",
    "resource_type", "resource_id", "jongere_pseudoniem", "purpose", "activity_id",
    "decision", "reason", "categories", "covenants", "decision_id", "policy_revision",
    "basis", "http_status", "trace_id", "span_id", "fields",
)
JSON_COLUMNS = ("roles", "categories", "covenants", "fields")


def _row(prefix: str) -> str:
    return ", ".join(
        f"{prefix}.{c}::text" if c in JSON_COLUMNS else f"{prefix}.{c}" for c in CONTENT
    )


PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION audit_records_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM audit_checkpoints WHERE soort = 'afkapping' AND OLD.seq <= seq
    ) THEN
        RETURN OLD;
    END IF;
    -- Sealing: an unsealed record gets its place in the chain, once; nothing else changes.
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
        AND NEW.prev_hash IS NOT NULL AND NEW.record_hash IS NOT NULL
        AND ({_row("NEW")}) IS NOT DISTINCT FROM ({_row("OLD")})
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit records are append-only';
END;
$$ LANGUAGE plpgsql;
"""

SQLITE_NO_UPDATE = (
    "CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records "
    "WHEN NOT (OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL "
    "AND NEW.record_hash IS NOT NULL AND "
    + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in CONTENT)
    + ") BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END"
)


def upgrade() -> None:
    op.add_column('audit_records', sa.Column('fields', sa.JSON(), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(PG_FUNCTION)
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_records_no_update")
        op.execute(SQLITE_NO_UPDATE)


def downgrade() -> None:
    raise NotImplementedError("the audit chain is not undone: its records would lose their proof")
