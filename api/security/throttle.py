"""Throttling failed client authentication at the token endpoint, so that guessing secrets is
slowed down without locking the rightful client out.

Failures are counted in a sliding window per address and per (claimed client, address), never
per client alone: an attacker guessing one client's secret from one address is slowed, the
rightful client calling from its own address is not. Only failures count (an attempt refused
by the throttle itself does not), so Retry-After is the moment enough failures have left the
window. Rows older than the window are removed as new ones come in: the table never holds more
than the window's failures (no retention job needed)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from api.db import utcnow
from api.security.crypto import BlindIndex
from api.security.models import TokenFailure


@dataclass(frozen=True)
class ThrottleLimits:
    window_seconds: int
    per_address: int
    per_client_address: int


class TokenThrottle:
    def __init__(
        self, sessions: sessionmaker[Session], digests: BlindIndex, limits: ThrottleLimits
    ) -> None:
        self._sessions = sessions
        self._digests = digests
        self.limits = limits

    def address_key(self, address: str) -> str:
        """The address as stored: a keyed hash (an IP address can identify a person)."""
        return self._digests.digest(f"adres:{address}")

    def retry_after(self, address: str, client_id: str) -> int | None:
        """Seconds until another attempt from this address for this client may be made, or
        None when it may be made now. Raises SQLAlchemyError when the count cannot be read
        (the caller refuses: fail closed)."""
        adres = self.address_key(address)
        since = utcnow() - timedelta(seconds=self.limits.window_seconds)
        waits = [
            self._wait(TokenFailure.adres == adres, since, self.limits.per_address),
            self._wait(
                (TokenFailure.adres == adres) & (TokenFailure.client_id == client_id),
                since,
                self.limits.per_client_address,
            ),
        ]
        longest = max((wait for wait in waits if wait is not None), default=None)
        return None if longest is None else max(1, math.ceil(longest))

    def _wait(self, which: ColumnElement[bool], since: datetime, limit: int) -> float | None:
        with self._sessions() as session:
            in_window = select(TokenFailure.mislukt_op).where(
                which, TokenFailure.mislukt_op > since
            )
            count = session.scalar(select(func.count()).select_from(in_window.subquery())) or 0
            if count < limit:
                return None
            # Once this failure has left the window, fewer than `limit` remain.
            leaves = session.scalar(
                in_window.order_by(TokenFailure.mislukt_op).offset(count - limit).limit(1)
            )
        if leaves is None:
            return None
        freed_at = leaves + timedelta(seconds=self.limits.window_seconds)
        return max(0.0, (freed_at - utcnow()).total_seconds())

    def note_failure(self, address: str, client_id: str) -> None:
        now = utcnow()
        with self._sessions() as session:
            session.execute(
                delete(TokenFailure).where(
                    TokenFailure.mislukt_op <= now - timedelta(seconds=self.limits.window_seconds)
                )
            )
            session.add(
                TokenFailure(adres=self.address_key(address), client_id=client_id, mislukt_op=now)
            )
            session.commit()
