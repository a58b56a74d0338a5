"""Dates as the covenants count them: the Amsterdam calendar, around midnight and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from api.tijd import dag_van, een_maand_na, vandaag


@pytest.mark.parametrize(
    ("moment", "amsterdam_date"),
    [
        # Winter (CET, UTC+1): 23:30 UTC is already 00:30 the next day in Amsterdam.
        ("2026-01-14T22:59:59+00:00", date(2026, 1, 14)),
        ("2026-01-14T23:30:00+00:00", date(2026, 1, 15)),
        # Summer (CEST, UTC+2): 22:30 UTC is already the next day.
        ("2026-07-14T21:59:59+00:00", date(2026, 7, 14)),
        ("2026-07-14T22:30:00+00:00", date(2026, 7, 15)),
        # The night summer time begins (Sunday 29 March 2026, 02:00 CET -> 03:00 CEST).
        ("2026-03-28T22:59:59+00:00", date(2026, 3, 28)),
        ("2026-03-28T23:00:00+00:00", date(2026, 3, 29)),
        ("2026-03-29T21:59:59+00:00", date(2026, 3, 29)),
        ("2026-03-29T22:00:00+00:00", date(2026, 3, 30)),
        # The night summer time ends (Sunday 25 October 2026, 03:00 CEST -> 02:00 CET).
        ("2026-10-24T21:59:59+00:00", date(2026, 10, 24)),
        ("2026-10-24T22:00:00+00:00", date(2026, 10, 25)),
        ("2026-10-25T22:59:59+00:00", date(2026, 10, 25)),
        ("2026-10-25T23:00:00+00:00", date(2026, 10, 26)),
    ],
)
def test_the_date_is_the_amsterdam_calendar_date(moment: str, amsterdam_date: date) -> None:
    assert dag_van(datetime.fromisoformat(moment)) == amsterdam_date


def test_a_naive_moment_from_the_database_counts_as_utc() -> None:
    assert dag_van(datetime(2026, 12, 31, 23, 30)) == date(2027, 1, 1)
    assert dag_van(datetime(2026, 12, 31, 22, 59)) == date(2026, 12, 31)


def test_today_is_the_amsterdam_date_of_now() -> None:
    before = dag_van(datetime.now(UTC))
    today = vandaag()
    after = dag_van(datetime.now(UTC))
    assert today in (before, after)


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (date(2026, 1, 15), date(2026, 2, 15)),
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2028, 1, 31), date(2028, 2, 29)),  # a leap year
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 31), date(2027, 1, 31)),
    ],
)
def test_the_answer_period_is_one_calendar_month(received: date, deadline: date) -> None:
    assert een_maand_na(received) == deadline
