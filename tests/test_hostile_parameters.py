"""Every operation in the OpenAPI document, every parameter in turn (path, query, header, plus
X-Request-ID and traceparent on all), filled with hostile values: SQL and Rego metacharacters,
template syntax, a NUL, CR/LF header injection, non-ASCII, very long strings, huge and negative
numbers. With a valid token and purpose, each answer is below 500, a 4xx is problem+json, no
response header carries the value raw, and unless the answer is 2xx no row changed."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import signaal_body
from tests.test_hostile_bodies import row_counts

HOSTILE = {
    "sql-or": "' OR 1=1 --",
    "sql-drop": '"; drop table signalen; --',
    "rego-ref": "input.x",
    "rego-data": "data.aanwas.gate.decision",
    "template": "{{7*7}}",
    "nul": "\u0000",
    "crlf": "x\r\nSet-Cookie: sessie=1",
    "non-ascii": "é\u202eü\U0001f600",
    "long": "a" * 10_000,
    "negative": "-1",
    "huge": str(10**12),
    "beyond-int64": str(10**30),
    "fraction": "0.5",
    "traversal": "../../etc/passwd",
}
# Headers every operation reads, whether it declares them or not.
EXTRA_HEADERS = ("X-Request-ID", "traceparent")
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def _operations(app_client: TestClient) -> list[tuple[str, str, dict[str, Any]]]:
    document = app_client.app.openapi()  # type: ignore[attr-defined]
    # Paths are relative to the server URL, which ends in /v1.
    prefix = "/" + document["servers"][0]["url"].split("/", 3)[3]
    return [
        (prefix + path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def _body(path: str, method: str, operation: dict[str, Any], bsn: str) -> Any:
    if "requestBody" not in operation:
        return None
    if (path, method) == ("/v1/signalen", "post"):
        return signaal_body(bsn)  # a valid body, so Idempotency-Key and the headers are reached
    return {}


def _send(
    client: TestClient,
    method: str,
    path: str,
    operation: dict[str, Any],
    headers: dict[str, Any],
    target: tuple[str, str],
    value: str,
    body: Any,
) -> Any:
    where, name = target
    url = path
    query: list[tuple[str, str]] = []
    sent_headers: dict[str, Any] = dict(headers)
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path":
            filler = value if (where, name) == ("path", parameter["name"]) else UNKNOWN_ID
            url = url.replace("{" + parameter["name"] + "}", quote(filler, safe=""))
    if where == "query":
        query.append((name, value))
    if where == "header":
        # Raw bytes, as a hostile client sends them (httpx would refuse a str with CR/LF).
        sent_headers[name] = value.encode("utf-8")
    return client.request(
        method.upper(),
        url,
        params=query,
        headers=sent_headers,
        json=body if body is not None else None,
    )


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_values_in_every_parameter_change_nothing(
    app_client: TestClient, caller, settings: Settings, bsn: str, value: str
) -> None:
    casusregisseur = caller("gemeente", "casusregisseur").headers("pga")
    politie = caller("politie", "partner_system").headers("signalering")
    officer = caller("privacy", "privacy_officer").headers("toezicht")
    failures: list[str] = []
    before = row_counts(settings)
    for path, method, operation in _operations(app_client):
        headers = (
            officer
            if path.startswith("/v1/audit")
            else politie
            if path.startswith("/v1/signalen")
            else casusregisseur
        )
        targets = [
            (parameter["in"], parameter["name"]) for parameter in operation.get("parameters", [])
        ] + [("header", name) for name in EXTRA_HEADERS]
        for target in targets:
            body = _body(path, method, operation, bsn)
            response = _send(app_client, method, path, operation, headers, target, value, body)
            label = f"{method.upper()} {path} {target[0]}:{target[1]} -> {response.status_code}"
            if response.status_code >= 500:
                failures.append(f"{label}: {response.text[:200]}")
                continue
            problem = response.headers.get("content-type") == "application/problem+json"
            if response.status_code >= 400 and not problem:
                failures.append(f"{label}: not problem+json")
            for header, sent in response.headers.items():
                if "\r" in sent or "\n" in sent or (len(value) > 2 and value in sent):
                    failures.append(f"{label}: header {header} echoes the value")
            if value in response.text and len(value) > 4 and value.isascii():
                failures.append(f"{label}: the body echoes the value")
            after = row_counts(settings)
            if not 200 <= response.status_code < 300 and after != before:
                changed = {k for k in after if after[k] != before[k]}
                failures.append(f"{label}: rows changed in {sorted(changed)}")
            before = after
    assert failures == [], "\n".join(failures[:40])
