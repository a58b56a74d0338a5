"""How long a record is kept: the covenants under which its supplier shares its category, and
the longest of their retention periods (`bewaartermijn`, an ISO 8601 duration) after the day it
was registered, in Europe/Amsterdam. The inzage shows this per item; the retention job destroys
a youth whose every item has passed it."""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PERIOD = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$")


def add_period(day: date, period: str) -> date | None:
    """An ISO 8601 period of years, months and days after a day (the 29th of February plus a
    year is the 28th); None for a period this does not read."""
    match = PERIOD.match(period)
    if match is None:
        return None
    years, months, days = (int(part or 0) for part in match.groups())
    month_index = day.month - 1 + months
    year = day.year + years + month_index // 12
    month = month_index % 12 + 1
    if year > MAXYEAR - 1:
        return None
    moved = date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    return moved + timedelta(days=days)


def registered_day(moment: datetime) -> date:
    """The day a record was registered, in Amsterdam (a push at 00:30 Amsterdam time on the
    1st is the 1st, though it is the 31st in UTC)."""
    return moment.astimezone(AMSTERDAM).date()


def sharing(
    covenants: dict[str, Any], provider: str | None, category: str
) -> list[tuple[str, dict[str, Any]]]:
    """The covenants (code, text) under which the supplier shares this category (any party's,
    for what the system derived itself): the inzage's basis of an item."""
    found = []
    for code, text in sorted(covenants.items()):
        if not isinstance(text, dict):
            continue
        parties = text.get("partijen", [])
        shared = text.get("categorieen_per_partij", {}).get(provider, text.get("categorieen", []))
        if (provider is None or provider in parties) and category in shared:
            found.append((code, text))
    return found


def period_of(covenants: dict[str, Any], code: str) -> str | None:
    text = covenants.get(code)
    period = text.get("bewaartermijn") if isinstance(text, dict) else None
    return period if isinstance(period, str) else None
