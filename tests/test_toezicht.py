"""The privacy officer uses the log: queries with filters and a cursor, a youth's records,
verification (also against a kept checkpoint), export verified offline, a report of unusual
access. Nobody else reads it, and every query of the log is itself in the log."""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from api.db import make_engine
from api.settings import Settings
from tests.conftest import (
    BASE_URL,
    audit_rows,
    register,
    run_cli,
    sample_record,
    settle,
    signaal_body,
    write_audit_records,
)


def officer_headers(caller, purpose: str = "toezicht") -> dict[str, str]:
    return caller("privacy", "privacy_officer").headers(purpose)


def test_the_privacy_officer_queries_the_log_with_filters_and_a_cursor(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    pushed = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    settle(settings)  # the worker derives the youth's doelgroeptoets, under the push's request
    jongere_id = pushed.json()["jongereId"]
    om = caller("om", "officier")
    app_client.get(f"/v1/signalen/{pushed.json()['id']}", headers=om.headers())

    headers = officer_headers(caller)
    refused = app_client.get(
        "/v1/audit", params={"clientId": om.client_id, "beslissing": "deny"}, headers=headers
    ).json()
    assert [(r["org"], r["action"], r["decision"]) for r in refused["items"]] == [
        ("om", "read", "deny")
    ]
    assert refused["items"][0]["jongerePseudoniem"] and bsn not in json.dumps(refused)

    first = app_client.get("/v1/audit", params={"limiet": 2}, headers=headers).json()
    assert len(first["items"]) == 2 and first["volgende"] == first["items"][-1]["id"]
    following = app_client.get(
        "/v1/audit", params={"limiet": 2, "na": first["volgende"]}, headers=headers
    ).json()
    assert following["items"][0]["id"] > first["volgende"]

    # A youth's records: the basis of an inzage (also under that purpose).
    about = app_client.get(
        f"/v1/audit/jongeren/{jongere_id}", headers=officer_headers(caller, "inzage")
    ).json()
    assert {(r["org"], r["decision"]) for r in about["items"]} >= {
        ("politie", "allow"),
        ("om", "deny"),
    }
    # The officer's own queries are in the log too.
    # Through the API only the privacy officer queries the log (the CLI's reads are recorded
    # as the operator's, without an organisation).
    queries = audit_rows(settings, resource_type="auditlog", decision="allow")
    assert queries and all(
        r["org"] == "privacy" for r in queries if r["reason"] != "via de beheer-CLI (aanwas audit)"
    )
    assert audit_rows(settings, resource_type="auditlog_jongere")[-1]["purpose"] == "inzage"

    # A partner quotes the X-Request-ID its request was answered with: exactly its records.
    asked = app_client.get(
        "/v1/audit", params={"verzoekId": pushed.headers["X-Request-ID"].upper()}, headers=headers
    ).json()
    assert {r["requestId"] for r in asked["items"]} == {pushed.headers["X-Request-ID"]}
    # (Run first, the push is also the first request to see the policy revision: on record.)
    assert [
        (r["org"], r["action"], r["resourceType"])
        for r in asked["items"]
        if r["resourceType"] != "beleidsrevisie"
    ] == [
        ("politie", "create", "signaal"),
        ("politie", "create", "doelgroeptoets"),  # the push's own assessment of the youth
    ]

    bad = app_client.get(
        "/v1/audit",
        params={"limiet": 0, "beslissing": "misschien", "verzoekId": "'; --", "rol": "Officier'"},
        headers=headers,
    )
    assert bad.status_code == 400
    assert {p["name"] for p in bad.json()["invalidParams"]} == {
        "limiet",
        "beslissing",
        "verzoekId",
        "rol",
    }


def test_a_role_filter_fills_its_pages_and_matches_the_role_exactly(
    app_client: TestClient, caller, settings: Settings
) -> None:
    # One client's records, mostly of other roles, and one role whose name holds another's.
    client_id = f"politie-{uuid.uuid4().hex[:12]}"
    roles_in_order = [
        ["partner_system"],
        ["hoofdofficier"],
        ["officier"],
        ["partner_system"],
        ["partner_system", "officier"],
        ["hoofdofficier"],
        ["partner_system"],
        ["officier"],
    ]
    write_audit_records(
        settings, [sample_record(client_id=client_id, roles=roles) for roles in roles_in_order]
    )
    headers = officer_headers(caller)
    wanted = {"clientId": client_id, "rol": "officier", "limiet": 2}

    first = app_client.get("/v1/audit", params=wanted, headers=headers).json()
    assert [r["roles"] for r in first["items"]] == [["officier"], ["partner_system", "officier"]]
    assert first["volgende"] is not None
    rest = app_client.get(
        "/v1/audit", params={**wanted, "na": first["volgende"]}, headers=headers
    ).json()
    assert [r["roles"] for r in rest["items"]] == [["officier"]]
    assert rest["volgende"] is None


def test_nobody_else_reads_the_log_and_trying_is_recorded(
    app_client: TestClient, caller, settings: Settings
) -> None:
    for org, role in (
        ("gemeente", "casusregisseur"),
        ("politie", "analist"),
        ("zvh", "procesregisseur"),
    ):
        who = caller(org, role)
        response = app_client.get("/v1/audit", headers=who.headers("toezicht"))
        assert response.status_code == 403
        assert "privacy officer" in response.json()["detail"]
        assert set(response.json()) <= {"type", "title", "status", "detail", "instance"}
        (record,) = audit_rows(settings, client_id=who.client_id, resource_type="auditlog")
        assert (record["decision"], record["http_status"]) == ("deny", 403)
    # The whole log is not for an access request: one youth's records are.
    officer = caller("privacy", "privacy_officer")
    wrong = app_client.get("/v1/audit", headers=officer.headers("inzage"))
    assert wrong.status_code == 403
    assert set(wrong.json()) <= {"type", "title", "status", "detail", "instance"}
    (refusal,) = audit_rows(settings, client_id=officer.client_id, resource_type="auditlog")
    assert (refusal["decision"], refusal["purpose"], refusal["http_status"]) == (
        "deny",
        "inzage",
        403,
    )
    # Without a token: refused before anyone is known (on record as a refused token).
    request_id = str(uuid.uuid4())
    anonymous = app_client.get("/v1/audit/verificatie", headers={"X-Request-ID": request_id})
    assert anonymous.status_code == 401
    assert set(anonymous.json()) <= {"type", "title", "status", "detail", "instance"}
    (attempt,) = audit_rows(settings, resource_type="token", request_id=request_id)
    assert (attempt["decision"], attempt["http_status"], attempt["client_id"]) == (
        "deny",
        401,
        None,
    )
    assert attempt["reason"].endswith("(GET /v1/audit/verificatie)")


def test_the_public_keys_are_for_the_privacy_officer_only_and_asking_is_recorded(
    app_client: TestClient, caller, settings: Settings
) -> None:
    who = caller("gemeente", "casusregisseur")
    refused = app_client.get("/v1/audit/sleutel", headers=who.headers("toezicht"))
    assert refused.status_code == 403
    assert set(refused.json()) <= {"type", "title", "status", "detail", "instance"}
    assert "PUBLIC KEY" not in refused.text
    (record,) = audit_rows(settings, client_id=who.client_id, resource_type="auditlog")
    assert (record["decision"], record["http_status"]) == ("deny", 403)


def test_verification_over_the_api_and_against_a_kept_checkpoint(
    app_client: TestClient, caller, settings: Settings
) -> None:
    headers = officer_headers(caller)
    # Seals what is committed (the officer's token at least): run first, this test would
    # otherwise find no sealed record yet.
    assert run_cli(settings, "audit", "checkpoint").returncode == 0
    checked = app_client.get("/v1/audit/verificatie", headers=headers).json()
    assert checked["intact"] is True and checked["records"] > 0, checked
    kept = run_cli(settings, "audit", "checkpoint")
    assert kept.returncode == 0, kept.stderr
    checkpoint = json.loads(kept.stdout)
    app_client.get("/v1/audit", params={"limiet": 1}, headers=headers)  # the log grows
    later = app_client.post("/v1/audit/verificatie", json=checkpoint, headers=headers).json()
    assert later["intact"] is True and later["laatsteSeq"] >= checkpoint["seq"]
    forged = {**checkpoint, "hash": "0" * 64}
    refused = app_client.post("/v1/audit/verificatie", json=forged, headers=headers).json()
    assert refused["intact"] is False
    assert refused["eersteBreuk"]["soort"] == "handtekening"


def test_an_export_verifies_offline_and_exports_as_csv(
    app_client: TestClient, caller, settings: Settings, tmp_path: Path
) -> None:
    headers = officer_headers(caller)
    run_cli(settings, "audit", "checkpoint")
    export = app_client.get("/v1/audit/export", headers=headers)
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("application/x-ndjson")
    (tmp_path / "log.ndjson").write_text(export.text)
    key = app_client.get("/v1/audit/sleutel", headers=headers).json()
    (tmp_path / "key.pem").write_text(key["publicKey"])
    # No rotation in this log: the signing key is the only one to verify with.
    assert key["verificationKeys"] == [{"keyId": key["keyId"], "publicKey": key["publicKey"]}]

    def verify_offline() -> subprocess.CompletedProcess[str]:
        log, key = str(tmp_path / "log.ndjson"), str(tmp_path / "key.pem")
        return run_cli(settings, "audit", "verify", "--bestand", log, "--sleutel", key)

    offline = verify_offline()
    assert offline.returncode == 0, offline.stdout
    assert json.loads(offline.stdout)["checkpoints"] >= 1
    # A line changed in the file is found, by its sequence number.
    lines = export.text.splitlines()
    index = next(i for i, line in enumerate(lines) if '"type": "record"' in line)
    record = json.loads(lines[index])
    record["reason"] = "anders"
    lines[index] = json.dumps(record)
    (tmp_path / "log.ndjson").write_text("\n".join(lines))
    tampered = verify_offline()
    assert tampered.returncode == 1
    assert json.loads(tampered.stdout)["eersteBreuk"]["seq"] == record["seq"]

    as_csv = app_client.get("/v1/audit/export", params={"formaat": "csv"}, headers=headers)
    header = as_csv.text.splitlines()[0].split(",")
    assert header[:3] == ["seq", "occurred_at", "request_id"] and "record_hash" in header
    assert audit_rows(settings, resource_type="auditlog", action="export")


def test_tokens_registrations_and_trace_context_are_on_record(
    app_client: TestClient, caller, settings: Settings
) -> None:
    client_id, secret = register(settings, "halt", "halt_medewerker")
    (registered,) = audit_rows(settings, resource_type="client", resource_id=client_id)
    assert registered["org"] == "halt" and "halt_medewerker" in registered["reason"]
    refused = app_client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, "fout")
    )
    assert refused.status_code == 401
    assert "access_token" not in refused.json()
    trace = "4bf92f3577b34da6a3ce929d0e0e4736"
    issued = app_client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
        headers={"traceparent": f"00-{trace}-00f067aa0ba902b7-01"},
    )
    assert issued.status_code == 200
    assert issued.headers["traceparent"].startswith(f"00-{trace}-")
    tokens = audit_rows(settings, resource_type="token", client_id=client_id)
    assert [(r["decision"], r["http_status"]) for r in tokens] == [("deny", 401), ("allow", 200)]
    assert tokens[1]["trace_id"] == trace and tokens[1]["span_id"] != "00f067aa0ba902b7"
    assert secret not in json.dumps(tokens, default=str)
    # A client id with a line break after it is text the log cannot vouch for, not the client.
    trailing = app_client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(f"{client_id}\n", secret),
        headers={"X-Request-ID": (request_id := str(uuid.uuid4()))},
    )
    assert trailing.status_code == 401
    (attempt,) = audit_rows(settings, request_id=request_id, resource_type="token")
    assert attempt["client_id"] == "onbekend" and attempt["decision"] == "deny"


def test_unusual_access_report_over_the_api(app_client: TestClient, caller) -> None:
    outsider = caller("om", "officier")
    for _ in range(6):
        app_client.get("/v1/signalen", headers=outsider.headers())
    report = app_client.get(
        "/v1/audit/bijzonderheden",
        params={"weigeringenPer10Minuten": 5},
        headers=officer_headers(caller),
    ).json()
    assert any(f["clientId"] == outsider.client_id for f in report["reeksWeigeringen"])
    assert set(report) >= {"veelJongeren", "buitenKantoortijd", "verlopenConvenant"}


def test_a_burst_of_refused_tokens_is_reported_though_it_names_nobody(
    app_client: TestClient, caller
) -> None:
    since = datetime.now(UTC).isoformat()  # only this test's refusals
    # From an address of its own: refusals are counted per caller (here its address) and minute.
    guesser = TestClient(app_client.app, base_url=BASE_URL, client=("10.17.250.1", 50000))
    for _ in range(5):
        guess = {"Authorization": "Bearer geraden", "Doelbinding": "signalering"}
        assert guesser.get("/v1/signalen", headers=guess).status_code == 401
    report = app_client.get(
        "/v1/audit/bijzonderheden",
        params={"weigeringenPer10Minuten": 5, "vanaf": since},
        headers=officer_headers(caller),
    ).json()
    (anonymous,) = [f for f in report["reeksWeigeringen"] if f["clientId"] is None]
    assert anonymous["weigeringen"] == 5 and anonymous["organisatie"] is None


def test_concurrent_requests_from_several_clients_keep_the_chain_gap_free(
    server: str, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    def token(org: str, role: str) -> dict[str, str]:
        client_id, secret = register(settings, org, role)
        access = httpx.post(
            f"{server}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, secret),
        ).json()["access_token"]
        return {"Authorization": f"Bearer {access}", "Doelbinding": "signalering"}

    callers = [token("politie", "partner_system") for _ in range(4)] + [
        token("om", "officier") for _ in range(2)
    ]
    bsns = [_unused_bsns.pop() for _ in range(16)]

    def push(n: int) -> int:
        return httpx.post(
            f"{server}/v1/signalen",
            json=signaal_body(bsns[n]),
            headers=callers[n % len(callers)],
            timeout=60,
        ).status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(push, range(16)))
    assert sorted(set(statuses)) <= [201, 403] and statuses.count(201) >= 10
    verified = run_cli(settings, "audit", "verify")
    assert verified.returncode == 0, verified.stdout
    assert json.loads(verified.stdout)["intact"] is True


@pytest.fixture(scope="module")
def restricted_settings(
    opa_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Settings]:
    """A PostgreSQL database of its own, migrated, and the API acting as aanwas_api in it."""
    from api.db import migrate
    from tests.conftest import BASE_URL, _postgres_database

    for url in _postgres_database():
        migrate(url)
        yield Settings(
            database_url=url,
            opa_url=opa_url,
            keys_dir=tmp_path_factory.mktemp("restricted-keys"),
            issuer=BASE_URL,
            manage_opa=False,
            database_role="aanwas_api",
        )


def test_the_api_database_role_cannot_change_the_log(restricted_settings: Settings) -> None:
    from api.main import create_app

    politie_id, politie_secret = register(restricted_settings, "politie", "partner_system")
    with TestClient(create_app(restricted_settings), base_url="http://127.0.0.1") as client:
        token = client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(politie_id, politie_secret),
        ).json()["access_token"]
        from tests.conftest import _unused_bsns

        pushed = client.post(
            "/v1/signalen",
            json=signaal_body(_unused_bsns.pop()),
            headers={"Authorization": f"Bearer {token}", "Doelbinding": "signalering"},
        )
        assert pushed.status_code == 201, pushed.text  # the API works as the restricted role
    engine = make_engine(restricted_settings.database_url, "aanwas_api")
    with engine.begin() as connection:
        assert connection.execute(text("SELECT current_user")).scalar() == "aanwas_api"
        assert connection.execute(text("SELECT count(*) FROM audit_records")).scalar()
        # Every table the API has may be read and written to by the role, those of later
        # migrations too (0023's data keys were not, and every push failed).
        from api.db import Base

        unwritable = [
            table
            for table in Base.metadata.tables
            if not connection.execute(
                text("SELECT has_table_privilege(current_user, :table, 'SELECT, INSERT')"),
                {"table": table},
            ).scalar()
        ]
        assert unwritable == []
    for statement in (
        "UPDATE audit_records SET reason = 'x'",
        "DELETE FROM audit_records",
        "TRUNCATE audit_records",
        "DELETE FROM audit_checkpoints",
        "DELETE FROM audit_kop",
        "UPDATE alembic_version SET version_num = 'x'",
    ):
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
            connection.execute(text(statement))


def test_the_worker_signs_checkpoints_by_itself_every_n_records(
    app_client: TestClient, settings: Settings, caller, bsn: str
) -> None:
    from sqlalchemy import func, select

    from api.security.models import AuditCheckpoint

    def signed() -> int:
        with make_engine(settings.database_url).connect() as connection:
            return int(
                connection.execute(select(func.count()).select_from(AuditCheckpoint)).scalar()
            )

    frequent = settings.model_copy(update={"audit_checkpoint_records": 2})
    before = signed()
    politie = caller("politie", "partner_system")
    for _ in range(3):
        app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    settle(frequent)
    assert signed() > before
    verified = run_cli(settings, "audit", "verify")
    assert json.loads(verified.stdout)["intact"] is True


def test_the_log_names_youths_by_pseudonym_and_successes_by_their_status(
    app_client: TestClient, caller, settings: Settings
) -> None:
    gemeente = caller("gemeente", "casusregisseur")
    made = app_client.post(
        "/v1/jongeren",
        json={"voornamen": "Noa", "achternaam": "Jansen", "geboortedatum": "2012-05-02"},
        headers=gemeente.headers(),
    )
    jongere_id = made.json()["id"]
    app_client.get(f"/v1/jongeren/{jongere_id}", headers=gemeente.headers())
    rows = audit_rows(settings, client_id=gemeente.client_id, resource_type="jongere")
    assert [(r["action"], r["http_status"]) for r in rows] == [("create", 201), ("read", 200)]
    # (audit_rows adds the id the pseudonym stands for; the stored columns never hold it)
    stored = [{k: v for k, v in r.items() if k != "jongere_id"} for r in rows]
    assert all(jongere_id not in json.dumps(r, default=str) for r in stored)
    assert all(r["resource_id"] == r["jongere_pseudoniem"] for r in rows)


def test_bad_input_to_the_log_is_refused_not_stored(
    app_client: TestClient, caller, settings: Settings
) -> None:
    officer = caller("privacy", "privacy_officer")
    headers = officer.headers("toezicht")
    naive = app_client.get("/v1/audit", params={"vanaf": "2026-01-01T00:00:00"}, headers=headers)
    assert naive.status_code == 400
    export = app_client.get(
        "/v1/audit/export", params={"tot": "2026-01-01T00:00:00"}, headers=headers
    )
    assert export.status_code == 400
    # Before the year 1 in UTC: a clear 400, not a 500.
    too_early = app_client.get(
        "/v1/audit/export", params={"vanaf": "0001-01-01T00:00:00+01:00"}, headers=headers
    )
    assert too_early.status_code == 400
    assert too_early.headers["content-type"] == "application/problem+json"
    assert too_early.json()["invalidParams"][0]["name"] == "vanaf"
    # Decided before the period is checked: the attempt is on record with how it ended.
    attempt = audit_rows(settings, client_id=officer.client_id, action="export")
    assert (attempt[-1]["decision"], attempt[-1]["http_status"]) == ("allow", 400)
    client_id, secret = register(settings, "halt", "halt_medewerker")
    app_client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
        headers={"X-Request-ID": '=HYPERLINK("http://evil/")'},
    )
    (issued,) = audit_rows(settings, client_id=client_id, resource_type="token")
    assert "HYPERLINK" not in issued["request_id"]


def test_a_request_id_in_another_uuid_spelling_is_stored_in_the_one_spelling(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    # uuid.UUID reads braces and urn: too; stored as given, 38 or 45 characters overflowed the
    # column on PostgreSQL, and the request failed for want of its record.
    politie = caller("politie", "partner_system")
    spellings = {
        "{0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9}": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
        "urn:uuid:1f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9": "1f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
        "2F1E2D3C4B5A49788695A4B3C2D1E0F9": "2f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
    }
    for given, stored in spellings.items():
        pushed = app_client.post(
            "/v1/signalen",
            json=signaal_body(bsn),
            headers={**politie.headers(), "X-Request-ID": given},
        )
        assert pushed.status_code == 201, pushed.text
        assert pushed.headers["X-Request-ID"] == stored  # answered in the one spelling too
        (record,) = audit_rows(settings, request_id=stored, resource_type="signaal")
        assert (record["action"], record["decision"]) == ("create", "allow")


def test_a_csv_cell_never_becomes_a_formula() -> None:
    from api.toezicht.service import _cell

    assert _cell("=1+1") == "'=1+1"
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("toegestaan") == "toegestaan"
    assert _cell(["a", "b"]) == '["a", "b"]'


def test_an_export_is_recorded_with_its_whole_period_and_a_broken_stream_too(
    app_client: TestClient, caller, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = caller("privacy", "privacy_officer")
    period = {
        "vanaf": "2026-11-01T09:30:00.123456+01:00",
        "tot": "2026-11-02T18:00:00.654321+01:00",
    }
    assert (
        app_client.get(
            "/v1/audit/export", params=period, headers=officer.headers("toezicht")
        ).status_code
        == 200
    )
    exports = audit_rows(settings, client_id=officer.client_id, action="export")
    # In UTC, to the microsecond, both ends: nothing cut off.
    assert exports[-1]["resource_id"] == "2026-11-01T08:30:00.123456Z/2026-11-02T17:00:00.654321Z"
    assert (exports[-1]["decision"], exports[-1]["http_status"]) == ("allow", 200)

    def breaks_off(session, since, until):  # type: ignore[no-untyped-def]
        yield '{"type": "record"}\n'
        raise RuntimeError("database gone")

    monkeypatch.setattr("api.toezicht.service.export_ndjson", breaks_off)
    cut_short = app_client.get("/v1/audit/export", headers=officer.headers("toezicht"))
    # The headers went out before the stream broke: the receiver has one line and no more.
    assert cut_short.text == '{"type": "record"}\n'
    broken = audit_rows(settings, client_id=officer.client_id, action="export")[-2:]
    # The export was allowed and started (its record says so), then broke off: that is on
    # record too, under the same request.
    assert [(r["decision"], r["http_status"]) for r in broken] == [("allow", 200), ("error", 500)]
    assert broken[0]["request_id"] == broken[1]["request_id"]
    assert broken[1]["reason"] == "export afgebroken na 1 delen: RuntimeError"


def test_a_number_is_never_a_moment_in_an_audit_filter(app_client: TestClient, caller) -> None:
    headers = officer_headers(caller)
    for not_a_moment in ("0.5", "0", "1764633600"):
        refused = app_client.get("/v1/audit", params={"vanaf": not_a_moment}, headers=headers)
        assert refused.status_code == 400, (not_a_moment, refused.text)
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["invalidParams"][0]["name"] == "vanaf"
    fine = app_client.get("/v1/audit", params={"vanaf": "2026-01-01T00:00:00Z"}, headers=headers)
    assert fine.status_code == 200, fine.text
