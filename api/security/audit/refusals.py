"""Refused requests (a refused token, a 400, a throttled token request) on record in bounded
form, so that a flood of bad requests cannot flood the log.

One row per (caller, route, reason, status, minute) in `audit_refusals`, with a count and at
most REFUSAL_SAMPLES request ids and pseudonyms (a BSN only as its blind-index pseudonym). The
first refusal of a row is also written to the chained audit log, in the same transaction, so
that its existence is provable; the ones after it only count. Triggers (migration 0012) let a
row's count and lists only grow; rows go only under retention (retention.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from api.db import utcnow
from api.security.audit.record import Access, append, record_values
from api.security.models import AuditRefusal

REFUSAL_SAMPLES = 20


@dataclass(frozen=True)
class Refusal:
    request_id: str
    # The client our signature vouches for, else None: then the caller is named by address.
    client_id: str | None
    org: str | None
    address_key: str  # a keyed hash of the caller's address
    route: str  # METHOD and the route's template, never the path
    reason: str
    http_status: int
    pseudonyms: tuple[str, ...] = ()

    @property
    def caller(self) -> str:
        return self.client_id or f"adres:{self.address_key[:32]}"


def record_refusal(session: Session, refusal: Refusal, now: datetime | None = None) -> bool:
    """Counts the refusal in its row, creating the row (and its chained record) for the first
    of its minute. The caller commits. True when this was the row's first refusal."""
    minute = (now or utcnow()).replace(second=0, microsecond=0)
    key = {
        "caller": refusal.caller,
        "route": refusal.route[:200],
        "reason": refusal.reason[:200],
        "http_status": refusal.http_status,
        "minute": minute,
    }
    pseudonyms = list(dict.fromkeys(refusal.pseudonyms))[:REFUSAL_SAMPLES]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    created = session.execute(
        insert(AuditRefusal)
        .values(**key, aantal=1, request_ids=[refusal.request_id], pseudoniemen=pseudonyms)
        .on_conflict_do_nothing(index_elements=list(key))
        .returning(AuditRefusal.id)
    ).first()
    if created is not None:
        append(session, [_chained(refusal)])
        return True
    row = session.execute(
        select(AuditRefusal.id, AuditRefusal.request_ids, AuditRefusal.pseudoniemen)
        .filter_by(**key)
        .with_for_update()
    ).first()
    if row is None:  # gone under retention in between: nothing left to count in
        return False
    values: dict[str, Any] = {"aantal": AuditRefusal.aantal + 1}
    if len(row.request_ids) < REFUSAL_SAMPLES:
        values["request_ids"] = [*row.request_ids, refusal.request_id]
    more = [p for p in pseudonyms if p not in row.pseudoniemen]
    if more and len(row.pseudoniemen) < REFUSAL_SAMPLES:
        values["pseudoniemen"] = [*row.pseudoniemen, *more][:REFUSAL_SAMPLES]
    session.execute(update(AuditRefusal).where(AuditRefusal.id == row.id).values(**values))
    return False


def _chained(refusal: Refusal) -> dict[str, Any]:
    values = record_values(
        request_id=refusal.request_id,
        principal=None,
        client_id=refusal.client_id,
        org=refusal.org,
        purpose=None,
        access=Access("present", "token" if refusal.http_status == 401 else "verzoek"),
        outcome="deny",
        # As every refused token was recorded before rows were counted: why, and where.
        reason=f"{refusal.reason} ({refusal.route})",
        # A BSN's pseudonym is a blind index, not the youth's pseudonym: only in the row.
        pseudonym=None,
        activity_id=None,
        http_status=refusal.http_status,
    )
    return values
