"""The audit log: one record per processing of personal data (allowed, denied, failed or derived),
token issued or refused, admin action, and query of the log itself. Never personal content.

Records are collected per request (a journal) and written just before the request's transaction
commits: the records and the data they describe stand or fall together ("no record, no
access"). Writing takes no lock. Moments later the sealer (a process beside each API
process, serialised by the chain's head row) gives committed records their place in the hash
chain: a gap-free sequence number, the previous record's hash and their own. So concurrent
requests never queue behind each other's commits; only the second or so before sealing is
guarded by the triggers alone, and verification reports a record left unsealed for longer.
A refusal is written with everything the request had journaled before it, in a transaction of
its own.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import logging
import multiprocessing
import os
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from psycopg import DataError as DriverDataError
from psycopg.types.json import Json
from sqlalchemy import Table, bindparam, delete, func, select, tuple_, update
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session

from api.db import make_engine, session_factory, utcnow
from api.security import auditchain
from api.security.auditchain import SigningKey
from api.security.models import AuditCheckpoint, AuditHead, AuditRecord
from api.security.policy import Decision
from api.security.tokens import Principal

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Access:
    """What was attempted, in words fit for the log."""

    action: str
    resource_type: str
    resource_id: str | None = None
    jongere_id: str | None = None


@dataclass(frozen=True)
class Trace:
    """W3C trace context: the caller's trace id, and the span id of this request."""

    trace_id: str
    span_id: str
    flags: str = "01"

    @classmethod
    def from_header(cls, traceparent: str | None) -> Trace:
        parts = (traceparent or "").strip().split("-")
        if (
            len(parts) == 4
            and parts[0] == "00"
            and _hex(parts[1], 32)
            and _hex(parts[2], 16)
            and _hex(parts[3], 2)
        ):
            return cls(parts[1], secrets.token_hex(8), parts[3])
        return cls(secrets.token_hex(16), secrets.token_hex(8))

    def header(self) -> str:
        return f"00-{self.trace_id}-{self.span_id}-{self.flags}"


def _hex(value: str, length: int) -> bool:
    return (
        len(value) == length
        and all(c in "0123456789abcdef" for c in value)
        and value != "0" * length
    )


current_trace: ContextVar[Trace | None] = ContextVar("current_trace", default=None)


def record_values(
    *,
    request_id: str,
    principal: Principal | None,
    purpose: str | None,
    access: Access,
    outcome: str,
    reason: str,
    pseudonym: str | None,
    activity_id: str | None,
    decision: Decision | None = None,
    http_status: int | None = None,
    client_id: str | None = None,
    org: str | None = None,
    user: str | None = None,
) -> dict[str, Any]:
    """One record's fields (all but its place in the chain). Without a principal, `client_id`,
    `org` and `user` name whoever acted, as far as known."""
    trace = current_trace.get()
    return {
        "occurred_at": utcnow(),
        "request_id": request_id,
        "client_id": principal.client_id if principal else client_id,
        "org": principal.org if principal else org,
        "roles": list(principal.roles) if principal else [],
        "user": principal.user if principal else user,
        "action": access.action,
        "resource_type": access.resource_type,
        # A youth's own record is named by its pseudonym, never by its id.
        "resource_id": pseudonym if access.resource_type == "jongere" else access.resource_id,
        "jongere_pseudoniem": pseudonym,
        "purpose": purpose,
        "activity_id": activity_id,
        "decision": outcome,
        "reason": reason,
        "categories": sorted(decision.categories) if decision else [],
        "covenants": list(decision.covenants) if decision else [],
        "decision_id": decision.decision_id if decision else None,
        "policy_revision": decision.revision if decision else None,
        "basis": decision.basis if decision else None,
        "http_status": http_status,
        "trace_id": trace.trace_id if trace else None,
        "span_id": trace.span_id if trace else None,
    }


def append_admin(
    session: Session,
    access: Access,
    reason: str,
    *,
    org: str | None = None,
    outcome: str = "allow",
    operator: str | None = None,
) -> None:
    """An admin action (a client registered, a retention cut-over, the log read through the
    CLI, a key rotation, or one that failed: `outcome` "error"): on record in this
    transaction, for no request and, unless named, no organisation. `operator` is the person
    at the command line (their login), as the record's user."""
    values = record_values(
        request_id=str(uuid.uuid4()),
        principal=None,
        org=org,
        purpose=None,
        access=access,
        outcome=outcome,
        reason=reason,
        pseudonym=None,
        activity_id=None,
        user=operator,
    )
    append(session, [values])


def append(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    """Writes the records in this transaction (the caller commits): no record, no access. They
    take no lock, so concurrent requests do not wait for each other; the sealer chains them
    moments after commit (seal_pending)."""
    if not entries:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # Every request pays for this insert, so on PostgreSQL it goes through the driver
        # directly (a prepared statement after a few uses): SQLAlchemy's statement handling
        # costs twice the insert itself (bench/audit_append.py).
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            for names, group in itertools.groupby(entries, key=_column_names):
                rows = [_driver_row(values) for values in group]
                if len(rows) == 1:  # executemany pipelines, which one row does not need
                    cursor.execute(_insert_sql(names), rows[0])
                else:
                    cursor.executemany(_insert_sql(names), rows)
        finally:
            cursor.close()
        return
    for values in entries:  # as on PostgreSQL, whose text cannot hold it
        for value in values.values():
            if isinstance(value, str):
                _refuse_nul(value)
    session.execute(AUDIT_TABLE.insert(), [dict(values) for values in entries])


def commit_with(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    """Writes the records and commits the transaction they describe: both or neither. On
    PostgreSQL the inserts and the COMMIT go to the database as one message, so a request pays
    no extra round trip for its records (under load each round trip means waiting for the
    process again). One message means the simple query protocol, which takes no parameters:
    the values go as literals (_literal). If an insert fails, PostgreSQL skips the COMMIT
    after it and the caller rolls back."""
    if (
        not entries
        or session.get_bind().dialect.name != "postgresql"
        or session.in_nested_transaction()  # a savepoint's release is SQLAlchemy's to send
    ):
        append(session, entries)
        session.commit()
        return
    statements = [_insert_literal(values) for values in entries]
    session.flush()  # the request's own changes go first, into this transaction
    driver = session.connection().connection.driver_connection
    with driver.cursor() as cursor:  # type: ignore[union-attr]
        # No parameters, so psycopg sends the text as it is, in one simple query.
        cursor.execute(";\n".join([*statements, "COMMIT"]))
    # SQLAlchemy's bookkeeping: the driver sees the transaction ended and sends nothing.
    session.commit()


def _insert_literal(values: dict[str, Any]) -> str:
    return _insert_sql(_column_names(values)) % tuple(_literal(value) for value in values.values())


def _refuse_nul(text: str) -> None:
    """PostgreSQL's text cannot hold a NUL character; a record holding one is refused on every
    database, so that the log is the same wherever it is kept."""
    if "\x00" in text:
        raise ValueError("an audit value holds a NUL character")


def _literal(value: Any) -> str:
    """One record value as a PostgreSQL literal. Written here rather than by psycopg's client
    side quoting, which cost a request about 0.1 ms of the API process's time for a record's
    23 values (bench/audit_phases.py); a record holds only these few kinds, anything else is
    refused. Text goes as an escape string (E'...'), whose meaning does not depend on the
    server's standard_conforming_strings: a backslash and a quote are doubled, and nothing
    else in it is special. Lists are JSON text, as psycopg's Json writes them (json.dumps),
    which verification hashes as stored."""
    if value is None:
        return "NULL"
    if isinstance(value, str):
        _refuse_nul(value)  # here it would also end the message
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    if isinstance(value, bool):
        raise TypeError("no audit column takes a boolean")
    if isinstance(value, int):
        return str(int(value))  # int(): an IntEnum's own str() is not its number
    if isinstance(value, list):
        return _literal(json.dumps(value))
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return f"'{value.astimezone(UTC).isoformat()}'::timestamptz"
    raise TypeError(f"no audit column takes a {type(value).__name__}")


def _column_names(values: dict[str, Any]) -> tuple[str, ...]:
    return tuple(values)


@functools.cache
def _insert_sql(names: tuple[str, ...]) -> str:
    unknown = set(names) - set(AUDIT_TABLE.columns.keys())
    if unknown:
        raise ValueError(f"no such audit columns: {sorted(unknown)}")
    # Quoted: `user` unquoted is PostgreSQL's current_user, not the column.
    columns = ", ".join(f'"{name}"' for name in names)
    return f"INSERT INTO audit_records ({columns}) VALUES ({', '.join(['%s'] * len(names))})"  # noqa: S608


def _driver_row(values: dict[str, Any]) -> list[Any]:
    """The values as psycopg takes them: lists as JSON, the time as an aware UTC time (what
    UtcDateTime does for the ORM)."""
    row: list[Any] = []
    for value in values.values():
        if isinstance(value, list):
            row.append(Json(value))
        elif isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime")
            row.append(value.astimezone(UTC))
        else:
            row.append(value)
    return row


AUDIT_TABLE: Table = AuditRecord.__table__  # type: ignore[assignment]
SEAL_BATCH = 5000


def seal_pending(session: Session, limit: int = SEAL_BATCH) -> int:
    """Gives committed, unsealed records their place in the chain, in the order they were
    written; returns how many (the caller commits). Holds the chain's head row meanwhile, so
    sealers in several processes never share a sequence number; requests never wait for it."""
    head = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq)
        .returning(AuditHead.seq, AuditHead.hash)
    ).first()
    if head is None:
        raise RuntimeError("audit_kop is missing: run the migrations")
    # Read through the driver and written in one statement: the sealer shares the machine's
    # cores with the requests, so what it spends per record they wait for.
    names = ["id", *(name for name in CHAINED if name != "seq")]
    # Lists come as their JSON text: the driver's own JSON decoding cost as much as the rest.
    quoted = ", ".join(
        f'CAST("{name}" AS TEXT)' if name in JSON_FIELDS else f'"{name}"' for name in names
    )
    pending = (
        session.connection()
        .exec_driver_sql(
            f"SELECT {quoted} FROM audit_records WHERE seq IS NULL ORDER BY id LIMIT {int(limit)}"  # noqa: S608
        )
        .fetchall()
    )
    seq, prev_hash = head
    if not _DIGEST.fullmatch(prev_hash):
        raise RuntimeError("audit_kop holds no hash: the chain's end was changed")
    sealed = []
    for row in pending:
        values = _as_chained(dict(zip(names, row, strict=True)))
        seq += 1
        values["seq"] = seq
        digest = auditchain.chain_hash(prev_hash, values)
        sealed.append(
            {"b_id": values["id"], "seq": seq, "prev_hash": prev_hash, "record_hash": digest}
        )
        prev_hash = digest
    if sealed:
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            # One statement for the round, so neither the sealer nor the database pays a
            # statement per record. Each column travels as one comma-separated text (numbers
            # and hex digests: nothing to escape), which the driver passes on as it is.
            connection.exec_driver_sql(
                _SEAL_POSTGRESQL,
                tuple(",".join(str(entry[name]) for entry in sealed) for name in _SEAL_COLUMNS),
            )
        else:
            session.execute(_SEAL, sealed)
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=seq, hash=prev_hash))
    return len(sealed)


_DIGEST = re.compile("[0-9a-f]{64}")
_SEAL_COLUMNS = ("b_id", "seq", "prev_hash", "record_hash")
_SEAL_POSTGRESQL = (
    "UPDATE audit_records AS r"
    " SET seq = v.seq, prev_hash = v.prev_hash, record_hash = v.record_hash"
    " FROM unnest(string_to_array(%s, ',')::integer[], string_to_array(%s, ',')::bigint[],"
    " string_to_array(%s, ','), string_to_array(%s, ','))"
    " AS v(id, seq, prev_hash, record_hash)"
    " WHERE r.id = v.id"
)


_SEAL = (
    AUDIT_TABLE.update()
    .where(AUDIT_TABLE.c.id == bindparam("b_id"))
    .values(
        seq=bindparam("seq"), prev_hash=bindparam("prev_hash"), record_hash=bindparam("record_hash")
    )
)


def seal_all(session: Session, batch: int = SEAL_BATCH) -> None:
    """Seals every record committed before the call, a batch a transaction. A short batch was
    the last: the sealer runs this ten times a second under load, and asking once more would
    cost it a lock of the chain's head, a read and a commit each time."""
    if batch < 1:
        raise ValueError("a sealing batch holds at least one record")
    while seal_pending(session, batch) == batch:
        session.commit()
    session.commit()


def hashable(values: dict[str, Any]) -> dict[str, Any]:
    """The values as the chain encodes them (times as UTC strings)."""
    moment = values["occurred_at"]
    if isinstance(moment, datetime):
        return {**values, "occurred_at": auditchain.timestamp(moment)}
    return values


def row_values(row: AuditRecord) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in auditchain.CHAINED_FIELDS}
    values = hashable(values)
    values["prev_hash"] = row.prev_hash
    values["record_hash"] = row.record_hash
    return values


# --- checkpoints ----------------------------------------------------------------------------------


def checkpoint(session: Session, key: SigningKey, soort: str = "checkpoint") -> AuditCheckpoint:
    """Signs the chain's current end (the caller commits)."""
    head = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq)
        .returning(AuditHead.seq, AuditHead.hash)
    ).one()
    return _signed(session, key, soort, head.seq, head.hash)


def _signed(session: Session, key: SigningKey, soort: str, seq: int, hash_: str) -> AuditCheckpoint:
    made_at = auditchain.timestamp(utcnow())
    mark = AuditCheckpoint(
        soort=soort,
        seq=seq,
        hash=hash_,
        made_at=made_at,
        key_id=key.key_id,
        signature=key.sign(auditchain.checkpoint_message(soort, seq, hash_, made_at)),
    )
    session.add(mark)
    session.flush()
    return mark


def checkpoint_due(
    session: Session, every_records: int, every_seconds: float, key: SigningKey
) -> bool:
    """Whether the chain grew by `every_records` since the last checkpoint, or has unsigned
    records older than `every_seconds`. Only checkpoints whose signature holds count: a forged
    one (any seq, junk signature) must not stop the signing."""
    head = session.get(AuditHead, 1)
    last = newest_valid_checkpoint(session, {key.key_id: key.public})
    signed_up_to = last.seq if last else 0
    if head is None or head.seq <= signed_up_to:
        return False
    if head.seq - signed_up_to >= every_records:
        return True
    oldest_unsigned = session.scalar(
        select(AuditRecord.occurred_at).where(AuditRecord.seq == signed_up_to + 1)
    )
    return oldest_unsigned is not None and (
        (utcnow() - oldest_unsigned).total_seconds() >= every_seconds
    )


CHECKPOINTS_AT_ONCE = 20


def newest_valid_checkpoint(
    session: Session, keys: dict[str, Ed25519PublicKey]
) -> AuditCheckpoint | None:
    """The checkpoint with the highest sequence number whose signature holds under one of
    `keys`. Read newest first, a few at a time: the sealer asks every round, and a log gains a
    checkpoint a minute for as long as it is kept. Those signed with other keys (before a
    rotation) are not read; forged ones on top (junk signatures) are passed over, in batches
    that double, so that many of them cost a few reads and not one read per batch."""
    newest_first = (
        select(AuditCheckpoint)
        .where(AuditCheckpoint.key_id.in_(list(keys)))
        .order_by(AuditCheckpoint.seq.desc(), AuditCheckpoint.id.desc())
    )
    query, batch = newest_first, CHECKPOINTS_AT_ONCE
    while marks := session.scalars(query.limit(batch)).all():
        for mark in marks:
            if as_checkpoint(mark).valid_under(keys):
                return mark
        older = tuple_(AuditCheckpoint.seq, AuditCheckpoint.id) < (marks[-1].seq, marks[-1].id)
        query, batch = newest_first.where(older), batch * 2
    return None


class Sealer:
    """One round of the sealer's work: seal what is committed, and sign the chain when N
    records or T seconds have passed since the last checkpoint, with the signing key as it is
    then (a rotated key is used from its next checkpoint on)."""

    def __init__(
        self,
        sessions: Any,
        key: Callable[[], SigningKey],
        every_records: int,
        every_seconds: float,
    ) -> None:
        self._sessions = sessions
        self._key = key
        self._every_records = every_records
        self._every_seconds = every_seconds

    def work(self) -> None:
        with self._sessions() as session:
            seal_all(session)
            key = self._key()
            if checkpoint_due(session, self._every_records, self._every_seconds, key):
                checkpoint(session, key)
                session.commit()


@dataclass(frozen=True)
class SealerSettings:
    """What the sealer's process needs to find the log and the signing key."""

    database_url: str
    database_role: str | None
    keys_dir: Path
    production: bool
    every_records: int
    every_seconds: float


class SealerProcess:
    """Seals committed records in a process of its own beside an API process, which wakes it
    after each commit; it also looks once a second (records of other API processes, a missed
    wake-up). A failure is logged and retried: it never fails a request, whose records are
    committed already; verification reports records left unsealed too long.

    A process and not a thread: sealing hashes every record in Python, and in the API's
    process that work holds the interpreter lock the requests' threads wait for. In
    bench/audit_append.py a sealer thread doubled what auditing added at p99.

    The wake-ups travel through a pipe. When the API process closes its end, or dies, the
    sealer sees the pipe end, seals what is left and stops."""

    RESTART_AFTER_SECONDS = 5.0

    def __init__(self, settings: SealerSettings) -> None:
        self._settings = settings
        self._lock = threading.Lock()  # the pipe's end is closed while requests may still wake
        self._waker: Any = None  # the API's end of the pipe
        self._process: Any = None
        self._spawned_at = 0.0

    def start(self) -> None:
        with self._lock:
            if self._process is None:
                self._spawn()

    def _spawn(self) -> None:
        """Starts the sealer's process (the caller holds the lock)."""
        context = multiprocessing.get_context("spawn")  # forking a threaded server is unsafe
        wakes, waker = context.Pipe(duplex=False)
        process = context.Process(
            target=_sealer_main, args=(self._settings, wakes), name="audit-sealer", daemon=True
        )
        try:
            os.set_blocking(waker.fileno(), False)
            process.start()
        except BaseException:
            # Nothing half made stays behind: no pipe left open, no process that never ran.
            wakes.close()
            waker.close()
            raise
        wakes.close()  # the sealer's end now lives in the sealer
        self._process, self._waker = process, waker
        self._spawned_at = time.monotonic()

    def stop(self, timeout: float = 30) -> None:
        with self._lock:
            process, self._process = self._process, None
            if self._waker is not None:
                self._waker.close()  # the sealer's signal to finish
                self._waker = None
        if process is not None:
            process.join(timeout)
            if process.is_alive():
                process.terminate()
                process.join(5)

    def after_commit(self) -> None:
        """Wakes the sealer, unless another request is waking it (or it is being started or
        stopped) at this very moment: that wake-up serves this commit too, as the sealer waits
        SEALER_GATHER_SECONDS before it reads. Should the sealer have read just before this
        commit, its next round (the next commit's wake-up, or its look once a second) seals it.

        Never waits for the lock: its holder may be waiting for the interpreter lock after the
        write, and under 16 concurrent requests the ones queued behind it waited 4 to 22 ms at
        p99 (2 to 5 without the queue; the paced transactions of bench/audit_phases.py)."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            self._wake()
        except Exception as exc:
            # The records are committed and their access stands: not waking the sealer must not
            # turn it into an error. The next commit tries again; verification reports records
            # left unsealed too long.
            logger.error("audit sealer not woken: %s", type(exc).__name__)
        finally:
            self._lock.release()

    def _wake(self) -> None:
        """Writes a wake-up (the caller holds the lock)."""
        if self._waker is None:
            return  # stopped
        try:
            os.write(self._waker.fileno(), b"\0")
        except BlockingIOError:
            pass  # the pipe is full of wake-ups: the sealer has enough to go on
        except BrokenPipeError:
            # The sealer died (its end of the pipe went with it). Under the lock, so that of
            # many requests noticing at once only one starts the next sealer; and not more often
            # than every few seconds, should it die as it starts.
            if time.monotonic() - self._spawned_at < self.RESTART_AFTER_SECONDS:
                return
            logger.warning("the audit sealer stopped; starting it again")
            self._spawned_at = time.monotonic()  # a failing start is tried again after a pause
            dead_waker, dead_process = self._waker, self._process
            # Should the start fail, the dead sealer's pipe stays: the next wake-up finds it
            # broken and tries again.
            self._spawn()
            dead_waker.close()
            dead_process.join(1)
            os.write(self._waker.fileno(), b"\0")

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.is_alive()

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None


SEALER_GATHER_SECONDS = 0.1


def _sealer_main(settings: SealerSettings, wakes: Any) -> None:
    """The sealer process: a round on each wake-up and once a second, until the pipe ends."""
    engine = make_engine(settings.database_url, settings.database_role)
    sealer = Sealer(
        session_factory(engine),
        auditchain.SigningKeyFile(settings.keys_dir, production=settings.production).current,
        every_records=settings.every_records,
        every_seconds=settings.every_seconds,
    )
    wake_fd = wakes.fileno()
    os.set_blocking(wake_fd, False)
    ended = False
    while not ended:
        if wakes.poll(1.0):
            # Let the records of the next moment join this round: a round costs a handful of
            # statements whatever it seals.
            time.sleep(SEALER_GATHER_SECONDS)
            with contextlib.suppress(BlockingIOError):  # drained already: not the end
                ended = os.read(wake_fd, 65536) == b""
        try:
            sealer.work()
        except Exception as exc:
            logger.warning("audit records not sealed yet: %s", type(exc).__name__)
            time.sleep(1.0)
    engine.dispose()


def as_checkpoint(mark: AuditCheckpoint) -> auditchain.Checkpoint:
    return auditchain.Checkpoint(
        mark.soort, mark.seq, mark.hash, mark.made_at, mark.key_id, mark.signature
    )


# --- reading ---------------------------------------------------------------------------------


def latest(session: Session, limit: int) -> Sequence[AuditRecord]:
    rows = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit))
    return list(reversed(rows.all()))


def as_json(entry: AuditRecord) -> dict[str, object]:
    return {
        "id": entry.id,
        "seq": entry.seq,
        "time": entry.occurred_at.isoformat(),
        "requestId": entry.request_id,
        "clientId": entry.client_id,
        "org": entry.org,
        "roles": entry.roles,
        "user": entry.user,
        "action": entry.action,
        "resourceType": entry.resource_type,
        "resourceId": entry.resource_id,
        "jongerePseudoniem": entry.jongere_pseudoniem,
        "purpose": entry.purpose,
        "activityId": entry.activity_id,
        "decision": entry.decision,
        "reason": entry.reason,
        "categories": entry.categories,
        "covenants": entry.covenants,
        "decisionId": entry.decision_id,
        "policyRevision": entry.policy_revision,
        "basis": entry.basis,
        "httpStatus": entry.http_status,
        "traceId": entry.trace_id,
        "spanId": entry.span_id,
        "prevHash": entry.prev_hash,
        "recordHash": entry.record_hash,
    }


# --- verification -------------------------------------------------------------------------------


def verification_keys(keys_dir: Path, current: SigningKey) -> dict[str, Ed25519PublicKey]:
    """The public keys checkpoints may be signed with: the current one, and earlier ones kept
    as PEM files in keys_dir/audit-verify/ after a key rotation."""
    keys: dict[str, Ed25519PublicKey] = {current.key_id: current.public}
    folder = keys_dir / "audit-verify"
    if folder.is_dir():
        for path in sorted(folder.glob("*.pem")):
            public = auditchain.load_public_key(path.read_text())
            keys[auditchain.key_id(public)] = public
    return keys


def stored_records(session: Session, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every record in chain order, as the chain encodes it, streamed. Read through the driver
    directly: verification is about the stored values, and skipping the ORM's conversions makes
    it several times faster (a million records are checked in seconds)."""
    names = [*CHAINED, "prev_hash", "record_hash"]
    # Quoted: `user` unquoted is PostgreSQL's current_user, not the column.
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f"SELECT {quoted} FROM audit_records WHERE seq IS NOT NULL ORDER BY seq"  # noqa: S608
    cursor = session.connection().exec_driver_sql(sql)
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield _as_chained(dict(zip(names, row, strict=True)))


def _as_chained(values: dict[str, Any]) -> dict[str, Any]:
    """Values as the driver returns them, as the chain encodes them."""
    moment = values["occurred_at"]
    # SQLite keeps 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC); PostgreSQL gives a datetime.
    values["occurred_at"] = (
        moment.replace(" ", "T") + "Z" if isinstance(moment, str) else auditchain.timestamp(moment)
    )
    for name in JSON_FIELDS:
        if isinstance(values[name], str):
            values[name] = json.loads(values[name])
    return values


CHAINED = auditchain.CHAINED_FIELDS


def stored_checkpoints(session: Session) -> list[auditchain.Checkpoint]:
    marks = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.seq)).all()
    return [as_checkpoint(mark) for mark in marks]


def verify_database(
    session: Session,
    keys: dict[str, Ed25519PublicKey],
    trusted: auditchain.Checkpoint | None = None,
    *,
    workers: int = 1,
    role: str | None = None,
) -> auditchain.Verification:
    """Checks the log in the database. On SQLite with `workers` > 1 and a long chain, the chain
    is cut into stretches that processes of their own check at the same time (each record
    checks against its own stored prev_hash) and that are joined in order afterwards: the
    verdict is the one a single walk gives. `role` is the database role they act as."""
    marks = stored_checkpoints(session)
    plan = auditchain.prepare(marks, keys, trusted)
    first: int | None
    last: int | None
    first, last = session.execute(
        select(func.min(AuditRecord.seq), func.max(AuditRecord.seq))
    ).one()
    # PostgreSQL hashes with parallel workers of its own (postgresql_stretches).
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    if (
        on_sqlite
        and workers > 1
        and first is not None
        and last is not None
        and (last - first + 1 >= PARALLEL_FROM)
    ):
        result = _verify_in_stretches(session, plan, first, last, workers, role)
    else:
        # Up to the last record sealed when verification began: each scan sees the log anew
        # (read committed), and what is sealed meanwhile waits for the next verification.
        upto = last + 1 if last is not None else None
        result = auditchain.join(plan, stretches(session, None, upto, plan.at))
    # Records are sealed within seconds of their commit: one left unsealed for longer was
    # written (or changed back to unsealed) behind the sealer's back.
    overdue = session.scalar(
        select(func.min(AuditRecord.id)).where(
            AuditRecord.seq.is_(None), AuditRecord.occurred_at < utcnow() - SEAL_GRACE
        )
    )
    if overdue is not None:
        result.fail(None, "niet verzegeld", f"record met id {overdue} is niet (meer) verzegeld")
    result.unsealed = (
        session.scalar(
            select(func.count()).select_from(AuditRecord).where(AuditRecord.seq.is_(None))
        )
        or 0
    )
    return result


SEAL_GRACE = timedelta(minutes=5)
# Below this many records, starting processes costs more than it saves.
PARALLEL_FROM = 100_000


def _verify_in_stretches(
    session: Session,
    plan: auditchain.Plan,
    first: int,
    last: int,
    workers: int,
    role: str | None,
) -> auditchain.Verification:
    url = session.connection().engine.url.render_as_string(hide_password=False)
    size = (last - first + 1) // workers + 1
    bounds = [first + size * n for n in range(workers)]
    ranges = [
        (lo, bounds[n + 1] if n + 1 < len(bounds) else last + 1) for n, lo in enumerate(bounds)
    ]
    # Forked, not spawned: a worker starts in milliseconds instead of importing the API again.
    # It opens connections of its own and never touches the ones it inherits.
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        walked = pool.map(
            _verify_stretch,
            [url] * len(ranges),
            [role] * len(ranges),
            ranges,
            [
                {seq: m for seq, m in plan.at.items() if seq >= lo and (hi is None or seq < hi)}
                for lo, hi in ranges
            ],
        )
        return auditchain.join(plan, [part for parts in walked for part in parts])


def _verify_stretch(
    url: str,
    role: str | None,
    seqs: tuple[int, int | None],
    at: dict[int, list[auditchain.Checkpoint]],
) -> list[auditchain.Stretch]:
    from api.db import make_engine, session_factory

    engine = make_engine(url, role)
    # The engine may be the parent's (make_engine caches): a new pool, the inherited
    # connections left alone (never closed or used here).
    engine.dispose(close=False)
    with session_factory(engine)() as session:
        return stretches(session, *seqs, at)


def stretches(
    session: Session,
    lo: int | None,
    hi: int | None,
    at: dict[int, list[auditchain.Checkpoint]],
) -> list[auditchain.Stretch]:
    """The sealed records with seq in [lo, hi) checked, as stretches for `auditchain.join`."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql_stretches(session, lo, hi, at)
    # SQLite writes the canonical JSON itself (json_array is compact, like ours) and we hash;
    # a record it encodes differently (an unusual character) is encoded again in Python.
    return [_walked(session, sqlite_encoded_records(session, lo=lo, hi=hi), at)]


def _walked(
    session: Session,
    records: Iterator[dict[str, Any]],
    at: dict[int, list[auditchain.Checkpoint]],
) -> auditchain.Stretch:
    """A stretch walked in Python: where it starts and what it links to, `join` checks."""
    return auditchain.walk(records, None, None, at, reload=lambda seq: _reread(session, seq))


def _reread(session: Session, seq: int) -> dict[str, Any]:
    try:
        return record_at(session, seq)
    except (DataError, DriverDataError, ValueError, OverflowError) as exc:  # unreadable
        raise auditchain.Unreadable(type(exc).__name__) from None


def _seq_range(lo: int | None, hi: int | None) -> str:
    # Integers only, formatted here: no text of anyone's reaches the SQL.
    where = "seq IS NOT NULL"
    if lo is not None:
        where += f" AND seq >= {int(lo)}"
    if hi is not None:
        where += f" AND seq < {int(hi)}"
    return where


def _postgresql_hash_holds() -> str:
    """SQL that is true when a record's stored hash is SHA-256 over its stored prev_hash and
    its fields, encoded canonically by PostgreSQL itself."""
    return (
        f"coalesce(encode(sha256(convert_to(prev_hash || {_postgresql_canonical()}, 'UTF8')), "
        "'hex') = record_hash"
        # to_char leaves out the era: a time moved to BC would encode as the original one.
        " AND occurred_at >= '0001-01-01T00:00:00Z' AND occurred_at < '9999-12-31T00:00:00Z'"
        # The replace of '", "' would also apply inside a code holding an escaped quote:
        # lists with any escape in them are Python's to encode.
        " AND strpos(concat(roles::text, categories::text, covenants::text), '\\') = 0"
        ", false)"
    )


@functools.cache
def _postgresql_canonical() -> str:
    """The canonical encoding (auditchain.canonical) written by PostgreSQL. A text value is
    quoted as it is unless some field of the record holds a character JSON escapes (a quote, a
    backslash, a control character): then to_json escapes every field, which costs four times
    as much. JSON columns are taken as stored, as json.dumps wrote them ('["a", "b"]'; ours is
    '["a","b"]'). A record whose encoding here still differs from ours (a code holding '", "'
    or a non-ASCII character in a list) is re-encoded in Python before it is judged."""
    text_fields = [
        name for name in CHAINED if name not in ("seq", "http_status", "occurred_at", *JSON_FIELDS)
    ]

    def encoded(escape_text: bool) -> str:
        parts = []
        for name in CHAINED:
            column = f'"{name}"'
            if name == "occurred_at":
                parts.append(
                    "'\"' || to_char(occurred_at AT TIME ZONE 'UTC', "
                    """'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '\"'"""
                )
            elif name in JSON_FIELDS:
                parts.append(f"coalesce(replace({column}::text, '\", \"', '\",\"'), 'null')")
            elif name in ("seq", "http_status"):
                parts.append(f"coalesce({column}::text, 'null')")
            elif escape_text:
                parts.append(f"coalesce(to_json({column})::text, 'null')")
            else:
                parts.append(f"coalesce('\"' || {column} || '\"', 'null')")
        return "'[' || " + " || ',' || ".join(parts) + " || ']'"

    needs_escaping = (
        "concat(" + ", ".join(f'"{name}"' for name in text_fields) + ") ~ '[\\x01-\\x1f\"\\\\]'"
    )
    return f"(CASE WHEN {needs_escaping} THEN {encoded(True)} ELSE {encoded(False)} END)"


JSON_FIELDS = ("roles", "categories", "covenants")


def postgresql_encoded_records(
    session: Session, batch: int = 10_000, lo: int | None = None, hi: int | None = None
) -> Iterator[dict[str, Any]]:
    # The database hashes too (sha256 over the previous hash and the canonical encoding): only
    # the verdict travels. A record it finds different is re-encoded in Python before judging.
    sql = (
        f"SELECT seq, prev_hash, record_hash, {_postgresql_hash_holds()} "  # noqa: S608
        f"FROM audit_records WHERE {_seq_range(lo, hi)} ORDER BY seq"
    )
    # Only four small columns a row travel, so the client-side cursor's memory stays modest.
    for values in _chain_rows(session, sql, batch, "hash_checked"):
        values["hash_checked"] = bool(values["hash_checked"])
        yield values


def postgresql_stretches(
    session: Session,
    lo: int | None,
    hi: int | None,
    at: dict[int, list[auditchain.Checkpoint]],
) -> list[auditchain.Stretch]:
    """The records with seq in [lo, hi) checked inside PostgreSQL: it hashes every record and
    compares each with the one before it (sequence number and link), and names only the
    records where something is off. The runs between those come back as summaries; each such
    record is walked on its own in Python, which re-encodes it where PostgreSQL's encoding
    differs from ours, and `join` checks how it fits to the run before it. Nothing travels per
    record, so the database's speed at hashing is the verification's speed."""
    connection = session.connection()
    # JIT compiling this one long expression costs more than it saves.
    connection.exec_driver_sql("SET LOCAL jit = off")
    where = _seq_range(lo, hi)
    # Two scans: one that hashes, counting the records whose hash does not hold (a count, so
    # PostgreSQL runs it with parallel workers; asked for rows, it plans one process), and one
    # that checks the order and the links on narrow rows. Only when some hash does not hold is
    # the first scan repeated to name those records.
    unhashing = f"FROM audit_records WHERE {where} AND NOT {_postgresql_hash_holds()}"
    how_many = connection.exec_driver_sql(f"SELECT count(*) {unhashing}").scalar_one()
    unhashed = (
        connection.exec_driver_sql(f"SELECT seq {unhashing}").scalars().all()
        if 0 < how_many <= OFF_AT_MOST
        else []
    )
    unlinked = connection.exec_driver_sql(
        "SELECT seq FROM ("  # noqa: S608
        "  SELECT seq, prev_hash,"
        "   lag(seq) OVER (ORDER BY seq) AS seq_before,"
        "   lag(record_hash) OVER (ORDER BY seq) AS hash_before"
        f"  FROM audit_records WHERE {where}"
        ") AS chain "
        "WHERE seq_before IS NOT NULL"
        " AND (seq <> seq_before + 1 OR prev_hash IS DISTINCT FROM hash_before) "
        f"LIMIT {OFF_AT_MOST + 1}"
    ).scalars()
    off = sorted({*unhashed, *unlinked})
    if how_many > OFF_AT_MOST or len(off) > OFF_AT_MOST:
        # Many records PostgreSQL encodes unlike us (or a log broken all over): walk them all.
        return [_walked(session, postgresql_encoded_records(session, lo=lo, hi=hi), at)]
    stretches: list[auditchain.Stretch] = []
    start = lo
    for seq in [*off, None]:
        run = _checked_run(session, start, seq if seq is not None else hi, at)
        if run.first_seq is not None:
            stretches.append(run)
        if run.problems or seq is None:
            break
        alone = _walked(session, postgresql_encoded_records(session, lo=seq, hi=seq + 1), at)
        stretches.append(alone)
        if alone.problems:
            break
        start = seq + 1
    return stretches


# More records than this that PostgreSQL cannot vouch for, and they are walked one by one.
OFF_AT_MOST = 1000


def _checked_run(
    session: Session,
    lo: int | None,
    hi: int | None,
    at: dict[int, list[auditchain.Checkpoint]],
) -> auditchain.Stretch:
    """A run of records PostgreSQL found whole (consecutive, linked, hashes holding), as a
    stretch: its ends, and the signed checkpoints within it held against its stored hashes."""
    run = auditchain.Stretch()
    where = _seq_range(lo, hi)
    ends = (
        session.connection()
        .exec_driver_sql(
            "SELECT * FROM ("  # noqa: S608
            f"(SELECT seq, prev_hash, record_hash FROM audit_records WHERE {where} "
            "ORDER BY seq LIMIT 1) UNION ALL "
            f"(SELECT seq, prev_hash, record_hash FROM audit_records WHERE {where} "
            "ORDER BY seq DESC LIMIT 1)) AS ends ORDER BY seq"
        )
        .all()
    )
    if not ends:
        return run
    (first, first_prev, _), (last, _, last_hash) = ends[0], ends[-1]
    run.first_seq, run.first_prev_hash = first, first_prev
    marked = sorted(seq for seq in at if first <= seq <= last)
    stored = dict(
        session.execute(
            select(AuditRecord.seq, AuditRecord.record_hash).where(AuditRecord.seq.in_(marked))
        ).all()
        if marked
        else []
    )
    for seq in marked:
        if any(mark.hash != stored.get(seq) for mark in at[seq]):
            # What a walk would have counted before reaching this record.
            run.records = seq - first
            if seq > first:
                run.last_seq = seq - 1
                run.last_hash = session.scalar(
                    select(AuditRecord.record_hash).where(AuditRecord.seq == seq - 1)
                )
            run.fail(seq, "herschreven", f"record {seq} wijkt af van het getekende checkpoint")
            return run
    run.records = last - first + 1
    run.last_seq, run.last_hash = last, last_hash
    return run


def sqlite_encoded_records(
    session: Session, batch: int = 10_000, lo: int | None = None, hi: int | None = None
) -> Iterator[dict[str, Any]]:
    fields = []
    for name in CHAINED:
        if name == "occurred_at":
            fields.append("replace(occurred_at, ' ', 'T') || 'Z'")
        elif name in ("roles", "categories", "covenants"):
            fields.append(f"json({name})")
        else:
            fields.append(f'"{name}"')
    sql = (
        f"SELECT seq, prev_hash, record_hash, json_array({', '.join(fields)}) "  # noqa: S608
        f"FROM audit_records WHERE {_seq_range(lo, hi)} ORDER BY seq"
    )
    for values in _chain_rows(session, sql, batch, "canonical"):
        values["canonical"] = values["canonical"].encode("utf-8")
        yield values


def _chain_rows(session: Session, sql: str, batch: int, fourth: str) -> Iterator[dict[str, Any]]:
    """Rows of (seq, prev_hash, record_hash, what the database made of the record), streamed
    in batches."""
    cursor = session.connection().exec_driver_sql(sql)
    while rows := cursor.fetchmany(batch):
        for seq, prev_hash, record_hash, made in rows:
            yield {"seq": seq, "prev_hash": prev_hash, "record_hash": record_hash, fourth: made}


def record_at(session: Session, seq: int) -> dict[str, Any]:
    row = session.scalars(select(AuditRecord).where(AuditRecord.seq == seq)).one()
    return row_values(row)


# --- retention ----------------------------------------------------------------------------------


class CutOverRefused(Exception):
    """The log is not intact: removing records now would remove the evidence."""


def cut_over(
    session: Session,
    key: SigningKey,
    before: datetime,
    keys: dict[str, Ed25519PublicKey] | None = None,
) -> AuditCheckpoint | None:
    """Removes the oldest records, those before `before`, under a signed cut-over (afkapping)
    that names the last removed record and its chain hash; verification then starts after it.
    Only the unbroken run of old records at the start of the chain goes: one record with a
    wrong (early) time cannot take newer ones with it. Refused when the log does not verify.
    The caller commits. None when nothing is old enough."""
    result = verify_database(session, keys or verification_keys_of(key))
    if not result.intact:
        raise CutOverRefused(str(result.problems[0]))
    first_kept = session.scalar(
        select(func.min(AuditRecord.seq)).where(
            AuditRecord.seq.is_not(None), AuditRecord.occurred_at >= before
        )
    )
    last_sealed = session.scalar(select(func.max(AuditRecord.seq)))
    if last_sealed is None:
        return None
    upto = (first_kept - 1) if first_kept is not None else last_sealed
    last = session.scalars(select(AuditRecord).where(AuditRecord.seq == upto)).first()
    if last is None:
        return None
    assert last.seq is not None and last.record_hash is not None  # sealed, by the query
    mark = _signed(session, key, "afkapping", last.seq, last.record_hash)
    session.execute(delete(AuditRecord).where(AuditRecord.seq <= last.seq))
    return mark


def verification_keys_of(key: SigningKey) -> dict[str, Ed25519PublicKey]:
    return {key.key_id: key.public}


# --- export -------------------------------------------------------------------------------------


def export_lines(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> Iterator[dict[str, Any]]:
    """The log as lines a verifier can check offline: the signed checkpoints, then the records
    in chain order, each with its hashes. A period becomes an unbroken stretch of the chain
    (from the first record at or after `since` to the last before `until`), with only the
    checkpoints inside it, so that it verifies on its own (`verify --periode`)."""
    sealed = AuditRecord.seq.is_not(None)
    low = high = None
    if since is not None:
        low = session.scalar(
            select(func.min(AuditRecord.seq)).where(sealed, AuditRecord.occurred_at >= since)
        )
    if until is not None:
        high = session.scalar(
            select(func.max(AuditRecord.seq)).where(sealed, AuditRecord.occurred_at < until)
        )
    empty = (since is not None and low is None) or (until is not None and high is None)
    for mark in stored_checkpoints(session):
        inside = (low is None or mark.seq >= low) and (high is None or mark.seq <= high)
        if not empty and inside:
            yield {"type": "checkpoint", **mark.as_json()}
    if empty:
        return
    columns = [AuditRecord.__table__.c[name] for name in (*CHAINED, "prev_hash", "record_hash")]
    query = select(*columns).where(sealed).order_by(AuditRecord.seq)
    if low is not None:
        query = query.where(AuditRecord.seq >= low)
    if high is not None:
        query = query.where(AuditRecord.seq <= high)
    names = [column.name for column in columns]
    for row in session.execute(query.execution_options(yield_per=2000)):
        values = dict(zip(names, row, strict=True))
        values["occurred_at"] = auditchain.timestamp(values["occurred_at"])
        yield {"type": "record", **values}


def read_export(
    lines: Iterator[str],
) -> tuple[list[dict[str, Any]], list[auditchain.Checkpoint]]:
    records: list[dict[str, Any]] = []
    marks: list[auditchain.Checkpoint] = []
    for line in lines:
        if not line.strip():
            continue
        item = json.loads(line)
        kind = item.pop("type", None)
        if kind == "checkpoint":
            marks.append(auditchain.Checkpoint.from_json(item))
        elif kind == "record":
            records.append(item)
        else:
            raise auditchain.UnusableInput("not an audit export line")
    return records, marks
