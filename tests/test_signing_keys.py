"""Token-signing keys rotate with overlap: the JWKS publishes the old and the new key by kid,
tokens signed by either verify until the old one is withdrawn, and every key event is on record.
The operator acts through `aanwas keys` (a process of its own) while the app serves."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet
from sqlalchemy import select

from api.db import make_engine, session_factory
from api.security.models import AuditRecord
from api.security.signing_keys import KEYSET_FILE, LEGACY_KEY_FILE, load_keyset
from api.settings import Settings
from tests.conftest import (
    _postgres_database,
    app_on,
    refusal_on_record,
    register,
    run_cli,
    serving,
    signaal_body,
)


@pytest.fixture
def own_database(settings: Settings, tmp_path: Path) -> Iterator[str]:
    """A database of this test's own: a rotation must not reach the other tests' keys."""
    if settings.database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'keys.db'}"
    else:
        yield from _postgres_database()


def _kid(token: str) -> str:
    header = json.loads(_b64decode(token.split(".")[0]))
    return str(header["kid"])


def _b64decode(part: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _key_records(settings: Settings) -> list[AuditRecord]:
    with session_factory(make_engine(settings.database_url))() as session:
        return list(
            session.scalars(
                select(AuditRecord)
                .where(AuditRecord.resource_type == "tokensleutel")
                .order_by(AuditRecord.id)
            )
        )


def _published(client: TestClient) -> list[str]:
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    keys = response.json()["keys"]
    assert all("d" not in key for key in keys)  # public halves only
    assert client.get("/oauth/jwks").json() == response.json()  # the older address, the same
    return [key["kid"] for key in keys]


def test_the_metadata_document_links_the_jwks_without_a_token(
    own_database: str, settings: Settings, tmp_path: Path
) -> None:
    with app_on(settings, own_database, tmp_path / "keys") as (client, _make, fresh):
        response = client.get("/.well-known/oauth-authorization-server")
        assert response.status_code == 200
        metadata = response.json()
        assert metadata["issuer"] == fresh.issuer
        assert metadata["token_endpoint"] == f"{fresh.issuer}/oauth/token"
        assert metadata["jwks_uri"] == f"{fresh.issuer}/.well-known/jwks.json"
        assert metadata["grant_types_supported"] == ["client_credentials"]
        assert metadata["token_endpoint_auth_methods_supported"] == [
            "client_secret_basic",
            "private_key_jwt",
        ]
        assert metadata["token_endpoint_auth_signing_alg_values_supported"] == [
            "ES256",
            "RS256",
            "PS256",
        ]
        assert metadata["response_types_supported"]
        jwks = client.get(metadata["jwks_uri"].removeprefix(fresh.issuer)).json()
        assert [key["kid"] for key in jwks["keys"]] == [load_keyset(fresh).primary_kid]
        # The OpenAPI document names both and gives their schemas.
        document = client.get("/v1/openapi.json").json()
        scheme = document["components"]["securitySchemes"]["oauth2"]
        assert scheme["x-oauth2-metadata-url"] == f"{fresh.issuer}{response.request.url.path}"
        assert "/.well-known/jwks.json" in scheme["description"]
        schemas = document["components"]["schemas"]
        assert set(schemas["AutorisatieServerMetadata"]["required"]) >= {
            "issuer",
            "token_endpoint",
            "jwks_uri",
            "grant_types_supported",
        }
        assert schemas["JsonWebKeySet"]["properties"]["keys"]["items"] == {
            "$ref": "#/components/schemas/JsonWebKey"
        }


def test_a_rotation_keeps_old_tokens_valid_until_the_old_key_is_withdrawn(
    own_database: str, settings: Settings, tmp_path: Path, bsn: str
) -> None:
    with app_on(settings, own_database, tmp_path / "keys") as (client, make, fresh):
        before = make("politie", "partner_system")
        old_kid = _kid(before.token)
        assert _published(client) == [old_kid]
        created = client.post("/v1/signalen", json=signaal_body(bsn), headers=before.headers())
        assert created.status_code == 201, created.text
        path = f"/v1/signalen/{created.json()['id']}"

        rotated = run_cli(fresh, "keys", "signing-rotate")
        assert rotated.returncode == 0, rotated.stderr
        new_kid = rotated.stdout.strip()
        assert new_kid and new_kid != old_kid

        # The running app publishes both at once, signs with the new one, verifies both.
        assert _published(client) == [new_kid, old_kid]
        after = make("politie", "partner_system")
        assert _kid(after.token) == new_kid
        for token_holder in (before, after):
            assert client.get(path, headers=token_holder.headers()).status_code == 200
        jwks = KeySet.import_key_set(client.get("/.well-known/jwks.json").json())
        assert jwt.decode(before.token, jwks).claims["client_id"] == before.client_id
        assert jwt.decode(after.token, jwks).claims["client_id"] == after.client_id

        listed = run_cli(fresh, "keys", "signing-list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert [(row["kid"], row["primair"]) for row in json.loads(listed.stdout)] == [
            (new_kid, True),
            (old_kid, False),
        ]

        # The primary cannot go: it signs every new token.
        primary = run_cli(fresh, "keys", "signing-withdraw", "--", new_kid)
        assert primary.returncode == 1 and "rotate first" in primary.stderr
        assert _published(client) == [new_kid, old_kid]
        assert client.get(path, headers=after.headers()).status_code == 200

        withdrawn = run_cli(fresh, "keys", "signing-withdraw", "--", old_kid)
        assert withdrawn.returncode == 0, withdrawn.stderr
        # At once, also for a token the app had already checked (and remembered).
        request_id = str(uuid.uuid4())
        refused = client.get(path, headers={**before.headers(), "X-Request-ID": request_id})
        assert refused.status_code == 401
        assert refused.headers["content-type"] == "application/problem+json"
        assert "Sem" not in refused.text
        assert _published(client) == [new_kid]
        assert client.get(path, headers=after.headers()).status_code == 200
        on_record = refusal_on_record(fresh, request_id)
        assert on_record["decision"] == "deny" and on_record["http_status"] == 401

        gone = run_cli(
            fresh, "keys", "signing-withdraw", "--", old_kid
        )  # twice: nothing to withdraw
        assert gone.returncode == 1 and "signing-list" in gone.stderr

    records = _key_records(fresh)
    assert [(r.action, r.resource_id, r.decision) for r in records] == [
        ("sleutel_vervangen", new_kid, "allow"),
        ("sleutel_ingetrokken", new_kid, "deny"),
        ("sleutel_ingetrokken", old_kid, "allow"),
        ("sleutel_ingetrokken", old_kid, "deny"),
    ]
    assert old_kid in (records[0].reason or "")
    assert all(r.user and r.user.startswith("cli:") and r.seq is not None for r in records)
    # No key material on record: the private scalar of neither key appears.
    kept = json.loads((fresh.keys_dir / KEYSET_FILE).read_text())
    secrets = [key["d"] for key in kept["keys"]]
    assert all(secret not in (r.reason or "") for r in records for secret in secrets)
    assert (fresh.keys_dir / KEYSET_FILE).stat().st_mode & 0o077 == 0
    assert not list(fresh.keys_dir.glob(f".{KEYSET_FILE}-*"))


def test_an_install_with_one_signing_key_keeps_it_as_the_primary(
    own_database: str, settings: Settings, tmp_path: Path
) -> None:
    keys_dir = tmp_path / "keys"
    keys_dir.mkdir(mode=0o700)
    key = ECKey.generate_key("P-256", parameters={"use": "sig", "alg": "ES256"})
    key.ensure_kid()
    (keys_dir / LEGACY_KEY_FILE).write_text(json.dumps(key.as_dict(private=True)))
    with app_on(settings, own_database, keys_dir) as (client, make, fresh):
        assert not (keys_dir / LEGACY_KEY_FILE).exists()  # migrated in place
        assert load_keyset(fresh).kids == [key.kid]
        assert _published(client) == [key.kid]
        assert _kid(make("politie", "partner_system").token) == key.kid
        # A token signed with the key as the old install held it still verifies.
        client_id, _secret = register(fresh, "politie", "partner_system")
        now = int(time.time())
        claims = {
            "iss": fresh.issuer,
            "aud": fresh.audience,
            "sub": client_id,
            "client_id": client_id,
            "iat": now,
            "exp": now + 300,
            "jti": "voor-de-upgrade",
            "org": "politie",
            "roles": ["partner_system"],
        }
        issued = jwt.encode({"alg": "ES256", "typ": "at+jwt", "kid": key.kid}, claims, key)
        read = client.get(
            "/v1/signalen/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
            headers={"Authorization": f"Bearer {issued}", "Doelbinding": "signalering"},
        )
        assert read.status_code == 404  # past the token check: the signal does not exist


def test_key_changes_that_cannot_be_made_change_nothing_and_name_the_fix(
    own_database: str, settings: Settings, tmp_path: Path
) -> None:
    from api.db import migrate

    migrate(own_database)
    fresh = settings.model_copy(
        update={"database_url": own_database, "keys_dir": tmp_path / "keys"}
    )
    listed = run_cli(fresh, "keys", "signing-list")  # development: made on first use
    assert listed.returncode == 0, listed.stderr
    before = (fresh.keys_dir / KEYSET_FILE).read_text()
    (kid,) = load_keyset(fresh).kids
    assert listed.stdout.startswith(f"{kid}\tprimair")

    unknown = run_cli(fresh, "keys", "signing-withdraw", "--", "onbekend-kid")
    assert unknown.returncode == 1 and "signing-list" in unknown.stderr
    dashed = run_cli(fresh, "keys", "signing-withdraw", "--", "-Ab3")  # base64url may lead with -
    assert dashed.returncode == 1 and "signing-list" in dashed.stderr
    not_a_kid = run_cli(fresh, "keys", "signing-withdraw", "--", "x; rm -rf /")
    assert not_a_kid.returncode == 2 and "rm -rf" not in not_a_kid.stderr
    assert (fresh.keys_dir / KEYSET_FILE).read_text() == before
    records = _key_records(fresh)
    assert [(r.action, r.resource_id, r.decision) for r in records] == [
        ("sleutel_ingetrokken", "onbekend-kid", "deny"),
        ("sleutel_ingetrokken", "-Ab3", "deny"),
    ]


def test_every_server_process_refuses_a_withdrawn_key_at_its_next_request(
    own_database: str, settings: Settings, tmp_path: Path
) -> None:
    """Real HTTP against `aanwas serve` (two API processes on PostgreSQL): each process reads
    the keyset again at its next request, with no restart."""
    from api.db import migrate

    migrate(own_database)
    fresh = settings.model_copy(
        update={"database_url": own_database, "keys_dir": tmp_path / "keys"}
    )
    workers = "1" if own_database.startswith("sqlite") else "2"
    with serving(fresh, "--no-worker", "--workers", workers) as url:

        def token() -> str:
            client_id, secret = register(fresh, "politie", "partner_system")
            response = httpx.post(
                f"{url}/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(client_id, secret),
            )
            assert response.status_code == 200, response.text
            return str(response.json()["access_token"])

        def statuses(bearer: str) -> set[int]:
            headers = {"Authorization": f"Bearer {bearer}", "Doelbinding": "signalering"}
            return {  # a connection each, so that both processes answer some
                httpx.get(f"{url}/v1/signalen/{uuid.uuid4()}", headers=headers).status_code
                for _ in range(12)
            }

        old = token()
        assert statuses(old) == {404}  # past the token check: no such signal
        rotated = run_cli(fresh, "keys", "signing-rotate")
        assert rotated.returncode == 0, rotated.stderr
        new = token()
        assert _kid(new) == rotated.stdout.strip() != _kid(old)
        assert statuses(old) == {404} and statuses(new) == {404}
        jwks = httpx.get(f"{url}/.well-known/jwks.json").json()
        assert [key["kid"] for key in jwks["keys"]] == [_kid(new), _kid(old)]

        assert run_cli(fresh, "keys", "signing-withdraw", "--", _kid(old)).returncode == 0
        assert statuses(old) == {401}
        assert statuses(new) == {404}
        jwks = httpx.get(f"{url}/.well-known/jwks.json").json()
        assert [key["kid"] for key in jwks["keys"]] == [_kid(new)]
