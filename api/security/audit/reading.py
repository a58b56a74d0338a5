"""Reading the log: the newest records, and a record as the privacy officer's API shows it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.security.models import AuditRecord


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
        "fields": entry.fields,
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
