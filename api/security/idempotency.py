"""Idempotency-Key for POSTs (IETF draft-ietf-httpapi-idempotency-key-header).

A partner system that retries a push after a timeout must not create the signal twice. The key
and the request are stored only as keyed digests: a key chosen by a client, or a body with a
BSN in it, never lands in the database as such.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, utcnow
from api.openapi_docs import IDEMPOTENCY_KEY_PATTERN
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate

HEADER = "Idempotency-Key"
# The form the OpenAPI document names (visible ASCII, 1 to 255 characters).
_KEY_SHAPE = re.compile(IDEMPOTENCY_KEY_PATTERN)


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("client_id", "key_digest"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(64))
    key_digest: Mapped[str] = mapped_column(String(64))
    request_digest: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The answer a replay repeats, where it cannot be read back (a bulk's results: ids and
    # problem details, never an item's content).
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)


def check_key(key: str) -> str:
    if not _KEY_SHAPE.fullmatch(key):
        raise Problem(
            400,
            "Ongeldige invoer",
            "Idempotency-Key: 1 tot 255 zichtbare ASCII-tekens.",
            type_="ongeldige-invoer",
            extra={"invalidParams": [{"name": HEADER, "reason": "ongeldige sleutel"}]},
        )
    return key


def previous(gate: Gate, key: str, request_body: str, access: Access) -> str | None:
    """The resource a request with this key made before, or None the first time. The same key
    with another request is a client error (422), never a silent replay; the refused `access`
    is on record."""
    record = _previous_record(gate, key, request_body, access)
    return record.resource_id if record is not None else None


def previous_answer(gate: Gate, key: str, request_body: str, access: Access) -> str | None:
    """As previous(), for a request whose answer was remembered: that answer."""
    record = _previous_record(gate, key, request_body, access)
    return record.answer if record is not None else None


def _previous_record(
    gate: Gate, key: str, request_body: str, access: Access
) -> IdempotencyRecord | None:
    record = gate.session.scalars(
        select(IdempotencyRecord).where(
            IdempotencyRecord.client_id == gate.principal.client_id,
            IdempotencyRecord.key_digest == gate.keyed_digest("idempotency-key", key),
        )
    ).first()
    if record is None:
        return None
    if record.request_digest != gate.keyed_digest("idempotency-request", request_body):
        gate.refuse_before_deciding(
            access, "Idempotency-Key hergebruikt voor een ander verzoek", 422
        )
        raise Problem(
            422,
            "Idempotency-Key hergebruikt",
            "Deze Idempotency-Key hoort bij een ander verzoek; kies een nieuwe sleutel.",
            type_="idempotency-key-hergebruikt",
        )
    return record


def remember(
    gate: Gate, key: str, request_body: str, resource_id: str, answer: str | None = None
) -> None:
    """Records the key in the same transaction as what it made (and the answer to replay)."""
    record = IdempotencyRecord(
        client_id=gate.principal.client_id,
        key_digest=gate.keyed_digest("idempotency-key", key),
        request_digest=gate.keyed_digest("idempotency-request", request_body),
        resource_id=resource_id,
        answer=answer,
    )
    try:
        with gate.session.begin_nested():
            gate.session.add(record)
    except IntegrityError:
        raise Problem(
            409,
            "Verzoek al in behandeling",
            "Een verzoek met deze Idempotency-Key wordt al verwerkt; probeer het zo opnieuw.",
            type_="idempotency-key-in-behandeling",
            headers={"Retry-After": "1"},
        ) from None
