"""The outbox's jobs, done in batches: one transaction takes a batch, does it, records what it
derived and removes the jobs, so a job is done exactly when its result is stored."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from api import outbox
from api.beoordeling import doelgroeptoets
from api.beoordeling.models import Doelgroeptoets
from api.casussen import taken as casustaken
from api.outbox import OutboxJob
from api.referentie.models import SignaalCategorieVersie
from api.security import audit
from api.security.audit.record import Access, Trace, activity_of
from api.security.principal import Principal
from api.security.vernietigd import without_destroyed
from api.signalen.models import Signaal
from api.worker.context import WorkerContext

logger = logging.getLogger(__name__)

BATCH = 500

Handler = Callable[[Session, WorkerContext, Sequence[OutboxJob]], None]


def doelgroeptoetsen(session: Session, context: WorkerContext, jobs: Sequence[OutboxJob]) -> None:
    """Recomputes the assessment of every youth a job names, once per youth however many jobs
    name them; a new assessment is on record as derived, under the request that caused it last
    (jobs come oldest first)."""
    newest = {job.sleutel: job for job in jobs}
    changed = doelgroeptoets.recompute_stored(
        session, context.opener(session), {key: job.aanleiding for key, job in newest.items()}
    )
    audit.append(session, _recomputed(session, context, changed, newest))


def signaalcategorieen(session: Session, context: WorkerContext, jobs: Sequence[OutboxJob]) -> None:
    """A category's indicator changed: every youth with a signal of it is assessed again, under
    the edit that caused it (a youth named by several edits, under the newest)."""
    cause_of: dict[str, OutboxJob] = {}
    for job in jobs:
        code = session.scalar(
            select(SignaalCategorieVersie.code).where(SignaalCategorieVersie.id == job.sleutel)
        )
        for jongere_id in session.scalars(
            select(Signaal.jongere_id)
            .where(Signaal.categorie == code, without_destroyed(Signaal.jongere_id))
            .distinct()
        ):
            cause_of[jongere_id] = job
    changed = doelgroeptoets.recompute_stored(
        session, context.opener(session), {key: job.aanleiding for key, job in cause_of.items()}
    )
    audit.append(session, _recomputed(session, context, changed, cause_of))


def _recomputed(
    session: Session,
    context: WorkerContext,
    changed: Sequence[Doelgroeptoets],
    cause_of: dict[str, OutboxJob],
) -> list[dict[str, object]]:
    """The derived records of assessments made again, each under the job that caused it; and of
    the tasks opened where an assessment turned to zwaardere_aanpak during an open case."""
    records = [
        _derived_record(
            context,
            job := cause_of[toets.jongere_id],
            Access("create", "doelgroeptoets", toets.id, toets.jongere_id),
            f"doelgroeptoets automatisch herberekend ({job.aanleiding})",
        )
        for toets in changed
    ]
    records += [
        _derived_record(
            context,
            cause_of[jongere_id],
            Access("create", "casustaak", taak.id, jongere_id),
            casustaken.OPENED,
        )
        for taak, jongere_id in casustaken.open_for(session, changed)
    ]
    return records


def _derived_record(
    context: WorkerContext, job: OutboxJob, access: Access, reason: str
) -> dict[str, object]:
    principal = (
        Principal(job.client_id, job.org, tuple(job.roles), job.user)
        if job.client_id is not None and job.org is not None
        else None
    )
    return audit.record_values(
        request_id=job.request_id,
        principal=principal,
        purpose=job.purpose,
        access=access,
        outcome="derived",
        reason=reason,
        pseudonym=context.pseudonym(access.jongere_id) if access.jongere_id else None,
        activity_id=activity_of(job.purpose),
        trace=Trace(job.trace_id, job.span_id) if job.trace_id and job.span_id else None,
    )


HANDLERS: dict[str, Handler] = {
    outbox.DOELGROEPTOETS: doelgroeptoetsen,
    outbox.SIGNAALCATEGORIE: signaalcategorieen,
}


def anything_to_do(session: Session) -> bool:
    """A read that takes no lock: most rounds of an idle worker end here."""
    return bool(session.scalar(select(exists().where(OutboxJob.pogingen < outbox.MAX_ATTEMPTS))))


def run_batch(context: WorkerContext, batch: int = BATCH) -> int:
    """Takes up to `batch` jobs (those another worker holds are skipped), does them and removes
    them in one transaction; returns how many were taken. A batch that fails is done again one
    kind and key at a time, so that one bad job (a field that does not open) holds up no
    other: its jobs count a failed attempt, and after MAX_ATTEMPTS they wait for an operator."""
    with context.sessions() as session:
        jobs = _claim(session, batch)
        if not jobs:
            session.rollback()
            return 0
        # Read now: a rollback expires the jobs.
        keys = sorted({(job.soort, job.sleutel) for job in jobs})
        try:
            _do(session, context, jobs)
            session.commit()
            return len(jobs)
        except Exception as exc:
            session.rollback()
            logger.warning("outbox batch failed (%s); one key at a time", type(exc).__name__)
    for kind, key in keys:
        _run_one(context, kind, key)
    return len(jobs)


def _claim(session: Session, batch: int) -> list[OutboxJob]:
    return list(
        session.scalars(
            select(OutboxJob)
            .where(OutboxJob.pogingen < outbox.MAX_ATTEMPTS)
            .order_by(OutboxJob.id)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
    )


def _do(session: Session, context: WorkerContext, jobs: Sequence[OutboxJob]) -> None:
    by_kind: dict[str, list[OutboxJob]] = {}
    for job in jobs:
        by_kind.setdefault(job.soort, []).append(job)
    for kind, kind_jobs in by_kind.items():
        handler = HANDLERS.get(kind)
        if handler is None:
            raise LookupError(f"no handler for outbox jobs of kind {kind}")
        handler(session, context, kind_jobs)
    session.execute(delete(OutboxJob).where(OutboxJob.id.in_([job.id for job in jobs])))


def _run_one(context: WorkerContext, kind: str, key: str) -> None:
    with context.sessions() as session:
        jobs = list(
            session.scalars(
                select(OutboxJob)
                .where(
                    OutboxJob.soort == kind,
                    OutboxJob.sleutel == key,
                    OutboxJob.pogingen < outbox.MAX_ATTEMPTS,
                )
                .order_by(OutboxJob.id)
                .with_for_update(skip_locked=True)
            )
        )
        if not jobs:
            return
        ids = [job.id for job in jobs]
        try:
            _do(session, context, jobs)
            session.commit()
            return
        except Exception as exc:
            session.rollback()
            # The kind of failure only: a message could quote a field.
            logger.error("outbox job %s failed: %s", kind, type(exc).__name__)
        session.execute(
            update(OutboxJob).where(OutboxJob.id.in_(ids)).values(pogingen=OutboxJob.pogingen + 1)
        )
        session.commit()
