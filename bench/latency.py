"""What the audit benchmarks share: paced arrivals and the with/without table they print."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator

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
    chance = random.Random(seed)
    latencies = []
    due = time.perf_counter()
    for _ in range(count):
        due += chance.expovariate(rate)
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        call()
        latencies.append((time.perf_counter() - due) * 1000)
    return latencies


def rounds(count: int) -> Iterator[tuple[int, bool]]:
    """Rounds with and without auditing, alternating which goes first, so drift hits both."""
    for round_ in range(count):
        yield round_, round_ % 2 == 0
        yield round_, round_ % 2 == 1


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def print_table(timings: list[Timing]) -> None:
    """Median and p99 without and with auditing per load, what auditing adds, and the noise:
    the baseline's even rounds against its odd ones, what the benchmark cannot tell apart."""
    print(
        f"{'load':>10} {'median without/with':>20} {'adds':>6} {'p99 without/with':>18} {'adds':>7}"
        f" {'noise median/p99':>17}"
    )
    for mode in (SATURATED, *(load_name(load) for load in LOADS)):
        without = [ms for m, _, audited, ms in timings if m == mode and not audited]
        with_ = [ms for m, _, audited, ms in timings if m == mode and audited]
        even = [ms for m, r, audited, ms in timings if m == mode and not audited and r % 2 == 0]
        odd = [ms for m, r, audited, ms in timings if m == mode and not audited and r % 2 == 1]
        if not (without and with_ and even and odd):
            continue
        median = (statistics.median(without), statistics.median(with_))
        p99 = (percentile(without, 0.99), percentile(with_, 0.99))
        noise = (
            abs(statistics.median(even) - statistics.median(odd)),
            abs(percentile(even, 0.99) - percentile(odd, 0.99)),
        )
        print(
            f"{mode:>10} {median[0]:9.2f} /{median[1]:7.2f} {median[1] - median[0]:+6.2f}"
            f" {p99[0]:8.2f} /{p99[1]:7.2f} {p99[1] - p99[0]:+7.2f}"
            f" {noise[0]:8.2f} /{noise[1]:6.2f}"
        )
    saturated = [
        statistics.median(ms for m, _, a, ms in timings if m == SATURATED and a == audited)
        for audited in (False, True)
    ]
    print(f"saturated, median with/without: {saturated[1] / saturated[0]:.2f}x")
