"""Tamper-evident audit log: hash chain, head, signed checkpoints, retention cut-over, grants

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

Existing records are chained in their order of writing; their youth becomes a pseudonym (a
keyed hash of the id, with the keys of this installation) and the plain id column is dropped.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A record may be removed only once a signed retention cut-over (afkapping) covers it; nothing
# may ever change one. Checkpoints are never changed or removed.
PG_FUNCTIONS = """
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
        AND (NEW.id, NEW.occurred_at, NEW.request_id, NEW.client_id, NEW.org, NEW.roles::text,
             NEW."user", NEW.action, NEW.resource_type, NEW.resource_id, NEW.jongere_pseudoniem,
             NEW.purpose, NEW.activity_id, NEW.decision, NEW.reason, NEW.categories::text,
             NEW.covenants::text, NEW.decision_id, NEW.policy_revision, NEW.basis,
             NEW.http_status, NEW.trace_id, NEW.span_id)
        IS NOT DISTINCT FROM
            (OLD.id, OLD.occurred_at, OLD.request_id, OLD.client_id, OLD.org, OLD.roles::text,
             OLD."user", OLD.action, OLD.resource_type, OLD.resource_id, OLD.jongere_pseudoniem,
             OLD.purpose, OLD.activity_id, OLD.decision, OLD.reason, OLD.categories::text,
             OLD.covenants::text, OLD.decision_id, OLD.policy_revision, OLD.basis,
             OLD.http_status, OLD.trace_id, OLD.span_id)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit records are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE OR REPLACE FUNCTION audit_checkpoints_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit checkpoints are append-only';
END;
$$ LANGUAGE plpgsql;
"""

SAME_CONTENT = " AND ".join(
    f"NEW.{column} IS OLD.{column}"
    for column in (
        "id", "occurred_at", "request_id", "client_id", "org", "roles", '"user"', "action",
        "resource_type", "resource_id", "jongere_pseudoniem", "purpose", "activity_id",
        "decision", "reason", "categories", "covenants", "decision_id", "policy_revision",
        "basis", "http_status", "trace_id", "span_id",
    )
)

SQLITE_TRIGGERS = [
    # Sealing (an unsealed record gets its place in the chain, once) is the only update.
    "CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records "
    "WHEN NOT (OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL "
    "AND NEW.record_hash IS NOT NULL AND " + SAME_CONTENT + ") "
    "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END",
    "CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records "
    "WHEN NOT EXISTS (SELECT 1 FROM audit_checkpoints WHERE soort = 'afkapping' "
    "AND OLD.seq <= seq) "
    "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END",
    "CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints "
    "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END",
    "CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints "
    "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END",
    "CREATE TRIGGER audit_kop_no_delete BEFORE DELETE ON audit_kop "
    "BEGIN SELECT RAISE(ABORT, 'the audit head stays'); END",
]

API_ROLE = "aanwas_api"


def _drop_old_triggers(postgresql: bool) -> None:
    if postgresql:
        op.execute("DROP TRIGGER IF EXISTS audit_records_append_only ON audit_records")
        op.execute("DROP TRIGGER IF EXISTS audit_records_no_truncate ON audit_records")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_records_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_records_no_delete")


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    _drop_old_triggers(postgresql)
    op.create_table(
        'audit_kop',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_kop')),
    )
    op.create_table(
        'audit_checkpoints',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('soort', sa.String(length=20), nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('made_at', sa.String(length=40), nullable=False),
        sa.Column('key_id', sa.String(length=16), nullable=False),
        sa.Column('signature', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_checkpoints')),
    )
    with op.batch_alter_table('audit_records') as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('jongere_pseudoniem', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('activity_id', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('trace_id', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('span_id', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('record_hash', sa.String(length=64), nullable=True))

    last_seq, last_hash = _chain_existing_records()

    with op.batch_alter_table('audit_records') as batch_op:
        batch_op.drop_column('jongere_id')
        # seq, prev_hash and record_hash stay empty until the sealer chains a record.
        batch_op.create_unique_constraint(batch_op.f('uq_audit_records_seq'), ['seq'])
        batch_op.create_index(
            'ix_audit_records_unsealed',
            ['id'],
            sqlite_where=sa.text('seq IS NULL'),
            postgresql_where=sa.text('seq IS NULL'),
        )
        batch_op.create_index(
            batch_op.f('ix_audit_records_jongere_pseudoniem'), ['jongere_pseudoniem']
        )
    op.execute(
        sa.text("INSERT INTO audit_kop (id, seq, hash) VALUES (1, :seq, :hash)").bindparams(
            seq=last_seq, hash=last_hash
        )
    )

    if postgresql:
        op.execute(PG_FUNCTIONS)
        op.execute(
            "CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON audit_records "
            "FOR EACH ROW EXECUTE FUNCTION audit_records_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only()"
        )
        for when in ("BEFORE UPDATE OR DELETE", "BEFORE TRUNCATE"):
            scope = "ROW" if "UPDATE" in when else "STATEMENT"
            name = "append_only" if scope == "ROW" else "no_truncate"
            op.execute(
                f"CREATE TRIGGER audit_checkpoints_{name} {when} ON audit_checkpoints "
                f"FOR EACH {scope} EXECUTE FUNCTION audit_checkpoints_append_only()"
            )
        _grant_api_role()
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def _chain_existing_records() -> tuple[int, str]:
    """Chains the records written before the chain existed, in the order they were written."""
    from api.security.audit import chain as auditchain

    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT * FROM audit_records ORDER BY id")
    ).mappings().all()
    seq, prev_hash = 0, auditchain.GENESIS
    if not rows:
        return seq, prev_hash
    from datetime import UTC, datetime

    from api.security.crypto import load_keyring
    from api.settings import get_settings
    import json

    pseudonyms = load_keyring(get_settings()).pseudonyms()
    for row in rows:
        seq += 1
        moment = row["occurred_at"]
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        values = {
            **{k: row[k] for k in row.keys() if k in auditchain.CHAINED_FIELDS},
            "seq": seq,
            "occurred_at": auditchain.timestamp(moment),
            "jongere_pseudoniem": pseudonyms.digest(row["jongere_id"]) if row["jongere_id"] else None,
            "activity_id": None,
            "trace_id": None,
            "span_id": None,
        }
        for name in ("roles", "categories", "covenants"):
            if isinstance(values[name], str):
                values[name] = json.loads(values[name])
        digest = auditchain.chain_hash(prev_hash, values)
        connection.execute(
            sa.text(
                "UPDATE audit_records SET seq = :seq, jongere_pseudoniem = :pseudonym, "
                "prev_hash = :prev, record_hash = :hash WHERE id = :id"
            ),
            {
                "seq": seq,
                "pseudonym": values["jongere_pseudoniem"],
                "prev": prev_hash,
                "hash": digest,
                "id": row["id"],
            },
        )
        prev_hash = digest
    return seq, prev_hash


def _grant_api_role() -> None:
    """The role the API acts as (AANWAS_DATABASE_ROLE): it reads and writes the domain tables,
    appends to the audit log, moves its head, and can do nothing else to the log. Creating the
    role needs CREATEROLE; without it the grants wait for an administrator (see README)."""
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{API_ROLE}') THEN
                IF (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user)
                THEN
                    CREATE ROLE {API_ROLE} NOLOGIN;
                ELSE
                    RAISE NOTICE 'role {API_ROLE} not created: no CREATEROLE privilege';
                    RETURN;
                END IF;
            END IF;
            EXECUTE 'GRANT USAGE ON SCHEMA public TO {API_ROLE}';
            EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {API_ROLE}';
            EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_records, audit_checkpoints FROM {API_ROLE}';
            -- The sealer sets a record's place in the chain (the trigger allows it once).
            EXECUTE 'GRANT UPDATE (seq, prev_hash, record_hash) ON audit_records TO {API_ROLE}';
            EXECUTE 'REVOKE DELETE, TRUNCATE ON audit_kop FROM {API_ROLE}';
            EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {API_ROLE}';
            EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {API_ROLE}';
            -- The migrating role may act as the API's role (AANWAS_DATABASE_ROLE: SET ROLE).
            BEGIN
                EXECUTE format('GRANT {API_ROLE} TO %I', current_user);
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'could not grant {API_ROLE} to %', current_user;
            END;
        END
        $$;
        """
    )


def downgrade() -> None:
    raise NotImplementedError("the audit chain is not undone: its records would lose their proof")
