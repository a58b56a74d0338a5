"""What the audit benchmarks share: paced arrivals and the with/without table they print."""

from __future__ import annotations

import itertools
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# Paced rates, as shares of the rate the baseline reached saturated in the same run.
LOADS = (0.25, 0.5, 0.75)
SATURATED = "saturated"

# (mode, round, audited, milliseconds): mode is SATURATED or a load such as "50%".
Timing = tuple[str, int, bool, float]


def load_name(load: float) -> str:
    return f"{load:.0%}"


def paced(call: Callable[[], object], rate: float, count: int, seed: int) -> list[float]:
    """One client making `count` calls at random moments, `rate` a second on average (a Poisson
    process). Each latency counts from when the call was due, so a client that falls behind is
    charged for the wait (no coordinated omission)."""
    latencies = []
    for due in moments(rate, count, seed):
        call()
        latencies.append((time.perf_counter() - due) * 1000)
    return latencies


def moments(rate: float, count: int, seed: int) -> Iterator[float]:
    """`count` random moments, `rate` a second on average (a Poisson process) from now, as
    time.perf_counter() values: each is yielded when it has come (at once if it has passed)."""
    chance = random.Random(seed)
    due = time.perf_counter()
    for _ in range(count):
        due += chance.expovariate(rate)
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        yield due


def sealer_beside(url: str, keys_folder: str) -> Any:
    """A sealer process as the API runs one beside each of its processes (not started)."""
    from api.security import audit

    return audit.SealerProcess(
        audit.SealerSettings(
            database_url=url,
            database_role=None,
            keys_dir=Path(keys_folder),
            production=False,
            every_records=1000,
            every_seconds=60,
        )
    )


def sample_record() -> dict[str, Any]:
    """An audit record as a request writes one, about a different youth each time."""
    from tests.conftest import sample_record as record

    return record(jongere_pseudoniem=uuid.uuid4().hex * 2)


def rounds(count: int) -> Iterator[tuple[int, bool]]:
    """Rounds with and without auditing, alternating which goes first, so drift hits both."""
    for round_ in range(count):
        yield round_, round_ % 2 == 0
        yield round_, round_ % 2 == 1


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


# How often the rounds are drawn again to find how far a difference could be chance.
RESAMPLES = 1000


def added(
    rounds_: dict[int, tuple[list[float], list[float]]], fraction: float
) -> tuple[float, float, float]:
    """What auditing adds at a percentile (0.5 the median, 0.99 the p99), with a 95% interval.

    The interval is a paired bootstrap over rounds: draw as many rounds as were run, with
    replacement, each with both its halves (without and with the record, run back to back), and
    take the difference again; 2.5% of the draws fall below the interval and 2.5% above. Rounds
    are drawn whole because latencies within a round are not independent (a moment of vacuum or
    a busy neighbour slows a whole round). An interval that holds zero means the run cannot tell
    the record's cost from chance; its upper end is the most the record plausibly adds."""
    numbers = sorted(rounds_)
    # Sorted per round: sorting a draw then merges sorted runs, which is quick.
    ordered = {r: (sorted(halves[0]), sorted(halves[1])) for r, halves in rounds_.items()}

    def difference(drawn: list[int]) -> float:
        without = list(itertools.chain.from_iterable(ordered[r][0] for r in drawn))
        with_ = list(itertools.chain.from_iterable(ordered[r][1] for r in drawn))
        return percentile(with_, fraction) - percentile(without, fraction)

    chance = random.Random(len(numbers))  # the same run gives the same interval
    draws = sorted(difference(chance.choices(numbers, k=len(numbers))) for _ in range(RESAMPLES))
    low, high = draws[int(0.025 * RESAMPLES)], draws[int(0.975 * RESAMPLES) - 1]
    return difference(numbers), low, high


def print_table(timings: list[Timing]) -> None:
    """Median and p99 without and with auditing per load (each load the timings hold), and what
    auditing adds to each with its 95% interval (see `added`)."""
    print(
        f"{'load':>10} {'median without/with':>20} {'adds [95% interval]':>26}"
        f" {'p99 without/with':>18} {'adds [95% interval]':>28}"
    )
    for mode in dict.fromkeys(timing[0] for timing in timings):  # in the order they ran
        rounds_: dict[int, tuple[list[float], list[float]]] = {}
        for m, round_, audited, ms in timings:
            if m == mode:
                rounds_.setdefault(round_, ([], []))[audited].append(ms)
        rounds_ = {r: halves for r, halves in rounds_.items() if halves[0] and halves[1]}
        if not rounds_:
            continue
        without = [ms for halves in rounds_.values() for ms in halves[0]]
        with_ = [ms for halves in rounds_.values() for ms in halves[1]]
        median = (statistics.median(without), statistics.median(with_))
        p99 = (percentile(without, 0.99), percentile(with_, 0.99))
        print(
            f"{mode:>10} {median[0]:9.2f} /{median[1]:7.2f} {_interval(added(rounds_, 0.5)):>26}"
            f" {p99[0]:8.2f} /{p99[1]:7.2f} {_interval(added(rounds_, 0.99)):>28}"
        )
    saturated = [
        statistics.median(ms for m, _, a, ms in timings if m == SATURATED and a == audited)
        for audited in (False, True)
    ]
    print(f"saturated, median with/without: {saturated[1] / saturated[0]:.2f}x")


def _interval(estimate: tuple[float, float, float]) -> str:
    value, low, high = estimate
    return f"{value:+7.2f} [{low:+7.2f}, {high:+7.2f}]"


def work_database() -> Iterator[str]:
    """A PostgreSQL database of its own (AANWAS_TEST_POSTGRES_URL's server), migrated, with a
    table for the transactions' own row of work; yields its URL, and drops it afterwards."""
    from sqlalchemy import text

    from api.db import make_engine, migrate
    from tests.conftest import _postgres_database

    for url in _postgres_database():
        migrate(url)
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(
                text("CREATE TABLE bench_werk (id serial PRIMARY KEY, payload text NOT NULL)")
            )
        engine.dispose()
        yield url


def assert_sealed_and_intact(url: str, keys_folder: str, records: int) -> None:
    """Every record the run wrote is sealed into a chain that verifies."""
    from api.db import make_engine, session_factory
    from api.security import audit
    from api.security.auditchain import load_or_create_signing_key

    engine = make_engine(url)
    with session_factory(engine)() as session:
        audit.seal_all(session)
        key = load_or_create_signing_key(Path(keys_folder), production=False)
        result = audit.verify_database(session, {key.key_id: key.public})
        assert result.unsealed == 0 and result.intact, result.as_json()
        assert result.records == records, result.as_json()
    engine.dispose()
