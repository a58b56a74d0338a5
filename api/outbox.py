"""The transactional outbox: work derived from a change, done after it commits, by the worker.

A request that changes what a derivation reads (a new signal changes a youth's doelgroeptoets)
writes a job in its own transaction: the job exists exactly when the change does, and the
request does not wait for the derivation. The worker (api/worker) takes jobs in batches, does
them and removes them in one transaction. A job remembers who caused it (the request, the
client and the purpose), so that what the worker derives is on record under that request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, delete, exists, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from api.db import Base, UtcDateTime, utcnow

# Kinds of job; each has a handler in api/worker/jobs.py.
DOELGROEPTOETS = "doelgroeptoets"
# A category's indicator on the signal card changed (sleutel: the id of its new version): every
# youth with a signal of that category is assessed again.
SIGNAALCATEGORIE = "signaalcategorie"


class OutboxJob(Base):
    """Derived work still to do: what (`soort`), about what (`sleutel`, e.g. a youth's id) and
    why (`aanleiding`), with the request that caused it. Meta data only."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_soort_sleutel", "soort", "sleutel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    soort: Mapped[str] = mapped_column(String(40))
    sleutel: Mapped[str] = mapped_column(String(36))
    aanleiding: Mapped[str] = mapped_column(String(60))
    request_id: Mapped[str] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(64))
    org: Mapped[str | None] = mapped_column(String(40))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    user: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(String(40))
    trace_id: Mapped[str | None] = mapped_column(String(32))
    span_id: Mapped[str | None] = mapped_column(String(16))
    aangemaakt_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Failed attempts; a job that keeps failing is left for an operator after MAX_ATTEMPTS.
    pogingen: Mapped[int] = mapped_column(Integer, default=0)


MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Cause:
    """Who caused derived work: the request, as its audit records name it."""

    request_id: str
    client_id: str | None
    org: str | None
    roles: tuple[str, ...]
    user: str | None
    purpose: str | None
    trace_id: str | None
    span_id: str | None


def job(soort: str, sleutel: str, aanleiding: str, cause: Cause) -> OutboxJob:
    """A job, to be written in the transaction of the change that caused it (both or neither)."""
    return OutboxJob(
        soort=soort,
        sleutel=sleutel,
        aanleiding=aanleiding,
        request_id=cause.request_id,
        client_id=cause.client_id,
        org=cause.org,
        roles=list(cause.roles),
        user=cause.user,
        purpose=cause.purpose,
        trace_id=cause.trace_id,
        span_id=cause.span_id,
    )


def pending(session: Session, soort: str, sleutel: str) -> bool:
    """Whether derived work about this key is still to be done (or keeps failing)."""
    return bool(
        session.scalar(
            select(exists().where(OutboxJob.soort == soort, OutboxJob.sleutel == sleutel))
        )
    )


def settled(session: Session, soort: str, sleutel: str) -> None:
    """Removes the jobs about a key whose work this transaction did itself."""
    session.execute(delete(OutboxJob).where(OutboxJob.soort == soort, OutboxJob.sleutel == sleutel))
