"""Database engine and sessions. Alembic migrations are the only way a schema comes to exist."""

from __future__ import annotations

import functools
import itertools
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    DateTime,
    Dialect,
    Engine,
    Insert,
    MetaData,
    Table,
    create_engine,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from api import sqlite_writer
from api.settings import CHECKOUT

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp on every database; SQLite keeps no zone, so we restore UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def insert_rows(connection: Connection, rows: Sequence[Base]) -> None:
    """Writes new rows with plain INSERTs, rows of one table in one statement: what a request
    writes at its end, without the ORM's unit of work (which cost a request more than the
    inserts themselves). A column default the row does not set is set on the row first, so the
    row reads afterwards as it was stored."""
    for table, group in itertools.groupby(rows, key=lambda row: row.__table__):
        values = [with_defaults(row) for row in group]
        connection.execute(plain_insert(table), values)


@functools.cache
def plain_insert(table: Table) -> Insert:
    """INSERT into a table without RETURNING, built once: building a statement (and its cache
    key) for every request cost more than sending it."""
    return table.insert().inline()


def with_defaults(row: Base) -> dict[str, Any]:
    """The row's column values, each column default it does not set set on it first."""
    values = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        default = column.default
        if value is None and default is not None and default.is_scalar:
            value = default.arg
        elif value is None and default is not None and default.is_callable:
            value = default.arg(None)
        if value is not None:
            setattr(row, column.key, value)
        if value is None and column.primary_key and column.autoincrement is not False:
            continue  # the database numbers it
        values[column.key] = value
    return values


class SchemaNotMigrated(RuntimeError):
    pass


# SQLite: how long a writer waits for another process's write (the CLI beside a server).
SQLITE_BUSY_SECONDS = 30.0


# Connections an engine keeps by default (AANWAS_DB_POOL_SIZE): as many as requests that may be
# in the database at once (the thread pool that runs the routes holds 40), so that none is
# opened and closed per request. Fewer make requests wait for a connection, not fail.
POOL_SIZE = 40


@lru_cache(maxsize=8)
def make_engine(url: str, role: str | None = None, pool_size: int = 5) -> Engine:
    """The engine for a database URL; `pool_size` connections are kept once opened (opened as
    needed, never more: a request waits for one rather than open another)."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:" and not Path(path).exists():
            # The file holds the audit log and field ciphertexts: readable by its owner only.
            Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        engine = create_engine(
            url,
            connect_args=sqlite_writer.connect_arguments(SQLITE_BUSY_SECONDS),
            hide_parameters=True,
            pool_size=pool_size,
            max_overflow=0,
        )
        # One writer at a time by design (api/sqlite_writer.py), on every new connection.
        real_path = str(Path(path).resolve())
        event.listen(
            engine,
            "connect",
            lambda dbapi, _record: sqlite_writer.prepare(dbapi, real_path, SQLITE_BUSY_SECONDS),
        )
        return engine
    # hide_parameters: SQL errors never carry field values into logs or exception text.
    engine = create_engine(
        url, pool_pre_ping=True, hide_parameters=True, pool_size=pool_size, max_overflow=0
    )
    if role is not None:
        # The API acts as a role without UPDATE or DELETE on the audit tables (migration 0008
        # grants them); the name is checked against a strict pattern in Settings.
        def act_as_role(dbapi_connection: Any, _record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute(f'SET ROLE "{role}"')
            dbapi_connection.commit()

        event.listen(engine, "connect", act_as_role)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config(str(CHECKOUT / "alembic.ini"))
    config.set_main_option("script_location", str(CHECKOUT / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@contextmanager
def migration_connection(url: str) -> Iterator[Connection]:
    """A connection for Alembic, inside one transaction that commits when the block ends.

    Through our engine, so a SQLite file's folder is created and its pragmas apply, but with
    SQLite's foreign keys off while the schema changes, as SQLite's own procedure for schema
    changes says (https://sqlite.org/lang_altertable.html#otheralter): Alembic's batch mode
    rebuilds a table by copy, drop and rename, and dropping a table that rows still point at
    fails with foreign keys on. The keys are checked before the commit instead."""
    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                # Outside any transaction: SQLite ignores this pragma inside one.
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.commit()
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        tables = sorted({str(row[0]) for row in broken})
                        raise RuntimeError(
                            "The migration left rows pointing at nothing in: " + ", ".join(tables)
                        )
    finally:
        engine.dispose()


def migrate(url: str, revision: str = "head") -> None:
    """Upgrades the database to `revision` (the newest by default)."""
    from alembic import command

    config = alembic_config(url)
    with migration_connection(url) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def ensure_migrated(engine: Engine) -> None:
    """Refuses to serve a database whose schema is not at the newest migration."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(
        alembic_config(engine.url.render_as_string(hide_password=False))
    ).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        raise SchemaNotMigrated(
            f"The database schema is at {current or 'nothing'}, the code needs {head}. "
            "Run `aanwas db upgrade` (or `make migrate`) first."
        )


def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    session = factory()
    try:
        yield session
    finally:
        session.close()
