"""Sealing: committed records get their place in the chain (a gap-free sequence number, the
previous record's hash and their own), and the chain's end is signed in checkpoints.

The worker (api/worker) seals moments after commit; the CLI seals what it writes itself. The
chain's head row serialises sealers, in one process or many: the database decides who seals,
and requests never wait for it."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import bindparam, select, tuple_, update
from sqlalchemy.orm import Session

from api.db import utcnow
from api.security.audit import chain
from api.security.audit.keys import SigningKey
from api.security.audit.record import AUDIT_TABLE
from api.security.models import AuditCheckpoint, AuditHead, AuditRecord

SEAL_BATCH = 5000


def seal_pending(session: Session, limit: int = SEAL_BATCH) -> int:
    """Gives committed, unsealed records their place in the chain, in the order they were
    written; returns how many (the caller commits). Holds the chain's head row meanwhile, so
    sealers in several processes never share a sequence number; requests never wait for it."""
    head = _locked_head(session)
    # Read through the driver and written in one statement: the sealer shares the machine's
    # cores with the requests, so what it spends per record they wait for.
    names = ["id", *(name for name in chain.STORED_FIELDS if name != "seq")]
    # Lists come as their JSON text: the driver's own JSON decoding cost as much as the rest.
    quoted = ", ".join(
        f'CAST("{name}" AS TEXT)' if name in chain.JSON_FIELDS else f'"{name}"' for name in names
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
        values = chain.as_chained(dict(zip(names, row, strict=True)))
        seq += 1
        values["seq"] = seq
        digest = chain.chain_hash(prev_hash, values)
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


def seal_all(session: Session, batch: int = SEAL_BATCH) -> int:
    """Seals every record committed before the call, a batch a transaction; returns how many.
    A short batch was the last: asking once more would cost a lock of the chain's head, a read
    and a commit."""
    if batch < 1:
        raise ValueError("a sealing batch holds at least one record")
    total = 0
    while (sealed := seal_pending(session, batch)) == batch:
        session.commit()
        total += sealed
    session.commit()
    return total + sealed


def checkpoint(session: Session, key: SigningKey, soort: str = "checkpoint") -> AuditCheckpoint:
    """Signs the chain's current end (the caller commits)."""
    head = _locked_head(session)
    return signed(session, key, soort, head.seq, head.hash)


def _locked_head(session: Session) -> Any:
    """The chain's end (seq, hash), its row locked until the transaction ends: whoever seals or
    signs holds it, so two never work on the chain's end at once."""
    head = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq)
        .returning(AuditHead.seq, AuditHead.hash)
    ).first()
    if head is None:
        raise RuntimeError("audit_kop is missing: run the migrations")
    return head


def signed(session: Session, key: SigningKey, soort: str, seq: int, hash_: str) -> AuditCheckpoint:
    made_at = chain.timestamp(utcnow())
    mark = AuditCheckpoint(
        soort=soort,
        seq=seq,
        hash=hash_,
        made_at=made_at,
        key_id=key.key_id,
        signature=key.sign(chain.checkpoint_message(soort, seq, hash_, made_at)),
    )
    session.add(mark)
    session.flush()
    return mark


def checkpoint_due(
    session: Session,
    every_records: int,
    every_seconds: float,
    key: SigningKey,
    signed_up_to: int | None = None,
) -> bool:
    """Whether the chain grew by `every_records` since the last checkpoint, or has unsigned
    records older than `every_seconds`. Only checkpoints whose signature holds count: a forged
    one (any seq, junk signature) must not stop the signing. `signed_up_to`: where the last
    valid checkpoint is, when the caller knows (else it is looked up)."""
    head = session.get(AuditHead, 1)
    if signed_up_to is None:
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
    """One round of sealing: seal what is committed, and sign the chain when N records or T
    seconds have passed since the last checkpoint, with the signing key as it is then (a
    rotated key is used from its next checkpoint on)."""

    # How often an idle chain is looked at for a checkpoint that has come due by time.
    CHECK_EVERY_SECONDS = 1.0

    def __init__(
        self,
        sessions: Any,
        key: Callable[[], SigningKey],
        every_records: int,
        every_seconds: float,
        batch: int = SEAL_BATCH,
    ) -> None:
        self._sessions = sessions
        self._key = key
        self._every_records = every_records
        self._every_seconds = every_seconds
        self._batch = batch
        self._checked_at = 0.0
        # Where this sealer's key last signed, once looked up: the lookup verifies signatures,
        # and a busy worker asks every round. Another worker signing meanwhile only makes this
        # one sign a checkpoint early.
        self._signed: tuple[str, int] | None = None

    def work(self) -> int:
        """Returns how many records it sealed."""
        with self._sessions() as session:
            # A read that takes no lock first: an idle log costs no write.
            sealed = seal_all(session, self._batch) if unsealed(session) else 0
            session.rollback()
            if not sealed and time.monotonic() - self._checked_at < self.CHECK_EVERY_SECONDS:
                return 0
            self._checked_at = time.monotonic()
            key = self._key()
            known = self._signed[1] if self._signed and self._signed[0] == key.key_id else None
            if known is None:
                last = newest_valid_checkpoint(session, {key.key_id: key.public})
                known = last.seq if last else 0
                self._signed = (key.key_id, known)
            if checkpoint_due(session, self._every_records, self._every_seconds, key, known):
                mark = checkpoint(session, key)
                session.commit()
                self._signed = (key.key_id, mark.seq)
            else:
                session.rollback()
        return sealed


def unsealed(session: Session) -> bool:
    return (
        session.scalar(select(AuditRecord.id).where(AuditRecord.seq.is_(None)).limit(1)) is not None
    )


def as_checkpoint(mark: AuditCheckpoint) -> chain.Checkpoint:
    return chain.Checkpoint(
        mark.soort, mark.seq, mark.hash, mark.made_at, mark.key_id, mark.signature
    )
