"""Time as the covenants and the AVG count it: calendar days in Europe/Amsterdam, not UTC.

A covenant is in force from 00:00 Amsterdam time on its first day to the end of its last day,
retention periods run from the Amsterdam date of a registration, and a request received at
00:30 on the 1st (23:30 UTC on the 31st) was received on the 1st.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def dag_van(moment: datetime) -> date:
    """The Amsterdam calendar date of a moment (a naive one, as SQLite returns them, is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(AMSTERDAM).date()


def vandaag() -> date:
    """Today's date in Amsterdam."""
    return dag_van(datetime.now(UTC))
