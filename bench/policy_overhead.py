"""What a policy decision costs a request, measured against the same request without one.

Run with `make bench`. Starts a real OPA on a free port and the app on a temporary SQLite
database, then, in one process and interleaved so drift hits both equally:

1. GET /v1/signalen/{id} with the real OPA decision, and with the decision replaced by a fixed
   allow (the baseline: everything else, crypto, database and audit included, stays the same);
2. GET /v1/jongeren/{id}/signalen?paginaGrootte=100 (100 rows) against a single GET, counting the
   decisions each makes.

Prints medians, p90 and the ratios; it asserts nothing about time.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.db import make_engine, migrate, session_factory
from api.main import create_app
from api.opa_process import find_opa_binary, start_opa, stop_opa
from api.security.clients import register_client
from api.security.policy import Decision, PolicyEngine
from api.settings import Settings
from tests.conftest import free_port, signaal_body

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 400


class FixedAllow:
    """The baseline: the decision OPA would give, without asking OPA."""

    def __init__(self, decision: Decision) -> None:
        self.decision = decision

    def decide(self, question: dict[str, Any], *, package: str | None = None) -> Decision:
        return self.decision


class CountingEngine:
    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine
        self.calls = 0

    def decide(self, question: dict[str, Any], *, package: str | None = None) -> Decision:
        self.calls += 1
        return self.engine.decide(question, package=package)


def timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[int(len(ordered) * 0.9)]
    return f"median {statistics.median(ordered) * 1e3:6.2f} ms   p90 {p90 * 1e3:6.2f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        migrate(url)
        opa_url = f"http://127.0.0.1:{free_port()}"
        settings = Settings(
            database_url=url,
            opa_url=opa_url,
            keys_dir=Path(tmp) / "keys",
            issuer="http://127.0.0.1",
        )
        opa = start_opa(settings, find_opa_binary(settings), Path(tmp) / "opa.log")
        try:
            run(settings)
        finally:
            stop_opa(opa)


def run(settings: Settings) -> None:
    with session_factory(make_engine(settings.database_url))() as session:
        writer = register_client(session, org="politie", roles=["partner_system"])
        reader = register_client(session, org="jongerenwerk", roles=["jongerenwerker"])
        session.commit()
    app = create_app(settings)
    runtime = app.state.runtime
    with TestClient(app, base_url="http://127.0.0.1") as client:

        def headers(credentials: tuple[str, str]) -> dict[str, str]:
            token = client.post(
                "/oauth/token", data={"grant_type": "client_credentials"}, auth=credentials
            ).json()["access_token"]
            return {"Authorization": f"Bearer {token}", "Doelbinding": "signalering"}

        politie, jongerenwerk = headers(writer), headers(reader)
        first = client.post("/v1/signalen", json=signaal_body("111222333"), headers=politie).json()
        for _ in range(99):
            client.post("/v1/signalen", json=signaal_body("111222333"), headers=politie)
        single = f"/v1/signalen/{first['id']}"
        listing = f"/v1/jongeren/{first['jongereId']}/signalen?paginaGrootte=100"
        assert len(client.get(listing, headers=jongerenwerk).json()["items"]) == 100

        real = runtime.policy
        fixed = FixedAllow(real.decide(_question(client, single, jongerenwerk, runtime)))

        def read() -> None:
            assert client.get(single, headers=jongerenwerk).status_code == 200

        for _ in range(min(50, ROUNDS)):  # warm up both paths
            read()
        with_decision: list[float] = []
        without_decision: list[float] = []
        for _ in range(ROUNDS):
            runtime.policy = real
            with_decision.append(timed(read))
            runtime.policy = fixed
            without_decision.append(timed(read))
        runtime.policy = real

        counting = CountingEngine(real)
        runtime.policy = counting
        single_reads = [timed(read) for _ in range(min(100, ROUNDS))]
        calls_single, counting.calls = counting.calls, 0
        list_reads = [
            timed(lambda: client.get(listing, headers=jongerenwerk))
            for _ in range(min(100, ROUNDS))
        ]
        calls_list = counting.calls
        runtime.policy = real

    added = statistics.median(with_decision) - statistics.median(without_decision)
    print(f"single read, OPA decision      {summary(with_decision)}")
    print(f"single read, decision skipped  {summary(without_decision)}")
    print(
        f"decision overhead: +{added * 1e3:.2f} ms at the median, ratio "
        f"{statistics.median(with_decision) / statistics.median(without_decision):.2f}x"
    )
    print(f"list of 100 rows               {summary(list_reads)}")
    print(f"single read                    {summary(single_reads)}")
    print(
        f"list/single ratio {statistics.median(list_reads) / statistics.median(single_reads):.2f}x;"
        f" decisions per request: list {calls_list / len(list_reads):.0f},"
        f" single {calls_single / len(single_reads):.0f}"
    )


def _question(
    client: TestClient, path: str, headers: dict[str, str], runtime: Any
) -> dict[str, Any]:
    """The question the gate asks for `path`, captured from one real request."""
    captured: dict[str, Any] = {}
    real = runtime.policy

    class Capture:
        def decide(self, question: dict[str, Any], *, package: str | None = None) -> Decision:
            captured.update(question)
            return real.decide(question, package=package)

    runtime.policy = Capture()
    client.get(path, headers=headers)
    runtime.policy = real
    return captured


if __name__ == "__main__":
    main()
