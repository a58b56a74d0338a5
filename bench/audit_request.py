"""What auditing costs a real API request, under 16 concurrent clients on PostgreSQL.

Run with `make bench` (it starts PostgreSQL) or `python bench/audit_request.py [ROUNDS]` with
AANWAS_TEST_POSTGRES_URL set.

Starts a real OPA and the API under uvicorn (one process, as docker/compose.yaml runs it, with
its sealer process beside it) on a PostgreSQL database of its own. From another process, 16
clients, each with its own keep-alive connection, read a signal as a youth worker
(GET /v1/signalen/{id}: token check, OPA decision, database read, decryption, audit record).
Rounds with the audit record written and rounds without it alternate, so drift hits both. The
baseline leaves out writing the record and so also sealing it; the request still builds it in
memory (about 20 microseconds). Two ways, as bench/audit_append.py: saturated (each client
sends its next request when the last one is answered) and paced (requests at random moments,
together at 25%, 50% and 75% of the rate the baseline reached saturated).

Prints median and p99 latency per load and what auditing adds, with a 95% interval
(bench/latency.py). Asserts nothing about time, only that every request was answered 200 and
that every audited read is sealed into a chain that verifies.
"""

from __future__ import annotations

import http.client
import itertools
import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from base64 import b64encode
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uvicorn
from sqlalchemy import func, select

from api.db import make_engine, migrate, session_factory
from api.main import create_app
from api.opa_process import find_opa_binary, start_opa, stop_opa
from api.security import audit
from api.security.auditchain import load_or_create_signing_key
from api.security.models import AuditRecord
from api.security.tokens import register_client
from api.settings import Settings
from bench.latency import LOADS, SATURATED, Timing, load_name, paced, print_table, rounds
from tests.conftest import free_port, signaal_body

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 16
CLIENTS = 16
PER_ROUND = 10  # requests per client per round

AUDITING = True
_commit_with = audit.commit_with


def commit_maybe_with(session: Any, entries: Any) -> None:
    """The gate's commit: with the request's records, or, for the baseline, without them."""
    if AUDITING:
        _commit_with(session, entries)
    else:
        session.commit()


def call(
    connection: http.client.HTTPConnection,
    method: str,
    path: str,
    headers: dict[str, str],
    body: bytes | None = None,
) -> tuple[int, bytes]:
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


# --- the clients' process ---------------------------------------------------------------------


def clients_process(port: int, path: str, commands: Any) -> None:
    """16 clients, a connection each; runs the rounds the coordinator asks for, each with a
    fresh token (a run outlasts one)."""
    local = threading.local()
    headers: dict[str, str] = {}

    def read() -> None:
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        status, _ = call(local.connection, "GET", path, headers)
        if status != 200:
            raise RuntimeError(f"GET {path}: {status}")

    def timed_read() -> float:
        began = time.perf_counter()
        read()
        return (time.perf_counter() - began) * 1000

    seeds = itertools.count()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        while (command := commands.recv()) is not None:
            command, headers = command
            began = time.perf_counter()
            if command == SATURATED:
                latencies = list(pool.map(lambda _: timed_read(), range(CLIENTS * PER_ROUND)))
            else:
                runs = [
                    pool.submit(paced, read, command, PER_ROUND, seed)
                    for seed in itertools.islice(seeds, CLIENTS)
                ]
                latencies = [latency for run in runs for latency in run.result()]
            commands.send((latencies, time.perf_counter() - began))


# --- the coordinator: the API, OPA and the rounds ------------------------------------------------


def main() -> None:
    if not os.environ.get("AANWAS_TEST_POSTGRES_URL"):
        sys.exit("set AANWAS_TEST_POSTGRES_URL (make bench starts PostgreSQL)")
    from tests.conftest import _postgres_database

    with tempfile.TemporaryDirectory() as tmp:
        for url in _postgres_database():
            migrate(url)
            settings = Settings(
                database_url=url,
                opa_url=f"http://127.0.0.1:{free_port()}",
                keys_dir=Path(tmp) / "keys",
                issuer="http://127.0.0.1",
                manage_opa=False,
            )
            opa = start_opa(settings, find_opa_binary(settings), Path(tmp) / "opa.log")
            try:
                run(settings)
            finally:
                stop_opa(opa)


def run(settings: Settings) -> None:
    global AUDITING
    sessions = session_factory(make_engine(settings.database_url))
    with sessions() as session:
        writer = register_client(session, org="politie", roles=["partner_system"])
        reader = register_client(session, org="jongerenwerk", roles=["jongerenwerker"])
        session.commit()
    audit.commit_with = commit_maybe_with
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=False,
            # Clients idle between rounds; a dropped keep-alive would charge a reconnect.
            timeout_keep_alive=300,
        )
    )
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    while not server.started:
        time.sleep(0.05)
    try:
        api = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        politie = token_headers(api, writer)
        status, body = call(
            api,
            "POST",
            "/v1/signalen",
            {**politie, "Content-Type": "application/json"},
            json.dumps(signaal_body("111222333")).encode(),
        )
        assert status == 201, body
        path = f"/v1/signalen/{json.loads(body)['id']}"

        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe()
        clients = context.Process(target=clients_process, args=(port, path, there))
        clients.start()
        there.close()  # so that a failing clients' process ends the coordinator's wait
        timings = rounds_of(
            here,
            sessions,
            lambda: token_headers(
                http.client.HTTPConnection("127.0.0.1", port, timeout=60), reader
            ),
        )
        here.send(None)
        clients.join(60)
        assert clients.exitcode == 0

        with sessions() as session:
            audit.seal_all(session)
            reads = session.scalar(
                select(func.count()).where(
                    AuditRecord.action == "read", AuditRecord.client_id == reader[0]
                )
            )
            key = load_or_create_signing_key(settings.keys_dir, production=False)
            result = audit.verify_database(session, {key.key_id: key.public})
        assert result.intact and result.unsealed == 0, result.as_json()
        warm_up = CLIENTS * PER_ROUND
        assert reads == warm_up + len(timings) // 2, (reads, len(timings))
    finally:
        AUDITING = True
        audit.commit_with = _commit_with
        server.should_exit = True
        serving.join(30)
    print(
        f"{CLIENTS} concurrent clients reading a signal over HTTP, "
        f"{ROUNDS * CLIENTS * PER_ROUND} requests each way and load; times in ms"
    )
    print_table(timings)


def rounds_of(
    clients: Any, sessions: Any, fresh_headers: Callable[[], dict[str, str]]
) -> list[Timing]:
    global AUDITING
    clients.send((SATURATED, fresh_headers()))  # warm up: connections, caches, OPA, the sealer
    clients.recv()
    timings: list[Timing] = []
    baseline_busy = 0.0
    for round_, with_audit in rounds(ROUNDS):
        AUDITING = with_audit
        clients.send((SATURATED, fresh_headers()))
        latencies, seconds = clients.recv()
        timings += [(SATURATED, round_, with_audit, ms) for ms in latencies]
        if not with_audit:
            baseline_busy += seconds
        settle(sessions)
    saturated_rate = ROUNDS * CLIENTS * PER_ROUND / baseline_busy
    for load in LOADS:
        for round_, with_audit in rounds(ROUNDS):
            AUDITING = with_audit
            clients.send((load * saturated_rate / CLIENTS, fresh_headers()))
            latencies, _ = clients.recv()
            timings += [(load_name(load), round_, with_audit, ms) for ms in latencies]
            settle(sessions)
    AUDITING = True
    return timings


def settle(sessions: Any) -> None:
    """Seals what a round left, so the sealer's work stays in the round that caused it."""
    with sessions() as session:
        audit.seal_all(session)


def token_headers(api: http.client.HTTPConnection, credentials: tuple[str, str]) -> dict[str, str]:
    basic = b64encode(f"{credentials[0]}:{credentials[1]}".encode()).decode()
    status, body = call(
        api,
        "POST",
        "/oauth/token",
        {
            "Authorization": f"Basic {basic}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        b"grant_type=client_credentials",
    )
    assert status == 200, body
    return {
        "Authorization": f"Bearer {json.loads(body)['access_token']}",
        "Doelbinding": "signalering",
    }


if __name__ == "__main__":
    main()
