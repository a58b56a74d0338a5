"""Defences around the gate: what the logs, OPA's own API and odd routes can and cannot do."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.main import create_app
from api.opa_process import find_opa_binary, start_opa
from api.security.gate_routes import GateAccess
from api.security.policy import PolicyEngine
from api.settings import Settings
from tests.conftest import BASE_URL, database_fault, on_postgresql, signaal_body
from tests.test_signalen import count_signals


def test_opa_answers_only_the_apis_questions(opa_url: str) -> None:
    allowed = httpx.get(f"{opa_url}/v1/data/convenanten")
    assert allowed.status_code == 200
    for method, path, body in [
        ("PUT", "/v1/data/convenanten/groepsaanpak/partijen", '["om"]'),
        ("PATCH", "/v1/data", "[]"),
        ("GET", "/v1/data", None),
        ("GET", "/v1/policies", None),
        ("PUT", "/v1/policies/backdoor", "package backdoor\nallow := true"),
        ("POST", "/v1/query", '{"query": "data"}'),
    ]:
        response = httpx.request(method, f"{opa_url}{path}", content=body)
        assert response.status_code in (401, 403), (method, path, response.status_code)
    parties = httpx.get(f"{opa_url}/v1/data/convenanten").json()["result"]["groepsaanpak"]
    assert "om" not in parties["partijen"]


def test_concurrent_decisions_keep_their_connections_to_opa(
    opa_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Under load every request thread keeps its connection to OPA: a decision never waits for a
    new TCP connection because a small pool closed the last one."""
    engine = PolicyEngine(opa_url, decision_path=Settings().opa_decision_path, timeout_seconds=5)
    threads, each = 24, 5
    barrier = threading.Barrier(threads)

    def ask() -> None:
        barrier.wait(timeout=10)
        for _ in range(each):
            assert "groepsaanpak" in engine.read("convenanten")

    with (
        caplog.at_level(logging.DEBUG, logger="urllib3.connectionpool"),
        ThreadPoolExecutor(max_workers=threads) as pool,
    ):
        for asked in [pool.submit(ask) for _ in range(threads)]:
            asked.result()
    engine.close()
    opened = [r for r in caplog.records if "Starting new HTTP connection" in r.getMessage()]
    assert 1 <= len(opened) <= threads
    assert not [r for r in caplog.records if "pool is full" in r.getMessage()]


def test_managed_opa_refuses_a_port_someone_else_answers_on(opa_url: str, tmp_path) -> None:
    settings = Settings(opa_url=opa_url)
    with pytest.raises(RuntimeError, match="already in use"):
        start_opa(settings, find_opa_binary(settings), tmp_path / "opa.log")


def test_a_route_that_takes_the_gate_but_never_decides_commits_nothing(
    settings: Settings, caller, bsn: str
) -> None:
    app = create_app(settings)

    @app.post("/v1/zonder-besluit")
    def without_decision(gate: GateAccess) -> dict[str, str]:
        gate.session.execute(text("UPDATE signalen SET wijk = 'gelekt'"))
        return {"status": "klaar"}

    with TestClient(app, base_url=BASE_URL) as client:
        politie = caller("politie", "partner_system")
        client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
        response = client.post("/v1/zonder-besluit", headers=politie.headers())
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["API-Version"], "500s carry the API headers too"
    assert response.json()["instance"] == f"urn:uuid:{response.headers['X-Request-ID']}"
    with make_engine(settings.database_url).connect() as connection:
        leaked = connection.execute(text("SELECT count(*) FROM signalen WHERE wijk = 'gelekt'"))
        assert leaked.scalar_one() == 0


def test_a_database_failure_leaves_no_personal_data_in_the_log(
    app_client: TestClient, caller, settings: Settings, bsn: str, caplog: pytest.LogCaptureFixture
) -> None:
    if on_postgresql(settings):
        create = [
            "CREATE FUNCTION refuse_signal() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'disk full'; END; $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_signal BEFORE INSERT ON signalen "
            "FOR EACH ROW EXECUTE FUNCTION refuse_signal()",
        ]
        drop = ["DROP TRIGGER refuse_signal ON signalen", "DROP FUNCTION refuse_signal()"]
    else:
        create = [
            "CREATE TRIGGER refuse_signal BEFORE INSERT ON signalen "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        ]
        drop = ["DROP TRIGGER refuse_signal"]
    politie = caller("politie", "partner_system")
    body = signaal_body(bsn, wijk="Nieuw-Vennep-Getsewoud", omschrijving="Geheime omschrijving")
    before = count_signals(settings)
    with database_fault(settings, create=create, drop=drop), caplog.at_level(logging.DEBUG):
        response = app_client.post("/v1/signalen", json=body, headers=politie.headers())
    assert response.status_code == 500
    assert response.headers["API-Version"]
    assert count_signals(settings) == before
    logged = caplog.text + "".join(str(r.exc_info) for r in caplog.records)
    assert "unhandled" in logged
    for secret in ("Nieuw-Vennep", "Geheime", bsn, "Sem", "2026-11-02"):
        assert secret not in logged, secret


def test_tokens_are_refused_over_plain_http_to_a_public_host(
    app_client: TestClient, settings: Settings
) -> None:
    from tests.conftest import register

    client_id, secret = register(settings, "politie", "partner_system")
    with TestClient(app_client.app, base_url="http://aanwas.example") as public:
        response = public.post(
            "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
        )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"
    assert "access_token" not in response.text
