"""OAuth 2.0 client credentials and RFC 9068 access tokens: what gets in and what does not."""

from __future__ import annotations

import base64
import json
import time
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet

from api.security.signing_keys import load_keyset
from api.settings import Settings
from tests.conftest import audit_rows, refusal_on_record, register, signaal_body


def test_client_credentials_yield_an_rfc9068_token(
    app_client: TestClient, settings: Settings
) -> None:
    client_id, secret = register(settings, "politie", "partner_system")
    response = app_client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"].lower() == "bearer"
    assert 0 < body["expires_in"] <= 600

    jwks = app_client.get("/oauth/jwks").json()
    token = jwt.decode(body["access_token"], KeySet.import_key_set(jwks))
    assert token.header["typ"] == "at+jwt"
    assert token.header["alg"] == "ES256"
    claims = token.claims
    assert claims["iss"] == settings.issuer
    assert claims["aud"] == settings.audience
    assert claims["client_id"] == client_id
    assert claims["org"] == "politie"
    assert claims["roles"] == ["partner_system"]
    assert 0 < claims["exp"] - time.time() <= 600
    assert all("d" not in key for key in jwks["keys"])


@pytest.mark.parametrize(
    "auth, data",
    [
        (("nobody", "secret"), {"grant_type": "client_credentials"}),
        (None, {"grant_type": "client_credentials"}),
    ],
)
def test_unknown_client_gets_no_token(app_client: TestClient, auth: Any, data: Any) -> None:
    response = app_client.post("/oauth/token", data=data, auth=auth)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert "access_token" not in response.text


def test_wrong_secret_and_other_grants_get_no_token(
    app_client: TestClient, settings: Settings
) -> None:
    client_id, secret = register(settings, "politie", "partner_system")
    wrong = app_client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, "guess")
    )
    assert wrong.status_code == 401
    password = app_client.post(
        "/oauth/token",
        data={"grant_type": "password", "username": "x", "password": "y"},
        auth=(client_id, secret),
    )
    assert password.status_code == 400
    assert password.json()["error"] == "unsupported_grant_type"
    # The secret goes in the Authorization header only, never in the form body.
    in_body = app_client.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": secret,
        },
    )
    assert in_body.status_code == 401


def _claims(settings: Settings, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims = {
        "iss": settings.issuer,
        "aud": settings.audience,
        "sub": "politie-forged",
        "client_id": "politie-forged",
        "iat": now,
        "exp": now + 300,
        "jti": "forged",
        "org": "politie",
        "roles": ["partner_system"],
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def _sign(key: ECKey, claims: dict[str, Any], typ: str | None = "at+jwt") -> str:
    header = {"alg": "ES256", "kid": key.kid}
    if typ:
        header["typ"] = typ
    return jwt.encode(header, claims, key)


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def forged_tokens(settings: Settings) -> dict[str, str]:
    ours = load_keyset(settings).primary
    other = ECKey.generate_key("P-256")
    other.ensure_kid()
    now = int(time.time())
    return {
        "expired": _sign(ours, _claims(settings, iat=now - 900, exp=now - 300)),
        "signed by another key": _sign(other, _claims(settings)),
        "another key claiming our kid": _sign(
            ECKey.import_key({**other.as_dict(private=True), "kid": ours.kid}), _claims(settings)
        ),
        "alg none": f"{_b64({'alg': 'none', 'typ': 'at+jwt'})}.{_b64(_claims(settings))}.",
        "wrong audience": _sign(ours, _claims(settings, aud="another-api")),
        "wrong issuer": _sign(ours, _claims(settings, iss="https://evil.example")),
        "not an access token (typ JWT)": _sign(ours, _claims(settings), typ="JWT"),
        "no org": _sign(ours, _claims(settings, org=None)),
        "no expiry": _sign(ours, _claims(settings, exp=None)),
        "garbage": "not-a-jwt",
    }


def test_forged_and_stale_tokens_get_401_and_no_data(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    assert created.status_code == 201
    path = f"/v1/signalen/{created.json()['id']}"

    for name, token in forged_tokens(settings).items():
        response = app_client.get(
            path, headers={"Authorization": f"Bearer {token}", "Doelbinding": "signalering"}
        )
        assert response.status_code == 401, name
        assert response.headers["content-type"] == "application/problem+json", name
        assert response.headers["WWW-Authenticate"].startswith("Bearer"), name
        assert "Sem" not in response.text, name
    assert audit_rows(settings, client_id="politie-forged") == []


def test_a_refused_token_is_on_record_as_a_denied_attempt_without_token_or_ids(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    signal_id = created.json()["id"]
    ours, other = load_keyset(settings).primary, ECKey.generate_key("P-256")
    other.ensure_kid()
    now = int(time.time())
    named = {"client_id": politie.client_id, "sub": politie.client_id}
    presented = {
        # Our signature vouches for the client it names: the record says who.
        "expired": _sign(ours, _claims(settings, iat=now - 900, exp=now - 300, **named)),
        # Anyone can write a client id into a token; without our signature it names nobody.
        "forged": _sign(other, _claims(settings, **named)),
        "none": None,
    }
    request_ids = {name: str(uuid.uuid4()) for name in presented}
    for name, token in presented.items():
        headers = {"Doelbinding": "signalering", "X-Request-ID": request_ids[name]}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response = app_client.get(f"/v1/signalen/{signal_id}", headers=headers)
        assert response.status_code == 401, name

    refused = [refusal_on_record(settings, request_ids[name]) for name in presented]
    assert [(r["decision"], r["http_status"], r["client_id"], r["org"]) for r in refused] == [
        ("deny", 401, politie.client_id, "politie"),
        ("deny", 401, None, None),
        ("deny", 401, None, None),
    ]
    where = "(GET /v1/signalen/{signaalId})"  # what was tried; the signal's id stays out
    assert [r["reason"] for r in refused] == [
        f"toegangstoken geweigerd: token verlopen of niet voor deze API {where}",
        f"toegangstoken geweigerd: token niet door deze API ondertekend of onleesbaar {where}",
        f"toegangstoken geweigerd: geen toegangstoken {where}",
    ]
    assert all(r["action"] == "present" and r["roles"] == [] for r in refused)
    written = json.dumps(refused, default=str)
    assert signal_id not in written
    assert all(token.split(".")[2] not in written for token in presented.values() if token)


def test_text_in_the_path_of_a_refused_request_never_reaches_the_log(
    app_client: TestClient, settings: Settings
) -> None:
    # Characters the URL keeps escaped (?, #, backslash) and a BSN and name where an id belongs: the
    # record names the route's template, whatever the path held.
    for path in (
        "/v1/signalen/BSN%20123456782%20Jan%20Jansen%3F",
        "/v1/signalen/a%23b%5Cc",
        "/v1/signalen/v1",
        "/v1/jongeren/Jan%3FJansen/signalen",
    ):
        request_id = str(uuid.uuid4())
        response = app_client.get(path, headers={"X-Request-ID": request_id})
        assert response.status_code == 401, path
        record = refusal_on_record(settings, request_id)
        assert record["reason"].endswith(
            "(GET /v1/jongeren/{jongereId}/signalen)"
            if "jongeren" in path
            else "(GET /v1/signalen/{signaalId})"
        ), record["reason"]
        assert "Jan" not in record["reason"] and "123456782" not in record["reason"]
        # Nor the answer: its problem names the occurrence by the request's id, not the path.
        assert response.json()["instance"] == f"urn:uuid:{request_id}"
        assert "Jan" not in response.text and "123456782" not in response.text


def test_every_answer_carries_the_id_its_records_are_filed_under(
    app_client: TestClient, caller, settings: Settings
) -> None:
    politie = caller("politie", "partner_system")
    # (A UUID given in another spelling: tests/test_toezicht.py, in the one spelling.)
    # None given, or not a UUID: the API names one, and a refusal's problem names it too.
    for headers in ({}, {"X-Request-ID": "mijn-verzoek-1"}):
        refused = app_client.get(
            f"/v1/signalen/{uuid.uuid4()}", headers={**politie.headers(), **headers}
        )
        assert refused.status_code == 404, refused.text
        named = refused.headers["X-Request-ID"]
        assert str(uuid.UUID(named)) == named
        assert refused.json()["instance"] == f"urn:uuid:{named}"
        assert audit_rows(settings, request_id=named), "the refusal is filed under its id"
    # Two requests without one never share an id.
    assert app_client.get("/v1/health").headers["X-Request-ID"] != named


def test_missing_or_non_bearer_authorization_is_401(app_client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": "Bearer "}):
        response = app_client.post(
            "/v1/signalen", json={}, headers={**headers, "Doelbinding": "signalering"}
        )
        assert response.status_code == 401
        assert response.json()["status"] == 401


def test_token_answers_say_no_store_once(app_client: TestClient, settings: Settings) -> None:
    # Authlib sets Cache-Control on its answers and the API's header layer added it again: a
    # header twice is what strict clients and proxies refuse.
    client_id, secret = register(settings, "politie", "partner_system")
    issued = app_client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )
    refused = app_client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, "fout")
    )
    assert (issued.status_code, refused.status_code) == (200, 401)
    for answer in (issued, refused):
        assert answer.headers.get_list("cache-control") == ["no-store"], answer.headers
    assert app_client.get("/v1/health").headers.get_list("cache-control") == ["no-store"]
