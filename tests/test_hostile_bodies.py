"""Hostile bodies change nothing: too large (413, without reading them in full), not UTF-8, not
JSON, nested too deep, or with a NUL in a string (400); each a problem+json that names what is
wrong and never the input, and no row is stored."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.db import make_engine
from api.main import create_app
from api.settings import Settings
from tests.conftest import BASE_URL, refusal_on_record, serving, settle, signaal_body

# Tables an accepted request writes to; the audit log is left out, a refusal may be on record.
AUDIT_TABLES = {
    "audit_records",
    "audit_kop",
    "audit_checkpoints",
    "audit_refusals",
    "oauth_clients",
    "token_failures",
}


def row_counts(settings: Settings) -> dict[str, int]:
    import api.models  # noqa: F401  (every table on Base.metadata)
    from api.db import Base

    tables = {n: t for n, t in Base.metadata.tables.items() if n not in AUDIT_TABLES}
    # One round trip: the parameter test counts after each of some thousands of requests.
    counts = select(
        *(select(func.count()).select_from(t).scalar_subquery().label(n) for n, t in tables.items())
    )
    with make_engine(settings.database_url).connect() as connection:
        return dict(connection.execute(counts).one()._mapping)


def assert_problem(response: Any, status: int, type_: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == f"https://aanwas.example/problems/{type_}"
    assert body["status"] == status
    assert body["title"] and body["detail"]
    return body


@pytest.fixture(scope="module")
def small_limits_client(settings: Settings) -> Iterator[TestClient]:
    small = settings.model_copy(update={"max_body_bytes": 4096, "max_bulk_body_bytes": 16384})
    with TestClient(create_app(small), base_url=BASE_URL) as client:
        yield client


def test_a_body_over_the_limit_is_refused_with_413_and_nothing_stored(
    small_limits_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    body = signaal_body(bsn, omschrijving="x" * 3900)
    before = row_counts(settings)
    response = small_limits_client.post("/v1/signalen", json=body, headers=politie.headers())
    problem = assert_problem(response, 413, "verzoek-te-groot")
    assert "4096" in problem["detail"]
    assert bsn not in response.text
    assert response.headers["x-request-id"] in problem["instance"]
    # Refused before any route, yet on record: under the partner and the operation it tried.
    record = refusal_on_record(settings, response.headers["x-request-id"])
    assert record["client_id"] == politie.client_id and record["http_status"] == 413
    assert record["reason"] == "verzoek-te-groot (POST /v1/signalen)", record["reason"]
    # The bulk route has its larger limit: the same signal passes there.
    bulk = small_limits_client.post(
        "/v1/signalen/bulk", json={"signalen": [body]}, headers=politie.headers()
    )
    assert bulk.status_code == 200, bulk.text
    after = row_counts(settings)
    assert after["signalen"] == before["signalen"] + 1
    too_big = small_limits_client.post(
        "/v1/signalen/bulk", json={"signalen": [body] * 5}, headers=politie.headers()
    )
    assert_problem(too_big, 413, "verzoek-te-groot")
    assert row_counts(settings) == after


def test_a_body_streamed_without_content_length_is_counted(
    small_limits_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    payload = json.dumps(signaal_body(bsn, omschrijving="x" * 3900)).encode()

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(payload), 512):
            yield payload[start : start + 512]

    before = row_counts(settings)
    response = small_limits_client.post(
        "/v1/signalen",
        content=chunks(),
        headers={**politie.headers(), "Content-Type": "application/json"},
    )
    assert_problem(response, 413, "verzoek-te-groot")
    assert row_counts(settings) == before


def _raw_http(base_url: str, request: bytes, then: bytes = b"") -> tuple[int, bytes]:
    """Sends `request` (and `then`) on a plain socket and reads the answer until the server
    closes: the status and the whole response."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        if then:
            sock.sendall(then)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return int(received.split(b" ", 2)[1]), received


def test_over_real_http_a_huge_declared_or_streamed_body_is_refused_early(
    settings: Settings, caller, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AANWAS_MAX_BODY_BYTES", "8192")
    monkeypatch.setenv("AANWAS_MAX_BULK_BODY_BYTES", "65536")
    politie = caller("politie", "partner_system")
    settle(settings)  # the served worker finds nothing left to do that would change the counts
    before = row_counts(settings)
    with serving(settings) as base_url:
        host = base_url.removeprefix("http://")
        head = (
            f"POST /v1/signalen/bulk HTTP/1.1\r\nHost: {host}\r\n"
            f"Authorization: Bearer {politie.token}\r\nDoelbinding: signalering\r\n"
            "Content-Type: application/json\r\n"
        )
        # 200 MB announced, a few bytes sent: answered at once from the Content-Length, so the
        # server never waits for (or holds) the rest.
        status, received = _raw_http(
            base_url,
            (head + "Content-Length: 200000000\r\n\r\n").encode() + b'{"signalen": [',
        )
        assert status == 413, received
        assert b"application/problem+json" in received
        assert b"verzoek-te-groot" in received

        # Chunked, no Content-Length, and never finished: the server stops reading after the
        # limit's worth and answers, though the body has not ended.
        chunk = b"x" * 16384
        chunked = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(5))
        status, received = _raw_http(
            base_url, (head + "Transfer-Encoding: chunked\r\n\r\n").encode(), chunked
        )
        assert status == 413, received
        assert b"verzoek-te-groot" in received
    assert row_counts(settings) == before


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize(
    ("payload", "type_"),
    [
        pytest.param(b'{"signalen": ' + _nested(10_000) + b"}", "te-diep-genest", id="10k-arrays"),
        pytest.param(
            b'{"signalen": [' + b'{"a": ' * 40 + b"1" + b"}" * 40 + b"]}",
            "te-diep-genest",
            id="40-objects",
        ),
        pytest.param(
            b'{"signalen": [{"jongere": "\xff\xfe"}]}', "ongeldige-tekencodering", id="utf8"
        ),
        pytest.param(
            b'{"signalen": [{"jongere": "\\ud800"}]}', "ongeldige-tekencodering", id="surrogate"
        ),
        pytest.param(b'{"signalen": [{"jongere": ', "ongeldige-json", id="truncated"),
        pytest.param(b"{'signalen': []}", "ongeldige-json", id="single-quotes"),
        pytest.param(b'{"signalen": [{"a": "b\x00c"}]}', "ongeldige-json", id="raw-nul"),
    ],
)
def test_unreadable_json_gets_a_400_that_says_why(
    app_client: TestClient, caller, settings: Settings, payload: bytes, type_: str
) -> None:
    politie = caller("politie", "partner_system")
    before = row_counts(settings)
    response = app_client.post(
        "/v1/signalen/bulk",
        content=payload,
        headers={**politie.headers(), "Content-Type": "application/json"},
    )
    assert_problem(response, 400, type_)
    assert "signalen" not in response.text
    assert row_counts(settings) == before


def test_a_nul_in_any_string_is_refused_and_nothing_stored(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    body = signaal_body(bsn)
    body["jongere"]["achternaam"] = "de\u0000Vries"
    before = row_counts(settings)
    response = app_client.post("/v1/signalen", json=body, headers=politie.headers())
    assert_problem(response, 400, "ongeldig-teken")
    assert "Vries" not in response.text
    record = refusal_on_record(settings, response.headers["x-request-id"])
    assert record["client_id"] == politie.client_id and record["http_status"] == 400
    assert record["reason"] == "ongeldig-teken (POST /v1/signalen)", record["reason"]
    assert "Vries" not in str(record.values())
    # Also as a key, deep inside a bulk item.
    bulk = app_client.post(
        "/v1/signalen/bulk",
        json={"signalen": [{**signaal_body(bsn), "x\u0000": 1}]},
        headers=politie.headers(),
    )
    assert_problem(bulk, 400, "ongeldig-teken")
    assert row_counts(settings) == before


def test_a_nul_in_the_query_is_refused(app_client: TestClient, caller, settings: Settings) -> None:
    politie = caller("politie", "partner_system")
    response = app_client.get("/v1/signalen?categorie=a%00b", headers=politie.headers())
    assert_problem(response, 400, "ongeldig-teken")


def test_the_row_count_helper_sees_a_stored_signal(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    # The guard of the tests above: an accepted push does change the counts.
    politie = caller("politie", "partner_system")
    before = row_counts(settings)
    response = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    assert response.status_code == 201, response.text
    assert row_counts(settings)["signalen"] == before["signalen"] + 1
