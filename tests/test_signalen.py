"""Pushing and reading signals through the gate, under the groepsaanpak covenant."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.settings import Settings
from tests.conftest import VALID_BSNS, audit_rows, signaal_body


def count_signals(settings: Settings) -> int:
    with make_engine(settings.database_url).connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM signalen")).scalar_one())


def test_politie_pushes_and_jongerenwerk_reads_the_decrypted_signal(
    app_client: TestClient, caller, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    pushed = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    assert pushed.status_code == 201, pushed.text
    created = pushed.json()
    assert pushed.headers["Location"] == f"/v1/signalen/{created['id']}"
    assert created["bronOrganisatie"] == "politie"

    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    read = app_client.get(pushed.headers["Location"], headers=jongerenwerk.headers())
    assert read.status_code == 200, read.text
    signaal = read.json()
    assert signaal["id"] == created["id"]
    assert signaal["jongereId"] == created["jongereId"]
    assert signaal["categorie"] == "meerdere_telefoons"
    assert signaal["omschrijving"] == "Heeft bij staandehouding drie telefoons op zak."
    assert signaal["waargenomenOp"] == "2026-11-02"
    assert signaal["wijk"] == "Hoofddorp-Centrum"
    assert signaal["jongere"] == {
        "id": created["jongereId"],
        "voornamen": "Sem",
        "achternaam": "de Vries",
        "geboortedatum": "2009-04-17",
    }
    assert "bsn" not in signaal["jongere"], "the BSN is a lookup key, never handed out"


def test_same_bsn_is_the_same_youth(app_client: TestClient, caller, bsn: str) -> None:
    politie = caller("politie", "partner_system")
    leerplicht = caller("leerplicht", "leerplichtambtenaar")
    first = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    second = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn, categorie="schoolverzuim", omschrijving="Al drie weken afwezig."),
        headers=leerplicht.headers(),
    )
    other = app_client.post(
        "/v1/signalen", json=signaal_body("123456782"), headers=politie.headers()
    )
    assert first.status_code == second.status_code == other.status_code == 201
    assert first.json()["jongereId"] == second.json()["jongereId"]
    assert other.json()["jongereId"] != first.json()["jongereId"]
    assert first.json()["id"] != second.json()["id"]

    listed = app_client.get(
        f"/v1/jongeren/{first.json()['jongereId']}/signalen",
        headers=caller("gemeente", "casusregisseur").headers(),
    )
    assert listed.status_code == 200
    items = listed.json()["items"]
    assert {item["id"] for item in items} == {first.json()["id"], second.json()["id"]}
    assert {item["bronOrganisatie"] for item in items} == {"politie", "leerplicht"}


def test_om_and_privacy_are_denied_and_each_denial_is_audited(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    signaal_id, jongere_id = created.json()["id"], created.json()["jongereId"]

    for org, role, reason in [
        ("om", "officier", "geen geldend convenant geeft organisatie 'om' toegang"),
        (
            "privacy",
            "privacy_officer",
            "de functionaris gegevensbescherming ziet geen persoonsgegevens",
        ),
    ]:
        denied_caller = caller(org, role)
        for path in (f"/v1/signalen/{signaal_id}", f"/v1/jongeren/{jongere_id}/signalen"):
            response = app_client.get(path, headers=denied_caller.headers())
            assert response.status_code == 403, response.text
            assert response.headers["content-type"] == "application/problem+json"
            problem = response.json()
            assert problem["status"] == 403
            assert reason in problem["detail"]
            assert "Sem" not in response.text and "de Vries" not in response.text
        records = audit_rows(settings, client_id=denied_caller.client_id)
        assert [(r["action"], r["decision"], r["http_status"]) for r in records] == [
            ("read", "deny", 403),
            ("list", "deny", 403),
        ]
        assert all(reason in r["reason"] for r in records)
        assert records[0]["resource_id"] == signaal_id
        assert records[1]["jongere_id"] == jongere_id
        assert all(r["org"] == org and r["purpose"] == "signalering" for r in records)

    om = caller("om", "officier")
    before = count_signals(app_client.app.state.runtime.settings)
    pushed = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=om.headers())
    assert pushed.status_code == 403
    assert count_signals(app_client.app.state.runtime.settings) == before
    assert [r["decision"] for r in audit_rows(settings, client_id=om.client_id)] == ["deny"]


def test_allowed_access_is_audited_with_covenant_and_categories(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    app_client.get(f"/v1/signalen/{created.json()['id']}", headers=jongerenwerk.headers())

    (push,) = audit_rows(settings, client_id=politie.client_id)
    (read,) = audit_rows(settings, client_id=jongerenwerk.client_id)
    for record, action in ((push, "create"), (read, "read")):
        assert record["action"] == action
        assert record["decision"] == "allow"
        assert record["purpose"] == "signalering"
        assert record["covenants"] == ["groepsaanpak"]
        assert record["categories"] == ["identiteit", "signaal"]
        assert record["decision_id"], "OPA's decision id links the record to the decision log"
        assert record["resource_id"] == created.json()["id"]
        assert record["jongere_id"] == created.json()["jongereId"]


def test_missing_or_unknown_purpose_is_denied_and_audited(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    for purpose, reason in [
        (None, "geen doelbinding opgegeven"),
        ("nieuwsgierigheid", "onbekend doel 'nieuwsgierigheid'"),
        ("pga", "convenant pga geldt alleen voor jongeren met een actieve PGA-casus"),
        ("<script>", "onbekend doel 'ongeldig'"),
    ]:
        response = app_client.post(
            "/v1/signalen", json=signaal_body(bsn), headers=politie.headers(purpose)
        )
        assert response.status_code == 403, response.text
        assert reason in response.json()["detail"]
    records = audit_rows(settings, client_id=politie.client_id)
    assert [r["decision"] for r in records] == ["deny"] * 4
    assert [r["purpose"] for r in records] == [None, "nieuwsgierigheid", "pga", "ongeldig"]


def test_invalid_input_lists_every_error_and_changes_nothing(
    app_client: TestClient, caller, settings: Settings
) -> None:
    politie = caller("politie", "partner_system")
    before = count_signals(settings)
    body = signaal_body(
        "111222334",  # fails the eleven-test
        categorie="bestaat_niet",
        waargenomenOp="2999-01-01",
        onbekendVeld=True,
    )
    body["jongere"]["geboortedatum"] = "2999-01-01"
    response = app_client.post("/v1/signalen", json=body, headers=politie.headers())
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert {p["name"] for p in problem["invalidParams"]} == {
        "jongere.bsn",
        "jongere.geboortedatum",
        "categorie",
        "waargenomenOp",
        "onbekendVeld",
    }
    assert "111222334" not in response.text, "invalid input is never echoed: it may be a BSN"
    assert count_signals(settings) == before
    assert audit_rows(settings, client_id=politie.client_id) == []


def test_malformed_json_is_a_problem(app_client: TestClient, caller) -> None:
    politie = caller("politie", "partner_system")
    response = app_client.post(
        "/v1/signalen",
        content=b"{not json",
        headers={**politie.headers(), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    # Its own type (api/limits.py): the caller learns the body is no JSON, and where it broke.
    assert response.json()["type"] == "https://aanwas.example/problems/ongeldige-json"
    assert response.json()["title"] == "Ongeldige JSON"


def test_unknown_ids_are_404_for_allowed_callers_and_403_for_others(
    app_client: TestClient, caller, settings: Settings
) -> None:
    unknown = "00000000-0000-4000-8000-000000000000"
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    om = caller("om", "officier")
    assert (
        app_client.get(f"/v1/signalen/{unknown}", headers=jongerenwerk.headers()).status_code == 404
    )
    assert app_client.get(f"/v1/signalen/{unknown}", headers=om.headers()).status_code == 403
    assert [
        (r["resource_id"], r["decision"]) for r in audit_rows(settings, client_id=om.client_id)
    ] == [(unknown, "deny")]
    listed = app_client.get(f"/v1/jongeren/{unknown}/signalen", headers=jongerenwerk.headers())
    assert listed.status_code == 404
    assert listed.headers["content-type"] == "application/problem+json"
    malformed = app_client.get("/v1/signalen/not-a-uuid", headers=jongerenwerk.headers())
    assert malformed.status_code == 400


def test_a_list_is_on_record_once_per_youth_it_shows(
    app_client: TestClient, caller, settings: Settings
) -> None:
    # The Logboek Dataverwerkingen rule: one line per data subject. A page of signals about
    # three youths leaves three records, each naming its youth and what was shown of them.
    # The session's database is shared with other tests: the signals carry a day nobody else
    # uses and the list asks for that day only, so the page holds exactly these youths.
    day = "2024-02-29"
    politie = caller("politie", "partner_system")
    youths = []
    for n, bsn in enumerate(VALID_BSNS[100:103]):
        for _ in range(n + 1):
            pushed = app_client.post(
                "/v1/signalen",
                json=signaal_body(bsn, waargenomenOp=day),
                headers=politie.headers(),
            )
            assert pushed.status_code == 201, pushed.text
        youths.append(pushed.json()["jongereId"])
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    listed = app_client.get(
        "/v1/signalen",
        params={"paginaGrootte": 100, "waargenomenVanaf": day, "waargenomenTotEnMet": day},
        headers=jongerenwerk.headers(),
    )
    assert listed.status_code == 200
    shown = {item["jongereId"] for item in listed.json()["items"]}
    assert shown == set(youths)

    records = audit_rows(settings, client_id=jongerenwerk.client_id, action="list")
    assert sorted(r["jongere_id"] for r in records) == sorted(shown)
    for record in records:
        assert record["decision"] == "allow" and record["http_status"] == 200
        assert record["resource_type"] == "signaal" and record["resource_id"] is None
        # Youth work sees identity and signals under the group approach: both shown.
        assert record["categories"] == ["identiteit", "signaal"]
        assert record["fields"] == [
            "jongeren.achternaam",
            "jongeren.geboortedatum",
            "jongeren.voornamen",
            "signalen.categorie",
            "signalen.omschrijving",
            "signalen.waargenomen_op",
            "signalen.wijk",
        ]
        assert record["covenants"] == ["groepsaanpak"]
    # All of one request, under one decision.
    assert len({(r["request_id"], r["decision_id"]) for r in records}) == 1

    # So a youth's access history (the basis of an inzage) names who received their data.
    officer = caller("privacy", "privacy_officer")
    history = app_client.get(
        f"/v1/audit/jongeren/{youths[0]}", headers=officer.headers("inzage")
    ).json()
    assert any(
        r["clientId"] == jongerenwerk.client_id and r["action"] == "list" for r in history["items"]
    )


def test_a_list_that_shows_nothing_is_on_record_once(
    app_client: TestClient, caller, settings: Settings
) -> None:
    leerplicht = caller("leerplicht", "leerplichtambtenaar")
    empty = app_client.get(
        "/v1/signalen", params={"categorie": "bestaat_niet"}, headers=leerplicht.headers()
    )
    assert empty.status_code == 200 and empty.json()["items"] == []
    (record,) = audit_rows(settings, client_id=leerplicht.client_id, action="list")
    assert (record["jongere_id"], record["fields"]) == (None, None)


def test_a_push_that_loses_a_concurrent_registration_goes_on_with_that_youth(
    app_client: TestClient, caller, settings: Settings, bsn: str, monkeypatch: Any
) -> None:
    # Two partners push the first signal about a youth at once: both find no youth, one
    # registers them first. The other's insert meets the unique BSN index; it finds the youth
    # now there and stores its signal about them (decided again), rather than answer 409.
    from api.signalen import service

    politie = caller("politie", "partner_system")
    first = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    real_lookup = service.youth_by_bsn_index
    lookups: list[str | None] = []

    def not_yet_there(session: Any, index: str) -> Any:
        found = real_lookup(session, index)
        lookups.append(found[0])
        return (None, found[1]) if len(lookups) == 1 else found  # the race, once

    monkeypatch.setattr(service, "youth_by_bsn_index", not_yet_there)
    second = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    assert second.status_code == 201, second.text
    assert second.json()["jongereId"] == first.json()["jongereId"]
    assert lookups == [first.json()["jongereId"]] * 2
    tries = [
        (r["http_status"], r["jongere_id"])
        for r in audit_rows(settings, client_id=politie.client_id)
    ][1:]
    # The first try named the id it would have given (no youth has it) and came to nothing.
    assert tries == [(409, None), (201, first.json()["jongereId"])]


def test_a_number_is_never_an_observation_date_nor_a_filter(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    before = count_signals(settings)
    for not_a_date in (1764633600, 0, "1764633600"):
        refused = app_client.post(
            "/v1/signalen",
            json=signaal_body(bsn, waargenomenOp=not_a_date),
            headers=politie.headers(),
        )
        assert refused.status_code == 400, (not_a_date, refused.text)
        assert refused.json()["invalidParams"][0]["name"] == "waargenomenOp"
        in_bulk = app_client.post(
            "/v1/signalen/bulk",
            json={"signalen": [signaal_body(bsn, waargenomenOp=not_a_date)]},
            headers=politie.headers(),
        )
        assert in_bulk.status_code == 400, in_bulk.text
        assert in_bulk.json()["invalidParams"][0]["name"] == "signalen.0.waargenomenOp"
        listed = app_client.get(
            "/v1/signalen", params={"waargenomenVanaf": not_a_date}, headers=politie.headers()
        )
        assert listed.status_code == 400, listed.text
        assert listed.json()["invalidParams"][0]["name"] == "waargenomenVanaf"
    assert count_signals(settings) == before
