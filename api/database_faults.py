"""A database that is away, restarting, locked, read-only or full answers 503, never 500.

Such a fault is the operator's and passes by itself (or once the operator acts): the caller
should try again later, and nothing was stored (the request's transaction did not commit). A
fault in our own SQL (a missing column, a broken constraint) stays a 500: retrying never helps.
The pool heals by itself: SQLAlchemy drops every pooled connection once one reports a
disconnect, and PostgreSQL connections are pinged before use (api/db.py)."""

from __future__ import annotations

import logging
import sqlite3

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from api.problems import Problem, problem_response

logger = logging.getLogger("aanwas")

RETRY_AFTER_SECONDS = "5"

# PostgreSQL SQLSTATEs of a server that cannot do the work now: connection exceptions (08),
# insufficient resources such as a full disk (53), operator intervention such as a shutdown or
# restart (57), a database set read-only (25006), lock and serialization conflicts.
_TRANSIENT_CLASSES = ("08", "53", "57")
_TRANSIENT_STATES = {"25006", "40001", "40P01", "55P03"}

# SQLite's result codes for the same: another writer, a read-only or full file, I/O.
_SQLITE_TRANSIENT = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY", "SQLITE_FULL")
_SQLITE_TRANSIENT_PREFIX = ("SQLITE_IOERR", "SQLITE_CANTOPEN")


def is_unavailable(exc: DBAPIError) -> bool:
    """Whether the database could not do the work now (rather than our SQL being wrong)."""
    if exc.connection_invalidated:
        return True
    original = exc.orig
    if isinstance(original, sqlite3.Error):
        name = getattr(original, "sqlite_errorname", "")
        return name in _SQLITE_TRANSIENT or name.startswith(_SQLITE_TRANSIENT_PREFIX)
    state = getattr(original, "sqlstate", None)
    if state is None:
        # psycopg raises OperationalError without a SQLSTATE when the server is unreachable
        # or the connection broke mid-statement.
        return type(original).__name__ == "OperationalError"
    return state.startswith(_TRANSIENT_CLASSES) or state in _TRANSIENT_STATES


def database_unavailable() -> Problem:
    return Problem(
        503,
        "Database niet beschikbaar",
        "De gegevens konden nu niet worden gelezen of opgeslagen; er is niets gewijzigd.",
        type_="database-niet-beschikbaar",
        headers={"Retry-After": RETRY_AFTER_SECONDS},
    )


def install_database_fault_handlers(app: FastAPI) -> None:
    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError) -> JSONResponse:
        if not is_unavailable(exc):
            # Ours to mend: the 500 of every unexpected error, logged by its type only.
            raise exc
        # The type and code only: the exception's text can hold SQL and its parameters.
        code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "sqlite_errorname", "")
        logger.warning("database unavailable: %s (%s)", type(exc.orig).__name__, code)
        return problem_response(database_unavailable(), request)

    @app.exception_handler(PoolTimeout)
    async def _pool_exhausted(request: Request, exc: PoolTimeout) -> JSONResponse:
        # Every pooled connection stayed busy (a database that hangs): the same to a caller.
        logger.warning("database unavailable: no free connection")
        return problem_response(database_unavailable(), request)
