"""The RIEC consultation over the API (DOMAIN.md, "RIEC consultation"): the casusregisseur makes
a RIEC-melding, adds the financial details under the riec covenant; team ondermijning (the
police's system) and the RIEC read its reason, its two questions and its status; the RIEC
answers once. The melding outlives the case's closure until it is answered, and the riec
covenant with it. The gemeente, the ZVH, the OM and the jeugdagent are refused, on record."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests import test_aanpak
from tests.conftest import Caller, audit_rows
from tests.test_aanpak import Denied, Parties, open_case

# The fixtures of test_aanpak: every party in its role, and the check of a refusal.
parties = test_aanpak.parties
denied = test_aanpak.denied

REDEN = "Ouders kopen dure auto's contant."
VERMOGEN = {"vermogenJongere": "Nieuwe scooter en dure kleding", "vermogenOuders": "Twee auto's"}
ANTWOORD = {"bekend": True, "riecCasusGestart": False, "toelichting": "Vader bekend; geen casus."}
VRAGEN = [
    "Is de jongere of het gezin bekend bij team ondermijning of het RIEC?",
    "Start het RIEC een RIEC-casus?",
]


class Riec:
    """The parties of the consultation, beside those of tests/test_aanpak.py."""

    def __init__(self, caller: Any) -> None:
        self.team: Caller = caller("politie", "partner_system")  # team ondermijning's system
        self.riec: Caller = caller("ondermijning", "rechercheur")


@pytest.fixture
def riec(caller: Any) -> Riec:
    return Riec(caller)


def melding_on_case(client: TestClient, parties: Parties, bsn: str) -> tuple[str, str, str]:
    """A youth with an active case and a RIEC-melding: (jongere id, case id, melding id)."""
    jongere_id, casus_id = open_case(client, parties, bsn)
    active = client.post(
        f"/v1/casussen/{casus_id}/statuswijzigingen",
        json={"status": "actief", "reden": "Plan staat."},
        headers=parties.gemeente.headers("pga"),
    )
    assert active.status_code == 200, active.text
    made = client.post(
        f"/v1/casussen/{casus_id}/opschalingen",
        json={"soort": "riec", "reden": REDEN},
        headers=parties.gemeente.headers("pga"),
    )
    assert made.status_code == 201, made.text
    melding_id = next(e["id"] for e in made.json()["opschalingen"] if e["soort"] == "riec")
    return jongere_id, casus_id, melding_id


def close(client: TestClient, parties: Parties, casus_id: str) -> None:
    closed = client.post(
        f"/v1/casussen/{casus_id}/statuswijzigingen",
        json={"status": "afgesloten", "reden": "Jongere verhuisd."},
        headers=parties.gemeente.headers("pga"),
    )
    assert closed.status_code == 200, closed.text


def test_team_ondermijning_and_the_riec_read_the_melding_others_are_refused(
    app_client: TestClient,
    parties: Parties,
    riec: Riec,
    bsn: str,
    denied: Denied,
    settings: Settings,
) -> None:
    jongere_id, casus_id, melding_id = melding_on_case(app_client, parties, bsn)
    url = f"/v1/riec-meldingen/{melding_id}"
    recorded = app_client.patch(
        url, json=VERMOGEN, headers=parties.gemeente.headers("ondermijning")
    )
    assert recorded.status_code == 200, recorded.text
    assert recorded.json()["vermogenOuders"] == "Twee auto's"

    for who in (riec.team, riec.riec):
        shown = app_client.get(url, headers=who.headers("ondermijning"))
        assert shown.status_code == 200, shown.text
        body = shown.json()
        assert (body["jongereId"], body["casusId"], body["status"]) == (
            jongere_id,
            casus_id,
            "open",
        )
        assert body["reden"] == REDEN
        assert body["vragen"] == VRAGEN
        assert (body["vermogenJongere"], body["vermogenOuders"]) == (
            VERMOGEN["vermogenJongere"],
            VERMOGEN["vermogenOuders"],
        )
        assert body["gemeldDoor"] == "gemeente"
        assert "antwoord" not in body
        listed = app_client.get("/v1/riec-meldingen", headers=who.headers("ondermijning")).json()
        item = next(item for item in listed["items"] if item["id"] == melding_id)
        assert (item["reden"], item["status"]) == (REDEN, "open")
    # The read is on record for the youth, with what it showed.
    read = audit_rows(settings, client_id=riec.riec.client_id)
    shown_read = next(r for r in read if r["resource_type"] == "riec_melding")
    assert shown_read["jongere_id"] == jongere_id
    assert set(shown_read["categories"]) == {"signaal", "financieel"}
    assert shown_read["covenants"] == ["riec"]

    # The gemeente made the melding; reading it is team ondermijning's and the RIEC's work.
    readers = (
        "alleen ondermijning (partner_system, rechercheur) of politie (partner_system) "
        "mag een riec_melding lezen, voor doel 'ondermijning'"
    )
    denied(app_client.get(url, headers=parties.gemeente.headers("ondermijning")), readers)
    denied(
        app_client.get("/v1/riec-meldingen", headers=parties.gemeente.headers("ondermijning")),
        readers,
    )
    denied(app_client.get(url, headers=parties.om.headers("ondermijning")), readers)
    # The ZVH is no party to the riec covenant; the jeugdagent's task is not the RIEC's work.
    denied(app_client.get(url, headers=parties.zvh.headers("ico")), "riec_melding lezen")
    denied(
        app_client.get(url, headers=parties.politie.headers("ondermijning")),
        "de taak van jeugdagent (politie) omvat doel 'ondermijning' niet",
    )
    # Without the riec covenant's purpose, nobody reads it.
    denied(app_client.get(url, headers=riec.team.headers("pga")), "riec_melding")
    # The case director still sees, in its case, that it made the melding and why.
    case = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.gemeente.headers("pga"))
    assert [e["reden"] for e in case.json()["opschalingen"]] == [REDEN]
    assert "Twee auto" not in case.text


def test_financial_details_exist_only_under_the_riec_covenant(
    app_client: TestClient, parties: Parties, riec: Riec, bsn: str, denied: Denied
) -> None:
    _, casus_id, melding_id = melding_on_case(app_client, parties, bsn)
    url = f"/v1/riec-meldingen/{melding_id}"
    # Under pga (the case work) no covenant shares financieel data: refused, nothing stored.
    denied(
        app_client.patch(url, json=VERMOGEN, headers=parties.gemeente.headers("pga")),
        "het convenant deelt niet alle gevraagde gegevenscategorieen",
    )
    # The RIEC answers; it does not write the melder's details.
    denied(
        app_client.patch(url, json=VERMOGEN, headers=riec.riec.headers("ondermijning")),
        "mag een riec_melding vastleggen of wijzigen",
    )
    assert (
        "vermogenOuders" not in app_client.get(url, headers=riec.riec.headers("ondermijning")).text
    )
    # Team ondermijning records what it knows of the youth's wealth.
    by_team = app_client.patch(
        url, json={"vermogenJongere": "Contant geld"}, headers=riec.team.headers("ondermijning")
    )
    assert by_team.status_code == 200, by_team.text
    assert by_team.json()["vermogenJongere"] == "Contant geld"
    # The ZVH, escalated or not, never sees them: the zvh covenant no longer shares financieel.
    escalated = app_client.post(
        f"/v1/casussen/{casus_id}/opschalingen",
        json={"soort": "zvh", "reden": "ICO nodig."},
        headers=parties.gemeente.headers("pga"),
    )
    assert escalated.status_code == 201, escalated.text
    denied(app_client.get(url, headers=parties.zvh.headers("ico")), "riec_melding lezen")
    ico_case = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.zvh.headers("ico"))
    assert ico_case.status_code == 200
    assert [e["soort"] for e in ico_case.json()["opschalingen"]] == ["zvh"]
    assert "Contant" not in ico_case.text


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"vermogenJongere": None},
        {"vermogenJongere": "x"},
        {"vermogenJongere": "Scooter", "onbekend": "veld"},
    ],
)
def test_bad_financial_details_are_refused_and_change_nothing(
    app_client: TestClient, parties: Parties, riec: Riec, bsn: str, body: dict[str, Any]
) -> None:
    _, _, melding_id = melding_on_case(app_client, parties, bsn)
    url = f"/v1/riec-meldingen/{melding_id}"
    refused = app_client.patch(url, json=body, headers=parties.gemeente.headers("ondermijning"))
    assert refused.status_code == 400, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    shown = app_client.get(url, headers=riec.riec.headers("ondermijning")).json()
    assert "vermogenJongere" not in shown


def test_the_riec_answers_once_and_the_answer_closes_the_melding(
    app_client: TestClient, parties: Parties, riec: Riec, bsn: str, denied: Denied
) -> None:
    jongere_id, casus_id, melding_id = melding_on_case(app_client, parties, bsn)
    url = f"/v1/riec-meldingen/{melding_id}"
    signals = f"/v1/jongeren/{jongere_id}/signalen"
    assert app_client.get(signals, headers=riec.riec.headers("ondermijning")).json()["totaal"] == 2

    # Only the RIEC answers: not team ondermijning, not the case director.
    only_riec = "alleen ondermijning (partner_system, rechercheur) mag een riec_antwoord"
    denied(
        app_client.post(
            f"{url}/antwoord", json=ANTWOORD, headers=riec.team.headers("ondermijning")
        ),
        only_riec,
    )
    denied(
        app_client.post(
            f"{url}/antwoord", json=ANTWOORD, headers=parties.gemeente.headers("ondermijning")
        ),
        only_riec,
    )
    answered = app_client.post(
        f"{url}/antwoord", json=ANTWOORD, headers=riec.riec.headers("ondermijning")
    )
    assert answered.status_code == 200, answered.text
    assert answered.json()["status"] == "beantwoord"
    assert answered.json()["antwoord"]["bekend"] is True
    assert answered.json()["antwoord"]["riecCasusGestart"] is False

    # A second answer is a conflict, and changes nothing.
    again = app_client.post(
        f"{url}/antwoord",
        json={**ANTWOORD, "bekend": False, "toelichting": "Toch niet."},
        headers=riec.riec.headers("ondermijning"),
    )
    assert again.status_code == 409, again.text
    assert again.headers["content-type"] == "application/problem+json"
    # Team ondermijning reads the answer.
    shown = app_client.get(url, headers=riec.team.headers("ondermijning")).json()
    assert shown["status"] == "beantwoord"
    assert shown["antwoord"]["bekend"] is True
    assert shown["antwoord"]["toelichting"] == ANTWOORD["toelichting"]
    assert shown["antwoord"]["beantwoordDoor"] == "ondermijning"
    listed = app_client.get(
        "/v1/riec-meldingen?status=beantwoord", headers=riec.team.headers("ondermijning")
    ).json()
    assert melding_id in [item["id"] for item in listed["items"]]
    assert {item["status"] for item in listed["items"]} == {"beantwoord"}
    still_open = app_client.get(
        "/v1/riec-meldingen?status=open&paginaGrootte=100",
        headers=riec.team.headers("ondermijning"),
    ).json()
    assert melding_id not in [item["id"] for item in still_open["items"]]
    assert {item["status"] for item in still_open["items"]} == {"open"}

    # Answered, the melding no longer switches the riec covenant on for the youth: the RIEC no
    # longer sees their identity or signals (only what it supplied itself: none).
    denied(
        app_client.get(f"/v1/jongeren/{jongere_id}", headers=riec.riec.headers("ondermijning")),
        "RIEC-melding",
    )
    assert app_client.get(signals, headers=riec.riec.headers("ondermijning")).json()["totaal"] == 0
    # ...nor can financial details be added to it.
    late = app_client.patch(url, json=VERMOGEN, headers=parties.gemeente.headers("ondermijning"))
    assert late.status_code == 409, late.text
    # The case director's case shows the melding ended.
    case = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.gemeente.headers("pga"))
    assert case.json()["opschalingen"][0]["beeindigdOp"] is not None


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"bekend": True, "riecCasusGestart": False},
        {"bekend": "ja", "riecCasusGestart": False, "toelichting": "Bekend."},
        {"bekend": True, "riecCasusGestart": 1, "toelichting": "Bekend."},
        {"bekend": True, "riecCasusGestart": False, "toelichting": "x"},
        {**ANTWOORD, "extra": "veld"},
    ],
)
def test_a_bad_answer_is_refused_and_stores_nothing(
    app_client: TestClient, parties: Parties, riec: Riec, bsn: str, body: dict[str, Any]
) -> None:
    _, _, melding_id = melding_on_case(app_client, parties, bsn)
    url = f"/v1/riec-meldingen/{melding_id}"
    refused = app_client.post(
        f"{url}/antwoord", json=body, headers=riec.riec.headers("ondermijning")
    )
    assert refused.status_code == 400, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert app_client.get(url, headers=riec.riec.headers("ondermijning")).json()["status"] == "open"


def test_an_unknown_melding_is_not_found_for_its_readers_and_refused_for_others(
    app_client: TestClient, parties: Parties, riec: Riec, denied: Denied
) -> None:
    url = "/v1/riec-meldingen/00000000-0000-0000-0000-000000000000"
    assert app_client.get(url, headers=riec.riec.headers("ondermijning")).status_code == 404
    answered = app_client.post(
        f"{url}/antwoord", json=ANTWOORD, headers=riec.riec.headers("ondermijning")
    )
    assert answered.status_code == 404
    denied(app_client.get(url, headers=parties.gemeente.headers("ondermijning")), "lezen")


def test_the_melding_outlives_the_case_until_it_is_answered(
    app_client: TestClient, parties: Parties, riec: Riec, bsn: str, denied: Denied
) -> None:
    jongere_id, casus_id, melding_id = melding_on_case(app_client, parties, bsn)
    zvh = app_client.post(
        f"/v1/casussen/{casus_id}/opschalingen",
        json={"soort": "zvh", "reden": "ICO nodig."},
        headers=parties.gemeente.headers("pga"),
    )
    assert zvh.status_code == 201
    close(app_client, parties, casus_id)
    url = f"/v1/riec-meldingen/{melding_id}"
    signals = f"/v1/jongeren/{jongere_id}/signalen"
    youth = f"/v1/jongeren/{jongere_id}"

    # Closing ended the escalation to the ZVH (the zvh covenant closes with it)...
    case = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.gemeente.headers("pga"))
    ended = {e["soort"]: e.get("beeindigdOp") for e in case.json()["opschalingen"]}
    assert ended["zvh"] is not None and ended["riec"] is None
    denied(app_client.get(youth, headers=parties.zvh.headers("ico")), "opgeschaald")
    # ...and the pga covenant: the pga partners no longer see the youth.
    denied(app_client.get(youth, headers=parties.halt.headers("pga")), "actieve PGA-casus")
    # The RIEC-melding stays open, and the riec covenant gives what the RIEC needs to answer.
    assert app_client.get(url, headers=riec.riec.headers("ondermijning")).json()["status"] == "open"
    assert app_client.get(signals, headers=riec.riec.headers("ondermijning")).json()["totaal"] == 2
    identity = app_client.get(youth, headers=riec.riec.headers("ondermijning"))
    assert identity.status_code == 200 and identity.json()["achternaam"] == "de Vries"
    assert app_client.get(signals, headers=riec.team.headers("ondermijning")).status_code == 200
    # Financial details may still be added while it waits for its answer.
    recorded = app_client.patch(url, json=VERMOGEN, headers=riec.team.headers("ondermijning"))
    assert recorded.status_code == 200, recorded.text
    # The case itself is closed: the director cannot withdraw the melding any more.
    withdrawn = app_client.post(
        f"/v1/casussen/{casus_id}/opschalingen/{melding_id}/afschaling",
        json={"reden": "Toch niet."},
        headers=parties.gemeente.headers("pga"),
    )
    assert withdrawn.status_code == 409

    answered = app_client.post(
        f"{url}/antwoord", json=ANTWOORD, headers=riec.riec.headers("ondermijning")
    )
    assert answered.status_code == 200, answered.text
    # Once answered it closes, and with it what the riec covenant gave of this youth.
    assert app_client.get(signals, headers=riec.riec.headers("ondermijning")).json()["totaal"] == 0
    denied(app_client.get(youth, headers=riec.riec.headers("ondermijning")), "RIEC-melding")
    # The melding and its answer stay readable to team ondermijning and the RIEC.
    assert app_client.get(url, headers=riec.riec.headers("ondermijning")).json()["status"] == (
        "beantwoord"
    )


def test_a_withdrawn_melding_is_not_answered(
    app_client: TestClient, parties: Parties, riec: Riec, bsn: str
) -> None:
    _, casus_id, melding_id = melding_on_case(app_client, parties, bsn)
    withdrawn = app_client.post(
        f"/v1/casussen/{casus_id}/opschalingen/{melding_id}/afschaling",
        json={"reden": "Misverstand; geen ondermijning."},
        headers=parties.gemeente.headers("pga"),
    )
    assert withdrawn.status_code == 200, withdrawn.text
    url = f"/v1/riec-meldingen/{melding_id}"
    assert app_client.get(url, headers=riec.riec.headers("ondermijning")).json()["status"] == (
        "ingetrokken"
    )
    late = app_client.post(
        f"{url}/antwoord", json=ANTWOORD, headers=riec.riec.headers("ondermijning")
    )
    assert late.status_code == 409, late.text


def test_the_migration_gives_every_riec_melding_on_record_its_questions(
    settings: Settings, tmp_path: Any
) -> None:
    """A RIEC-melding made before 0019 gets its row: unanswered, without financial details."""
    from alembic import command
    from sqlalchemy import text

    from api.db import alembic_config, make_engine, migrate, migration_connection
    from tests.conftest import _postgres_database, _unused_bsns, app_on, settle

    def walk(url: str) -> None:
        with app_on(settings, url, tmp_path) as (client, make, fresh):
            parties = Parties(make)
            bsn = _unused_bsns.pop()
            jongere_id, casus_id, melding_id = melding_on_case(client, parties, bsn)
            settle(fresh)
        engine = make_engine(url)
        config = alembic_config(url)
        with migration_connection(url) as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0019-1")
        migrate(url)
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT id, casus_id, jongere_id, beantwoord_op, vermogen_ouders "
                    "FROM riec_meldingen"
                )
            ).all()
        engine.dispose()
        assert [tuple(row) for row in rows] == [(melding_id, casus_id, jongere_id, None, None)]

    if make_engine(settings.database_url).dialect.name == "sqlite":
        walk(f"sqlite:///{tmp_path / 'before_0019.db'}")
    else:
        for url in _postgres_database():
            walk(url)
