"""The token endpoint resists secret guessing: failed client authentication is throttled per
address and per client and address (429 with Retry-After), the rightful client from another
address is not locked out, and an unknown client, a wrong secret and a disabled client get the
same answer."""

from __future__ import annotations

import itertools
import time
from collections import Counter

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.db import make_engine, session_factory
from api.main import create_app
from api.security.models import AuditRefusal
from api.settings import Settings
from tests.conftest import BASE_URL, register, run_cli

GRANT = {"grant_type": "client_credentials"}
_addresses = (f"10.17.{n // 250}.{n % 250 + 1}" for n in itertools.count())


def from_new_address(app_client: TestClient) -> TestClient:
    """The same app (and runtime) as called from an address no other test uses."""
    return TestClient(app_client.app, base_url=BASE_URL, client=(next(_addresses), 50000))


def test_two_hundred_wrong_secrets_get_429_fast_and_the_rightful_client_elsewhere_a_token(
    app_client: TestClient, settings: Settings
) -> None:
    client_id, secret = register(settings, "politie", "partner_system")
    attacker_ip = next(_addresses)
    attacker = TestClient(app_client.app, base_url=BASE_URL, client=(attacker_ip, 50000))
    started = time.monotonic()
    statuses = [
        attacker.post("/oauth/token", data=GRANT, auth=(client_id, f"guess-{n}")).status_code
        for n in range(200)
    ]
    elapsed = time.monotonic() - started
    counted = Counter(statuses)
    assert counted[401] == settings.token_failures_per_client_address
    assert counted[429] == 200 - settings.token_failures_per_client_address
    assert statuses.index(429) == settings.token_failures_per_client_address  # at once after
    throttled = attacker.post("/oauth/token", data=GRANT, auth=(client_id, "guess"))
    assert throttled.status_code == 429
    assert throttled.json()["error"] == "slow_down"
    assert throttled.headers["Cache-Control"] == "no-store"  # once
    wait = int(throttled.headers["Retry-After"])
    assert 1 <= wait <= settings.token_failure_window_seconds
    # Even the right secret waits at that address: the throttle does not tell right from wrong.
    assert attacker.post("/oauth/token", data=GRANT, auth=(client_id, secret)).status_code == 429
    # The rightful client, from its own address, is not locked out.
    rightful = from_new_address(app_client)
    token = rightful.post("/oauth/token", data=GRANT, auth=(client_id, secret))
    assert token.status_code == 200, token.text
    assert elapsed < 60  # the guessing was stopped, not slowed to a crawl by the server
    # The throttled attempts are on record, counted in one row per address and minute.
    with session_factory(make_engine(settings.database_url))() as session:
        rows = session.scalars(
            select(AuditRefusal).filter_by(route="POST /oauth/token", http_status=429)
        ).all()
    address = app_client.app.state.runtime.token_throttle.address_key(attacker_ip)
    mine = [row for row in rows if row.caller == f"adres:{address[:32]}"]
    assert sum(row.aantal for row in mine) == 200 - settings.token_failures_per_client_address + 2


def test_guessing_across_client_ids_from_one_address_is_throttled_per_address(
    app_client: TestClient, settings: Settings
) -> None:
    attacker = from_new_address(app_client)
    statuses = [
        attacker.post("/oauth/token", data=GRANT, auth=(f"politie-{n:012x}", "guess")).status_code
        for n in range(settings.token_failures_per_address + 5)
    ]
    assert statuses[: settings.token_failures_per_address] == [401] * (
        settings.token_failures_per_address
    )
    assert set(statuses[settings.token_failures_per_address :]) == {429}
    fresh_id = attacker.post("/oauth/token", data=GRANT, auth=("politie-ffffffffffff", "x"))
    assert fresh_id.status_code == 429


def test_unknown_client_wrong_secret_and_disabled_client_get_the_same_answer(
    app_client: TestClient, settings: Settings
) -> None:
    client_id, secret = register(settings, "halt", "halt_medewerker")
    disabled_id, disabled_secret = register(settings, "om", "officier")
    assert run_cli(settings, "clients", "disable", disabled_id).returncode == 0
    answers = [
        from_new_address(app_client).post("/oauth/token", data=GRANT, auth=auth)
        for auth in (
            ("halt-000000000000", secret),  # unknown client
            (client_id, secret + "x"),  # wrong secret
            (disabled_id, disabled_secret),  # disabled client, right secret
        )
    ]
    assert {answer.status_code for answer in answers} == {401}
    assert len({answer.content for answer in answers}) == 1
    assert answers[0].json()["error"] == "invalid_client"
    per_request = ("date", "x-request-id", "traceparent")
    shown = [
        {k: v for k, v in answer.headers.items() if k.lower() not in per_request}
        for answer in answers
    ]
    assert shown[0] == shown[1] == shown[2]


def test_retry_after_is_honoured(settings: Settings) -> None:
    quick = settings.model_copy(
        update={"token_failure_window_seconds": 2, "token_failures_per_client_address": 3}
    )
    client_id, secret = register(settings, "politie", "partner_system")
    with TestClient(create_app(quick), base_url=BASE_URL, client=(next(_addresses), 1)) as api:
        for _ in range(3):
            assert api.post("/oauth/token", data=GRANT, auth=(client_id, "x")).status_code == 401
        throttled = api.post("/oauth/token", data=GRANT, auth=(client_id, secret))
        assert throttled.status_code == 429
        wait = int(throttled.headers["Retry-After"])
        assert 1 <= wait <= 2
        time.sleep(wait)
        token = api.post("/oauth/token", data=GRANT, auth=(client_id, secret))
        assert token.status_code == 200, token.text
