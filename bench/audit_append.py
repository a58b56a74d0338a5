"""What writing an audit record costs a request, under 16 concurrent clients on PostgreSQL.

Run with `make bench` (it starts PostgreSQL) or `python bench/audit_append.py [ROUNDS]` with
AANWAS_TEST_POSTGRES_URL set. In a database of its own, 16 threads each run transactions that
write one row of work and commit: without an audit record (the baseline) and with one, while
the sealer chains the records in the background as it does in the API, in alternating rounds so
drift hits both. Prints median and p99 latency of each, their difference and ratio; asserts
nothing about time, only that every record got sealed and the chain verifies afterwards.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from api.db import make_engine, migrate, session_factory
from api.security import audit
from api.security.audit import Access
from api.security.auditchain import load_or_create_signing_key
from tests.conftest import _postgres_database

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
CLIENTS = 16
PER_ROUND = 10  # transactions per client per round


def work(sessions, with_audit: bool) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    with sessions() as session:
        session.execute(
            text("INSERT INTO bench_werk (payload) VALUES (:p)"), {"p": uuid.uuid4().hex}
        )
        if with_audit:
            audit.append(
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
        session.commit()
    return (time.perf_counter() - began) * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    if not os.environ.get("AANWAS_TEST_POSTGRES_URL"):
        sys.exit("set AANWAS_TEST_POSTGRES_URL (make bench starts PostgreSQL)")
    keys_folder = tempfile.mkdtemp()
    for url in _postgres_database():
        migrate(url)
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(
                text("CREATE TABLE bench_werk (id serial PRIMARY KEY, payload text NOT NULL)")
            )
        engine.dispose()
        # A pool as large as the clients: waiting is for the chain's lock, not for a connection.
        from sqlalchemy import create_engine

        engine = create_engine(url, pool_size=CLIENTS, max_overflow=0)
        sessions = session_factory(engine)
        timings: dict[bool, list[float]] = {False: [], True: []}
        sealer = audit.Sealer(
            sessions,
            load_or_create_signing_key(Path(keys_folder), production=False),
            every_records=1000,
            every_seconds=60,
        )
        sealer.start()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            for round_ in range(ROUNDS):
                for with_audit in (round_ % 2 == 0, round_ % 2 == 1):
                    jobs = [with_audit] * (CLIENTS * PER_ROUND)
                    timings[with_audit] += list(pool.map(partial(work, sessions), jobs))
                    sealer.after_commit()
        sealer.stop()
        with sessions() as session:
            audit.seal_all(session)  # what the sealer had not reached when it stopped
            key = load_or_create_signing_key(Path(keys_folder), production=False)
            result = audit.verify_database(session, {key.key_id: key.public})
            assert result.unsealed == 0
            assert result.intact, result.as_json()
        engine.dispose()
    without, with_ = timings[False], timings[True]
    print(f"{CLIENTS} concurrent clients, {len(with_)} transactions each way")
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


if __name__ == "__main__":
    main()
