"""Export: the log as NDJSON lines (checkpoints, then records with their hashes) that a
verifier checks offline, and reading such an export back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.security.audit import chain
from api.security.audit.keys import UnusableInput
from api.security.audit.verify import STORED, stored_checkpoints
from api.security.models import AuditRecord


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
    columns = [AuditRecord.__table__.c[name] for name in (*STORED, "prev_hash", "record_hash")]
    query = select(*columns).where(sealed).order_by(AuditRecord.seq)
    if low is not None:
        query = query.where(AuditRecord.seq >= low)
    if high is not None:
        query = query.where(AuditRecord.seq <= high)
    names = [column.name for column in columns]
    for row in session.execute(query.execution_options(yield_per=2000)):
        values = dict(zip(names, row, strict=True))
        values["occurred_at"] = chain.timestamp(values["occurred_at"])
        yield {"type": "record", **values}


def read_export(
    lines: Iterator[str],
) -> tuple[list[dict[str, Any]], list[chain.Checkpoint]]:
    records: list[dict[str, Any]] = []
    marks: list[chain.Checkpoint] = []
    for line in lines:
        if not line.strip():
            continue
        item = json.loads(line)
        kind = item.pop("type", None)
        if kind == "checkpoint":
            marks.append(chain.Checkpoint.from_json(item))
        elif kind == "record":
            records.append(item)
        else:
            raise UnusableInput("not an audit export line")
    return records, marks
