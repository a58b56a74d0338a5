"""Need to know inside an organisation (DOMAIN.md): a role gets what its task needs of what its
organisation's covenants give. End to end: the real OPA, the real database, the audit log."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import Caller, audit_rows
from tests.test_aanpak import Parties, open_case

# What the youth of open_case holds: none of it may reach the policy adviser beyond identity.
CASE_CONTENT = ("online_ronselen", "schulden_of_bedreiging", "telefoons", "Signaaloverleg.")


def refused(settings: Settings, who: Caller, response: Any, reason: str) -> None:
    """A 403 that names the task and leaks no content, on record as the caller's newest deny."""
    assert response.status_code == 403, response.text
    assert response.json()["detail"] == reason
    assert not [text for text in (*CASE_CONTENT, "Sem", "de Vries") if text in response.text]
    newest = audit_rows(settings, client_id=who.client_id)[-1]
    assert (newest["decision"], newest["http_status"], newest["reason"]) == ("deny", 403, reason)


def test_a_policy_adviser_sees_no_case_content_the_case_director_sees(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    parties = Parties(caller)
    adviser, director = parties.beleid, parties.gemeente
    jongere_id, casus_id = open_case(app_client, parties, bsn)

    reads = [
        (f"/v1/jongeren/{jongere_id}/signalen", "signalering"),
        (f"/v1/jongeren/{jongere_id}", "signalering"),
        (f"/v1/casussen/{casus_id}", "pga"),
    ]
    for url, purpose in reads:
        # Same organisation, same covenants: the case director reads it...
        assert app_client.get(url, headers=director.headers(purpose)).status_code == 200
        # ...the policy adviser, whose task is agendas and covenants, does not.
        refused(
            settings,
            adviser,
            app_client.get(url, headers=adviser.headers(purpose)),
            f"de taak van beleidsadviseur (gemeente) omvat voor doel '{purpose}' alleen "
            + (
                "de agenda van het signaaloverleg: wie er besproken wordt, zonder casusinhoud"
                if purpose == "signalering"
                else "de agenda van het overleg zonder persoonsgegevens (soort, datum, deelnemers)"
            ),
        )
    refused(
        settings,
        adviser,
        app_client.get(reads[0][0], headers=adviser.headers("ondermijning")),
        "de taak van beleidsadviseur (gemeente) omvat doel 'ondermijning' niet",
    )

    # The covenant texts are the adviser's to read.
    covenants = app_client.get("/v1/convenanten", headers=adviser.headers(None))
    assert covenants.status_code == 200
    assert {c["code"] for c in covenants.json()["items"]} >= {"groepsaanpak", "pga", "riec", "zvh"}


def _meeting_with(
    client: TestClient, director: Caller, kind: str, purpose: str, jongere_id: str
) -> str:
    planned = client.post(
        "/v1/overleggen",
        json={"soort": kind, "datum": "2026-12-03", "deelnemers": ["gemeente", "politie"]},
        headers=director.headers(purpose),
    )
    assert planned.status_code == 201, planned.text
    added = client.post(
        f"/v1/overleggen/{planned.json()['id']}/agenda",
        json={"jongereId": jongere_id},
        headers=director.headers(purpose),
    )
    assert added.status_code == 201, added.text
    return str(planned.json()["id"])


def test_a_policy_adviser_reads_meeting_agendas_without_case_content(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    parties = Parties(caller)
    adviser, director = parties.beleid, parties.gemeente
    jongere_id, _ = open_case(app_client, parties, bsn)

    # The signaaloverleg: who is discussed, not what is known about them.
    round_id = _meeting_with(app_client, director, "signaaloverleg", "signalering", jongere_id)
    full = app_client.get(f"/v1/overleggen/{round_id}", headers=director.headers()).json()
    assert {s["categorie"] for s in full["agenda"][0]["signalen"]} == {
        "online_ronselen",
        "schulden_of_bedreiging",
    }
    seen = app_client.get(f"/v1/overleggen/{round_id}", headers=adviser.headers())
    assert seen.status_code == 200, seen.text
    (item,) = seen.json()["agenda"]
    assert (item["jongereId"], item["voornamen"], item["achternaam"]) == (
        jongere_id,
        "Sem",
        "de Vries",
    )
    assert "signalen" not in item or not item["signalen"]
    assert not [text for text in CASE_CONTENT if text in seen.text]
    records = audit_rows(settings, client_id=adviser.client_id)
    assert [(r["resource_type"], r["action"], r["decision"]) for r in records] == [
        ("overleg", "read", "allow"),
        ("jongere", "read", "allow"),
        ("signaal", "list", "deny"),
    ]
    assert records[-1]["reason"] == (
        "de taak van beleidsadviseur (gemeente) heeft geen signaal-gegevens nodig"
    )

    # A casusoverleg: the meeting, with no personal data of the youths on it.
    case_meeting = _meeting_with(app_client, director, "casusoverleg", "pga", jongere_id)
    shown = app_client.get(f"/v1/overleggen/{case_meeting}", headers=adviser.headers("pga"))
    assert shown.status_code == 200, shown.text
    (item,) = shown.json()["agenda"]
    assert item["jongereId"] == jongere_id
    assert "voornamen" not in item and "Sem" not in shown.text and "de Vries" not in shown.text
    by_director = app_client.get(f"/v1/overleggen/{case_meeting}", headers=director.headers("pga"))
    assert by_director.json()["agenda"][0]["achternaam"] == "de Vries"

    # Reading is all: the adviser convenes no meeting.
    refused(
        settings,
        adviser,
        app_client.post(
            "/v1/overleggen",
            json={"soort": "signaaloverleg", "datum": "2026-12-10", "deelnemers": ["gemeente"]},
            headers=adviser.headers(),
        ),
        "de taak van beleidsadviseur (gemeente) omvat voor doel 'signalering' alleen "
        "de agenda van het signaaloverleg: wie er besproken wordt, zonder casusinhoud",
    )


def test_a_jeugdagent_has_no_part_in_the_purposes_outside_its_task(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    parties = Parties(caller)
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    melding = app_client.post(
        f"/v1/casussen/{casus_id}/opschalingen",
        json={"soort": "riec", "reden": "Ouders betalen een dure auto contant."},
        headers=parties.gemeente.headers("pga"),
    )
    assert melding.status_code == 201, melding.text
    url = f"/v1/jongeren/{jongere_id}/signalen"

    # The police's system works for the RIEC (the riec covenant, now the case has a melding)...
    system = caller("politie", "partner_system")
    riec = app_client.get(url, headers=system.headers("ondermijning"))
    assert riec.status_code == 200, riec.text
    assert riec.json()["totaal"] == 2
    # ...the jeugdagent, whose signals these are, does not: not its task.
    agent = parties.politie
    refused(
        settings,
        agent,
        app_client.get(url, headers=agent.headers("ondermijning")),
        "de taak van jeugdagent (politie) omvat doel 'ondermijning' niet",
    )
    # Under the purposes of its task it still reads them.
    assert app_client.get(url, headers=agent.headers("pga")).json()["totaal"] == 2
