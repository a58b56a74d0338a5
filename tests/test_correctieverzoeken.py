"""Correction requests (AVG art. 16) as a privacy officer and a supplying partner use them:
through the API, on both databases, every step and every refusal on record."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.settings import Settings
from api.tijd import een_maand_na, vandaag
from tests import test_aanpak
from tests.conftest import audit_rows, pseudonym
from tests.test_aanpak import PLAINTEXT, Denied, Parties, youth_with_signals

parties = test_aanpak.parties
denied = test_aanpak.denied

WRONG = "Het signaal klopt niet: ik was die dag op vakantie in Zeeland, graag verwijderen."
REASON = "Het signaal is door twee agenten waargenomen; het blijft staan."
KENMERK = "AVG-2026-0077"


def file(client: TestClient, officer: Any, jongere_id: str, **body: Any) -> Any:
    return client.post(
        f"/v1/jongeren/{jongere_id}/correctieverzoeken",
        json={"verzoek": WRONG, "kenmerk": KENMERK, **body},
        headers=officer.headers("inzage"),
    )


def youth_with_a_police_signal(client: TestClient, parties: Parties, bsn: str) -> tuple[str, str]:
    """A youth the police registered by pushing a signal: (jongereId, signaalId)."""
    jongere_id = youth_with_signals(client, parties.politie, bsn, "online_ronselen")
    signals = client.get(f"/v1/jongeren/{jongere_id}/signalen", headers=parties.politie.headers())
    assert signals.status_code == 200, signals.text
    return jongere_id, str(signals.json()["items"][0]["id"])


def open_requests(client: TestClient, who: Any, jongere_id: str, **params: str) -> list[Any]:
    listed = client.get("/v1/correctieverzoeken", params=params, headers=who.headers("inzage"))
    assert listed.status_code == 200, listed.text
    return [r for r in listed.json()["items"] if r["jongereId"] == jongere_id]


def answer(client: TestClient, who: Any, verzoek_id: str, **body: Any) -> Any:
    return client.post(
        f"/v1/correctieverzoeken/{verzoek_id}/afhandeling",
        json=body,
        headers=who.headers("inzage"),
    )


def test_the_supplier_alone_sees_and_answers_a_request_about_its_signal(
    app_client: TestClient,
    parties: Parties,
    caller,
    bsn: str,
    settings: Settings,
    denied: Denied,
) -> None:
    jongere_id, signal_id = youth_with_a_police_signal(app_client, parties, bsn)
    officer = caller("privacy", "privacy_officer")

    filed = file(app_client, officer, jongere_id, item={"soort": "signaal", "id": signal_id})
    assert filed.status_code == 201, filed.text
    request = filed.json()
    assert filed.headers["Location"] == f"/v1/correctieverzoeken/{request['id']}"
    assert request["item"] == {"soort": "signaal", "id": signal_id}
    assert (request["leverancier"], request["categorie"]) == ("politie", "signaal")
    assert (request["status"], request["verzoek"]) == ("open", WRONG)
    assert request["ontvangenOp"] == vandaag().isoformat()
    assert request["antwoordUiterlijk"] == een_maand_na(vandaag()).isoformat()

    # The supplier sees it, with the youth's words; another partner does not see it at all.
    (seen,) = open_requests(app_client, parties.politie, jongere_id)
    assert (seen["id"], seen["verzoek"]) == (request["id"], WRONG)
    assert open_requests(app_client, parties.halt, jongere_id) == []

    # Neither another partner nor the officer answers it; nothing changes.
    denied(
        answer(app_client, parties.halt, request["id"], uitkomst="gecorrigeerd"),
        "gegeven van een andere organisatie",
    )
    denied(
        answer(app_client, officer, request["id"], uitkomst="afgewezen", toelichting=REASON),
        "alleen de organisatie die het gegeven aanleverde",
    )
    # Only the officer files requests.
    denied(
        file(app_client, parties.politie, jongere_id, item={"soort": "signaal", "id": signal_id}),
        "alleen de privacy officer",
    )

    # A rejection without a reason is refused (422) and changes nothing.
    for empty in ({}, {"toelichting": "   "}):
        refused = answer(app_client, parties.politie, request["id"], uitkomst="afgewezen", **empty)
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"].endswith("/reden-ontbreekt")
    assert open_requests(app_client, parties.politie, jongere_id)[0]["status"] == "open"

    rejected = answer(
        app_client, parties.politie, request["id"], uitkomst="afgewezen", toelichting=REASON
    )
    assert rejected.status_code == 200, rejected.text
    assert (rejected.json()["status"], rejected.json()["toelichting"]) == ("afgewezen", REASON)
    assert rejected.json()["afgehandeldOp"]

    # Answered once: a second answer is refused (409) and the first one stands.
    again = answer(app_client, parties.politie, request["id"], uitkomst="gecorrigeerd")
    assert again.status_code == 409, again.text
    assert again.json()["type"].endswith("/al-afgehandeld")
    assert open_requests(app_client, parties.politie, jongere_id) == []
    (done,) = open_requests(app_client, parties.politie, jongere_id, status="afgehandeld")
    assert (done["status"], done["toelichting"]) == ("afgewezen", REASON)

    # The officer lists the youth's requests with status and deadline.
    listed = app_client.get(
        f"/v1/jongeren/{jongere_id}/correctieverzoeken", headers=officer.headers("inzage")
    )
    assert listed.status_code == 200, listed.text
    (mine,) = listed.json()["items"]
    assert (mine["status"], mine["antwoordUiterlijk"]) == (
        "afgewezen",
        request["antwoordUiterlijk"],
    )
    assert mine["toelichting"] == REASON
    denied(
        app_client.get(
            f"/v1/jongeren/{jongere_id}/correctieverzoeken",
            headers=parties.politie.headers("inzage"),
        ),
        "alleen de privacy officer",
    )

    # Every step is on record, naming the youth by pseudonym; the texts are not in the log.
    records = [
        r
        for r in audit_rows(settings, resource_type="correctieverzoek")
        if r["resource_id"] == request["id"] or r["jongere_id"] == jongere_id
    ]
    steps = {(r["org"], r["action"], r["decision"], r["http_status"]) for r in records}
    assert ("privacy", "create", "allow", 201) in steps
    assert ("politie", "update", "allow", 200) in steps
    assert ("halt", "update", "deny", 403) in steps
    assert ("privacy", "update", "deny", 403) in steps
    assert ("politie", "update", "allow", 409) in steps  # the second answer, refused
    about_the_youth = [r for r in records if r["resource_id"] == request["id"]]
    assert about_the_youth and all(
        r["jongere_pseudoniem"] == pseudonym(settings, jongere_id) for r in about_the_youth
    )
    assert not [r for r in records if WRONG in str(r) or REASON in str(r)]


def test_the_texts_are_stored_as_ciphertext(
    app_client: TestClient, parties: Parties, caller, bsn: str, settings: Settings
) -> None:
    jongere_id, signal_id = youth_with_a_police_signal(app_client, parties, bsn)
    officer = caller("privacy", "privacy_officer")
    filed = file(app_client, officer, jongere_id, item={"soort": "signaal", "id": signal_id})
    assert filed.status_code == 201, filed.text
    answered = answer(
        app_client, parties.politie, filed.json()["id"], uitkomst="afgewezen", toelichting=REASON
    )
    assert answered.status_code == 200, answered.text
    with make_engine(settings.database_url).connect() as connection:
        stored = connection.execute(
            text("SELECT verzoek, toelichting FROM correctieverzoeken WHERE id = :id"),
            {"id": filed.json()["id"]},
        ).one()
    assert stored.verzoek and stored.toelichting
    for sealed, plain in ((stored.verzoek, WRONG), (stored.toelichting, REASON)):
        assert plain not in sealed and "vakantie" not in sealed and "agenten" not in sealed


def test_an_identity_field_is_corrected_by_its_supplier_and_the_request_closed(
    app_client: TestClient, parties: Parties, caller, bsn: str
) -> None:
    jongere_id = youth_with_signals(app_client, parties.politie, bsn, "online_ronselen")
    officer = caller("privacy", "privacy_officer")
    item = {"soort": "jongere", "id": jongere_id, "veld": "voornamen"}
    filed = file(app_client, officer, jongere_id, item=item, ontvangenOp="2026-01-31")
    assert filed.status_code == 201, filed.text
    request = filed.json()
    assert (request["leverancier"], request["categorie"]) == ("politie", "identiteit")
    # A month after receipt, on the Amsterdam calendar: 31 January -> 28 February.
    assert (request["ontvangenOp"], request["antwoordUiterlijk"]) == ("2026-01-31", "2026-02-28")

    (seen,) = open_requests(app_client, parties.politie, jongere_id)
    assert seen["item"] == item
    corrected = app_client.patch(
        f"/v1/jongeren/{jongere_id}",
        json={"voornamen": "Sem Jan"},
        headers=parties.politie.headers(),
    )
    assert corrected.status_code == 200, corrected.text
    closed = answer(app_client, parties.politie, request["id"], uitkomst="gecorrigeerd")
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "gecorrigeerd" and "toelichting" not in closed.json()


def test_unknown_items_and_bad_input_change_nothing(
    app_client: TestClient, parties: Parties, caller, bsn: str, settings: Settings
) -> None:
    jongere_id, signal_id = youth_with_a_police_signal(app_client, parties, bsn)
    officer = caller("privacy", "privacy_officer")
    unknown = "00000000-0000-4000-8000-000000000777"
    for item in (
        {"soort": "signaal", "id": unknown},
        {"soort": "factor", "id": signal_id},  # a signal's id under another kind
        {"soort": "jongere", "id": jongere_id},  # the youth's record without a field
        {"soort": "jongere", "id": unknown, "veld": "voornamen"},
        {"soort": "iets", "id": signal_id},
    ):
        missing = file(app_client, officer, jongere_id, item=item)
        assert missing.status_code == 404, (item, missing.text)
        assert missing.headers["content-type"] == "application/problem+json"
        assert WRONG not in missing.text and not [p for p in PLAINTEXT if p in missing.text]
    nobody = file(app_client, officer, unknown, item={"soort": "signaal", "id": signal_id})
    assert nobody.status_code == 404, nobody.text
    future = file(
        app_client,
        officer,
        jongere_id,
        item={"soort": "signaal", "id": signal_id},
        ontvangenOp=date(vandaag().year + 1, 1, 1).isoformat(),
    )
    assert future.status_code == 422, future.text
    assert answer(app_client, parties.politie, unknown, uitkomst="afgewezen").status_code == 404
    listed = app_client.get(
        f"/v1/jongeren/{jongere_id}/correctieverzoeken", headers=officer.headers("inzage")
    )
    assert listed.status_code == 200 and listed.json()["items"] == []
