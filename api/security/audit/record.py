"""Building an audit record: what was attempted, by whom, for what, and how it ended; and
writing records in the transaction of what they describe (no record, no access)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from api.db import plain_insert, utcnow
from api.security.models import AuditRecord
from api.security.policy import Decision
from api.security.principal import Principal


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
    trace: Trace | None = None,
    fields: list[str] | None = None,
) -> dict[str, Any]:
    """One record's fields (all but its place in the chain). Without a principal, `client_id`,
    `org` and `user` name whoever acted, as far as known; `trace` is the request's (by default
    the one being served)."""
    trace = trace or current_trace.get()
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
        "fields": fields,
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


AUDIT_TABLE: Table = AuditRecord.__table__  # type: ignore[assignment]


def append(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    """Writes the records in this transaction, with bound parameters (the caller commits): no
    record, no access. They take no lock, so concurrent requests do not wait for each other;
    the worker chains them moments after commit (sealing.seal_pending)."""
    if not entries:
        return
    for values in entries:
        for value in values.values():
            if isinstance(value, str):
                refuse_nul(value)
    # On the session's connection, as a plain INSERT (no RETURNING): the ORM's statement
    # handling would cost a request more than the insert.
    session.connection().execute(plain_insert(AUDIT_TABLE), [dict(v) for v in entries])


def refuse_nul(text: str) -> None:
    """PostgreSQL's text cannot hold a NUL character; a record holding one is refused on every
    database, so that the log is the same wherever it is kept."""
    if "\x00" in text:
        raise ValueError("an audit value holds a NUL character")


# Logboek Dataverwerkingen: the processing activity (verwerkingsactiviteit) of the register each
# purpose falls under. The ids are those of the municipality's verwerkingsregister.
VERWERKINGSACTIVITEITEN = {
    "signalering": "va-aanwas-01-vroegsignalering",
    "groepsaanpak": "va-aanwas-02-groepsaanpak",
    "pga": "va-aanwas-03-persoonsgerichte-aanpak",
    "ico": "va-aanwas-04-zorg-en-veiligheidshuis",
    "ondermijning": "va-aanwas-05-riec",
    "rapportage": "va-aanwas-06-rapportage",
    "inzage": "va-aanwas-07-inzageverzoek",
    "toezicht": "va-aanwas-08-toezicht-fg",
}


def activity_of(purpose: str | None) -> str | None:
    return VERWERKINGSACTIVITEITEN.get(purpose or "")
