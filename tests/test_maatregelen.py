"""Measures linked to what they serve and to where they apply (DOMAIN.md, "Measures link to the
case and plan item they serve; an Opiumwet 13b closure concerns a premises"): through the API,
on both databases, with the refusals on record."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api.settings import Settings
from tests import test_aanpak
from tests.conftest import _unused_bsns, audit_rows
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


PAND = {"straat": "Kruisweg", "huisnummer": "12-A", "postcode": "2132 AB", "plaats": "Hoofddorp"}
CLOSURE = {
    "pand": PAND,
    "ingangsdatum": "2026-12-01",
    "einddatum": "2027-02-28",
    "toelichting": "Handelsvoorraad aangetroffen.",
}


def closures_of(client: TestClient, who: dict[str, str], **adres: str) -> dict[str, Any]:
    found = client.post("/v1/sluitingen/zoeken", json=adres, headers=who)
    assert found.status_code == 200, found.text
    return dict(found.json())


def test_a_closure_concerns_a_premises_that_the_riec_parties_find_again(
    app_client: TestClient,
    parties: Parties,
    bsn: str,
    caller,
    denied: Denied,
    settings: Settings,
) -> None:
    riec = parties.gemeente.headers("ondermijning")
    # A premises with a youth-less closure, in words another search writes differently.
    adres = {"postcode": "2132ab", "huisnummer": "12 a"}
    before = closures_of(app_client, riec, **adres)["totaal"]
    closed = app_client.post("/v1/sluitingen", json=CLOSURE, headers=riec)
    assert closed.status_code == 201, closed.text
    closure = closed.json()
    assert closure["grondslag"] == "Opiumwet art. 13b" and closure["soort"] == "sluiting"
    assert closure["pand"] == PAND and "jongereId" not in closure

    # A closure of the same premises that serves a youth's case (they dealt from it).
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    linked = app_client.post(
        f"/v1/jongeren/{jongere_id}/maatregelen",
        json={**CLOSURE, "soort": "sluiting", "casusId": casus_id},
        headers=parties.gemeente.headers("pga"),
    )
    assert linked.status_code == 201, linked.text
    assert linked.json()["pand"] == PAND

    # The RIEC parties find both; who did not impose them does not learn which youth or case.
    for who in (
        parties.om.headers("ondermijning"),
        parties.ondermijning.headers("ondermijning"),
        caller("politie", "partner_system").headers("ondermijning"),
    ):
        found = closures_of(app_client, who, **adres)
        assert found["totaal"] == before + 2
        mine = [m for m in found["items"] if m["id"] in (closure["id"], linked.json()["id"])]
        assert [m["pand"] for m in mine] == [PAND, PAND]
        assert not [m for m in mine if {"jongereId", "casusId"} & set(m)]
        # The explanation of the closure that serves a youth may be about the youth: left out.
        assert [("toelichting" in m) for m in mine] == [m["id"] == closure["id"] for m in mine]
    # The OM's search is on record, under the riec covenant, also as a processing of the data
    # of the youth whose closure it showed.
    searches = audit_rows(
        settings, client_id=parties.om.client_id, resource_type="maatregel", action="list"
    )
    assert searches and {r["decision"] for r in searches} == {"allow"}
    assert jongere_id in {r["jongere_id"] for r in searches}
    own = closures_of(app_client, riec, **adres)["items"]
    assert {m.get("jongereId") for m in own} >= {None, jongere_id}
    assert closures_of(app_client, riec, postcode="2132 AB", huisnummer="14")["items"] == []
    # Under pga a partner sees only the closures it imposed itself: none.
    assert closures_of(app_client, parties.leerplicht.headers("pga"), **adres)["totaal"] == 0

    # Refused, and on record: jongerenwerk and a jeugdagent do not work for the RIEC; no purpose.
    search = {"json": adres, "url": "/v1/sluitingen/zoeken"}
    denied(
        app_client.post(**search, headers=parties.jongerenwerk.headers("ondermijning")),
        "geen geldend convenant geeft organisatie 'jongerenwerk'",
    )
    denied(
        app_client.post(**search, headers=parties.politie.headers("ondermijning")),
        "omvat doel 'ondermijning' niet",
    )
    denied(app_client.post(**search, headers=parties.gemeente.headers(None)), "geen doelbinding")


def test_only_the_municipality_closes_a_premises_and_only_with_its_address(
    app_client: TestClient, parties: Parties, bsn: str, caller, denied: Denied
) -> None:
    riec = parties.gemeente.headers("ondermijning")
    adres = {"postcode": "2131 XY", "huisnummer": "7"}
    pand = {**PAND, **adres}
    denied(
        app_client.post(
            "/v1/sluitingen",
            json={**CLOSURE, "pand": pand},
            headers=caller("politie", "partner_system").headers("ondermijning"),
        ),
        "alleen gemeente mag een maatregel",
    )
    # No youth's case switches the pga covenant on for a premises alone.
    denied(
        app_client.post(
            "/v1/sluitingen",
            json={**CLOSURE, "pand": pand},
            headers=parties.gemeente.headers("pga"),
        ),
        "actieve PGA-casus",
    )
    for wrong in (
        {**CLOSURE, "pand": {**pand, "postcode": "0131 XY"}},
        {**CLOSURE, "pand": {**pand, "huisnummer": "zeven"}},
        {**CLOSURE, "pand": {k: v for k, v in pand.items() if k != "straat"}},
        {k: v for k, v in CLOSURE.items() if k != "pand"},
    ):
        refused = app_client.post("/v1/sluitingen", json=wrong, headers=riec)
        assert refused.status_code == 400, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
    bad_search = app_client.post(
        "/v1/sluitingen/zoeken", json={"postcode": "2131", "huisnummer": "7"}, headers=riec
    )
    assert bad_search.status_code == 400
    assert closures_of(app_client, riec, **adres)["totaal"] == 0

    # On the youth's route: a closure without its premises, or a premises for another measure.
    jongere_id, _ = open_case(app_client, parties, bsn)
    url = f"/v1/jongeren/{jongere_id}/maatregelen"
    pga = parties.gemeente.headers("pga")
    for wrong in ({**BAN, "soort": "sluiting"}, {**BAN, "pand": pand}):
        refused = app_client.post(url, json=wrong, headers=pga)
        assert refused.status_code == 400, refused.text
    assert measures_of(app_client, parties, jongere_id) == []
    assert closures_of(app_client, riec, **adres)["totaal"] == 0

    # The municipality ends the closure it imposed.
    closed = app_client.post("/v1/sluitingen", json={**CLOSURE, "pand": pand}, headers=riec)
    assert closed.status_code == 201, closed.text
    ended = app_client.patch(
        f"/v1/maatregelen/{closed.json()['id']}", json={"status": "beeindigd"}, headers=riec
    )
    assert ended.status_code == 200, ended.text
    assert ended.json()["status"] == "beeindigd" and ended.json()["pand"] == pand
    denied(
        app_client.patch(
            f"/v1/maatregelen/{closed.json()['id']}",
            json={"status": "opgelegd"},
            headers=parties.ondermijning.headers("ondermijning"),
        ),
        "alleen gemeente",
    )
