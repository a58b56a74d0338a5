"""Which path admits a youth, walked through the API: the signal card's indicators (reference
data the municipality edits, versioned and audited) and the signaaloverleg's professional
judgement. The pure rule's edges are in test_doelgroeptoets.py."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import Caller, audit_rows, settle, signaal_body

REGISSEUR = {"naam": "Fatima El Amrani", "email": "f.elamrani@example.org"}

SEVEN_SIGNALS = (
    "pakketjes",
    "op_de_uitkijk",
    "meerdere_telefoons",
    "aanwezig_op_deallocatie",
    "wapenbezit",
    "gedragsverandering",
    "schoolverzuim",
)


def born_aged(years: int) -> str:
    """A date of birth that makes the youth `years` old today (and for the next months)."""
    today = date.today()
    return (today.replace(year=today.year - years, day=1) - timedelta(days=40)).isoformat()


def push(client: TestClient, who: Caller, bsn: str, age: int, *categories: str) -> str:
    jongere_id = ""
    for category in categories:
        body = signaal_body(bsn, categorie=category)
        body["jongere"] = {**body["jongere"], "geboortedatum": born_aged(age)}
        pushed = client.post("/v1/signalen", json=body, headers=who.headers())
        assert pushed.status_code == 201, pushed.text
        jongere_id = pushed.json()["jongereId"]
    return jongere_id


def assessment(client: TestClient, who: Caller, jongere_id: str) -> dict[str, Any]:
    read = client.get(f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=who.headers())
    assert read.status_code == 200, read.text
    answer: dict[str, Any] = read.json()
    return answer


def open_case(client: TestClient, regisseur: Caller, jongere_id: str) -> Any:
    return client.post(
        "/v1/casussen",
        json={"jongereId": jongere_id, "casusregisseur": REGISSEUR, "reden": "Signaaloverleg."},
        headers=regisseur.headers("pga"),
    )


def test_the_seven_signals_of_the_issue_make_criminele_aanwas_each_indicator_once(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    politie = caller("politie", "jeugdagent")
    regisseur = caller("gemeente", "casusregisseur")
    jongere_id = push(app_client, politie, bsn, 16, *SEVEN_SIGNALS)
    settle(settings)
    toets = assessment(app_client, regisseur, jongere_id)
    assert toets["leeftijd"] == 16
    assert toets["uitkomst"] == "criminele_aanwas"
    assert toets["route"] == "indicatoren"
    # Four signals of involvement are one indicator.
    assert toets["risicoIndicatoren"] == [
        "schooluitval",
        "signalen_van_betrokkenheid",
        "status_en_aanzien",
        "wapenbezit",
    ]
    assert any("4 risico-indicator(en)" in r["tekst"] for r in toets["redenen"])
    # Youth work sees the same outcome (it reveals no police data), without the count.
    youth_work = assessment(app_client, caller("jongerenwerk", "jongerenwerker"), jongere_id)
    assert (youth_work["uitkomst"], youth_work["route"]) == ("criminele_aanwas", "indicatoren")
    assert "aantalAntecedenten" not in youth_work
    assert open_case(app_client, regisseur, jongere_id).status_code == 201


def test_a_category_the_municipality_adds_counts_with_its_indicator(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    adviseur = caller("gemeente", "beleidsadviseur")
    added = app_client.post(
        "/v1/signaalcategorieen",
        json={
            "code": "dure_kleding_zonder_inkomen",
            "omschrijving": "Dure merkkleding zonder inkomen",
            "indicator": "statusmotief",
        },
        headers=adviseur.headers(None),
    )
    assert added.status_code == 201, added.text
    assert (added.json()["indicator"], added.json()["versie"]) == ("statusmotief", 1)
    listed = app_client.get("/v1/signaalcategorieen", headers=adviseur.headers(None)).json()
    card = {c["code"]: c["indicator"] for c in listed["items"]}
    assert card["dure_kleding_zonder_inkomen"] == "statusmotief"
    assert card["pakketjes"] == "signalen_van_betrokkenheid"  # the default of DOMAIN.md

    politie = caller("politie", "jeugdagent")
    jongere_id = push(app_client, politie, bsn, 15, "dure_kleding_zonder_inkomen", "wapenbezit")
    settle(settings)
    toets = assessment(app_client, politie, jongere_id)
    assert toets["uitkomst"] == "criminele_aanwas"
    assert toets["risicoIndicatoren"] == ["statusmotief", "wapenbezit"]


def test_changing_a_mapping_is_versioned_audited_and_reassesses_off_the_request_path(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    adviseur = caller("gemeente", "beleidsadviseur")
    code = "stiekem_bellen"
    url = f"/v1/signaalcategorieen/{code}"
    added = app_client.post(
        "/v1/signaalcategorieen",
        json={"code": code, "omschrijving": "Stiekem bellen met onbekenden"},
        headers=adviseur.headers(None),
    )
    assert added.status_code == 201, added.text
    politie = caller("politie", "jeugdagent")
    jongere_id = push(app_client, politie, bsn, 17, code, "wapenbezit")
    settle(settings)
    before = assessment(app_client, politie, jongere_id)
    assert (before["uitkomst"], before["risicoIndicatoren"]) == ("geen_doelgroep", ["wapenbezit"])
    assert "route" not in before

    # Nobody else maps a category; refused, on record, and nothing changed.
    regisseur = caller("gemeente", "casusregisseur")
    refused = app_client.patch(
        url, json={"indicator": "geldmotief"}, headers=regisseur.headers(None)
    )
    assert refused.status_code == 403
    assert [
        (r["action"], r["decision"]) for r in audit_rows(settings, client_id=regisseur.client_id)
    ] == [("update", "deny")]
    bad = app_client.patch(url, json={"indicator": "Geld Motief"}, headers=adviseur.headers(None))
    assert bad.status_code == 400
    assert bad.headers["content-type"] == "application/problem+json"

    changed = app_client.patch(
        url, json={"indicator": "signalen_van_betrokkenheid"}, headers=adviseur.headers(None)
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["indicator"], changed.json()["versie"]) == (
        "signalen_van_betrokkenheid",
        2,
    )
    # The edit does not wait for the youths' assessments: the worker makes them.
    assert assessment(app_client, politie, jongere_id)["id"] == before["id"]
    settle(settings)
    after = assessment(app_client, politie, jongere_id)
    assert after["uitkomst"] == "criminele_aanwas"
    assert after["risicoIndicatoren"] == ["signalen_van_betrokkenheid", "wapenbezit"]
    assert after["aanleiding"] == f"signalenkaart: {code}"
    # The new assessment is on record as derived, under the adviser's edit.
    derived = audit_rows(settings, decision="derived", resource_id=after["id"])
    assert [(r["client_id"], r["jongere_id"]) for r in derived] == [
        (adviseur.client_id, jongere_id)
    ]

    # Taken back: the signal no longer counts.
    back = app_client.patch(url, json={"indicator": None}, headers=adviseur.headers(None))
    assert (back.json()["indicator"], back.json()["versie"]) == (None, 3)
    settle(settings)
    assert assessment(app_client, politie, jongere_id)["uitkomst"] == "geen_doelgroep"

    records = audit_rows(settings, client_id=adviseur.client_id, resource_id=code)
    assert [(r["action"], r["decision"], r["http_status"]) for r in records] == [
        ("create", "allow", 201),
        ("update", "allow", 200),
        ("update", "allow", 200),
    ], records
    versions = app_client.get(f"{url}/versies", headers=politie.headers(None))
    assert versions.status_code == 200, versions.text
    assert [
        (v["versie"], v["indicator"], v["gewijzigdDoor"]) for v in versions.json()["items"]
    ] == [
        (1, None, "gemeente"),
        (2, "signalen_van_betrokkenheid", "gemeente"),
        (3, None, "gemeente"),
    ]
    assert (
        app_client.get(
            "/v1/signaalcategorieen/bestaat_niet/versies", headers=politie.headers(None)
        ).status_code
        == 404
    )


def register(client: TestClient, who: Caller, age: int) -> str:
    registered = client.post(
        "/v1/jongeren",
        json={"voornamen": "Noa", "achternaam": "Jansen", "geboortedatum": born_aged(age)},
        headers=who.headers(),
    )
    assert registered.status_code == 201, registered.text
    jongere_id: str = registered.json()["id"]
    return jongere_id


def judge(client: TestClient, who: Caller, jongere_id: str, **overrides: Any) -> Any:
    body: dict[str, Any] = {
        "redenen": ["Wordt door jongerenwerk en politie gezien bij een dealplek."],
        "deelnemers": ["gemeente", "politie", "jongerenwerk"],
        **overrides,
    }
    return client.post(
        f"/v1/jongeren/{jongere_id}/professionele-oordelen", json=body, headers=who.headers()
    )


def signaaloverleg(client: TestClient, regisseur: Caller, *youths: str, soort: str = "") -> str:
    kind = soort or "signaaloverleg"
    purpose = "signalering" if kind == "signaaloverleg" else "pga"
    meeting = client.post(
        "/v1/overleggen",
        json={
            "soort": kind,
            "datum": "2026-12-03",
            "deelnemers": ["gemeente", "politie", "jongerenwerk"]
            if kind == "signaaloverleg"
            else ["gemeente", "politie"],
        },
        headers=regisseur.headers(purpose),
    )
    assert meeting.status_code == 201, meeting.text
    overleg_id: str = meeting.json()["id"]
    for jongere_id in youths:
        put = client.post(
            f"/v1/overleggen/{overleg_id}/agenda",
            json={"jongereId": jongere_id},
            headers=regisseur.headers(purpose),
        )
        assert put.status_code == 201, put.text
    return overleg_id


def test_a_professional_judgement_admits_a_youth_without_indicators(
    app_client: TestClient, caller, settings: Settings
) -> None:
    regisseur = caller("gemeente", "casusregisseur")
    jongere_id = register(app_client, regisseur, 15)
    refused = open_case(app_client, regisseur, jongere_id)
    assert refused.status_code == 409, refused.text  # no indicators: geen doelgroep
    overleg_id = signaaloverleg(app_client, regisseur, jongere_id)
    redenen = [
        "Wordt door jongerenwerk en politie samen gezien bij een dealplek.",
        "Ouders maken zich zorgen over nieuwe, oudere vrienden.",
    ]
    recorded = judge(
        app_client,
        regisseur,
        jongere_id,
        redenen=redenen,
        deelnemers=["politie", "gemeente", "jongerenwerk", "gemeente"],
        overlegId=overleg_id,
    )
    assert recorded.status_code == 201, recorded.text
    oordeel = recorded.json()
    assert oordeel["redenen"] == redenen
    assert oordeel["deelnemers"] == ["gemeente", "jongerenwerk", "politie"]
    assert (oordeel["overlegId"], oordeel["bronOrganisatie"]) == (overleg_id, "gemeente")
    assert recorded.headers["location"] == f"/v1/jongeren/{jongere_id}/doelgroeptoets"
    written = audit_rows(settings, client_id=regisseur.client_id, resource_id=oordeel["id"])
    assert [(r["action"], r["decision"], r["jongere_id"]) for r in written] == [
        ("create", "allow", jongere_id)
    ]

    settle(settings)  # the worker assesses the youth again
    toets = assessment(app_client, regisseur, jongere_id)
    assert toets["uitkomst"] == "criminele_aanwas"
    assert toets["route"] == "professioneel_oordeel"
    assert toets["risicoIndicatoren"] == []
    assert toets["professioneelOordeel"]["id"] == oordeel["id"]
    assert toets["professioneelOordeel"]["redenen"] == redenen
    assert any("professioneel oordeel" in r["tekst"] for r in toets["redenen"])
    # Youth work took part and sees why; the OM is no party to the group approach.
    youth_work = assessment(app_client, caller("jongerenwerk", "jongerenwerker"), jongere_id)
    assert youth_work["professioneelOordeel"]["redenen"] == redenen
    om = app_client.get(
        f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=caller("om", "officier").headers()
    )
    assert om.status_code == 403
    assert "Wordt door" not in om.text

    opened = open_case(app_client, regisseur, jongere_id)
    assert opened.status_code == 201, opened.text
    assert opened.json()["doelgroeptoetsId"] == toets["id"]


def test_a_judgement_must_come_from_the_signaaloverleg(
    app_client: TestClient, caller, settings: Settings
) -> None:
    regisseur = caller("gemeente", "casusregisseur")
    jongere_id = register(app_client, regisseur, 14)
    elsewhere = register(app_client, regisseur, 14)
    overleg_id = signaaloverleg(app_client, regisseur, elsewhere)
    attempts = [
        ({"deelnemers": ["gemeente", "om"]}, "deelnemers"),  # the OM is not at the table
        ({"overlegId": overleg_id}, "overlegId"),  # not on that meeting's agenda
        ({"overlegId": signaaloverleg(app_client, regisseur, soort="casusoverleg")}, "overlegId"),
        ({"redenen": []}, "redenen"),
        ({"deelnemers": ["gemeente"]}, "deelnemers"),  # one organisation is no overleg
    ]
    for change, field in attempts:
        refused = judge(app_client, regisseur, jongere_id, **change)
        assert refused.status_code == 400, (change, refused.text)
        assert refused.headers["content-type"] == "application/problem+json"
        assert [p["name"] for p in refused.json()["invalidParams"]] == [field], change
    unknown = judge(
        app_client, regisseur, jongere_id, overlegId="00000000-0000-4000-8000-000000000000"
    )
    assert unknown.status_code == 404
    assert judge(app_client, regisseur, "00000000-0000-4000-8000-000000000000").status_code == 404
    # Nothing was stored, so nothing to assess: the youth has no assessment at all.
    settle(settings)
    none = app_client.get(f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=regisseur.headers())
    assert none.status_code == 404


def test_a_judgement_does_not_admit_a_youth_of_22_or_with_three_antecedents(
    app_client: TestClient, caller, settings: Settings
) -> None:
    regisseur = caller("gemeente", "casusregisseur")
    politie = caller("politie", "jeugdagent")
    too_old = register(app_client, regisseur, 22)
    heavier = register(app_client, regisseur, 16)
    for soort in ("bezit", "handel", "handel"):
        feit = {"soort": soort, "status": "verdachte", "feitdatum": "2026-09-01"}
        added = app_client.post(
            f"/v1/jongeren/{heavier}/antecedenten", json=feit, headers=politie.headers()
        )
        assert added.status_code == 201, added.text
    for jongere_id in (too_old, heavier):
        assert judge(app_client, regisseur, jongere_id).status_code == 201
    settle(settings)
    old = assessment(app_client, politie, too_old)
    assert (old["uitkomst"], old["leeftijd"]) == ("geen_doelgroep", 22)
    assert "route" not in old and "professioneelOordeel" not in old
    police_view = assessment(app_client, politie, heavier)
    assert police_view["uitkomst"] == "zwaardere_aanpak"
    assert "route" not in police_view
    # Who may not see police data learns only that the youth is not proposed.
    assert assessment(app_client, regisseur, heavier)["uitkomst"] == "geen_voorstel_pga"
    for jongere_id in (too_old, heavier):
        refused = open_case(app_client, regisseur, jongere_id)
        assert refused.status_code == 409, refused.text


def test_only_the_case_director_records_a_judgement(
    app_client: TestClient, caller, settings: Settings
) -> None:
    regisseur = caller("gemeente", "casusregisseur")
    jongere_id = register(app_client, regisseur, 15)
    for org, role in (
        ("politie", "jeugdagent"),
        ("jongerenwerk", "jongerenwerker"),
        ("gemeente", "beleidsadviseur"),
    ):
        who = caller(org, role)
        refused = judge(app_client, who, jongere_id)
        assert refused.status_code == 403, (org, refused.text)
        assert refused.headers["content-type"] == "application/problem+json"
        assert "Wordt door" not in refused.text
        records = audit_rows(settings, client_id=who.client_id)
        assert [
            (r["action"], r["resource_type"], r["decision"], r["http_status"]) for r in records
        ] == [("create", "professioneel_oordeel", "deny", 403)]
        assert records[0]["jongere_id"] == jongere_id
    # Under a purpose without a covenant for it, the case director neither.
    wrong = app_client.post(
        f"/v1/jongeren/{jongere_id}/professionele-oordelen",
        json={"redenen": ["Sterke vermoedens."], "deelnemers": ["gemeente", "politie"]},
        headers=regisseur.headers("ondermijning"),
    )
    assert wrong.status_code == 403
    settle(settings)
    none = app_client.get(f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=regisseur.headers())
    assert none.status_code == 404  # nothing recorded, nothing assessed
