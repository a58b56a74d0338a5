"""Youths: register, find by BSN (through the blind index, never in a URL), read, correct."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.settings import Settings
from tests.conftest import audit_rows, signaal_body

SEM = {"voornamen": "Sem", "achternaam": "de Vries", "geboortedatum": "2009-04-17"}


def test_register_find_read_and_correct_a_youth(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    gemeente = caller("gemeente", "casusregisseur")
    created = app_client.post("/v1/jongeren", json={**SEM, "bsn": bsn}, headers=gemeente.headers())
    assert created.status_code == 201, created.text
    youth = created.json()
    assert created.headers["Location"] == f"/v1/jongeren/{youth['id']}"
    assert youth | {"geregistreerdOp": None} == {
        "id": youth["id"],
        **SEM,
        "heeftBsn": True,
        "geregistreerdDoor": "gemeente",
        "geregistreerdOp": None,
    }
    assert "bsn" not in youth

    leerplicht = caller("leerplicht", "leerplichtambtenaar")
    found = app_client.post("/v1/jongeren/zoeken", json={"bsn": bsn}, headers=leerplicht.headers())
    assert found.status_code == 200
    assert found.json()["id"] == youth["id"]

    corrected = app_client.patch(
        f"/v1/jongeren/{youth['id']}", json={"voornamen": "Sem Jan"}, headers=gemeente.headers()
    )
    assert corrected.status_code == 200
    assert corrected.json()["voornamen"] == "Sem Jan"
    assert corrected.json()["achternaam"] == "de Vries"
    read = app_client.get(f"/v1/jongeren/{youth['id']}", headers=leerplicht.headers())
    assert read.json()["voornamen"] == "Sem Jan"

    with make_engine(settings.database_url).connect() as connection:
        row = connection.execute(
            text("SELECT * FROM jongeren WHERE id = :id"), {"id": youth["id"]}
        ).one()
    assert "Sem Jan" not in str(tuple(row)) and bsn not in str(tuple(row))
    actions = [
        (r["action"], r["decision"]) for r in audit_rows(settings, client_id=gemeente.client_id)
    ]
    assert actions == [("create", "allow"), ("update", "allow")]


def test_one_youth_per_bsn_and_signals_find_the_registered_youth(
    app_client: TestClient, caller, bsn: str
) -> None:
    halt = caller("halt", "halt_medewerker")
    first = app_client.post("/v1/jongeren", json={**SEM, "bsn": bsn}, headers=halt.headers())
    again = app_client.post("/v1/jongeren", json={**SEM, "bsn": bsn}, headers=halt.headers())
    assert again.status_code == 409
    assert again.json()["jongereId"] == first.json()["id"]
    signal = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn),
        headers=caller("politie", "partner_system").headers(),
    )
    assert signal.json()["jongereId"] == first.json()["id"]


def test_a_youth_without_bsn_is_registered_by_name_and_birth_date(
    app_client: TestClient, caller
) -> None:
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    first = app_client.post("/v1/jongeren", json=SEM, headers=jongerenwerk.headers())
    second = app_client.post("/v1/jongeren", json=SEM, headers=jongerenwerk.headers())
    assert first.status_code == second.status_code == 201
    assert first.json()["heeftBsn"] is False
    assert first.json()["id"] != second.json()["id"], "merging comes later; no guessing"


def test_parties_outside_a_covenant_are_refused_and_audited(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    gemeente = caller("gemeente", "casusregisseur")
    youth = app_client.post(
        "/v1/jongeren", json={**SEM, "bsn": bsn}, headers=gemeente.headers()
    ).json()
    om = caller("om", "officier")
    attempts = [
        app_client.post("/v1/jongeren", json=SEM, headers=om.headers()),
        app_client.post("/v1/jongeren/zoeken", json={"bsn": bsn}, headers=om.headers()),
        app_client.post("/v1/jongeren/zoeken", json={"bsn": "123456782"}, headers=om.headers()),
        app_client.get(f"/v1/jongeren/{youth['id']}", headers=om.headers()),
        app_client.patch(
            f"/v1/jongeren/{youth['id']}", json={"voornamen": "X"}, headers=om.headers()
        ),
    ]
    assert [r.status_code for r in attempts] == [403] * 5, "known or not, the answer is the same"
    assert all("Sem" not in r.text for r in attempts)
    logged = audit_rows(settings, client_id=om.client_id)
    assert [(r["action"], r["decision"]) for r in logged] == [
        ("create", "deny"),
        ("read", "deny"),
        ("read", "deny"),
        ("read", "deny"),
        ("update", "deny"),
    ]
    assert (
        app_client.get(f"/v1/jongeren/{youth['id']}", headers=gemeente.headers()).json()[
            "voornamen"
        ]
        == "Sem"
    )


def test_a_youth_unknown_to_an_allowed_caller_is_404(
    app_client: TestClient, caller, bsn: str
) -> None:
    halt = caller("halt", "halt_medewerker")
    unknown_bsn = app_client.post("/v1/jongeren/zoeken", json={"bsn": bsn}, headers=halt.headers())
    assert unknown_bsn.status_code == 404
    missing = app_client.get(
        "/v1/jongeren/00000000-0000-4000-8000-000000000999", headers=halt.headers()
    )
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


def test_invalid_youth_input_lists_every_error(app_client: TestClient, caller) -> None:
    gemeente = caller("gemeente", "casusregisseur")
    response = app_client.post(
        "/v1/jongeren",
        json={"bsn": "123456789", "voornamen": "", "geboortedatum": "2999-01-01"},
        headers=gemeente.headers(),
    )
    assert response.status_code == 400
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert names == {"bsn", "voornamen", "achternaam", "geboortedatum"}
    empty = app_client.patch(
        "/v1/jongeren/00000000-0000-4000-8000-000000000999", json={}, headers=gemeente.headers()
    )
    assert empty.status_code == 400
    wipe = app_client.patch(
        "/v1/jongeren/00000000-0000-4000-8000-000000000999",
        json={"achternaam": None},
        headers=gemeente.headers(),
    )
    assert wipe.status_code == 400


def test_merging_two_records_of_one_youth_is_audited_and_reversible(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    politie = caller("politie", "partner_system")
    # Youth work knew him by name only; the police by BSN.
    nameless = app_client.post("/v1/jongeren", json=SEM, headers=jongerenwerk.headers()).json()
    known = app_client.post(
        "/v1/signalen", json=signaal_body(bsn), headers=politie.headers()
    ).json()
    gemeente = caller("gemeente", "casusregisseur")

    # A signal youth work stored on the nameless record (written directly: the API pushes
    # signals by BSN only).
    from api.db import make_engine, session_factory
    from api.signalen.models import Signaal

    with session_factory(make_engine(settings.database_url))() as session:
        source = session.get(Signaal, known["id"])
        assert source is not None
        extra = Signaal(
            jongere_id=nameless["id"],
            categorie="pakketjes",
            waargenomen_op=source.waargenomen_op,
            bron_org="jongerenwerk",
            aangeleverd_door=jongerenwerk.client_id,
        )
        session.add(extra)
        session.commit()
        extra_id = extra.id

    merged = app_client.post(
        f"/v1/jongeren/{known['jongereId']}/samenvoegingen",
        json={"bronJongereId": nameless["id"]},
        headers=gemeente.headers(),
    )
    assert merged.status_code == 201, merged.text
    assert merged.json()["verplaatsteSignalen"] == 1
    listed = app_client.get(
        f"/v1/jongeren/{known['jongereId']}/signalen", headers=gemeente.headers()
    ).json()
    assert {i["id"] for i in listed["items"]} == {known["id"], extra_id}
    old = app_client.get(f"/v1/jongeren/{nameless['id']}", headers=gemeente.headers()).json()
    assert old["samengevoegdIn"] == known["jongereId"]

    again = app_client.post(
        f"/v1/jongeren/{known['jongereId']}/samenvoegingen",
        json={"bronJongereId": nameless["id"]},
        headers=gemeente.headers(),
    )
    assert again.status_code == 409

    reversed_ = app_client.post(
        f"/v1/samenvoegingen/{merged.json()['id']}/terugdraaien", headers=gemeente.headers()
    )
    assert reversed_.status_code == 200
    assert reversed_.json()["teruggedraaidOp"]
    back = app_client.get(
        f"/v1/jongeren/{nameless['id']}/signalen", headers=gemeente.headers()
    ).json()
    assert [i["id"] for i in back["items"]] == [extra_id]
    assert (
        "samengevoegdIn"
        not in app_client.get(f"/v1/jongeren/{nameless['id']}", headers=gemeente.headers()).json()
    )
    twice = app_client.post(
        f"/v1/samenvoegingen/{merged.json()['id']}/terugdraaien", headers=gemeente.headers()
    )
    assert twice.status_code == 409

    updates = [
        (r["action"], r["jongere_id"])
        for r in audit_rows(settings, client_id=gemeente.client_id)
        if r["action"] == "update"
    ]
    assert updates[:2] == [("update", known["jongereId"]), ("update", nameless["id"])]


def test_merging_refuses_what_cannot_be_one_person(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    gemeente = caller("gemeente", "casusregisseur")
    first = app_client.post(
        "/v1/jongeren", json={**SEM, "bsn": _unused_bsns.pop()}, headers=gemeente.headers()
    ).json()
    second = app_client.post(
        "/v1/jongeren", json={**SEM, "bsn": _unused_bsns.pop()}, headers=gemeente.headers()
    ).json()
    both_bsn = app_client.post(
        f"/v1/jongeren/{first['id']}/samenvoegingen",
        json={"bronJongereId": second["id"]},
        headers=gemeente.headers(),
    )
    assert both_bsn.status_code == 409
    itself = app_client.post(
        f"/v1/jongeren/{first['id']}/samenvoegingen",
        json={"bronJongereId": first["id"]},
        headers=gemeente.headers(),
    )
    assert itself.status_code == 400
    om = caller("om", "officier")
    refused = app_client.post(
        f"/v1/jongeren/{first['id']}/samenvoegingen",
        json={"bronJongereId": second["id"]},
        headers=om.headers(),
    )
    assert refused.status_code == 403
    assert [r["decision"] for r in audit_rows(settings, client_id=om.client_id)] == ["deny"]


def test_a_number_is_never_a_date(app_client: TestClient, caller, bsn: str) -> None:
    """Pydantic's lax mode read 0 as 1970-01-01: a birth date decides who is in the target
    group, so a date is an ISO string and anything else a 400 that changes nothing."""
    gemeente = caller("gemeente", "casusregisseur")
    created = app_client.post("/v1/jongeren", json={**SEM, "bsn": bsn}, headers=gemeente.headers())
    assert created.status_code == 201, created.text
    youth = created.json()
    for not_a_date in (0, 1764633600, 0.5, "1764633600", "17-04-2009", True):
        refused = app_client.patch(
            f"/v1/jongeren/{youth['id']}",
            json={"geboortedatum": not_a_date},
            headers=gemeente.headers(),
        )
        assert refused.status_code == 400, (not_a_date, refused.text)
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["invalidParams"][0]["name"] == "geboortedatum"
    read = app_client.get(f"/v1/jongeren/{youth['id']}", headers=gemeente.headers())
    assert read.json()["geboortedatum"] == SEM["geboortedatum"]
    fine = app_client.patch(
        f"/v1/jongeren/{youth['id']}",
        json={"geboortedatum": "2009-04-18"},
        headers=gemeente.headers(),
    )
    assert fine.status_code == 200 and fine.json()["geboortedatum"] == "2009-04-18"
