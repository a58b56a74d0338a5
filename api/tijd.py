"""Time as the covenants and the AVG count it: calendar days in Europe/Amsterdam, not UTC.

A covenant is in force from 00:00 Amsterdam time on its first day to the end of its last day,
retention periods run from the Amsterdam date of a registration, and a request received at
00:30 on the 1st (23:30 UTC on the 31st) was received on the 1st.
"""

from __future__ import annotations

import calendar
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


def een_maand_na(day: date) -> date:
    """The same day a month later, or that month's last day (31 January -> 28/29 February):
    the AVG's answer period (art. 12(3)) counted on the Amsterdam calendar."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
