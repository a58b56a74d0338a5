"""Where a paced transaction's time goes, with and without its audit record.

Run with `make bench` (it starts PostgreSQL) or `python bench/audit_phases.py [ROUNDS] [LOAD]`
with AANWAS_TEST_POSTGRES_URL set (defaults: 40 rounds, 0.5).

bench/audit_append.py says *how much* the record adds at p99 under paced load; this says
*where*. The same transaction (one row of work, then commit, with or without one record) from
16 clients in one process, paced at LOAD times the rate the baseline reached saturated, in
alternating rounds. Each transaction's time from when it was due is cut into phases:

- late: from when it was due until its client started it (waiting for the interpreter lock or
  a core: the process was busy with other clients);
- work: the row of work (one INSERT round trip);
- commit: the commit, or the record and the commit (one message on PostgreSQL);
- wake: waking the sealer process (audited rounds only).

Beside it a process samples pg_stat_activity every 2 ms, so a busy database can be told from a
busy API process. Prints p50 and p99 per phase for both, the thread CPU time per transaction,
and the database's mean number of active backends. Asserts nothing about time, only that every
record got sealed and the chain verifies.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg
from sqlalchemy import create_engine, text

from api.db import session_factory
from api.security import audit
from api.security.auditchain import load_or_create_signing_key
from bench.latency import (
    assert_sealed_and_intact,
    moments,
    percentile,
    sample_record,
    sealer_beside,
    work_database,
)

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 40
LOAD = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
CLIENTS = 16
PER_ROUND = 10
CALIBRATION_ROUNDS = 10
PHASES = ("late", "work", "commit", "wake")

# (audited, due, started, worked, committed, woken, thread CPU ms). Times are perf_counter()
# values: on Linux the system's monotonic clock, the same in every process (the sampler's too).
Transaction = tuple[bool, float, float, float, float, float, float]


def database_activity(dsn: str, stop: Any, samples: Any) -> None:
    """What the database's backends are doing, every 2 ms: (time, active, their wait events)."""
    taken = []
    with psycopg.connect(dsn, autocommit=True) as connection:
        while not stop.is_set():
            moment = time.perf_counter()
            rows = connection.execute(
                "SELECT wait_event_type, wait_event FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND state = 'active'"
            ).fetchall()
            # A backend at work without a wait event is on a core.
            taken.append((moment, [f"{kind}:{event}" if kind else "CPU" for kind, event in rows]))
            time.sleep(0.002)
    samples.put(taken)


# (start, end, audited) of each round.
Round = tuple[float, float, bool]


def measure(url: str, keys_folder: str) -> tuple[list[Transaction], list[Round], list[Any], float]:
    engine = create_engine(url, pool_size=CLIENTS, max_overflow=0)
    sessions = session_factory(engine)
    sealer = sealer_beside(url, keys_folder)
    sealer.start()

    def transaction(audited: bool) -> tuple[float, float, float, float, float]:
        cpu = time.thread_time()
        started = time.perf_counter()
        with sessions() as session:
            session.execute(
                text("INSERT INTO bench_werk (payload) VALUES (:p)"), {"p": uuid.uuid4().hex}
            )
            worked = time.perf_counter()
            if audited:
                audit.commit_with(session, [sample_record()])
            else:
                session.commit()
            committed = time.perf_counter()
        if audited:
            sealer.after_commit()  # as the API does after each commit
        return started, worked, committed, time.perf_counter(), (time.thread_time() - cpu) * 1000

    def client(audited: bool, rate: float, seed: int) -> list[Transaction]:
        return [(audited, due, *transaction(audited)) for due in moments(rate, PER_ROUND, seed)]

    context = multiprocessing.get_context("spawn")
    stop, samples = context.Event(), context.Queue()
    sampler = context.Process(
        target=database_activity,
        args=(url.replace("postgresql+psycopg://", "postgresql://"), stop, samples),
    )
    transactions: list[Transaction] = []
    rounds: list[Round] = []
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        began = time.perf_counter()
        for _ in range(CALIBRATION_ROUNDS):
            list(pool.map(transaction, [False] * CLIENTS * PER_ROUND))
        saturated = CALIBRATION_ROUNDS * CLIENTS * PER_ROUND / (time.perf_counter() - began)
        sampler.start()
        seed = 0
        for round_ in range(ROUNDS):
            for audited in (round_ % 2 == 0, round_ % 2 == 1):
                start = time.perf_counter()
                clients = [
                    pool.submit(client, audited, LOAD * saturated / CLIENTS, seed + n)
                    for n in range(CLIENTS)
                ]
                seed += CLIENTS
                for each in clients:
                    transactions += each.result()
                rounds.append((start, time.perf_counter(), audited))
                with sessions() as session:
                    audit.seal_all(session)
        stop.set()
        activity = samples.get(timeout=60)
        sampler.join()
    sealer.stop()
    engine.dispose()
    return transactions, rounds, activity, saturated


def phases(done: Transaction) -> dict[str, float]:
    _, due, started, worked, committed, woken, _ = done
    return {
        "total": (woken - due) * 1000,
        "late": (started - due) * 1000,
        "work": (worked - started) * 1000,
        "commit": (committed - worked) * 1000,
        "wake": (woken - committed) * 1000,
    }


def report(
    transactions: list[Transaction], rounds: list[Round], activity: list[Any], saturated: float
) -> None:
    print(
        f"{CLIENTS} paced clients in one process at {LOAD:.0%} of the saturated baseline "
        f"({saturated:.0f}/s), {ROUNDS} rounds each way; ms from when a transaction was due"
    )
    print(f"{'':10s}" + "".join(f"{name:>18s}" for name in ("total", *PHASES, "thread CPU")))
    for audited in (False, True):
        mine = [t for t in transactions if t[0] == audited]
        cut = [phases(t) for t in mine]
        cells = []
        for name in ("total", *PHASES):
            values = [c[name] for c in cut]
            cells.append(f"{percentile(values, 0.5):7.2f} / {percentile(values, 0.99):6.1f}")
        cpu = [t[6] for t in mine]
        cells.append(f"{percentile(cpu, 0.5):7.2f} / {percentile(cpu, 0.99):6.1f}")
        label = "audited" if audited else "baseline"
        print(f"{label:10s}" + "".join(f"{cell:>18s}" for cell in cells))
    print("(each cell: p50 / p99)")
    # What the database's backends did during the rounds of each kind.
    for audited in (False, True):
        spans = [(start, end) for start, end, kind in rounds if kind == audited]
        within = [sample for sample in activity if _inside(sample[0], spans)]
        if not within:
            continue
        events: Counter[str] = Counter(event for _, found in within for event in found)
        top = ", ".join(f"{event} {n / len(within):.3f}" for event, n in events.most_common(4))
        print(
            f"database during {'audited' if audited else 'baseline'} rounds: backends at work "
            f"{sum(events.values()) / len(within):.3f} on average ({top or 'none'}; "
            f"{len(within)} samples)"
        )


def _inside(moment: float, spans: list[tuple[float, float]]) -> bool:
    return any(start <= moment <= end for start, end in spans)


def main() -> None:
    if not os.environ.get("AANWAS_TEST_POSTGRES_URL"):
        sys.exit("set AANWAS_TEST_POSTGRES_URL (make bench starts PostgreSQL)")
    keys_folder = tempfile.mkdtemp()
    load_or_create_signing_key(Path(keys_folder), production=False)
    for url in work_database():
        transactions, rounds, activity, saturated = measure(url, keys_folder)
        assert_sealed_and_intact(url, keys_folder, ROUNDS * CLIENTS * PER_ROUND)
        report(transactions, rounds, activity, saturated)


if __name__ == "__main__":
    main()
