"""private_key_jwt (RFC 7523, NL GOV Assurance profile): a partner system registered with a
public key gets a token with a short-lived client assertion signed by its private key. A
wrong key, an expired or long-lived assertion, a wrong audience, a replayed `jti`, a secret
client presenting an assertion (or a key client a secret): all the same 401 as a wrong secret,
on record and throttled alike."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from aanwas_client.sdk import ClientCredentials, connect
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from fastapi.testclient import TestClient
from joserfc import jwt
from joserfc.jwk import ECKey, OctKey, RSAKey
from sqlalchemy import select

from api.db import make_engine, session_factory, utcnow
from api.main import create_app
from api.security.client_assertion import ASSERTION_TYPE
from api.security.client_keys import public_jwks
from api.security.clients import register_key_client
from api.security.models import UsedAssertion
from api.settings import Settings
from tests.conftest import BASE_URL, audit_rows, register, run_cli
from tests.test_partner_cli import write_csv

TOKEN_URL = f"{BASE_URL}/oauth/token"
_addresses = (f"10.23.{n // 250}.{n % 250 + 1}" for n in itertools.count())
Key = ECKey | RSAKey


def from_new_address(app_client: TestClient) -> TestClient:
    """The same app as called from an address no other test uses (the throttle counts per
    address)."""
    return TestClient(app_client.app, base_url=BASE_URL, client=(next(_addresses), 50000))


def ec_key() -> ECKey:
    return ECKey.generate_key("P-256")


def rsa_key() -> RSAKey:
    return RSAKey.generate_key(2048)


def public_pem(key: Key) -> str:
    return (
        key.raw_value.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def register_with_key(settings: Settings, key: Key, org: str = "politie") -> str:
    with session_factory(make_engine(settings.database_url))() as session:
        client_id = register_key_client(
            session, org=org, roles=["partner_system"], public_jwks=public_jwks(public_pem(key))
        )
        session.commit()
    return client_id


def assertion(
    client_id: str, key: Key | OctKey, alg: str = "ES256", kid: str | None = None, **changes: Any
) -> str:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": client_id,
        "sub": client_id,
        "aud": TOKEN_URL,
        "iat": now,
        "exp": now + 60,
        "jti": str(uuid.uuid4()),
    }
    claims.update(changes)
    claims = {name: value for name, value in claims.items() if value is not None}
    header = {"alg": alg} if kid is None else {"alg": alg, "kid": kid}
    return jwt.encode(header, claims, key, algorithms=[alg])


def grant(signed: str) -> dict[str, str]:
    return {
        "grant_type": "client_credentials",
        "client_assertion_type": ASSERTION_TYPE,
        "client_assertion": signed,
    }


def token_records(settings: Settings, client_id: str) -> list[tuple[str, int, str]]:
    rows = audit_rows(settings, resource_type="token", client_id=client_id)
    return [(row["decision"], row["http_status"], row["reason"]) for row in rows]


@pytest.mark.parametrize("alg", ["ES256", "RS256", "PS256"])
def test_a_key_client_gets_a_token_with_a_signed_assertion_and_uses_it(
    app_client: TestClient, settings: Settings, alg: str
) -> None:
    key = ec_key() if alg == "ES256" else rsa_key()
    client_id = register_with_key(settings, key)
    response = from_new_address(app_client).post(
        "/oauth/token", data=grant(assertion(client_id, key, alg))
    )
    assert response.status_code == 200, response.text
    assert response.headers["Cache-Control"] == "no-store"
    token = response.json()["access_token"]
    listed = app_client.get(
        "/v1/signalen", headers={"Authorization": f"Bearer {token}", "Doelbinding": "signalering"}
    )
    assert listed.status_code == 200, listed.text
    assert token_records(settings, client_id) == [("allow", 200, "toegangstoken uitgegeven")]


def test_the_issuer_is_an_accepted_audience_too_and_a_list_of_audiences_may_name_it(
    app_client: TestClient, settings: Settings
) -> None:
    key = ec_key()
    client_id = register_with_key(settings, key)
    caller = from_new_address(app_client)
    for aud in (BASE_URL, [TOKEN_URL, "https://elders.example"]):
        response = caller.post("/oauth/token", data=grant(assertion(client_id, key, aud=aud)))
        assert response.status_code == 200, response.text


def _refused_like_a_wrong_secret(response: Any) -> None:
    assert response.status_code == 401, response.text
    assert response.json() == {
        "error": "invalid_client",
        "error_description": "client authentication failed",
    }
    assert response.headers["Cache-Control"] == "no-store"


def test_bad_assertions_are_refused_with_the_answer_of_a_wrong_secret_and_on_record(
    app_client: TestClient, settings: Settings
) -> None:
    key = ec_key()
    client_id = register_with_key(settings, key)
    now = int(time.time())
    bad = {
        "signed by another key": assertion(client_id, ec_key()),
        "expired": assertion(client_id, key, iat=now - 600, exp=now - 120),
        "lives an hour": assertion(client_id, key, exp=now + 3600),
        "for another audience": assertion(client_id, key, aud="https://elders.example/token"),
        "for the API, not the token endpoint": assertion(client_id, key, aud=settings.audience),
        "issuer is not the subject": assertion(client_id, key, iss="politie-000000000000"),
        "not yet valid": assertion(client_id, key, nbf=now + 120, exp=now + 180),
        "issued in the future": assertion(client_id, key, iat=now + 120, exp=now + 180),
        "no exp": assertion(client_id, key, exp=None),
        "no jti": assertion(client_id, key, jti=None),
        "no aud": assertion(client_id, key, aud=None),
        "HS256 with a guessed secret": assertion(
            client_id, OctKey.import_key(b"x" * 32), alg="HS256"
        ),
        "unsigned": ".".join(assertion(client_id, key).split(".")[:2]) + ".",
        "not a JWT": "not-a-jwt",
    }
    for name, signed in bad.items():  # each from an address of its own: no throttle here
        response = from_new_address(app_client).post("/oauth/token", data=grant(signed))
        assert response.status_code == 401, name
        _refused_like_a_wrong_secret(response)
    # Each assertion that names the client is filed under it ("not a JWT" names no one).
    records = token_records(settings, client_id)
    assert len(records) == len(bad) - 1
    assert {decision for decision, _, _ in records} == {"deny"}
    assert {status for _, status, _ in records} == {401}
    # Nothing was issued, and no spent jti was recorded for an assertion that failed.
    with session_factory(make_engine(settings.database_url))() as session:
        spent = session.scalars(select(UsedAssertion).filter_by(client_id=client_id)).all()
    assert spent == []


def test_a_replayed_assertion_is_refused_also_by_another_process(
    app_client: TestClient, settings: Settings
) -> None:
    key = ec_key()
    client_id = register_with_key(settings, key)
    signed = assertion(client_id, key)
    caller = from_new_address(app_client)
    assert caller.post("/oauth/token", data=grant(signed)).status_code == 200
    _refused_like_a_wrong_secret(caller.post("/oauth/token", data=grant(signed)))
    # Another API process (its own app and runtime, same database) refuses it too.
    with TestClient(create_app(settings), base_url=BASE_URL) as other:
        _refused_like_a_wrong_secret(other.post("/oauth/token", data=grant(signed)))
        # A fresh assertion from the same key is fine there.
        assert other.post("/oauth/token", data=grant(assertion(client_id, key))).status_code == 200
    assert [d for d, _, _ in token_records(settings, client_id)] == [
        "allow",
        "deny",
        "deny",
        "allow",
    ]


def test_spent_assertions_are_kept_until_they_expire_then_cleaned_up(
    app_client: TestClient, settings: Settings
) -> None:
    key = ec_key()
    client_id = register_with_key(settings, key)
    sessions = session_factory(make_engine(settings.database_url))
    with sessions() as session:
        session.add(
            UsedAssertion(
                client_id=client_id,
                jti_hash="0" * 64,
                verloopt_op=utcnow() - timedelta(seconds=1),
            )
        )
        session.commit()
    exp = int(time.time()) + 90
    signed = assertion(client_id, key, exp=exp)
    assert from_new_address(app_client).post("/oauth/token", data=grant(signed)).status_code == 200
    with sessions() as session:
        spent = session.scalars(select(UsedAssertion).filter_by(client_id=client_id)).all()
    assert [row.jti_hash for row in spent] != ["0" * 64]
    assert len(spent) == 1
    assert spent[0].verloopt_op.timestamp() >= exp  # kept at least as long as it is valid


def test_a_client_has_one_way_to_authenticate(app_client: TestClient, settings: Settings) -> None:
    secret_client, secret = register(settings, "politie", "partner_system")
    key = ec_key()
    key_client = register_with_key(settings, key)
    caller = from_new_address(app_client)
    # A secret client cannot present an assertion (there is no key to check it with).
    _refused_like_a_wrong_secret(
        caller.post("/oauth/token", data=grant(assertion(secret_client, key)))
    )
    # A key client has no secret: any secret is wrong, also an empty one.
    for guess in ("guess", ""):
        _refused_like_a_wrong_secret(
            caller.post(
                "/oauth/token", data={"grant_type": "client_credentials"}, auth=(key_client, guess)
            )
        )
    # Two methods in one request are refused, even when both are right (RFC 6749 2.3).
    both = caller.post(
        "/oauth/token", data=grant(assertion(key_client, key)), auth=(secret_client, secret)
    )
    _refused_like_a_wrong_secret(both)
    # A client_id in the form must be the assertion's subject.
    wrong_id = caller.post(
        "/oauth/token", data={**grant(assertion(key_client, key)), "client_id": secret_client}
    )
    _refused_like_a_wrong_secret(wrong_id)
    assert [d for d, _, _ in token_records(settings, secret_client)] == ["deny", "deny"]
    # The secret guesses and the assertion under the wrong client_id are the key client's.
    assert [(d, status) for d, status, _ in token_records(settings, key_client)] == [
        ("deny", 401)
    ] * 3


def test_failed_assertions_are_throttled_per_client_and_address(
    app_client: TestClient, settings: Settings
) -> None:
    key = ec_key()
    client_id = register_with_key(settings, key)
    attacker = from_new_address(app_client)
    statuses = [
        attacker.post("/oauth/token", data=grant(assertion(client_id, ec_key()))).status_code
        for _ in range(settings.token_failures_per_client_address + 3)
    ]
    limit = settings.token_failures_per_client_address
    assert statuses == [401] * limit + [429] * 3
    # Even the right key waits at that address; from its own address the client gets a token.
    assert attacker.post("/oauth/token", data=grant(assertion(client_id, key))).status_code == 429
    rightful = from_new_address(app_client)
    assert rightful.post("/oauth/token", data=grant(assertion(client_id, key))).status_code == 200


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_the_cli_registers_a_pem_or_jwk_key_and_prints_no_secret(
    app_client: TestClient, settings: Settings, tmp_path: Path
) -> None:
    ec, rs = ec_key(), rsa_key()
    files = {
        "pem": _write(tmp_path, "ec.pem", public_pem(ec)),
        "jwk": _write(tmp_path, "rsa.jwk", json.dumps(rs.as_dict(private=False))),
    }
    registered: dict[str, str] = {}
    for kind, path in files.items():
        added = run_cli(
            settings, "clients", "add", "--org", "politie", "--role", "partner_system",
            "--public-key", path,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        shown = json.loads(added.stdout)
        assert "clientSecret" not in shown
        assert shown["tokenEndpointAuthMethod"] == "private_key_jwt"
        registered[kind] = shown["clientId"]
    caller = from_new_address(app_client)
    for kind, key, alg in (("pem", ec, "ES256"), ("jwk", rs, "RS256")):
        response = caller.post("/oauth/token", data=grant(assertion(registered[kind], key, alg)))
        assert response.status_code == 200, response.text
    listed = run_cli(settings, "clients", "list", "--json")
    methods = {row["clientId"]: row["authenticatie"] for row in json.loads(listed.stdout)}
    assert methods[registered["pem"]] == methods[registered["jwk"]] == "private_key_jwt"
    records = audit_rows(settings, resource_type="client", resource_id=registered["pem"])
    assert [r["action"] for r in records] == ["register"]
    assert "private_key_jwt" in records[0]["reason"]


def test_the_cli_refuses_a_private_key_a_weak_key_and_junk_and_registers_nothing(
    settings: Settings, tmp_path: Path
) -> None:
    private_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    weak_rsa = (
        rsa.generate_private_key(65537, 1024)  # noqa: S505 (the weak key refused)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    p384 = ECKey.generate_key("P-384")
    cases = {
        "private.pem": (private_pem, "private key"),
        "private.jwk": (json.dumps(ec_key().as_dict(private=True)), "private key"),
        "weak.pem": (weak_rsa, "2048"),
        "p384.jwk": (json.dumps(p384.as_dict(private=False)), "P-256"),
        "junk.txt": ("hello", "neither"),
        "secret.jwk": (json.dumps({"kty": "oct", "k": "c2VjcmV0"}), "EC P-256 and RSA"),
    }
    before = run_cli(settings, "clients", "list", "--json").stdout
    for name, (text, named) in cases.items():
        added = run_cli(
            settings, "clients", "add", "--org", "politie", "--role", "partner_system",
            "--public-key", _write(tmp_path, name, text),
        )  # fmt: skip
        assert added.returncode == 2, name
        assert named in added.stderr, (name, added.stderr)
        assert added.stdout == ""
    missing = run_cli(
        settings, "clients", "add", "--org", "politie", "--role", "partner_system",
        "--public-key", str(tmp_path / "nowhere.pem"),
    )  # fmt: skip
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert len(json.loads(run_cli(settings, "clients", "list", "--json").stdout)) == len(
        json.loads(before)
    )


def private_pem(key: Key) -> str:
    return key.raw_value.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def test_the_sdk_signs_its_assertions_over_http_and_renews_with_a_fresh_one(
    server: str, settings: Settings
) -> None:
    for key in (ec_key(), rsa_key()):
        client_id = register_with_key(settings, key)
        tokens = ClientCredentials(server, client_id, private_key=private_pem(key), margin=0)
        first = tokens.token()
        assert tokens.token(renew=True) != first  # a second assertion: a fresh jti, accepted
        with connect(server, client_id, private_key=private_pem(key), purpose="signalering") as api:
            listed = api.get_httpx_client().get("/signalen")
        assert listed.status_code == 200, listed.text
    stranger = ClientCredentials(server, client_id, private_key=private_pem(ec_key()))
    with pytest.raises(httpx.HTTPStatusError) as refused:
        stranger.token()
    assert refused.value.response.status_code == 401
    with pytest.raises(ValueError, match="not both"):
        ClientCredentials(server, client_id, "secret", private_key=private_pem(ec_key()))


def test_the_partner_cli_pushes_with_a_key_file(
    server: str, settings: Settings, tmp_path: Path
) -> None:
    key = ec_key()
    client_id = register_with_key(settings, key)
    key_file = _write(tmp_path, "partner.key", private_pem(key))
    signals = write_csv(tmp_path / "signalen.csv", 3)
    env = {
        **os.environ,
        "AANWAS_API_URL": server,
        "AANWAS_CLIENT_ID": client_id,
        "AANWAS_CLIENT_KEY_FILE": key_file,
    }
    env.pop("AANWAS_CLIENT_SECRET", None)
    pushed = subprocess.run(
        [sys.executable, "-m", "aanwas_client.partner", "push", str(signals)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert pushed.returncode == 0, pushed.stderr
    assert json.loads(pushed.stdout)["aangemaakt"] == 3
    both = subprocess.run(
        [sys.executable, "-m", "aanwas_client.partner", "push", str(signals)],
        env={**env, "AANWAS_CLIENT_SECRET": "x"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert both.returncode == 2 and "not both" in both.stderr
