"""The privacy officer's view of the audit log: filtered queries with a cursor, a youth's
records (the basis of an inzage), verification, export, and a report of unusual access.

Every query is decided by the policy (aanwas.toezicht) and is itself a record in the log.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, cast, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from api.db import utcnow
from api.security import audit
from api.security.audit import Access
from api.security.gate import Gate
from api.security.models import AuditRecord, AuditRefusal
from api.tijd import AMSTERDAM

# Records that are not about a youth's data (no pseudonym needed to read them).
MAX_PAGE = 500


@dataclass(frozen=True)
class AuditFilter:
    jongere_pseudoniem: str | None = None
    org: str | None = None
    client_id: str | None = None
    rol: str | None = None
    actie: str | None = None
    doel: str | None = None
    beslissing: str | None = None
    verzoek_id: str | None = None
    vanaf: datetime | None = None
    tot: datetime | None = None


def _filtered(wanted: AuditFilter, dialect: str) -> Select[Any]:
    query = select(AuditRecord)
    equal = {
        AuditRecord.jongere_pseudoniem: wanted.jongere_pseudoniem,
        AuditRecord.org: wanted.org,
        AuditRecord.client_id: wanted.client_id,
        AuditRecord.action: wanted.actie,
        AuditRecord.purpose: wanted.doel,
        AuditRecord.decision: wanted.beslissing,
        AuditRecord.request_id: wanted.verzoek_id,
    }
    for column, value in equal.items():
        if value is not None:
            query = query.where(column == value)
    if wanted.rol is not None:
        query = query.where(_names_role(wanted.rol, dialect))
    if wanted.vanaf is not None:
        query = query.where(AuditRecord.occurred_at >= wanted.vanaf)
    if wanted.tot is not None:
        query = query.where(AuditRecord.occurred_at < wanted.tot)
    return query


def _names_role(role: str, dialect: str) -> ColumnElement[bool]:
    """Whether a record's roles (a JSON list) hold this role, asked of the database, so that a
    page filtered by role is as full as any other."""
    if dialect == "postgresql":
        # jsonb's ?: the list holds this string.
        return cast(AuditRecord.roles, JSONB).bool_op("?")(role)
    if dialect == "sqlite":
        held = func.json_each(AuditRecord.roles).table_valued("value")
        return select(held.c.value).where(held.c.value == role).exists()
    raise NotImplementedError(f"no role filter for {dialect}")


def page(
    session: Session, wanted: AuditFilter, after: int, limit: int
) -> tuple[list[dict[str, Any]], int | None]:
    """Records after the cursor (a record id: records that are not sealed yet have no sequence
    number), oldest first; the next cursor or None."""
    dialect = session.get_bind().dialect.name
    query = _filtered(wanted, dialect).where(AuditRecord.id > after).order_by(AuditRecord.id)
    rows: list[AuditRecord] = list(session.scalars(query.limit(limit + 1)).all())
    more = len(rows) > limit
    rows = rows[:limit]
    return [audit.as_json(row) for row in rows], (rows[-1].id if more and rows else None)


def list_records(
    gate: Gate, wanted: AuditFilter, after: int, limit: int, jongere_id: str | None = None
) -> tuple[list[dict[str, Any]], int | None]:
    """A query of the log; when it is about one youth, its record names that youth (so the
    youth's own access request shows that the privacy officer looked them up)."""
    gate.authorize_supervision(
        Access("read", "auditlog", None, jongere_id) if jongere_id else Access("read", "auditlog")
    )
    return page(gate.session, wanted, after, limit)


def youth_records(
    gate: Gate, jongere_id: str, after: int, limit: int
) -> tuple[list[dict[str, Any]], int | None]:
    """Who accessed this youth's data, when, why and with what outcome."""
    gate.authorize_supervision(Access("read", "auditlog_jongere", None, jongere_id))
    pseudonym = gate.pseudonym(jongere_id)
    return page(gate.session, AuditFilter(jongere_pseudoniem=pseudonym), after, limit)


def verify(gate: Gate, trusted: audit.chain.Checkpoint | None) -> dict[str, Any]:
    gate.authorize_supervision(Access("verify", "auditlog"))
    result = audit.verify_database(gate.session, gate.audit_verification_keys(), trusted)
    return result.as_json()


# --- export -------------------------------------------------------------------------------------

CSV_FIELDS = [*audit.chain.STORED_FIELDS, "prev_hash", "record_hash"]


def export_ndjson(
    session: Session, since: datetime | None, until: datetime | None
) -> Iterator[str]:
    for line in audit.export_lines(session, since, until):
        yield json.dumps(line, ensure_ascii=False) + "\n"


def export_csv(session: Session, since: datetime | None, until: datetime | None) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for line in audit.export_lines(session, since, until):
        if line["type"] != "record":
            continue
        writer.writerow({key: _cell(value) for key, value in line.items()})
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula (OWASP CSV injection)."""
    if isinstance(value, list):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# --- unusual access -------------------------------------------------------------------------------

PERSON_ROLES_ONLY = "partner_system"  # systems push at night by design; people should not read


@dataclass(frozen=True)
class Thresholds:
    youths_per_hour: int = 20
    denials_per_10_minutes: int = 5
    office_from: int = 7
    office_until: int = 19


def unusual_access(
    session: Session,
    since: datetime,
    until: datetime,
    expired_covenants: dict[str, str],
    limits: Thresholds,
) -> dict[str, list[dict[str, Any]]]:
    """What a privacy officer should look at: an actor reading many youths in an hour, a person
    reading outside office hours (Amsterdam time), a burst of denials, and reads under a
    covenant that has since expired."""
    rows = session.execute(
        select(
            AuditRecord.id,
            AuditRecord.occurred_at,
            AuditRecord.client_id,
            AuditRecord.org,
            AuditRecord.roles,
            AuditRecord.decision,
            AuditRecord.jongere_pseudoniem,
            AuditRecord.covenants,
        )
        .where(AuditRecord.occurred_at >= since, AuditRecord.occurred_at < until)
        .order_by(AuditRecord.id)
    ).all()
    more_refusals = counted_refusals(session, since, until)
    youths: dict[tuple[str, datetime], set[str]] = defaultdict(set)
    # Denials count for unknown parties too (a refused token names nobody): a burst of them is
    # someone trying their luck.
    denials: dict[str | None, list[datetime]] = defaultdict(list)
    after_hours: dict[str, list[int]] = defaultdict(list)
    expired: dict[tuple[str, str], list[int]] = defaultdict(list)
    orgs: dict[str, str | None] = {}
    for record_id, when, client, org, roles, decision, pseudonym, covenants in rows:
        if decision == "deny":
            denials[client].append(when)
            # The refusals counted after the first of their row (audit_refusals), at its time.
            denials[client].extend([when] * more_refusals.get(record_id, 0))
        if client is None:
            continue
        if org is not None or client not in orgs:  # a record without one does not undo it
            orgs[client] = org
        if decision == "allow" and pseudonym is not None:
            youths[(client, when.replace(minute=0, second=0, microsecond=0))].add(pseudonym)
            local = when.astimezone(AMSTERDAM)
            person = any(role != PERSON_ROLES_ONLY for role in roles)
            outside = local.weekday() >= 5 or not (
                limits.office_from <= local.hour < limits.office_until
            )
            if person and outside:
                after_hours[client].append(record_id)
            for code in covenants:
                if code in expired_covenants:
                    expired[(client, code)].append(record_id)
    return {
        "veelJongeren": [
            {"clientId": c, "organisatie": orgs[c], "uur": hour.isoformat(), "jongeren": len(s)}
            for (c, hour), s in sorted(youths.items())
            if len(s) > limits.youths_per_hour
        ],
        "buitenKantoortijd": [
            {"clientId": c, "organisatie": orgs[c], "records": len(ids), "ids": ids[:50]}
            for c, ids in sorted(after_hours.items())
        ],
        "reeksWeigeringen": [
            {"clientId": c, "organisatie": orgs.get(c) if c else None, **burst}
            for c, times in sorted(denials.items(), key=lambda item: item[0] or "")
            for burst in bursts(times, limits.denials_per_10_minutes, timedelta(minutes=10))
        ],
        "verlopenConvenant": [
            {
                "clientId": c,
                "organisatie": orgs[c],
                "convenant": code,
                "geldigTot": expired_covenants[code],
                "records": len(ids),
                "ids": ids[:50],
            }
            for (c, code), ids in sorted(expired.items())
        ],
    }


def counted_refusals(session: Session, since: datetime, until: datetime) -> dict[int, int]:
    """By the id of the chained record of a refusal row's first refusal (in the period): how
    many more refusals the row counted. Only the first of a row is in the chained log."""
    rows = session.execute(
        select(AuditRefusal.request_ids, AuditRefusal.aantal, AuditRefusal.http_status).where(
            AuditRefusal.minute >= since.replace(second=0, microsecond=0),
            AuditRefusal.minute < until,
            AuditRefusal.aantal > 1,
        )
    ).all()
    more = {ids[0]: (aantal - 1, status) for ids, aantal, status in rows if ids}
    if not more:
        return {}
    firsts = session.execute(
        select(AuditRecord.id, AuditRecord.request_id, AuditRecord.http_status).where(
            AuditRecord.request_id.in_(list(more)),
            AuditRecord.decision == "deny",
            AuditRecord.occurred_at >= since,
            AuditRecord.occurred_at < until,
        )
    ).all()
    return {
        record_id: more[request_id][0]
        for record_id, request_id, status in firsts
        if more[request_id][1] == status
    }


def bursts(times: list[datetime], at_least: int, within: timedelta) -> list[dict[str, Any]]:
    """Each run of `at_least` or more moments within `within` of each other (a sliding window,
    so a burst across the turn of a clock's ten minutes is found too). Overlapping windows make
    one burst: its first and last moment and how many moments in all."""
    times = sorted(times)
    runs: list[tuple[int, int]] = []  # (first, last) index into times
    first = 0
    for last, moment in enumerate(times):
        while moment - times[first] >= within:
            first += 1
        if last - first + 1 < at_least:
            continue
        if runs and first <= runs[-1][1]:
            runs[-1] = (runs[-1][0], last)
        else:
            runs.append((first, last))
    return [
        {"vanaf": times[a].isoformat(), "tot": times[b].isoformat(), "weigeringen": b - a + 1}
        for a, b in runs
    ]


def report(
    gate: Gate, since: datetime | None, until: datetime | None, limits: Thresholds
) -> dict[str, Any]:
    gate.authorize_supervision(Access("read", "auditlog"))
    until = until or utcnow()
    since = since or until - timedelta(days=7)
    findings = unusual_access(gate.session, since, until, gate.expired_covenants(), limits)
    return {"vanaf": since.isoformat(), "tot": until.isoformat(), **findings}
