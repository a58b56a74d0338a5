"""What writing an audit record costs a request, under 16 concurrent clients on PostgreSQL.

Run with `make bench` (it starts PostgreSQL) or
`python bench/audit_append.py [ROUNDS] [PROCESSES] [LOADS]` with AANWAS_TEST_POSTGRES_URL set
(LOADS: the paced shares, comma-separated, e.g. 0.1,0.25; by default 0.25,0.5,0.75).

In a database of its own, 16 clients each run transactions that write one row of work and
commit: without an audit record (the baseline) and with one, in alternating rounds so drift hits
both. Two ways:

- saturated: each client starts its next transaction as soon as the last one ends. On a 2-core
  machine 16 such clients queue for the CPU, so this measures capacity: whatever a transaction
  adds, the 15 others wait for too (latency grows with the queue, not with the record).
- paced: each client starts transactions at random moments (a Poisson process), together at a
  fixed share of the rate the baseline reached saturated in the same process and run (25%, 50%,
  75%). Latency counts from the moment a transaction was due, so a client that falls behind is
  charged for it (no coordinated omission). This is the latency a partner system sees at that
  load, with and without the record, at the same offered rate.

The clients are threads in PROCESSES processes (default 1), as the API serves them: one
uvicorn process runs its requests in a thread pool, `--workers N` runs N such processes. Each
process has a sealer process beside it that is woken after every commit, as in the API.

The transaction is the smallest a request makes, so this is the record's cost at its most
visible; bench/audit_request.py measures it on a real API request. Prints median and p99
latency per load and what the record adds, with a 95% interval (bench/latency.py). Asserts
nothing about time, only that every record got sealed and the chain verifies.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from api.db import session_factory
from api.security import audit
from api.security.auditchain import load_or_create_signing_key
from bench.latency import (
    LOADS,
    SATURATED,
    Timing,
    assert_sealed_and_intact,
    load_name,
    paced,
    print_table,
    rounds,
    sample_record,
    sealer_beside,
    work_database,
)

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 60
PROCESSES = int(sys.argv[2]) if len(sys.argv) > 2 else 1
PACED = tuple(float(share) for share in sys.argv[3].split(",")) if len(sys.argv) > 3 else LOADS
if not all(0 < share <= 1 for share in PACED) or len({load_name(s) for s in PACED}) < len(PACED):
    sys.exit(
        f"paced loads are distinct shares of the saturated rate, above 0 and at most 1: {PACED}"
    )
CLIENTS = 16
PER_ROUND = 10  # transactions per client per round

SEALER: audit.SealerProcess | None = None


def work(sessions: Any, with_audit: bool) -> float:
    began = time.perf_counter()
    with sessions() as session:
        session.execute(
            text("INSERT INTO bench_werk (payload) VALUES (:p)"), {"p": uuid.uuid4().hex}
        )
        if with_audit:
            audit.commit_with(session, [sample_record()])
        else:
            session.commit()
    elapsed = (time.perf_counter() - began) * 1000
    if with_audit and SEALER is not None:
        SEALER.after_commit()  # as the API does after each commit
    return elapsed


def client_process(url: str, keys_folder: str, threads: int, barrier: Any, results: Any) -> None:
    """One API-like process: `threads` clients, a connection each, and a sealer."""
    global SEALER
    engine = create_engine(url, pool_size=threads, max_overflow=0)
    sessions = session_factory(engine)
    sealer = sealer_beside(url, keys_folder)
    SEALER = sealer
    sealer.start()
    timings: list[Timing] = []
    baseline_busy = 0.0  # seconds the saturated baseline rounds took, to know the rate it ran
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for round_, with_audit in rounds(ROUNDS):
            barrier.wait(timeout=300)  # every process in the same mode at once
            began = time.perf_counter()
            jobs = [with_audit] * (threads * PER_ROUND)
            for elapsed in pool.map(partial(work, sessions), jobs):
                timings.append((SATURATED, round_, with_audit, elapsed))
            if not with_audit:
                baseline_busy += time.perf_counter() - began
            with sessions() as session:
                audit.seal_all(session)
        saturated_rate = ROUNDS * threads * PER_ROUND / baseline_busy
        seeds = itertools.count(os.getpid() * 1_000_000)
        for load in PACED:
            per_client = load * saturated_rate / threads
            for round_, with_audit in rounds(ROUNDS):
                barrier.wait(timeout=300)
                runs = [
                    pool.submit(
                        paced, partial(work, sessions, with_audit), per_client, PER_ROUND, seed
                    )
                    for seed in itertools.islice(seeds, threads)
                ]
                for run in runs:
                    for latency in run.result():
                        timings.append((load_name(load), round_, with_audit, latency))
                with sessions() as session:
                    audit.seal_all(session)
    sealer.stop()
    SEALER = None
    engine.dispose()
    results.put(timings)


def main() -> None:
    if not os.environ.get("AANWAS_TEST_POSTGRES_URL"):
        sys.exit("set AANWAS_TEST_POSTGRES_URL (make bench starts PostgreSQL)")
    if CLIENTS % PROCESSES:
        sys.exit(f"{CLIENTS} clients do not divide over {PROCESSES} processes")
    keys_folder = tempfile.mkdtemp()
    load_or_create_signing_key(Path(keys_folder), production=False)  # before the processes race
    timings: list[Timing] = []
    for url in work_database():
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(PROCESSES)
        results = context.Queue()
        processes = [
            context.Process(
                target=client_process,
                args=(url, keys_folder, CLIENTS // PROCESSES, barrier, results),
            )
            for _ in range(PROCESSES)
        ]
        for process in processes:
            process.start()
        for _ in processes:
            timings += results.get(timeout=1800)
        for process in processes:
            process.join()
            assert process.exitcode == 0
        assert_sealed_and_intact(url, keys_folder, ROUNDS * CLIENTS * PER_ROUND * (1 + len(PACED)))
    print(
        f"{CLIENTS} concurrent clients in {PROCESSES} process(es), {ROUNDS * CLIENTS * PER_ROUND}"
        " transactions each way and load; times in ms"
    )
    print_table(timings)


if __name__ == "__main__":
    main()
