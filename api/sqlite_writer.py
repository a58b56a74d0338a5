"""SQLite, the embedded default: one writer at a time, by design.

SQLite lets one connection write at a time. Left to itself, every other writer waits in its
busy handler, which sleeps and polls (1, 2, 5, 10 ... 100 ms): under load, requests queued that
way for seconds, and a transaction that read first and wrote later failed at once with
"database is locked" (its snapshot was older than another's commit). So, in each process:

- the database is in WAL mode: readers never wait for the writer, nor the writer for them;
- a connection reads outside any transaction until its first write, and then takes the
  process's writer lock (a threading lock per database file, handed on the moment the writer
  commits) and begins with BEGIN IMMEDIATE, so the write lock is held from the first write to
  the commit and never upgraded from a stale snapshot;
- between processes (the CLI beside a server, the worker beside the API) SQLite's own lock
  decides, with ``busy_timeout`` as the safety net.

Request code keeps its writes at the end of a request (decide first, then write and commit), so
the writer lock is held for the inserts and the commit only.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from typing import Any

# Statements that make a connection a writer. A SAVEPOINT outside a transaction would start
# one that its RELEASE commits; it begins the writer's transaction instead.
_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|SAVEPOINT)\b", re.IGNORECASE)

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def writer_lock(path: str) -> threading.Lock:
    """The one writer lock of a database file in this process."""
    with _locks_guard:
        return _locks.setdefault(path, threading.Lock())


class WriterCursor(sqlite3.Cursor):
    connection: WriterConnection

    def execute(self, sql: str, parameters: Any = (), /) -> WriterCursor:
        self.connection.before(sql)
        super().execute(sql, parameters)
        return self

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> WriterCursor:
        self.connection.before(sql)
        super().executemany(sql, seq_of_parameters)
        return self


class WriterConnection(sqlite3.Connection):
    """A connection that takes its process's writer lock before its first write and gives it
    back when the transaction ends (commit, rollback or close)."""

    writer: threading.Lock | None = None
    wait_seconds: float = 5.0
    _holding = False

    def cursor(self, factory: Any = WriterCursor) -> Any:
        return super().cursor(factory)

    def before(self, sql: str) -> None:
        if self._holding or self.in_transaction or self.writer is None:
            return
        if not _WRITES.match(sql):
            return
        if not self.writer.acquire(timeout=self.wait_seconds):
            # What SQLite itself says when its busy timeout passes.
            raise sqlite3.OperationalError("database is locked")
        self._holding = True
        try:
            # The implicit BEGIN before an INSERT would be IMMEDIATE too (isolation_level); a
            # SAVEPOINT gets none, so the transaction is begun here for every write.
            sqlite3.Connection.execute(self, "BEGIN IMMEDIATE")
        except BaseException:
            self._release()
            raise

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            assert self.writer is not None
            self.writer.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            if not self.in_transaction:
                self._release()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            if not self.in_transaction:
                self._release()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._release()


def connect_arguments(busy_seconds: float) -> dict[str, Any]:
    return {
        "factory": WriterConnection,
        "isolation_level": "IMMEDIATE",
        "check_same_thread": False,
        "timeout": busy_seconds,
    }


def prepare(dbapi_connection: Any, path: str, busy_seconds: float) -> None:
    """Pragmas and the writer lock, on every new connection."""
    cursor = sqlite3.Connection.cursor(dbapi_connection)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_seconds * 1000)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk (the WAL synced) before the answer that reports it goes out.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()
    if isinstance(dbapi_connection, WriterConnection):
        dbapi_connection.writer = writer_lock(path)
        dbapi_connection.wait_seconds = busy_seconds
