"""private_key_jwt with a JWKS URL: the partner publishes its public keys on its own (here: a
real local HTTP server) and signs assertions with the key its `kid` names. It rotates by
publishing a new key, without registering again; a key it withdraws stops working once our
memory of its set has expired; a URL that is down, too large or not a JWK Set means no token
(invalid_client), never a 500; and we do not hammer its server."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient
from joserfc.jwk import ECKey, RSAKey

from api.db import make_engine, session_factory
from api.main import create_app
from api.security.clients import register_key_client
from api.settings import Settings
from tests.conftest import BASE_URL, run_cli
from tests.test_private_key_jwt import assertion, from_new_address, grant

CACHE_SECONDS = 2.0
REFETCH_SECONDS = 0.5
NOT_AUTHENTICATED = {"error": "invalid_client", "error_description": "client authentication failed"}


class Partner:
    """The partner's web server: serves `body` at /jwks.json (and whatever `routes` add), and
    counts the requests it got."""

    def __init__(self) -> None:
        self.body: bytes = b'{"keys": []}'
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests = 0
        partner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                partner.requests += 1
                status, headers, body = partner.routes.get(
                    self.path, (200, {"Content-Type": "application/json"}, partner.body)
                )
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Transfer-Encoding" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/jwks.json"

    def publish(self, *keys: ECKey | RSAKey) -> None:
        self.body = json.dumps({"keys": [key.as_dict(private=False) for key in keys]}).encode()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def partner_server() -> Iterator[Partner]:
    partner = Partner()
    thread = threading.Thread(target=partner.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield partner
    finally:
        partner.stop()


@pytest.fixture
def partner() -> Iterator[Partner]:
    with partner_server() as served:
        yield served


@pytest.fixture(scope="module")
def jwks_app(settings: Settings) -> Iterator[TestClient]:
    """The app remembering a client's keys for 2 s and fetching at most every 0.5 s, so the
    tests can see the memory expire."""
    quick = settings.model_copy(
        update={
            "client_jwks_cache_seconds": CACHE_SECONDS,
            "client_jwks_refetch_seconds": REFETCH_SECONDS,
            "client_jwks_timeout_seconds": 1.0,
        }
    )
    with TestClient(create_app(quick), base_url=BASE_URL) as client:
        yield client


def signing_key(kid: str) -> ECKey:
    return ECKey.generate_key("P-256", parameters={"kid": kid, "use": "sig"})


def register_with_uri(settings: Settings, uri: str) -> str:
    with session_factory(make_engine(settings.database_url))() as session:
        client_id = register_key_client(
            session, org="politie", roles=["partner_system"], jwks_uri=uri
        )
        session.commit()
    return client_id


def token_for(caller: TestClient, client_id: str, key: ECKey | RSAKey, **header: Any) -> Any:
    signed = assertion(client_id, key, kid=key.kid, **header)
    return caller.post("/oauth/token", data=grant(signed))


def refused(response: Any) -> None:
    assert response.status_code == 401, response.text
    assert response.json() == NOT_AUTHENTICATED


def wait_past(seconds: float) -> None:
    threading.Event().wait(seconds + 0.1)


def test_a_token_with_an_assertion_signed_by_a_published_key_and_the_set_is_remembered(
    jwks_app: TestClient, settings: Settings, partner: Partner
) -> None:
    key = signing_key("2026-12")
    partner.publish(signing_key("other"), key)  # the kid picks the key from the set
    client_id = register_with_uri(settings, partner.url)
    caller = from_new_address(jwks_app)
    for _ in range(3):
        response = token_for(caller, client_id, key)
        assert response.status_code == 200, response.text
        token = response.json()["access_token"]
    assert partner.requests == 1  # remembered: not fetched for every token
    listed = jwks_app.get(
        "/v1/signalen", headers={"Authorization": f"Bearer {token}", "Doelbinding": "signalering"}
    )
    assert listed.status_code == 200, listed.text


def test_an_rsa_key_without_a_kid_works_when_it_is_the_only_one(
    jwks_app: TestClient, settings: Settings, partner: Partner
) -> None:
    key = RSAKey.generate_key(2048)
    partner.publish(key)
    client_id = register_with_uri(settings, partner.url)
    signed = assertion(client_id, key, alg="PS256")  # no kid in the header
    response = from_new_address(jwks_app).post("/oauth/token", data=grant(signed))
    assert response.status_code == 200, response.text


def test_the_partner_rotates_and_a_withdrawn_key_stops_working_once_the_set_expires(
    jwks_app: TestClient, settings: Settings, partner: Partner
) -> None:
    old, new = signing_key("old"), signing_key("new")
    partner.publish(old)
    client_id = register_with_uri(settings, partner.url)
    caller = from_new_address(jwks_app)
    assert token_for(caller, client_id, old).status_code == 200
    wait_past(REFETCH_SECONDS)
    partner.publish(new)  # rotated: the old key is withdrawn, a new kid published
    # An unknown kid fetches the set again at once: no registration, no waiting for expiry.
    response = token_for(caller, client_id, new)
    assert response.status_code == 200, response.text
    assert partner.requests == 2
    wait_past(CACHE_SECONDS)
    refused(token_for(caller, client_id, old))  # the set expired, was fetched: old is gone
    assert token_for(caller, client_id, new).status_code == 200


def published(settings: Settings, partner: Partner) -> tuple[ECKey, str]:
    """A key the partner publishes, and a client registered with the partner's URL."""
    key = signing_key("k1")
    partner.publish(key)
    return key, register_with_uri(settings, partner.url)


def test_made_up_kids_do_not_make_us_hammer_the_partner(
    jwks_app: TestClient, settings: Settings, partner: Partner
) -> None:
    key, client_id = published(settings, partner)
    caller = from_new_address(jwks_app)
    assert token_for(caller, client_id, key).status_code == 200
    started = time.monotonic()
    for n in range(8):
        refused(token_for(caller, client_id, signing_key(f"made-up-{n}")))
    elapsed = time.monotonic() - started
    # At most one fetch per refetch period, however many unknown kids (1 if the machine is fast).
    assert partner.requests <= 2 + int(elapsed / REFETCH_SECONDS)
    assert token_for(caller, client_id, key).status_code == 200


def test_a_replayed_assertion_is_refused(
    jwks_app: TestClient, settings: Settings, partner: Partner
) -> None:
    key, client_id = published(settings, partner)
    caller = from_new_address(jwks_app)
    signed = assertion(client_id, key, kid="k1")
    assert caller.post("/oauth/token", data=grant(signed)).status_code == 200
    refused(caller.post("/oauth/token", data=grant(signed)))


def test_a_server_that_is_down_means_invalid_client_and_a_log_line_naming_the_client(
    jwks_app: TestClient, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    key = signing_key("k1")
    with partner_server() as partner:
        partner.publish(key)
        client_id = register_with_uri(settings, partner.url)
    caller = from_new_address(jwks_app)
    with caplog.at_level(logging.WARNING, logger="aanwas.client_jwks"):
        refused(token_for(caller, client_id, key))
    lines = [record.getMessage() for record in caplog.records]
    assert any(client_id in line and "JWKS not fetched" in line for line in lines), lines
    assert not any(str(key.as_dict()["x"]) in line for line in lines)


KEY = signing_key("k1")
SERVED = json.dumps({"keys": [KEY.as_dict(private=False)]}).encode()
PADDING = b'{"kty": "oct", "k": "AAAA"},' * 3000


@pytest.mark.parametrize(
    ("route", "answer"),
    [
        ("huge", (200, {}, b'{"keys": [' + PADDING + SERVED[10:])),
        ("huge-undeclared", (200, {"Transfer-Encoding": "chunked"}, b"")),
        ("not-json", (200, {}, b"<html>" + SERVED + b"</html>")),
        ("no-keys", (200, {}, b'{"sleutels": ' + SERVED[9:])),
        ("only-unaccepted", (200, {}, b'{"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}')),
        ("error", (500, {}, SERVED)),
        ("elsewhere", (302, {"Location": "http://localhost:{port}/jwks.json"}, b"")),
    ],
)
def test_a_huge_malformed_failing_or_redirected_set_means_invalid_client(
    jwks_app: TestClient,
    settings: Settings,
    partner: Partner,
    route: str,
    answer: tuple[int, dict[str, str], bytes],
) -> None:
    """Each answer holds the very key the assertion is signed with, except where the point is
    that it holds none we accept: refused for the answer's shape, not for a missing key."""
    partner.publish(KEY)  # what /jwks.json serves, also at "localhost" (another host name)
    status, headers, body = answer
    if route == "huge-undeclared":  # no Content-Length to refuse it by: cut off while reading
        body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PADDING) * 2, PADDING * 2)
    if "Location" in headers:
        port = str(partner.server.server_port)
        headers = {"Location": headers["Location"].replace("{port}", port)}
    partner.routes[f"/{route}"] = (status, headers, body)
    client_id = register_with_uri(settings, partner.url.replace("jwks.json", route))
    refused(token_for(from_new_address(jwks_app), client_id, KEY))
    assert partner.requests == 1  # the other host was never asked


def test_a_redirect_on_the_same_host_is_followed(
    jwks_app: TestClient, settings: Settings, partner: Partner
) -> None:
    key = signing_key("k1")
    partner.publish(key)
    partner.routes["/old"] = (301, {"Location": "/jwks.json"}, b"")
    client_id = register_with_uri(settings, partner.url.replace("jwks.json", "old"))
    assert token_for(from_new_address(jwks_app), client_id, key).status_code == 200


def test_the_cli_registers_a_jwks_url_and_refuses_a_bad_one(settings: Settings) -> None:
    added = run_cli(
        settings,
        *("clients", "add", "--org", "politie", "--role", "partner_system"),
        *("--jwks-uri", "https://partner.example/jwks.json"),
    )
    assert added.returncode == 0, added.stderr
    shown = json.loads(added.stdout)
    assert shown["tokenEndpointAuthMethod"] == "private_key_jwt"
    assert "clientSecret" not in shown
    listed = json.loads(run_cli(settings, "clients", "list", "--json").stdout)
    row = next(row for row in listed if row["clientId"] == shown["clientId"])
    assert row["authenticatie"] == "private_key_jwt"
    assert row["jwksUri"] == "https://partner.example/jwks.json"

    before = len(listed)
    production = settings.model_copy(update={"environment": "production"})
    for where, uri, words in (
        (settings, "ftp://partner.example/jwks.json", "https://"),
        (settings, "jwks.json", "https://"),
        (settings, "https://user:pw@partner.example/jwks.json", "credentials"),
        (production, "http://partner.example/jwks.json", "https in production"),
    ):
        refused_cli = run_cli(
            where,
            *("clients", "add", "--org", "politie", "--role", "partner_system"),
            *("--jwks-uri", uri),
        )
        assert refused_cli.returncode == 2, refused_cli.stderr
        assert words in refused_cli.stderr
        assert "pw" not in refused_cli.stderr
    both = run_cli(
        settings,
        *("clients", "add", "--org", "politie", "--role", "partner_system"),
        *("--jwks-uri", "https://partner.example/jwks.json", "--public-key", "key.pem"),
    )
    assert both.returncode == 2
    assert "not allowed with argument" in both.stderr
    assert len(json.loads(run_cli(settings, "clients", "list", "--json").stdout)) == before
