"""What writing an audit record costs a request, under 16 concurrent clients on PostgreSQL.

Run with `make bench` (it starts PostgreSQL) or
`python bench/audit_append.py [ROUNDS] [PROCESSES]` with AANWAS_TEST_POSTGRES_URL set.

In a database of its own, 16 clients each run transactions that write one row of work and
commit: without an audit record (the baseline) and with one, in alternating rounds so drift hits
both. The clients are threads in PROCESSES processes (default 1), as the API serves them: one
uvicorn process runs its requests in a thread pool, `--workers N` runs N such processes. Each
process runs a sealer that is woken after every commit, as in the API, and the sealing of an
audited round is charged to that round.

Prints median and p99 latency of each, their difference and ratio, and the difference between
two halves of the baseline (even and odd rounds): what the benchmark cannot tell apart from
noise. Asserts nothing about time, only that every record got sealed and the chain verifies.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
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

from api.db import make_engine, migrate, session_factory
from api.security import audit
from api.security.audit import Access
from api.security.auditchain import load_or_create_signing_key

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
PROCESSES = int(sys.argv[2]) if len(sys.argv) > 2 else 1
CLIENTS = 16
PER_ROUND = 10  # transactions per client per round

SEALER: audit.Sealer | None = None


def work(sessions: Any, with_audit: bool) -> float:
    began = time.perf_counter()
    with sessions() as session:
        session.execute(
            text("INSERT INTO bench_werk (payload) VALUES (:p)"), {"p": uuid.uuid4().hex}
        )
        if with_audit:
            audit.commit_with(
                session,
                [
                    audit.record_values(
                        request_id=str(uuid.uuid4()),
                        principal=None,
                        client_id="politie-000000000001",
                        org="politie",
                        purpose="signalering",
                        access=Access("read", "signaal", str(uuid.uuid4())),
                        outcome="allow",
                        reason="toegestaan onder convenant",
                        pseudonym=uuid.uuid4().hex * 2,
                        activity_id="va-aanwas-01-vroegsignalering",
                    )
                ],
            )
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
    sealer = audit.Sealer(
        sessions,
        load_or_create_signing_key(Path(keys_folder), production=False),
        every_records=1000,
        every_seconds=60,
    )
    SEALER = sealer
    sealer.start()
    timings: list[tuple[int, bool, float]] = []
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for round_ in range(ROUNDS):
            for with_audit in (round_ % 2 == 0, round_ % 2 == 1):
                barrier.wait(timeout=300)  # every process in the same mode at once
                jobs = [with_audit] * (threads * PER_ROUND)
                for elapsed in pool.map(partial(work, sessions), jobs):
                    timings.append((round_, with_audit, elapsed))
                with sessions() as session:
                    audit.seal_all(session)
    sealer.stop()
    SEALER = None
    engine.dispose()
    results.put(timings)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    if not os.environ.get("AANWAS_TEST_POSTGRES_URL"):
        sys.exit("set AANWAS_TEST_POSTGRES_URL (make bench starts PostgreSQL)")
    if CLIENTS % PROCESSES:
        sys.exit(f"{CLIENTS} clients do not divide over {PROCESSES} processes")
    from tests.conftest import _postgres_database

    keys_folder = tempfile.mkdtemp()
    load_or_create_signing_key(Path(keys_folder), production=False)  # before the processes race
    timings: list[tuple[int, bool, float]] = []
    for url in _postgres_database():
        migrate(url)
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(
                text("CREATE TABLE bench_werk (id serial PRIMARY KEY, payload text NOT NULL)")
            )
        engine.dispose()
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
        engine = make_engine(url)
        with session_factory(engine)() as session:
            audit.seal_all(session)
            key = load_or_create_signing_key(Path(keys_folder), production=False)
            result = audit.verify_database(session, {key.key_id: key.public})
            assert result.unsealed == 0
            assert result.intact, result.as_json()
            assert result.records == ROUNDS * CLIENTS * PER_ROUND, result.as_json()
        engine.dispose()
    without = [ms for _, audited, ms in timings if not audited]
    with_ = [ms for _, audited, ms in timings if audited]
    even = [ms for round_, audited, ms in timings if not audited and round_ % 2 == 0]
    odd = [ms for round_, audited, ms in timings if not audited and round_ % 2 == 1]
    print(
        f"{CLIENTS} concurrent clients in {PROCESSES} process(es), "
        f"{len(with_)} transactions each way"
    )
    for name, values in (("without audit", without), ("with audit", with_)):
        print(
            f"{name:14} median {statistics.median(values):6.2f} ms"
            f"   p99 {percentile(values, 0.99):6.2f} ms"
        )
    print(
        f"append adds: median {statistics.median(with_) - statistics.median(without):.2f} ms, "
        f"p99 {percentile(with_, 0.99) - percentile(without, 0.99):.2f} ms "
        f"(ratio median {statistics.median(with_) / statistics.median(without):.2f}x)"
    )
    print(
        f"noise (baseline, even rounds against odd): "
        f"median {abs(statistics.median(even) - statistics.median(odd)):.2f} ms, "
        f"p99 {abs(percentile(even, 0.99) - percentile(odd, 0.99)):.2f} ms"
    )


if __name__ == "__main__":
    main()
