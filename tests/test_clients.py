"""`aanwas clients disable|enable|list`: a disabled client's tokens, also those already issued,
stop working at once; its status unreadable means 503, never a pass."""

from __future__ import annotations

import json
import time

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.db import make_engine, session_factory
from api.security.models import AuditRecord
from api.settings import Settings
from tests.conftest import database_fault, run_cli, signaal_body


def _admin_records(settings: Settings, client_id: str) -> list[AuditRecord]:
    with session_factory(make_engine(settings.database_url))() as session:
        return list(
            session.scalars(
                select(AuditRecord)
                .where(AuditRecord.resource_type == "client", AuditRecord.resource_id == client_id)
                .order_by(AuditRecord.id)
            )
        )


def test_a_disabled_clients_issued_token_is_refused_at_once_and_enable_restores_it(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    assert created.status_code == 201
    path = f"/v1/signalen/{created.json()['id']}"
    assert app_client.get(path, headers=politie.headers()).status_code == 200

    disabled = run_cli(settings, "clients", "disable", politie.client_id)
    assert disabled.returncode == 0, disabled.stderr
    # Right after the command reports done: the token issued before is refused.
    refused = app_client.get(path, headers=politie.headers())
    assert refused.status_code == 401
    assert refused.headers["content-type"] == "application/problem+json"
    assert "Sem" not in refused.text
    # And the client gets no new token: the same answer as an unknown client.
    token = app_client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(politie.client_id, politie.client_secret),
    )
    assert token.status_code == 401
    assert token.json()["error"] == "invalid_client"

    enabled = run_cli(settings, "clients", "enable", politie.client_id)
    assert enabled.returncode == 0, enabled.stderr
    assert app_client.get(path, headers=politie.headers()).status_code == 200

    actions = [(r.action, r.decision, r.user) for r in _admin_records(settings, politie.client_id)]
    assert [action for action, _, _ in actions] == ["register", "disable", "enable"]
    assert all(user and user.startswith("cli:") for _, _, user in actions[1:])


def test_a_refusal_for_a_disabled_client_is_on_record(
    app_client: TestClient, caller, settings: Settings
) -> None:
    halt = caller("halt", "halt_medewerker")
    assert run_cli(settings, "clients", "disable", halt.client_id).returncode == 0
    refused = app_client.get("/v1/signalen", headers=halt.headers())
    assert refused.status_code == 401
    with session_factory(make_engine(settings.database_url))() as session:
        reasons = list(
            session.scalars(
                select(AuditRecord.reason).where(
                    AuditRecord.client_id == halt.client_id, AuditRecord.http_status == 401
                )
            )
        )
    assert any("client uitgeschakeld" in (reason or "") for reason in reasons)


def test_disable_of_an_unknown_client_fails_and_changes_nothing(settings: Settings) -> None:
    result = run_cli(settings, "clients", "disable", "politie-000000000000")
    assert result.returncode == 1
    assert "no client" in result.stderr
    assert _admin_records(settings, "politie-000000000000") == []


def test_clients_list_shows_status_without_secrets(caller, settings: Settings) -> None:
    om = caller("om", "officier")
    assert run_cli(settings, "clients", "disable", om.client_id).returncode == 0
    listed = run_cli(settings, "clients", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {row["clientId"]: row for row in json.loads(listed.stdout)}
    assert rows[om.client_id]["actief"] is False
    assert rows[om.client_id]["organisatie"] == "om"
    assert om.client_secret not in listed.stdout
    plain = run_cli(settings, "clients", "list")
    assert f"{om.client_id}\tom\tofficier\tuitgeschakeld" in plain.stdout.splitlines()


def test_an_unreadable_client_status_is_503_not_a_pass(
    app_client: TestClient, caller, settings: Settings
) -> None:
    politie = caller("politie", "partner_system")
    assert app_client.get("/v1/signalen", headers=politie.headers()).status_code == 200
    time.sleep(settings.client_status_seconds + 0.1)  # what this process remembers has gone
    with database_fault(
        settings,
        create=["ALTER TABLE oauth_clients RENAME TO oauth_clients_weg"],
        drop=["ALTER TABLE oauth_clients_weg RENAME TO oauth_clients"],
    ):
        response = app_client.get("/v1/signalen", headers=politie.headers())
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "Retry-After" in response.headers
    assert app_client.get("/v1/signalen", headers=politie.headers()).status_code == 200
