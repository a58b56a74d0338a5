"""Meetings: for their participants, under their kind's purpose; each youth on the agenda is
decided on its own, so a participant sees only what its covenants allow."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import audit_rows, signaal_body

SIGNAALOVERLEG = ["gemeente", "jongerenwerk", "leerplicht", "politie"]


def test_a_signal_meeting_and_its_agenda(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    youth = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    jongere_id = youth.json()["jongereId"]
    gemeente = caller("gemeente", "casusregisseur")
    planned = app_client.post(
        "/v1/overleggen",
        json={"soort": "signaaloverleg", "datum": "2026-12-03", "deelnemers": SIGNAALOVERLEG},
        headers=gemeente.headers(),
    )
    assert planned.status_code == 201, planned.text
    meeting_id = planned.json()["id"]
    added = app_client.post(
        f"/v1/overleggen/{meeting_id}/agenda",
        json={"jongereId": jongere_id},
        headers=gemeente.headers(),
    )
    assert added.status_code == 201
    again = app_client.post(
        f"/v1/overleggen/{meeting_id}/agenda",
        json={"jongereId": jongere_id},
        headers=gemeente.headers(),
    )
    assert again.status_code == 409

    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    seen = app_client.get(f"/v1/overleggen/{meeting_id}", headers=jongerenwerk.headers())
    assert seen.status_code == 200
    (item,) = seen.json()["agenda"]
    assert (item["volgorde"], item["jongereId"], item["voornamen"]) == (1, jongere_id, "Sem")
    assert [s["categorie"] for s in item["signalen"]] == ["meerdere_telefoons"]
    assert "omschrijving" not in str(item), "the agenda lists signals, not their text"
    records = audit_rows(settings, client_id=jongerenwerk.client_id)
    assert [(r["resource_type"], r["action"], r["decision"]) for r in records] == [
        ("overleg", "read", "allow"),
        ("jongere", "read", "allow"),
        ("signaal", "list", "allow"),
    ]

    # Not a participant, or the wrong purpose: no meeting, no agenda.
    halt = caller("halt", "halt_medewerker")
    for who, purpose in ((halt, "signalering"), (politie, "pga")):
        refused = app_client.get(f"/v1/overleggen/{meeting_id}", headers=who.headers(purpose))
        assert refused.status_code == 403
        assert "Sem" not in refused.text and "meerdere_telefoons" not in refused.text
        last = audit_rows(settings, client_id=who.client_id)[-1]
        assert (last["resource_type"], last["decision"], last["purpose"]) == (
            "overleg",
            "deny",
            purpose,
        )


def test_a_meeting_invites_only_organisations_of_its_kind(
    app_client: TestClient, caller, settings: Settings
) -> None:
    gemeente = caller("gemeente", "casusregisseur")
    response = app_client.post(
        "/v1/overleggen",
        json={"soort": "signaaloverleg", "datum": "2026-12-03", "deelnemers": ["gemeente", "om"]},
        headers=gemeente.headers(),
    )
    assert response.status_code == 403
    assert [
        (r["action"], r["decision"]) for r in audit_rows(settings, client_id=gemeente.client_id)
    ] == [("create", "deny")]
    unknown_kind = app_client.post(
        "/v1/overleggen",
        json={"soort": "koffie", "datum": "2026-12-03", "deelnemers": ["gemeente"]},
        headers=gemeente.headers(),
    )
    assert unknown_kind.status_code == 400


def test_youths_reach_an_ico_agenda_only_when_a_covenant_shares_them(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    zvh = caller("zvh", "procesregisseur")
    planned = app_client.post(
        "/v1/overleggen",
        json={"soort": "ico", "datum": "2026-12-10", "deelnemers": ["zvh", "om", "politie"]},
        headers=zvh.headers("ico"),
    )
    assert planned.status_code == 201
    youth = app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn),
        headers=caller("politie", "partner_system").headers(),
    ).json()["jongereId"]
    # No case escalated to the ZVH exists yet, so the zvh covenant shares nobody's identity.
    refused = app_client.post(
        f"/v1/overleggen/{planned.json()['id']}/agenda",
        json={"jongereId": youth},
        headers=zvh.headers("ico"),
    )
    assert refused.status_code == 403
    assert "Zorg- en Veiligheidshuis" in refused.json()["detail"]
    (denial,) = [
        r
        for r in audit_rows(settings, client_id=zvh.client_id)
        if r["resource_type"] == "agendapunt"
    ]
    assert (denial["jongere_id"], denial["decision"], denial["http_status"]) == (youth, "deny", 403)
    assert "Sem" not in refused.text
