"""The groepsaanpak tracks the zevenstappenmodel per group: steps in order, shown with the group,
recorded and read only by the parties of the groepsaanpak covenant."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Any

import httpx
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import audit_rows

STAPPEN = [
    "signaleren",
    "verzamelen_en_verbinden",
    "groepsduiding",
    "beleidsadvies",
    "plan_van_aanpak",
    "uitvoering_en_monitoring",
    "afschalen_en_evalueren",
]


def _group(app_client: TestClient, caller, naam: str = "Groep skatepark Hoofddorp") -> str:
    gemeente = caller("gemeente", "casusregisseur")
    created = app_client.post(
        "/v1/jeugdgroepen",
        json={"naam": naam},
        headers=gemeente.headers("groepsaanpak"),
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert "huidigeStap" not in body and body["stappen"] == []
    assert body["volgendeStap"] == "signaleren"
    group_id: str = body["id"]
    return group_id


def _step(stap: str, days_ago: int, toelichting: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "stap": stap,
        "datum": (date.today() - timedelta(days=days_ago)).isoformat(),
    }
    if toelichting is not None:
        body["toelichting"] = toelichting
    return body


def test_steps_in_order_with_the_current_step_and_the_history(
    app_client: TestClient, caller, settings: Settings
) -> None:
    group_id = _group(app_client, caller)
    url = f"/v1/jeugdgroepen/{group_id}/stappen"
    politie = caller("politie", "jeugdagent")
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")

    first = app_client.post(
        url,
        json=_step("signaleren", 30, "Meldingen van overlast bij het skatepark."),
        headers=politie.headers("groepsaanpak"),
    )
    assert first.status_code == 201, first.text
    assert first.json()["huidigeStap"]["stap"] == "signaleren"
    assert first.json()["volgendeStap"] == "verzamelen_en_verbinden"
    second = app_client.post(
        url,
        json=_step("verzamelen_en_verbinden", 20, "Groepsscan ontvangen."),
        headers=jongerenwerk.headers("groepsaanpak"),
    )
    assert second.status_code == 201, second.text

    # Out of order: skipping ahead, repeating, going back, an earlier date than the step
    # before: a 409 naming the step that is next, and nothing stored.
    for stap in ("beleidsadvies", "verzamelen_en_verbinden", "signaleren"):
        refused = app_client.post(
            url, json=_step(stap, 10), headers=politie.headers("groepsaanpak")
        )
        assert refused.status_code == 409, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        problem = refused.json()
        assert problem["type"].endswith("/stap-buiten-volgorde")
        assert problem["volgendeStap"] == "groepsduiding"
        assert "stap 2 (verzamelen_en_verbinden)" in problem["detail"]
        assert "volgende stap is 3 (groepsduiding)" in problem["detail"]
    too_early = app_client.post(
        url, json=_step("groepsduiding", 25), headers=politie.headers("groepsaanpak")
    )
    assert too_early.status_code == 409
    assert too_early.json()["type"].endswith("/stap-voor-vorige-stap")
    assert too_early.json()["vorigeDatum"] == (date.today() - timedelta(days=20)).isoformat()

    # Bad input: a 400 listing every invalid field, nothing stored.
    for body, fields in (
        ({"stap": "stap_acht", "datum": date.today().isoformat()}, {"stap"}),
        (_step("groepsduiding", -3), {"datum"}),
        (
            {"stap": "groepsduiding", "datum": "gisteren", "toelichting": ""},
            {"datum", "toelichting"},
        ),
        ({**_step("groepsduiding", 1), "vastgelegdDoor": "om"}, {"vastgelegdDoor"}),
        ({"datum": date.today().isoformat()}, {"stap"}),
    ):
        invalid = app_client.post(url, json=body, headers=politie.headers("groepsaanpak"))
        assert invalid.status_code == 400, invalid.text
        assert {p["name"] for p in invalid.json()["invalidParams"]} == fields

    # Another party of the covenant reads the group: current step, history oldest first, by
    # whom; the explanations are sealed at rest and open for it.
    leerplicht = caller("leerplicht", "leerplichtambtenaar")
    shown = app_client.get(
        f"/v1/jeugdgroepen/{group_id}", headers=leerplicht.headers("groepsaanpak")
    )
    assert shown.status_code == 200
    group = shown.json()
    assert [(s["nummer"], s["stap"], s["vastgelegdDoor"]) for s in group["stappen"]] == [
        (1, "signaleren", "politie"),
        (2, "verzamelen_en_verbinden", "jongerenwerk"),
    ]
    assert group["stappen"][0]["toelichting"] == "Meldingen van overlast bij het skatepark."
    assert group["huidigeStap"]["nummer"] == 2
    assert group["huidigeStap"]["omschrijving"].startswith("Informatie verzamelen")
    assert group["volgendeStap"] == "groepsduiding"

    # The list shows where each group is, without the explanations.
    listed = app_client.get(
        "/v1/jeugdgroepen",
        params={"paginaGrootte": 100},
        headers=leerplicht.headers("groepsaanpak"),
    ).json()
    item = next(g for g in listed["items"] if g["id"] == group_id)
    assert item["huidigeStap"]["stap"] == "verzamelen_en_verbinden"
    assert "toelichting" not in item["huidigeStap"] and "stappen" not in item

    # On to the last step; after it, the approach is complete.
    gemeente = caller("gemeente", "casusregisseur")
    for days_ago, stap in zip(range(15, 10, -1), STAPPEN[2:], strict=True):
        done = app_client.post(
            url, json=_step(stap, days_ago), headers=gemeente.headers("groepsaanpak")
        )
        assert done.status_code == 201, done.text
    final = done.json()
    assert [s["stap"] for s in final["stappen"]] == STAPPEN
    assert final["huidigeStap"]["nummer"] == 7 and "volgendeStap" not in final
    after = app_client.post(
        url, json=_step("signaleren", 1), headers=gemeente.headers("groepsaanpak")
    )
    assert after.status_code == 409
    assert after.json()["type"].endswith("/groepsaanpak-afgerond")

    records = [
        (r["org"], r["decision"], r["http_status"])
        for r in audit_rows(settings, resource_type="groepsstap", resource_id=group_id)
    ]
    assert records[:2] == [("politie", "allow", 201), ("jongerenwerk", "allow", 201)]
    assert ("politie", "allow", 409) in records
    assert records[-1] == ("gemeente", "allow", 409)


def test_parties_outside_the_covenant_neither_record_nor_read_steps(
    app_client: TestClient, caller, settings: Settings
) -> None:
    group_id = _group(app_client, caller, "Groep station Nieuw-Vennep")
    url = f"/v1/jeugdgroepen/{group_id}/stappen"
    halt = caller("halt", "halt_medewerker")
    recorded = app_client.post(
        url,
        json=_step("signaleren", 5, "Vernielingen rond het station."),
        headers=halt.headers("groepsaanpak"),
    )
    assert recorded.status_code == 201, recorded.text

    denied = {
        "om": (caller("om", "officier"), "groepsaanpak"),
        "jeugdreclassering": (caller("jeugdreclassering", "jeugdreclasseerder"), "groepsaanpak"),
        "beleidsadviseur": (caller("gemeente", "beleidsadviseur"), "groepsaanpak"),
        "analist": (caller("politie", "analist"), "groepsaanpak"),
        "pga": (caller("politie", "jeugdagent"), "pga"),
    }
    for who, (party, purpose) in denied.items():
        wrote = app_client.post(
            url, json=_step("verzamelen_en_verbinden", 1), headers=party.headers(purpose)
        )
        read = app_client.get(f"/v1/jeugdgroepen/{group_id}", headers=party.headers(purpose))
        missing = app_client.post(
            "/v1/jeugdgroepen/00000000-0000-4000-8000-000000000000/stappen",
            json=_step("signaleren", 1),
            headers=party.headers(purpose),
        )
        for response in (wrote, read, missing):
            assert response.status_code == 403, (who, response.text)
            assert "Vernielingen" not in response.text and "signaleren" not in response.text
        decisions = [
            (r["action"], r["resource_type"], r["decision"])
            for r in audit_rows(settings, client_id=party.client_id)
        ]
        assert decisions == [
            ("create", "groepsstap", "deny"),
            ("read", "jeugdgroep", "deny"),
            ("create", "groepsstap", "deny"),
        ], who

    # A party of the covenant gets a 404 for a group that does not exist; the denied writes
    # stored nothing.
    missing = app_client.post(
        "/v1/jeugdgroepen/00000000-0000-4000-8000-000000000000/stappen",
        json=_step("signaleren", 1),
        headers=halt.headers("groepsaanpak"),
    )
    assert missing.status_code == 404
    shown = app_client.get(f"/v1/jeugdgroepen/{group_id}", headers=halt.headers("groepsaanpak"))
    assert [s["stap"] for s in shown.json()["stappen"]] == ["signaleren"]
    assert shown.json()["stappen"][0]["vastgelegdDoor"] == "halt"


def test_partners_recording_the_same_step_at_once_store_it_once(
    server: str, settings: Settings
) -> None:
    from tests.test_concurrency import token

    gemeente = {
        **token(server, settings, "gemeente", "casusregisseur"),
        "Doelbinding": "groepsaanpak",
    }
    politie = {**token(server, settings, "politie", "jeugdagent"), "Doelbinding": "groepsaanpak"}
    created = httpx.post(
        f"{server}/v1/jeugdgroepen", json={"naam": "Groep sportpark Pax"}, headers=gemeente
    )
    url = f"{server}/v1/jeugdgroepen/{created.json()['id']}/stappen"

    def record(headers: dict[str, str]) -> httpx.Response:
        return httpx.post(url, json=_step("signaleren", 2), headers=headers, timeout=30)

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(record, [gemeente, politie, gemeente, politie]))
    assert sorted(a.status_code for a in answers) == [201, 409, 409, 409]
    for refused in (a for a in answers if a.status_code == 409):
        assert refused.json()["volgendeStap"] == "verzamelen_en_verbinden"
    shown = httpx.get(
        created.headers["Location"].replace("/v1", f"{server}/v1", 1), headers=politie
    )
    assert [s["stap"] for s in shown.json()["stappen"]] == ["signaleren"]
