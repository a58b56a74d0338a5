"""The signalers of DOMAIN.md ("The process in more detail"): schools (`onderwijs`), the
`jeugdwijkteam` and `handhaving` push signals for `signalering` under the vroegsignalering
covenant, and read back only what they supplied plus the match notice (the youth id the BSN
matched), nothing of other parties. Through the API, on both databases, every denial on record."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import Caller, audit_rows, run_cli, signaal_body

SIGNALERS = [
    ("onderwijs", "zorgcoordinator"),
    ("jeugdwijkteam", "partner_system"),
    ("handhaving", "handhaver"),
]

# What the police know and the signaler must not learn.
POLICE_TEXT = "Bij een woninginval aangetroffen met contant geld."
SCHOOL_TEXT = "Komt met een nieuwe telefoon en dure kleding naar school."


def supplier_only(org: str) -> str:
    return (
        f"{org} levert onder convenant vroegsignalering alleen aan "
        "en ziet alleen wat het zelf aanleverde"
    )


def assert_refused(settings: Settings, who: Caller, response, reason: str) -> None:
    """A 403 with the rule that refused, nothing of the police's signal or the youth's identity,
    on record as the caller's newest denial."""
    assert response.status_code == 403, response.text
    assert response.json()["detail"] == reason
    assert POLICE_TEXT not in response.text and "de Vries" not in response.text
    newest = audit_rows(settings, client_id=who.client_id)[-1]
    assert (newest["decision"], newest["http_status"], newest["reason"]) == ("deny", 403, reason)


@pytest.mark.parametrize(("org", "role"), SIGNALERS)
def test_a_signaler_pushes_and_sees_only_what_it_supplied(
    app_client: TestClient, caller, settings: Settings, bsn: str, org: str, role: str
) -> None:
    politie = caller("politie", "partner_system")
    police_signal = app_client.post(
        "/v1/signalen",
        json=signaal_body(
            bsn, categorie="onverklaarbaar_geld_of_goederen", omschrijving=POLICE_TEXT
        ),
        headers=politie.headers(),
    )
    assert police_signal.status_code == 201, police_signal.text
    jongere_id = police_signal.json()["jongereId"]

    signaler = caller(org, role)
    pushed = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn, categorie="gedragsverandering", omschrijving=SCHOOL_TEXT),
        headers=signaler.headers(),
    )
    assert pushed.status_code == 201, pushed.text
    own = pushed.json()
    # The match notice: the same youth the police know, by BSN, without who they are.
    assert own["jongereId"] == jongere_id
    assert own["bronOrganisatie"] == org
    assert "jongere" not in own

    # Its own signal, read back: the signal, not the identity of the youth.
    read = app_client.get(f"/v1/signalen/{own['id']}", headers=signaler.headers())
    assert read.status_code == 200, read.text
    assert read.json()["omschrijving"] == SCHOOL_TEXT
    assert "jongere" not in read.json()

    # The youth's signals: only its own row, and a total that counts only that.
    listed = app_client.get(f"/v1/jongeren/{jongere_id}/signalen", headers=signaler.headers())
    assert listed.status_code == 200, listed.text
    assert [item["id"] for item in listed.json()["items"]] == [own["id"]]
    assert listed.json()["totaal"] == 1
    assert POLICE_TEXT not in listed.text and "de Vries" not in listed.text

    # Nothing another party supplied: the police's signal, the youth's identity, who is involved.
    reason = supplier_only(org)
    for path in (
        f"/v1/signalen/{police_signal.json()['id']}",
        f"/v1/jongeren/{jongere_id}",
        f"/v1/jongeren/{jongere_id}/betrokkenen",
    ):
        assert_refused(settings, signaler, app_client.get(path, headers=signaler.headers()), reason)

    # Under no other purpose: the covenant names signalering only.
    assert_refused(
        settings,
        signaler,
        app_client.post(
            "/v1/signalen", json=signaal_body(bsn), headers=signaler.headers("groepsaanpak")
        ),
        f"geen geldend convenant geeft organisatie '{org}' toegang voor doel 'groepsaanpak'",
    )

    # The gemeente, which receives the signals, sees the signaler's signal with the youth.
    gemeente = caller("gemeente", "casusregisseur")
    received = app_client.get(f"/v1/signalen/{own['id']}", headers=gemeente.headers())
    assert received.status_code == 200, received.text
    assert received.json()["jongere"]["achternaam"] == "de Vries"

    records = audit_rows(settings, client_id=signaler.client_id)
    assert [(r["resource_type"], r["action"], r["decision"], r["basis"]) for r in records] == [
        ("signaal", "create", "allow", "convenant"),
        ("signaal", "read", "allow", "eigen_gegevens"),
        ("signaal", "list", "allow", "eigen_gegevens"),
        ("signaal", "read", "deny", None),
        ("jongere", "read", "deny", None),
        ("betrokkenheid", "read", "deny", None),
        ("signaal", "create", "deny", None),
    ]
    assert records[0]["covenants"] == ["vroegsignalering"]
    assert records[0]["categories"] == ["identiteit", "signaal"]
    assert records[1]["categories"] == ["signaal"]


def test_a_signaler_that_registers_a_youth_reads_back_the_identity_it_supplied(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    school = caller("onderwijs", "partner_system")
    pushed = app_client.post(
        "/v1/signalen", json=signaal_body(bsn, categorie="schoolverzuim"), headers=school.headers()
    )
    assert pushed.status_code == 201, pushed.text
    youth = app_client.get(f"/v1/jongeren/{pushed.json()['jongereId']}", headers=school.headers())
    assert youth.status_code == 200, youth.text
    assert youth.json()["achternaam"] == "de Vries"

    # Another signaler about the same youth learns the match, not the school's data.
    handhaving = caller("handhaving", "partner_system")
    second = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=handhaving.headers())
    assert second.status_code == 201, second.text
    assert second.json()["jongereId"] == pushed.json()["jongereId"]
    assert_refused(
        settings,
        handhaving,
        app_client.get(f"/v1/signalen/{pushed.json()['id']}", headers=handhaving.headers()),
        supplier_only("handhaving"),
    )
    assert_refused(
        settings,
        handhaving,
        app_client.get(f"/v1/jongeren/{pushed.json()['jongereId']}", headers=handhaving.headers()),
        supplier_only("handhaving"),
    )


def test_signaler_clients_are_registered_with_the_cli(
    app_client: TestClient, settings: Settings
) -> None:
    for org, role in (("onderwijs", "partner_system"), ("jeugdwijkteam", "wijkteammedewerker")):
        result = run_cli(settings, "clients", "add", "--org", org, "--role", role)
        assert result.returncode == 0, result.stderr
        credentials = json.loads(result.stdout)
        assert credentials["clientId"].startswith(f"{org}-")
        token = app_client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(credentials["clientId"], credentials["clientSecret"]),
        )
        assert token.status_code == 200, token.text
    refused = run_cli(settings, "clients", "add", "--org", "handhaving", "--role", "jeugdagent")
    assert refused.returncode == 2
    assert "organisation 'handhaving' has no role jeugdagent" in refused.stderr
