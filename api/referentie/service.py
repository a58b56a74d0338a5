from __future__ import annotations

import math
import time

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.referentie.models import SignaalCategorie


def active_signal_categories(session: Session) -> frozenset[str]:
    codes = session.scalars(select(SignaalCategorie.code).where(SignaalCategorie.actief))
    return frozenset(codes.all())


class ReferenceCache:
    """Reference data for input validation, read at most every few seconds.

    Body validation runs on the event loop; a database round trip per request there would stall
    every other request while the database is slow. Edits show up within `ttl_seconds`.
    """

    def __init__(self, sessions: sessionmaker[Session], ttl_seconds: float = 10.0) -> None:
        self._sessions = sessions
        self._ttl = ttl_seconds
        self._codes: frozenset[str] = frozenset()
        self._read_at = -math.inf

    def invalidate(self) -> None:
        """After an edit in this process: read again on the next validation."""
        self._read_at = -math.inf

    def signal_categories(self) -> frozenset[str]:
        if time.monotonic() - self._read_at > self._ttl:
            with self._sessions() as session:
                self._codes = active_signal_categories(session)
            self._read_at = time.monotonic()
        return self._codes
