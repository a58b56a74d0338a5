"""A partner system may retry a push with the same Idempotency-Key: one signal, never two."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.settings import Settings
from tests.conftest import audit_rows, signaal_body
from tests.test_signalen import count_signals


def test_a_retried_push_returns_the_first_signal(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    headers = {**politie.headers(), "Idempotency-Key": "bvh-2026-000123"}
    before = count_signals(settings)
    first = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=headers)
    retry = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json()["id"] == first.json()["id"]
    assert retry.headers["Location"] == first.headers["Location"]
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert retry.json() == first.json(), "the replay answers exactly as the first push did"
    assert count_signals(settings) == before + 1

    with make_engine(settings.database_url).connect() as connection:
        stored = connection.execute(text("SELECT * FROM idempotency_records")).all()
    assert "bvh-2026-000123" not in str(stored), "keys are stored only as keyed digests"


def test_the_same_key_for_another_request_is_refused(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    headers = {**politie.headers(), "Idempotency-Key": "sleutel-1"}
    app_client.post("/v1/signalen", json=signaal_body(bsn), headers=headers)
    before = count_signals(settings)
    other = app_client.post(
        "/v1/signalen", json=signaal_body(bsn, categorie="pakketjes"), headers=headers
    )
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    assert (
        set(other.json()) <= {"type", "title", "status", "detail", "instance"}
        and bsn not in other.text
    )
    assert count_signals(settings) == before
    # The refused attempt is on record like any other, without the key or the body.
    refused = audit_rows(settings, client_id=politie.client_id)[-1]
    assert (refused["action"], refused["resource_type"]) == ("create", "signaal")
    assert (refused["decision"], refused["http_status"]) == ("deny", 422)
    assert refused["reason"] == "Idempotency-Key hergebruikt voor een ander verzoek"
    assert "sleutel-1" not in str(refused) and bsn not in str(refused)


def test_keys_belong_to_one_client(app_client: TestClient, caller, bsn: str) -> None:
    first = caller("politie", "partner_system")
    second = caller("politie", "partner_system")
    a = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn),
        headers={**first.headers(), "Idempotency-Key": "gedeeld"},
    )
    b = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn),
        headers={**second.headers(), "Idempotency-Key": "gedeeld"},
    )
    assert a.status_code == b.status_code == 201
    assert a.json()["id"] != b.json()["id"]


def test_a_denied_push_remembers_nothing(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    def remembered() -> int:
        with make_engine(settings.database_url).connect() as connection:
            return int(
                connection.execute(text("SELECT count(*) FROM idempotency_records")).scalar_one()
            )

    om = caller("om", "officier")
    before = remembered()
    headers = {**om.headers(), "Idempotency-Key": "poging"}
    assert (
        app_client.post("/v1/signalen", json=signaal_body(bsn), headers=headers).status_code == 403
    )
    assert remembered() == before
    assert [r["decision"] for r in audit_rows(settings, client_id=om.client_id)] == ["deny"]


def test_the_same_key_under_another_purpose_is_another_request(
    app_client: TestClient, caller, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    first = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn),
        headers={**politie.headers("signalering"), "Idempotency-Key": "doel"},
    )
    other = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn),
        headers={**politie.headers("groepsaanpak"), "Idempotency-Key": "doel"},
    )
    assert first.status_code == 201
    assert other.status_code == 422


def test_a_malformed_key_is_invalid_input(app_client: TestClient, caller, bsn: str) -> None:
    politie = caller("politie", "partner_system")
    response = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn),
        headers={**politie.headers(), "Idempotency-Key": "x" * 300},
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "Idempotency-Key"
