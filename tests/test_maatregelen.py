"""Measures linked to what they serve and to where they apply (DOMAIN.md, "Measures link to the
case and plan item they serve; an Opiumwet 13b closure concerns a premises"): through the API,
on both databases, with the refusals on record."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests import test_aanpak
from tests.conftest import _unused_bsns
from tests.test_aanpak import Denied, Parties, open_case

# The fixtures of test_aanpak: every party in its role, and the check of a refusal.
parties = test_aanpak.parties
denied = test_aanpak.denied

BAN = {
    "soort": "verblijfsontzegging",
    "ingangsdatum": "2026-12-01",
    "einddatum": "2027-02-28",
    "toelichting": "Winkelcentrum, na herhaald dealen.",
}


def plan_item(client: TestClient, parties: Parties, casus_id: str) -> str:
    item = {
        "domein": "bestuurlijk",
        "omschrijving": "Verblijfsontzegging winkelcentrum.",
        "eigenaar": "gemeente",
        "deadline": "2027-01-15",
    }
    created = client.post(
        f"/v1/casussen/{casus_id}/planacties", json=item, headers=parties.gemeente.headers("pga")
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def measures_of(client: TestClient, parties: Parties, jongere_id: str) -> list[dict[str, Any]]:
    listed = client.get(
        f"/v1/jongeren/{jongere_id}/maatregelen", headers=parties.gemeente.headers("pga")
    )
    assert listed.status_code == 200, listed.text
    return list(listed.json()["items"])


def test_a_measure_serves_a_plan_item_of_its_youths_own_open_case(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    item_id = plan_item(app_client, parties, casus_id)
    other_youth, other_case = open_case(app_client, parties, _unused_bsns.pop())
    other_item = plan_item(app_client, parties, other_case)
    url = f"/v1/jongeren/{jongere_id}/maatregelen"
    pga = parties.gemeente.headers("pga")

    linked = app_client.post(
        url, json={**BAN, "casusId": casus_id, "planactieId": item_id}, headers=pga
    )
    assert linked.status_code == 201, linked.text
    assert (linked.json()["casusId"], linked.json()["planactieId"]) == (casus_id, item_id)
    measure_id = linked.json()["id"]

    # Another youth's case, a plan item of another case, a plan item without its case: 400,
    # each naming the field, and nothing stored.
    for wrong, field in (
        ({"casusId": other_case}, "casusId"),
        ({"casusId": casus_id, "planactieId": other_item}, "planactieId"),
        ({"casusId": "00000000-0000-0000-0000-000000000000"}, "casusId"),
    ):
        refused = app_client.post(url, json={**BAN, **wrong}, headers=pga)
        assert refused.status_code == 400, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert [p["name"] for p in refused.json()["invalidParams"]] == [field]
    alone = app_client.post(url, json={**BAN, "planactieId": item_id}, headers=pga)
    assert alone.status_code == 400, alone.text
    assert [m["id"] for m in measures_of(app_client, parties, jongere_id)] == [measure_id]
    assert measures_of(app_client, parties, other_youth) == []

    # Who may not impose it is refused before any link is looked at (and it is on record).
    denied(
        app_client.post(
            url,
            json={**BAN, "casusId": casus_id, "planactieId": item_id},
            headers=parties.politie.headers("pga"),
        ),
        "alleen gemeente mag een maatregel",
    )

    # The OM's prosecution may serve the same case; it is justitie data.
    prosecution = {
        "soort": "strafrechtelijke_vervolging",
        "ingangsdatum": "2026-11-20",
        "casusId": casus_id,
    }
    by_om = app_client.post(url, json=prosecution, headers=parties.om.headers("ico"))
    assert by_om.status_code == 201, by_om.text
    assert by_om.json()["casusId"] == casus_id

    # The case lists the measures that serve it, to each party as far as it may see them: the
    # pga partners the administrative one, not the prosecution.
    case_url = f"/v1/casussen/{casus_id}"
    for who in (parties.gemeente, parties.leerplicht, parties.jongerenwerk):
        shown = app_client.get(case_url, headers=who.headers("pga"))
        assert shown.status_code == 200, shown.text
        assert shown.json()["maatregelen"] == [measure_id]
    other = app_client.get(f"/v1/casussen/{other_case}", headers=pga)
    assert other.json()["maatregelen"] == []
    # The OM does not read a case that is not at the ZVH table; once it is, it sees both.
    denied(app_client.get(case_url, headers=parties.om.headers("ico")), "opgeschaald")
    active = app_client.post(
        f"{case_url}/statuswijzigingen", json={"status": "actief", "reden": "Plan."}, headers=pga
    )
    assert active.status_code == 200, active.text
    escalated = app_client.post(
        f"{case_url}/opschalingen", json={"soort": "zvh", "reden": "ICO nodig."}, headers=pga
    )
    assert escalated.status_code in (200, 201), escalated.text
    at_zvh = app_client.get(case_url, headers=parties.om.headers("ico"))
    assert at_zvh.status_code == 200, at_zvh.text
    assert sorted(at_zvh.json()["maatregelen"]) == sorted([measure_id, by_om.json()["id"]])
    # A list of cases shows no details, so no measures either.
    listed = app_client.get(f"/v1/casussen?jongereId={jongere_id}", headers=pga).json()
    assert "maatregelen" not in listed["items"][0]


def test_a_closed_case_is_served_by_no_new_measure(
    app_client: TestClient, parties: Parties, bsn: str
) -> None:
    jongere_id, old_case = open_case(app_client, parties, bsn)
    pga = parties.gemeente.headers("pga")
    closed = app_client.post(
        f"/v1/casussen/{old_case}/statuswijzigingen",
        json={"status": "afgesloten", "reden": "Doel bereikt."},
        headers=pga,
    )
    assert closed.status_code == 200, closed.text
    again, new_case = open_case(app_client, parties, bsn)
    assert again == jongere_id
    url = f"/v1/jongeren/{jongere_id}/maatregelen"
    for who, body in (
        (pga, {**BAN, "casusId": old_case}),
        (
            parties.om.headers("ico"),
            {"soort": "strafrechtelijke_vervolging", "ingangsdatum": "2026-11-20"}
            | {"casusId": old_case},
        ),
    ):
        refused = app_client.post(url, json=body, headers=who)
        assert refused.status_code == 409, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["title"] == "Casus afgesloten"
    assert measures_of(app_client, parties, jongere_id) == []
    current = app_client.post(url, json={**BAN, "casusId": new_case}, headers=pga)
    assert current.status_code == 201, current.text
    assert app_client.get(f"/v1/casussen/{new_case}", headers=pga).json()["maatregelen"] == [
        current.json()["id"]
    ]
