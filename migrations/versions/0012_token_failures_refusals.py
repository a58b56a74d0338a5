"""Failed client authentications (throttling the token endpoint) and refusals in bounded form

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

`token_failures`: one row per failed client authentication at the token endpoint, by address
(a keyed hash) and claimed client id, kept only for the sliding window the throttle looks at.

`audit_refusals`: refused tokens and 400s, one row per (caller, route, reason, status, minute)
with a count and at most 20 request ids and pseudonyms, so that a flood of bad requests cannot
flood the log. The first refusal of a row is also in the chained audit log. A row's count,
and its lists, only grow: triggers refuse anything else (rows go only under retention).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

API_ROLE = "aanwas_api"
KEY = ("caller", "route", "reason", "http_status", "minute")

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_refusals_only_grow() RETURNS trigger AS $$
BEGIN
    IF NEW.aantal < OLD.aantal
        OR json_array_length(NEW.request_ids) < json_array_length(OLD.request_ids)
        OR json_array_length(NEW.pseudoniemen) < json_array_length(OLD.pseudoniemen)
        OR (NEW.caller, NEW.route, NEW.reason, NEW.http_status, NEW.minute)
            IS DISTINCT FROM (OLD.caller, OLD.route, OLD.reason, OLD.http_status, OLD.minute)
    THEN
        RAISE EXCEPTION 'audit refusals only grow';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""

SQLITE_TRIGGER = (
    "CREATE TRIGGER audit_refusals_only_grow BEFORE UPDATE ON audit_refusals "
    "WHEN NEW.aantal < OLD.aantal "
    "OR json_array_length(NEW.request_ids) < json_array_length(OLD.request_ids) "
    "OR json_array_length(NEW.pseudoniemen) < json_array_length(OLD.pseudoniemen) OR NOT ("
    + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in KEY)
    + ") BEGIN SELECT RAISE(ABORT, 'audit refusals only grow'); END"
)


def upgrade() -> None:
    op.create_table(
        'token_failures',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('adres', sa.String(length=64), nullable=False),
        sa.Column('client_id', sa.String(length=64), nullable=False),
        sa.Column('mislukt_op', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_token_failures')),
    )
    op.create_index('ix_token_failures_adres', 'token_failures', ['adres', 'mislukt_op'])
    op.create_index('ix_token_failures_mislukt_op', 'token_failures', ['mislukt_op'])
    op.create_table(
        'audit_refusals',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('minute', sa.DateTime(timezone=True), nullable=False),
        sa.Column('caller', sa.String(length=80), nullable=False),
        sa.Column('route', sa.String(length=200), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('http_status', sa.Integer(), nullable=False),
        sa.Column('aantal', sa.Integer(), nullable=False),
        sa.Column('request_ids', sa.JSON(), nullable=False),
        sa.Column('pseudoniemen', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_refusals')),
        sa.UniqueConstraint(*KEY, name='uq_audit_refusals_key'),
        sa.CheckConstraint('aantal >= 1', name='ck_audit_refusals_aantal'),
    )
    op.create_index('ix_audit_refusals_minute', 'audit_refusals', ['minute'])
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER audit_refusals_only_grow BEFORE UPDATE ON audit_refusals "
            "FOR EACH ROW EXECUTE FUNCTION audit_refusals_only_grow()"
        )
        op.execute(
            f"""
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{API_ROLE}') THEN
                    EXECUTE 'GRANT SELECT, INSERT, DELETE ON token_failures TO {API_ROLE}';
                    EXECUTE 'GRANT USAGE, SELECT ON SEQUENCE token_failures_id_seq TO {API_ROLE}';
                    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON audit_refusals TO {API_ROLE}';
                    EXECUTE 'GRANT USAGE, SELECT ON SEQUENCE audit_refusals_id_seq TO {API_ROLE}';
                END IF;
            END
            $$;
            """
        )
    else:
        op.execute(SQLITE_TRIGGER)


def downgrade() -> None:
    op.drop_table('audit_refusals')
    op.drop_table('token_failures')
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP FUNCTION IF EXISTS audit_refusals_only_grow()")
