"""Involvement (like the Verwijsindex) and the placemat: who is involved, never what they know."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import audit_rows, signaal_body


def test_the_placemat_lists_every_party_with_a_contact(app_client: TestClient, caller) -> None:
    response = app_client.get(
        "/v1/organisaties", headers=caller("halt", "halt_medewerker").headers(None)
    )
    assert response.status_code == 200
    organisations = {o["code"]: o for o in response.json()["items"]}
    assert len(organisations) == 15
    # The signalers of the vroegsignalering covenant are on it too.
    assert {"onderwijs", "jeugdwijkteam", "handhaving"} <= set(organisations)
    # And jeugdhulp, whose (forensic) coach a perspective plan assigns.
    assert "jeugdhulp" in organisations
    assert organisations["zvh"]["naam"] == "Zorg- en Veiligheidshuis Kennemerland"
    assert organisations["politie"]["contact"]["email"]
    assert app_client.get("/v1/organisaties").status_code == 401


def test_involved_parties_see_each_other_but_not_each_others_content(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie, halt = caller("politie", "partner_system"), caller("halt", "halt_medewerker")
    app_client.post(
        "/v1/signalen",
        json=signaal_body(bsn, waargenomenOp="2026-10-01", omschrijving="Geheim van de politie"),
        headers=politie.headers(),
    )
    pushed = app_client.post(
        "/v1/signalen", json=signaal_body(bsn, waargenomenOp="2026-10-05"), headers=halt.headers()
    )
    jongere_id = pushed.json()["jongereId"]
    path = f"/v1/jongeren/{jongere_id}/betrokkenen"

    # Halt, involved, asks under signalering.
    seen = app_client.get(path, headers=halt.headers("signalering"))
    assert seen.status_code == 200
    assert [i["organisatie"] for i in seen.json()["items"]] == ["politie", "halt"]
    assert all(i["sinds"] == date.today().isoformat() for i in seen.json()["items"])
    assert seen.json()["items"][0]["contact"]["team"] == "Jeugd en ondermijning"
    assert "Geheim" not in seen.text
    director = caller("gemeente", "casusregisseur")
    assert app_client.get(path, headers=director.headers("groepsaanpak")).status_code == 200
    # Without a covenant in force for the purpose (pga needs an active case): refused.
    assert app_client.get(path, headers=director.headers("pga")).status_code == 403
    assert audit_rows(settings, client_id=director.client_id)[-1]["decision"] == "deny"

    # Youth work, involved too, does not learn that the police are.
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    app_client.post("/v1/signalen", json=signaal_body(bsn), headers=jongerenwerk.headers())
    for_youth_work = app_client.get(path, headers=jongerenwerk.headers()).json()
    assert [i["organisatie"] for i in for_youth_work["items"]] == ["halt", "jongerenwerk"]

    outsider = caller("leerplicht", "leerplichtambtenaar")
    refused = app_client.get(path, headers=outsider.headers("signalering"))
    assert refused.status_code == 403
    assert refused.json()["detail"] == (
        "alleen betrokken organisaties en de casusregisseur zien wie er betrokken is"
    )
    assert "politie" not in refused.text
    (denial,) = audit_rows(settings, client_id=outsider.client_id)
    assert (denial["resource_type"], denial["decision"]) == ("betrokkenheid", "deny")
    allowed = audit_rows(settings, client_id=director.client_id)[0]
    assert (allowed["basis"], allowed["jongere_id"]) == ("betrokkenheid", jongere_id)
