"""Verifying the log in the database: the chain, the signed checkpoints, and records left
unsealed. On PostgreSQL the database re-encodes and hashes the records itself; on SQLite a long
chain is cut into stretches checked by one process per core. Either way the verdict, and the
first break it names, is the one a single walk over the chain gives (chain.join)."""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from psycopg import DataError as DriverDataError
from sqlalchemy import func, select
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session

from api.db import utcnow
from api.security.audit import chain
from api.security.audit.keys import SigningKey, key_id, load_public_key
from api.security.audit.sealing import as_checkpoint
from api.security.models import AuditCheckpoint, AuditRecord


def verification_keys(keys_dir: Path, current: SigningKey) -> dict[str, Ed25519PublicKey]:
    """The public keys checkpoints may be signed with: the current one, and earlier ones kept
    as PEM files in keys_dir/audit-verify/ after a key rotation."""
    keys: dict[str, Ed25519PublicKey] = {current.key_id: current.public}
    folder = keys_dir / "audit-verify"
    if folder.is_dir():
        for path in sorted(folder.glob("*.pem")):
            public = load_public_key(path.read_text())
            keys[key_id(public)] = public
    return keys


def stored_records(session: Session, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every record in chain order, as the chain encodes it, streamed. Read through the driver
    directly: verification is about the stored values, and skipping the ORM's conversions makes
    it several times faster (a million records are checked in seconds)."""
    names = [*STORED, "prev_hash", "record_hash"]
    # Quoted: `user` unquoted is PostgreSQL's current_user, not the column.
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f"SELECT {quoted} FROM audit_records WHERE seq IS NOT NULL ORDER BY seq"  # noqa: S608
    cursor = session.connection().exec_driver_sql(sql)
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield chain.as_chained(dict(zip(names, row, strict=True)))


CHAINED = chain.CHAINED_FIELDS
STORED = chain.STORED_FIELDS


def stored_checkpoints(session: Session) -> list[chain.Checkpoint]:
    marks = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.seq)).all()
    return [as_checkpoint(mark) for mark in marks]


def verify_database(
    session: Session,
    keys: dict[str, Ed25519PublicKey],
    trusted: chain.Checkpoint | None = None,
    *,
    workers: int = 1,
    role: str | None = None,
) -> chain.Verification:
    """Checks the log in the database. On SQLite with `workers` > 1 and a long chain, the chain
    is cut into stretches that processes of their own check at the same time (each record
    checks against its own stored prev_hash) and that are joined in order afterwards: the
    verdict is the one a single walk gives. `role` is the database role they act as."""
    marks = stored_checkpoints(session)
    plan = chain.prepare(marks, keys, trusted)
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
        result = chain.join(plan, stretches(session, None, upto, plan.at))
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
    plan: chain.Plan,
    first: int,
    last: int,
    workers: int,
    role: str | None,
) -> chain.Verification:
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
        return chain.join(plan, [part for parts in walked for part in parts])


def _verify_stretch(
    url: str,
    role: str | None,
    seqs: tuple[int, int | None],
    at: dict[int, list[chain.Checkpoint]],
) -> list[chain.Stretch]:
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
    at: dict[int, list[chain.Checkpoint]],
) -> list[chain.Stretch]:
    """The sealed records with seq in [lo, hi) checked, as stretches for `chain.join`."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql_stretches(session, lo, hi, at)
    # SQLite writes the canonical JSON itself (json_array is compact, like ours) and we hash;
    # a record it encodes differently (an unusual character) is encoded again in Python.
    return [_walked(session, sqlite_encoded_records(session, lo=lo, hi=hi), at)]


def _walked(
    session: Session,
    records: Iterator[dict[str, Any]],
    at: dict[int, list[chain.Checkpoint]],
) -> chain.Stretch:
    """A stretch walked in Python: where it starts and what it links to, `join` checks."""
    return chain.walk(records, None, None, at, reload=lambda seq: _reread(session, seq))


def _reread(session: Session, seq: int) -> dict[str, Any]:
    try:
        return record_at(session, seq)
    except (DataError, DriverDataError, ValueError, OverflowError) as exc:  # unreadable
        raise chain.Unreadable(type(exc).__name__) from None


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
        " AND strpos(concat(roles::text, categories::text, covenants::text, fields::text),"
        " '\\') = 0"
        ", false)"
    )


@functools.cache
def _postgresql_canonical() -> str:
    """The canonical encoding (chain.canonical) written by PostgreSQL. A text value is
    quoted as it is unless some field of the record holds a character JSON escapes (a quote, a
    backslash, a control character): then to_json escapes every field, which costs four times
    as much. JSON columns are taken as stored, as json.dumps wrote them ('["a", "b"]'; ours is
    '["a","b"]'). A record whose encoding here still differs from ours (a code holding '", "'
    or a non-ASCII character in a list) is re-encoded in Python before it is judged."""
    text_fields = [
        name
        for name in CHAINED
        if name not in ("seq", "http_status", "occurred_at", *chain.JSON_FIELDS)
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
            elif name in chain.JSON_FIELDS:
                parts.append(f"coalesce(replace({column}::text, '\", \"', '\",\"'), 'null')")
            elif name in ("seq", "http_status"):
                parts.append(f"coalesce({column}::text, 'null')")
            elif escape_text:
                parts.append(f"coalesce(to_json({column})::text, 'null')")
            else:
                parts.append(f"coalesce('\"' || {column} || '\"', 'null')")
        # An optional field only when it holds a value (chain.OPTIONAL_FIELDS).
        optional = "".join(
            f" || coalesce(',' || replace(\"{name}\"::text, '\", \"', '\",\"'), '')"
            for name in chain.OPTIONAL_FIELDS
        )
        return "'[' || " + " || ',' || ".join(parts) + optional + " || ']'"

    needs_escaping = (
        "concat(" + ", ".join(f'"{name}"' for name in text_fields) + ") ~ '[\\x01-\\x1f\"\\\\]'"
    )
    return f"(CASE WHEN {needs_escaping} THEN {encoded(True)} ELSE {encoded(False)} END)"


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
    at: dict[int, list[chain.Checkpoint]],
) -> list[chain.Stretch]:
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
    stretches: list[chain.Stretch] = []
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
    at: dict[int, list[chain.Checkpoint]],
) -> chain.Stretch:
    """A run of records PostgreSQL found whole (consecutive, linked, hashes holding), as a
    stretch: its ends, and the signed checkpoints within it held against its stored hashes."""
    run = chain.Stretch()
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
    # An optional field only when it holds a value (chain.OPTIONAL_FIELDS).
    with_optional = ", ".join([*fields, *(f"json({name})" for name in chain.OPTIONAL_FIELDS)])
    present = " AND ".join(f"{name} IS NOT NULL" for name in chain.OPTIONAL_FIELDS)
    encoded = (
        f"CASE WHEN {present} THEN json_array({with_optional}) "
        f"ELSE json_array({', '.join(fields)}) END"
    )
    sql = (
        f"SELECT seq, prev_hash, record_hash, {encoded} "  # noqa: S608
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


def row_values(row: AuditRecord) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in chain.STORED_FIELDS}
    values = chain.hashable(values)
    values["prev_hash"] = row.prev_hash
    values["record_hash"] = row.record_hash
    return values


def record_at(session: Session, seq: int) -> dict[str, Any]:
    row = session.scalars(select(AuditRecord).where(AuditRecord.seq == seq)).one()
    return row_values(row)
