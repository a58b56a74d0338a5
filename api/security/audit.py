"""The access log: one record per decision about personal data, allowed, denied or failed.

A record is written in the same database transaction as the access it describes: if it cannot
be written, the transaction fails and no data leaves. Records hold ids, actor, purpose and the
decision, never personal content. (The hash chain and signed checkpoints come with issue 5.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.security.models import AuditRecord
from api.security.policy import Decision
from api.security.tokens import Principal


@dataclass(frozen=True)
class Access:
    """What was attempted, in words fit for the log."""

    action: str
    resource_type: str
    resource_id: str | None = None
    jongere_id: str | None = None


def record(
    session: Session,
    *,
    request_id: str,
    principal: Principal,
    purpose: str | None,
    access: Access,
    outcome: str,
    reason: str,
    decision: Decision | None = None,
    http_status: int | None = None,
) -> AuditRecord:
    entry = AuditRecord(
        request_id=request_id,
        client_id=principal.client_id,
        org=principal.org,
        roles=list(principal.roles),
        user=principal.user,
        action=access.action,
        resource_type=access.resource_type,
        resource_id=access.resource_id,
        jongere_id=access.jongere_id,
        purpose=purpose,
        decision=outcome,
        reason=reason,
        categories=sorted(decision.categories) if decision else [],
        covenants=list(decision.covenants) if decision else [],
        decision_id=decision.decision_id if decision else None,
        policy_revision=decision.revision if decision else None,
        basis=decision.basis if decision else None,
        http_status=http_status,
    )
    session.add(entry)
    session.flush()
    return entry


def latest(session: Session, limit: int) -> Sequence[AuditRecord]:
    rows = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit))
    return list(reversed(rows.all()))


def as_json(entry: AuditRecord) -> dict[str, object]:
    return {
        "id": entry.id,
        "time": entry.occurred_at.isoformat(),
        "requestId": entry.request_id,
        "clientId": entry.client_id,
        "org": entry.org,
        "roles": entry.roles,
        "user": entry.user,
        "action": entry.action,
        "resourceType": entry.resource_type,
        "resourceId": entry.resource_id,
        "jongereId": entry.jongere_id,
        "purpose": entry.purpose,
        "decision": entry.decision,
        "reason": entry.reason,
        "categories": entry.categories,
        "covenants": entry.covenants,
        "basis": entry.basis,
        "decisionId": entry.decision_id,
        "policyRevision": entry.policy_revision,
        "httpStatus": entry.http_status,
    }
