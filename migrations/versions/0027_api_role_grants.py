"""The API's database role may use every table made since the audit chain's migration

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06

Migration 0008 granted the restricted role the API acts as (`aanwas_api`, AANWAS_DATABASE_ROLE)
the tables that existed then; later migrations granted their own tables only now and then, so
an API running as that role (the production setup) was refused on the newer tables: every push
failed on `datasleutels`. This grants each table the role cannot read yet, and sets default
privileges so that tables a later migration creates are granted as they are made. Tables with
narrower grants on purpose (the audit log, its head, the refusals, alembic_version) already
have SELECT and are left as they are.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

API_ROLE = "aanwas_api"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no roles
    op.execute(
        f"""
        DO $$
        DECLARE
            missing record;
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{API_ROLE}') THEN
                RAISE NOTICE 'role {API_ROLE} does not exist: nothing to grant';
                RETURN;
            END IF;
            FOR missing IN
                SELECT c.relname AS tablename
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                  AND NOT has_table_privilege('{API_ROLE}', c.oid, 'SELECT')
            LOOP
                EXECUTE format(
                    'GRANT SELECT, INSERT, UPDATE, DELETE ON public.%I TO {API_ROLE}',
                    missing.tablename
                );
            END LOOP;
            EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {API_ROLE}';
            EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public '
                    'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {API_ROLE}';
            EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public '
                    'GRANT USAGE, SELECT ON SEQUENCES TO {API_ROLE}';
        END
        $$;
        """
    )


def downgrade() -> None:
    # The grants stay: taking them away would only break an API running as the role.
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{API_ROLE}') THEN
                EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public '
                        'REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM {API_ROLE}';
                EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public '
                        'REVOKE USAGE, SELECT ON SEQUENCES FROM {API_ROLE}';
            END IF;
        END
        $$;
        """
    )
