"""The worker's rounds: jobs, the retention job when due, then sealing, then a checkpoint if one
is due; at once again while there is work, else after a short pause."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from api.retentie.timer import RetentionTimer
from api.security.audit import Sealer
from api.worker import jobs
from api.worker.context import WorkerContext

logger = logging.getLogger(__name__)

# How long an idle worker waits before it looks again: the longest a youth's assessment reads
# as pending, or a record stays unsealed, when nothing else is going on.
PAUSE_SECONDS = 0.2
# After a busy round, a moment for work to gather: a round costs a few statements whatever it
# does, so under load it takes batches rather than one job or record at a time.
GATHER_SECONDS = 0.05
# A sealing round's batch: on SQLite other writers wait while it runs, so it stays short.
SEAL_BATCH = 500


class Worker:
    def __init__(self, context: WorkerContext) -> None:
        self.context = context
        self.sealer = Sealer(
            context.sessions,
            context.audit_key.current,
            every_records=context.every_records,
            every_seconds=context.every_seconds,
            batch=SEAL_BATCH,
        )
        self.retention = (
            RetentionTimer(
                context.sessions,
                context.policies_dir,
                context.pseudonym,
                context.retentie_seconds,
                forget=context.envelope.forget,
            )
            if context.policies_dir is not None
            else None
        )

    def round(self) -> bool:
        """One round; whether it found anything to do."""
        did = 0
        with self.context.sessions() as session:
            waiting = jobs.anything_to_do(session)
        if waiting:
            did += jobs.run_batch(self.context)
        if self.retention is not None:  # when due: its records are sealed below
            did += self.retention.work()
        # After the jobs: the records they made are sealed in the same round.
        did += self.sealer.work()
        return did > 0

    def run_until_idle(self) -> None:
        """Rounds until there is nothing left to do (tests, and the CLI after its writes)."""
        while self.round():
            pass

    def run(self, stop: Callable[[], bool]) -> None:
        """Rounds until `stop()` says so. A failing round is logged (its kind only) and tried
        again: the work waits in the database, nothing is lost."""
        while not stop():
            try:
                busy = self.round()
            except Exception as exc:
                logger.warning("worker round failed: %s", type(exc).__name__)
                busy = False
                time.sleep(1.0)
            time.sleep(GATHER_SECONDS if busy else PAUSE_SECONDS)
        # What was committed up to the stop is done before the worker goes.
        try:
            self.run_until_idle()
        except Exception as exc:
            logger.warning("worker's last round failed: %s", type(exc).__name__)


def parent_gone(parent: int) -> Callable[[], bool]:
    """For a worker started by `aanwas serve`: stop when that process is gone."""
    return lambda: os.getppid() != parent
