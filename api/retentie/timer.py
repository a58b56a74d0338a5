"""The retention job on a timer, in the worker (api/worker/rounds.py): first a while after the
worker starts, then every AANWAS_RETENTIE_INTERVAL_SECONDS (a day by default; 0: never, for a
deployment that runs `aanwas retentie` from its own scheduler). Several workers at once do no
harm: a youth is destroyed once, with one record (api/retentie/vernietiging.py)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from api.retentie.job import Forget, covenants_from, run

logger = logging.getLogger(__name__)

# After the worker starts: long enough that a restart loop does not run the job over and over,
# short enough that a server restarted daily still runs it.
FIRST_AFTER_SECONDS = 300.0


class RetentionTimer:
    def __init__(
        self,
        sessions: Callable[[], Session],
        policies_dir: Path,
        pseudonym: Callable[[str], str],
        every_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        forget: Forget | None = None,
    ) -> None:
        self._sessions = sessions
        self._policies_dir = policies_dir
        self._pseudonym = pseudonym
        self._every = every_seconds
        self._clock = clock
        self._forget = forget
        self._next = clock() + min(FIRST_AFTER_SECONDS, every_seconds)

    def work(self) -> int:
        """Runs the job when it is due; how many youths' data it destroyed."""
        if self._every <= 0 or self._clock() < self._next:
            return 0
        self._next = self._clock() + self._every
        covenants = covenants_from(self._policies_dir)
        if not covenants:
            logger.warning("retentie: no covenants found, nothing destroyed")
            return 0
        destroyed = run(self._sessions, covenants, self._pseudonym, forget=self._forget)
        if destroyed:
            logger.info("retentie: data of %d youth(s) destroyed", len(destroyed))
        return len(destroyed)
