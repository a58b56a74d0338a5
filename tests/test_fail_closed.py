"""Anything not explicitly allowed is denied: also when OPA or the audit log fails."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.main import create_app
from api.settings import Settings
from tests.conftest import (
    BASE_URL,
    audit_rows,
    database_fault,
    free_port,
    on_postgresql,
    signaal_body,
)
from tests.test_signalen import count_signals


@contextmanager
def app_with(settings: Settings, **overrides: object) -> Iterator[TestClient]:
    with TestClient(create_app(settings.model_copy(update=overrides)), base_url=BASE_URL) as client:
        yield client


@contextmanager
def silent_opa() -> Iterator[str]:
    """A port that accepts connections and never answers: a hung policy engine."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def existing_signal(app_client: TestClient, caller, bsn: str) -> dict[str, str]:
    politie = caller("politie", "partner_system")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    assert created.status_code == 201
    return created.json()


@pytest.mark.parametrize(
    "engine_fault",
    ["stopped", "hangs", "undefined decision", "malformed decision"],
)
def test_policy_engine_failure_is_503_with_no_data_and_audited(
    app_client: TestClient, caller, settings: Settings, bsn: str, engine_fault: str
) -> None:
    created = existing_signal(app_client, caller, bsn)
    reader = caller("jongerenwerk", "jongerenwerker")
    writer = caller("politie", "partner_system")
    with silent_opa() as hung_url:
        overrides: dict[str, object] = {
            "stopped": {"opa_url": f"http://127.0.0.1:{free_port()}"},
            "hangs": {"opa_url": hung_url, "opa_timeout_seconds": 0.3},
            "undefined decision": {"opa_decision_path": "aanwas/gate/no_such_rule"},
            "malformed decision": {"opa_decision_path": "aanwas/gate/reason"},
        }[engine_fault]
        before = count_signals(settings)
        with app_with(settings, **overrides) as broken:
            read = broken.get(f"/v1/signalen/{created['id']}", headers=reader.headers())
            listed = broken.get(
                f"/v1/jongeren/{created['jongereId']}/signalen", headers=reader.headers()
            )
            pushed = broken.post("/v1/signalen", json=signaal_body(bsn), headers=writer.headers())
    for response in (read, listed, pushed):
        assert response.status_code == 503, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["Retry-After"]
        assert "Sem" not in response.text and "telefoons" not in response.text
    assert count_signals(settings) == before
    for who, actions in ((reader, ["read", "list"]), (writer, ["create"])):
        records = audit_rows(settings, client_id=who.client_id)
        assert [(r["action"], r["decision"], r["http_status"]) for r in records] == [
            (action, "error", 503) for action in actions
        ]


@contextmanager
def audit_refuses_writes(settings: Settings) -> Iterator[None]:
    """Makes the database refuse new audit records, as a full disk or lost grant would."""
    if on_postgresql(settings):
        create = [
            "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'audit store unavailable'; END; $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_records "
            "FOR EACH ROW EXECUTE FUNCTION refuse_audit()",
        ]
        drop = [
            "DROP TRIGGER refuse_audit ON audit_records",
            "DROP FUNCTION refuse_audit()",
        ]
    else:
        create = [
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_records "
            "BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END"
        ]
        drop = ["DROP TRIGGER refuse_audit"]
    with database_fault(settings, create=create, drop=drop):
        yield


def test_no_audit_record_means_no_access(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    created = existing_signal(app_client, caller, bsn)
    reader = caller("jongerenwerk", "jongerenwerker")
    writer = caller("politie", "partner_system")
    denied = caller("om", "officier")
    before = count_signals(settings)
    with audit_refuses_writes(settings):
        read = app_client.get(f"/v1/signalen/{created['id']}", headers=reader.headers())
        pushed = app_client.post(
            "/v1/signalen", json=signaal_body(bsn, omschrijving="nieuw"), headers=writer.headers()
        )
        refused = app_client.get(f"/v1/signalen/{created['id']}", headers=denied.headers())
    for response in (read, pushed, refused):
        assert response.status_code == 503, response.text
        assert response.json()["type"].endswith("/audit-niet-beschikbaar")
        assert "Sem" not in response.text and "telefoons" not in response.text
    assert count_signals(settings) == before, "the signal was not stored without its record"
    for who in (reader, writer, denied):
        assert audit_rows(settings, client_id=who.client_id) == []
    # Once the audit store is back, the same reader gets the signal again.
    again = app_client.get(f"/v1/signalen/{created['id']}", headers=reader.headers())
    assert again.status_code == 200


def test_a_refused_token_is_still_refused_when_its_record_cannot_be_written(
    app_client: TestClient, caller, settings: Settings, bsn: str, caplog: pytest.LogCaptureFixture
) -> None:
    created = existing_signal(app_client, caller, bsn)
    request_id = str(uuid.uuid4())
    with audit_refuses_writes(settings):
        response = app_client.get(
            f"/v1/signalen/{created['id']}",
            headers={"Authorization": "Bearer geraden", "X-Request-ID": request_id},
        )
    # Nothing was accessed, so the refusal stands (not a 503 that invites another try).
    assert response.status_code == 401
    assert "Sem" not in response.text
    assert audit_rows(settings, resource_type="token", request_id=request_id) == []
    # The record was attempted, and its absence told to whoever runs the API.
    assert "refused token not on record: " in caplog.text


def test_audit_records_cannot_be_changed_or_removed(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    existing_signal(app_client, caller, bsn)
    engine = make_engine(settings.database_url)
    for statement in (
        "UPDATE audit_records SET decision = 'allow'",
        "DELETE FROM audit_records",
    ):
        with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    assert audit_rows(settings)


@contextmanager
def audit_fails_at_commit(settings: Settings) -> Iterator[None]:
    """Makes the audit record fail only when the transaction commits, after the data access
    and the response body were already prepared: nothing may leave then either."""
    if on_postgresql(settings):
        create = [
            "CREATE FUNCTION refuse_audit_commit() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'audit store unavailable at commit'; END; $$ LANGUAGE plpgsql",
            "CREATE CONSTRAINT TRIGGER refuse_audit_commit AFTER INSERT ON audit_records "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_audit_commit()",
        ]
        drop = [
            "DROP TRIGGER refuse_audit_commit ON audit_records",
            "DROP FUNCTION refuse_audit_commit()",
        ]
    else:
        # SQLite checks a deferred foreign key only at commit: each audit insert leaves a row
        # pointing nowhere, so every commit that includes one fails.
        create = [
            "CREATE TABLE audit_commit_trap (ref INTEGER REFERENCES audit_commit_anchor(id) "
            "DEFERRABLE INITIALLY DEFERRED)",
            "CREATE TABLE audit_commit_anchor (id INTEGER PRIMARY KEY)",
            "CREATE TRIGGER refuse_audit_commit AFTER INSERT ON audit_records "
            "BEGIN INSERT INTO audit_commit_trap (ref) VALUES (-1); END",
        ]
        drop = [
            "DROP TRIGGER refuse_audit_commit",
            "DROP TABLE audit_commit_trap",
            "DROP TABLE audit_commit_anchor",
        ]
    with database_fault(settings, create=create, drop=drop):
        yield


def test_an_audit_record_failing_at_commit_still_means_no_access(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    created = existing_signal(app_client, caller, bsn)
    reader = caller("jongerenwerk", "jongerenwerker")
    writer = caller("politie", "partner_system")
    before = count_signals(settings)
    with audit_fails_at_commit(settings):
        read = app_client.get(f"/v1/signalen/{created['id']}", headers=reader.headers())
        pushed = app_client.post(
            "/v1/signalen", json=signaal_body(bsn, omschrijving="nieuw"), headers=writer.headers()
        )
    for response in (read, pushed):
        assert response.status_code == 503, response.text
        assert response.json()["type"].endswith("/audit-niet-beschikbaar")
        assert "Sem" not in response.text and "telefoons" not in response.text
        assert "id" not in response.json()
    assert count_signals(settings) == before
    assert audit_rows(settings, client_id=reader.client_id) == []
