"""Retention: the oldest records go under a signed cut-over, and only when the log verifies."""

from __future__ import annotations

from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from api.security.audit.keys import SigningKey
from api.security.audit.sealing import signed
from api.security.audit.verify import verify_database
from api.security.models import AuditCheckpoint, AuditRecord, AuditRefusal, TokenFailure


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
    # Refusals counted per minute go with the records of their time (their first refusal's
    # chained record goes below); token_failures never outlive their throttle's window
    # (throttle.py prunes them), so this only catches rows left by a stopped server.
    session.execute(delete(AuditRefusal).where(AuditRefusal.minute < before))
    session.execute(delete(TokenFailure).where(TokenFailure.mislukt_op < before))
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
    mark = signed(session, key, "afkapping", last.seq, last.record_hash)
    session.execute(delete(AuditRecord).where(AuditRecord.seq <= last.seq))
    return mark


def verification_keys_of(key: SigningKey) -> dict[str, Ed25519PublicKey]:
    return {key.key_id: key.public}
