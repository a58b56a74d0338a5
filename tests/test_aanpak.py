"""One youth's path through the approach over the API: signals, factors, antecedents, the
doelgroeptoets, a PGA case through every status, escalation to the ZVH and the RIEC, measures.
At each step the parties that may see something see it, and the others are refused (and logged).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import Caller, audit_rows, settle, signaal_body

REGISSEUR = {"naam": "Fatima El Amrani", "email": "f.elamrani@example.org"}


class Parties:
    def __init__(self, caller) -> None:
        self.politie: Caller = caller("politie", "jeugdagent")
        self.gemeente: Caller = caller("gemeente", "casusregisseur")
        self.beleid: Caller = caller("gemeente", "beleidsadviseur")
        self.jongerenwerk: Caller = caller("jongerenwerk", "jongerenwerker")
        self.leerplicht: Caller = caller("leerplicht", "leerplichtambtenaar")
        self.halt: Caller = caller("halt", "halt_medewerker")
        self.om: Caller = caller("om", "officier")
        self.zvh: Caller = caller("zvh", "procesregisseur")
        self.ondermijning: Caller = caller("ondermijning", "rechercheur")


@pytest.fixture
def parties(caller) -> Parties:
    return Parties(caller)


def youth_with_signals(client: TestClient, who: Caller, bsn: str, *categories: str) -> str:
    jongere_id = ""
    for category in categories:
        pushed = client.post(
            "/v1/signalen", json=signaal_body(bsn, categorie=category), headers=who.headers()
        )
        assert pushed.status_code == 201, pushed.text
        jongere_id = pushed.json()["jongereId"]
    return jongere_id


Denied = Callable[[Any, str], None]

# What the youths and cases in these tests hold: none of it may be in a refusal.
PLAINTEXT = ("Sem", "de Vries", "2009-04-17", "auto", "school en ouders", "Forensisch", "Winkel")


@pytest.fixture
def denied(settings: Settings) -> Denied:
    """Asserts a refusal as a user and a privacy officer would see it: 403 problem+json naming
    the rule, nothing but the problem's own fields in it (no content of the youth or case), and
    the refusal on record as the caller's newest audit record."""

    def check(response: Any, reason_part: str) -> None:
        assert response.status_code == 403, response.text
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert reason_part in body["detail"]
        assert set(body) <= {"type", "title", "status", "detail", "instance"}, body
        assert not [text for text in PLAINTEXT if text in response.text], response.text
        token = response.request.headers["authorization"].removeprefix("Bearer ")
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        newest = audit_rows(settings, client_id=claims["client_id"])[-1]
        assert (newest["decision"], newest["http_status"]) == ("deny", 403), newest
        assert newest["reason"] == body["detail"]

    return check


def test_signals_make_an_assessment_that_each_party_sees_as_far_as_it_may(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings, denied: Denied
) -> None:
    jongere_id = youth_with_signals(app_client, parties.politie, bsn, "online_ronselen")
    url = f"/v1/jongeren/{jongere_id}/doelgroeptoets"
    # The push does not wait for the assessment: the worker makes it after the commit, and
    # until then the youth has none, which the answer says (and when to ask again).
    pending = app_client.get(url, headers=parties.gemeente.headers())
    assert pending.status_code == 404, pending.text
    assert pending.json()["type"].endswith("/doelgroeptoets-wordt-berekend")
    assert pending.headers["retry-after"] == "1"
    assert set(pending.json()) <= {"type", "title", "status", "detail", "instance"}
    assert not [text for text in PLAINTEXT if text in pending.text]
    # On record like any read that came to nothing: allowed, answered 404.
    asked = audit_rows(settings, client_id=parties.gemeente.client_id)[-1]
    assert (asked["action"], asked["decision"], asked["http_status"]) == ("read", "allow", 404)
    assert asked["reason"].endswith("verzoek zonder resultaat")
    settle(settings)
    first = app_client.get(url, headers=parties.gemeente.headers())
    assert first.status_code == 200, first.text
    assert first.json()["uitkomst"] == "geen_voorstel_pga"  # geen_doelgroep, as a non-police party
    assert first.json()["aanleiding"] == "nieuw signaal"
    assert first.json()["actueel"] is True

    # A second signal of an indicator already counted changes no input: each counts once.
    youth_with_signals(app_client, parties.politie, bsn, "online_ronselen")
    settle(settings)
    assert (
        app_client.get(url, headers=parties.gemeente.headers()).json()["id"] == first.json()["id"]
    )

    youth_with_signals(app_client, parties.politie, bsn, "drugsgebruik")
    # Until the worker has run, the last assessment is shown as no longer current.
    stale = app_client.get(url, headers=parties.gemeente.headers()).json()
    assert (stale["id"], stale["actueel"]) == (first.json()["id"], False)
    settle(settings)
    toets = app_client.get(url, headers=parties.gemeente.headers()).json()
    assert toets["actueel"] is True
    assert toets["uitkomst"] == "criminele_aanwas"
    assert toets["leeftijd"] == 17
    assert toets["risicoIndicatoren"] == ["online_ronselen", "verslaving"]
    # Police data (the number of antecedents) is not shared under the group approach.
    assert "aantalAntecedenten" not in toets
    assert {r["categorie"] for r in toets["redenen"]} == {"identiteit", "risico"}
    # ...but the police see what the assessment derives from their own data.
    police_view = app_client.get(url, headers=parties.politie.headers()).json()
    assert police_view["aantalAntecedenten"] == 0

    # The derived records are on record, without the outcome (personal data) in their reason.
    derived = audit_rows(settings, resource_type="doelgroeptoets", decision="derived")
    assert all(row["reason"].startswith("doelgroeptoets automatisch") for row in derived)
    assert not any("criminele_aanwas" in (row["reason"] or "") for row in derived)

    # Outside the covenants: the OM (no groepsaanpak party) sees nothing.
    denied(app_client.get(url, headers=parties.om.headers()), "geen geldend convenant")
    assert audit_rows(settings, client_id=parties.om.client_id)[-1]["decision"] == "deny"


def test_the_heavier_approach_is_police_data_and_shown_so(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied, settings: Settings
) -> None:
    jongere_id = youth_with_signals(
        app_client, parties.politie, bsn, "online_ronselen", "drugsgebruik"
    )
    url = f"/v1/jongeren/{jongere_id}/antecedenten"
    facts = []
    for soort in ("bezit", "handel", "handel"):
        feit = {"soort": soort, "status": "verdachte", "feitdatum": "2026-09-01"}
        facts.append(app_client.post(url, json=feit, headers=parties.politie.headers()).json())
    settle(settings)
    assessment = f"/v1/jongeren/{jongere_id}/doelgroeptoets"
    police = app_client.get(assessment, headers=parties.politie.headers()).json()
    assert police["uitkomst"] == "zwaardere_aanpak"
    assert police["antecedentenPerSoort"] == {"bezit": 1, "handel": 2}
    youth_work = app_client.get(assessment, headers=parties.jongerenwerk.headers()).json()
    assert youth_work["uitkomst"] == "geen_voorstel_pga"
    assert "zwaardere" not in str(youth_work) and "antecedent" not in str(youth_work)

    # One fact, one record: a suspicion that led to a conviction is updated, not added.
    convicted = app_client.patch(
        f"/v1/antecedenten/{facts[0]['id']}",
        json={"status": "veroordeling"},
        headers=parties.politie.headers(),
    )
    assert convicted.status_code == 200, convicted.text
    settle(settings)
    assert (
        app_client.get(assessment, headers=parties.politie.headers()).json()["aantalAntecedenten"]
        == 3
    )
    # A report withdrawn to a mere signal no longer counts: back to criminele aanwas.
    app_client.patch(
        f"/v1/antecedenten/{facts[1]['id']}",
        json={"status": "signaal"},
        headers=parties.politie.headers(),
    )
    settle(settings)
    assert (
        app_client.get(assessment, headers=parties.jongerenwerk.headers()).json()["uitkomst"]
        == "criminele_aanwas"
    )
    denied(
        app_client.patch(
            f"/v1/antecedenten/{facts[2]['id']}",
            json={"status": "signaal"},
            headers=parties.gemeente.headers(),
        ),
        "alleen politie",
    )


def test_police_register_antecedents_as_their_own_data(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings, denied: Denied
) -> None:
    jongere_id = youth_with_signals(app_client, parties.politie, bsn, "wapenbezit")
    url = f"/v1/jongeren/{jongere_id}/antecedenten"
    feit = {"soort": "bezit", "status": "verdachte", "feitdatum": "2026-10-03"}
    registered = app_client.post(url, json=feit, headers=parties.politie.headers())
    assert registered.status_code == 201, registered.text
    assert registered.json()["soort"] == "bezit"
    row = audit_rows(settings, resource_id=registered.json()["id"])[0]
    assert row["basis"] == "eigen_gegevens"

    # Nobody else registers police data, and the group approach does not share it.
    denied(
        app_client.post(url, json=feit, headers=parties.gemeente.headers()),
        "alleen politie (partner_system, jeugdagent) mag een antecedent",
    )
    denied(app_client.get(url, headers=parties.jongerenwerk.headers()), "nooit politie")
    halt = app_client.get(url, headers=parties.halt.headers())
    assert halt.status_code == 200 and halt.json()["totaal"] == 0  # only what halt provided
    own = app_client.get(url, headers=parties.politie.headers()).json()
    assert [item["feitdatum"] for item in own["items"]] == ["2026-10-03"]

    bad = app_client.post(
        url, json={"soort": "smokkel", "status": "verdachte"}, headers=parties.politie.headers()
    )
    assert bad.status_code == 400
    assert {p["name"] for p in bad.json()["invalidParams"]} == {"soort", "feitdatum"}


def test_factors_are_risk_data_of_the_group_approach(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied, settings: Settings
) -> None:
    jongere_id = youth_with_signals(
        app_client, parties.politie, bsn, "onverklaarbaar_geld_of_goederen"
    )
    url = f"/v1/jongeren/{jongere_id}/factoren"
    risk = {
        "soort": "risico",
        "domein": "individu",
        "indicator": "geldmotief",
        "omschrijving": "Wil snel geld voor merkkleding.",
        "vastgesteldOp": "2026-11-01",
    }
    added = app_client.post(url, json=risk, headers=parties.jongerenwerk.headers())
    assert added.status_code == 201, added.text
    protective = {**risk, "soort": "beschermend", "indicator": "talent"}
    assert (
        app_client.post(url, json=protective, headers=parties.leerplicht.headers()).status_code
        == 201
    )
    wrong_kind = {**risk, "soort": "beschermend"}
    rejected = app_client.post(url, json=wrong_kind, headers=parties.leerplicht.headers())
    assert rejected.status_code == 400

    listed = app_client.get(url, headers=parties.politie.headers()).json()
    assert listed["totaal"] == 2
    assert {f["indicator"] for f in listed["items"]} == {"geldmotief", "talent"}
    # One indicator: the factor and the signal both say geldmotief, which counts once; the
    # protective factor does not count.
    settle(settings)
    assessment = f"/v1/jongeren/{jongere_id}/doelgroeptoets"
    toets = app_client.get(assessment, headers=parties.politie.headers()).json()
    assert toets["uitkomst"] == "geen_doelgroep"
    assert toets["risicoIndicatoren"] == ["geldmotief"]
    second = {**risk, "indicator": "schulden", "domein": "gezin"}
    app_client.post(url, json=second, headers=parties.leerplicht.headers())
    settle(settings)
    toets = app_client.get(assessment, headers=parties.politie.headers()).json()
    assert toets["uitkomst"] == "criminele_aanwas"
    assert toets["risicoIndicatoren"] == ["geldmotief", "schulden"]
    denied(app_client.get(url, headers=parties.om.headers()), "geen geldend convenant")


def test_a_youth_without_bsn_can_be_assessed(
    app_client: TestClient, parties: Parties, denied: Denied
) -> None:
    registered = app_client.post(
        "/v1/jongeren",
        json={"voornamen": "Noa", "achternaam": "Jansen", "geboortedatum": "2013-05-02"},
        headers=parties.gemeente.headers(),
    )
    assert registered.status_code == 201, registered.text
    jongere_id = registered.json()["id"]
    made = app_client.post(
        f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=parties.gemeente.headers()
    )
    assert made.status_code == 201, made.text
    assert made.json()["uitkomst"] == "geen_voorstel_pga"  # no indicators; not police data
    assert made.json()["aanleiding"] == "op verzoek"
    denied(
        app_client.post(
            f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=parties.jongerenwerk.headers()
        ),
        "mag een doelgroeptoets",
    )


def open_case(client: TestClient, parties: Parties, bsn: str) -> tuple[str, str]:
    jongere_id = youth_with_signals(
        client, parties.politie, bsn, "online_ronselen", "schulden_of_bedreiging"
    )
    opened = client.post(
        "/v1/casussen",
        json={"jongereId": jongere_id, "casusregisseur": REGISSEUR, "reden": "Signaaloverleg."},
        headers=parties.gemeente.headers("pga"),
    )
    assert opened.status_code == 201, opened.text
    return jongere_id, opened.json()["id"]


def test_a_case_opens_only_from_a_positive_assessment_by_the_case_director(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings, denied: Denied
) -> None:
    from tests.conftest import _unused_bsns

    single = youth_with_signals(app_client, parties.politie, _unused_bsns.pop(), "drugsgebruik")
    body = {"jongereId": single, "casusregisseur": REGISSEUR, "reden": "Signaaloverleg."}
    refused = app_client.post("/v1/casussen", json=body, headers=parties.gemeente.headers("pga"))
    assert refused.status_code == 409
    assert "criminele_aanwas" in refused.json()["detail"]

    denied(
        app_client.post("/v1/casussen", json=body, headers=parties.politie.headers("pga")),
        "alleen gemeente (casusregisseur) mag een casus",
    )
    assert audit_rows(settings, client_id=parties.politie.client_id)[-1]["decision"] == "deny"

    jongere_id, casus_id = open_case(app_client, parties, bsn)
    again = app_client.post(
        "/v1/casussen",
        json={**body, "jongereId": jongere_id},
        headers=parties.gemeente.headers("pga"),
    )
    assert again.status_code == 409
    assert again.json()["casusId"] == casus_id
    unknown = app_client.post(
        "/v1/casussen",
        json={**body, "jongereId": "00000000-0000-0000-0000-000000000000"},
        headers=parties.gemeente.headers("pga"),
    )
    assert unknown.status_code == 404


def test_the_status_flow_is_one_table_and_illegal_steps_name_the_allowed_ones(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied
) -> None:
    _, casus_id = open_case(app_client, parties, bsn)
    url = f"/v1/casussen/{casus_id}/statuswijzigingen"
    pga = parties.gemeente.headers("pga")
    skipped = app_client.post(
        url, json={"status": "opgeschaald_zvh", "reden": "Te vroeg."}, headers=pga
    )
    assert skipped.status_code == 409
    assert skipped.json()["toegestaneOvergangen"] == ["actief", "afgesloten"]
    assert skipped.json()["huidigeStatus"] == "aangemeld"
    for status in ("actief", "opgeschaald_zvh", "actief", "afgesloten"):
        moved = app_client.post(
            url, json={"status": status, "reden": "Volgende stap."}, headers=pga
        )
        assert moved.status_code == 200, moved.text
        assert moved.json()["status"] == status
    closed = app_client.get(f"/v1/casussen/{casus_id}", headers=pga).json()
    assert [step["naar"] for step in closed["historie"]] == [
        "aangemeld",
        "actief",
        "opgeschaald_zvh",
        "actief",
        "afgesloten",
    ]
    assert closed["toegestaneOvergangen"] == []
    assert all(e["beeindigdOp"] for e in closed["opschalingen"])
    # A closed case takes no more steps; its partners no longer see it at all.
    after = app_client.post(url, json={"status": "actief", "reden": "Heropenen."}, headers=pga)
    assert after.status_code == 409 and after.json()["toegestaneOvergangen"] == []
    refused = app_client.post(
        url,
        json={"status": "actief", "reden": "Heropenen."},
        headers=parties.politie.headers("pga"),
    )
    denied(refused, "alleen gemeente (casusregisseur) mag een casus vastleggen of wijzigen")
    invalid = app_client.post(url, json={"status": "gepauzeerd"}, headers=pga)
    assert invalid.status_code == 400
    assert {p["name"] for p in invalid.json()["invalidParams"]} == {"status", "reden"}


def test_escalation_unlocks_exactly_its_covenant_and_de_escalation_locks_it(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings, denied: Denied
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    pga = parties.gemeente.headers("pga")
    antecedents = f"/v1/jongeren/{jongere_id}/antecedenten"
    app_client.post(
        antecedents,
        json={"soort": "handel", "status": "verdachte", "feitdatum": "2026-09-12"},
        headers=parties.politie.headers(),
    )
    app_client.post(
        f"/v1/casussen/{casus_id}/statuswijzigingen",
        json={"status": "actief", "reden": "Plan staat."},
        headers=pga,
    )
    # pga: partners see kind and number of antecedents only; the OM is no pga party.
    summary = app_client.get(antecedents, headers=parties.halt.headers("pga")).json()
    assert summary["samenvatting"] == {
        "aantal": 1,
        "perSoort": {"handel": 1},
        "beperking": "alleen soort en aantal Opiumwet-antecedenten",
    }
    assert "items" not in summary
    denied(
        app_client.get(antecedents, headers=parties.jongerenwerk.headers("pga")), "nooit politie"
    )
    case_url = f"/v1/casussen/{casus_id}"
    denied(app_client.get(case_url, headers=parties.om.headers("ico")), "opgeschaald naar het Zorg")

    zvh = app_client.post(
        f"{case_url}/opschalingen", json={"soort": "zvh", "reden": "ICO nodig."}, headers=pga
    )
    assert zvh.status_code == 201, zvh.text
    assert zvh.json()["status"] == "opgeschaald_zvh"
    escalation_id = zvh.json()["opschalingen"][0]["id"]
    om_view = app_client.get(case_url, headers=parties.om.headers("ico"))
    assert om_view.status_code == 200
    assert om_view.json()["opschalingen"][0]["reden"] == "ICO nodig."
    full = app_client.get(antecedents, headers=parties.zvh.headers("ico")).json()
    assert [item["feitdatum"] for item in full["items"]] == ["2026-09-12"]
    # The ZVH covenant is for ico only; the RIEC is not unlocked by it: team ondermijning sees
    # only police data it registered itself (none).
    riec_view = app_client.get(antecedents, headers=parties.ondermijning.headers("ondermijning"))
    assert riec_view.status_code == 200 and riec_view.json()["totaal"] == 0

    riec = app_client.post(
        f"{case_url}/opschalingen",
        json={"soort": "riec", "reden": "Ouders kopen dure auto's contant."},
        headers=pga,
    )
    assert riec.status_code == 201
    riec_id = next(e["id"] for e in riec.json()["opschalingen"] if e["soort"] == "riec")
    twice = app_client.post(
        f"{case_url}/opschalingen", json={"soort": "riec", "reden": "Nog eens."}, headers=pga
    )
    assert twice.status_code == 409
    seen = app_client.get(antecedents, headers=parties.ondermijning.headers("ondermijning"))
    assert seen.status_code == 200 and seen.json()["totaal"] == 1
    # The riec covenant shares no plan data with team ondermijning.
    denied(app_client.get(case_url, headers=parties.ondermijning.headers("ondermijning")), "plan")

    back = app_client.post(
        f"{case_url}/opschalingen/{escalation_id}/afschaling",
        json={"reden": "Lokaal weer haalbaar."},
        headers=pga,
    )
    assert back.status_code == 200 and back.json()["status"] == "actief"
    denied(app_client.get(case_url, headers=parties.om.headers("ico")), "opgeschaald naar het Zorg")
    ended = app_client.post(
        f"{case_url}/opschalingen/{riec_id}/afschaling", json={"reden": "Afgehandeld."}, headers=pga
    )
    assert ended.status_code == 200
    locked = app_client.get(antecedents, headers=parties.ondermijning.headers("ondermijning"))
    assert locked.status_code == 200 and locked.json()["totaal"] == 0
    again = app_client.post(
        f"{case_url}/opschalingen/{riec_id}/afschaling", json={"reden": "Nog eens."}, headers=pga
    )
    assert again.status_code == 409
    rows = audit_rows(settings, client_id=parties.ondermijning.client_id)
    assert [row["basis"] for row in rows if row["resource_type"] == "antecedent"] == [
        "eigen_gegevens",
        "convenant",
        "eigen_gegevens",
    ]


def test_plan_of_action_and_perspective_plan(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied, caller
) -> None:
    _, casus_id = open_case(app_client, parties, bsn)
    pga = parties.gemeente.headers("pga")
    item = {
        "domein": "onderwijs",
        "omschrijving": "Terug naar school: gesprek met school en ouders.",
        "eigenaar": "leerplicht",
        "deadline": "2027-01-15",
    }
    url = f"/v1/casussen/{casus_id}/planacties"
    created = app_client.post(url, json=item, headers=pga)
    assert created.status_code == 201, created.text
    assert created.json()["status"] == "open"
    item_url = f"{url}/{created.json()['id']}"
    denied(
        app_client.post(url, json=item, headers=parties.politie.headers("pga")), "casusregisseur"
    )
    progress = app_client.patch(
        item_url, json={"status": "lopend"}, headers=parties.leerplicht.headers("pga")
    )
    assert progress.status_code == 200 and progress.json()["status"] == "lopend"
    denied(
        app_client.patch(
            item_url, json={"status": "afgerond"}, headers=parties.halt.headers("pga")
        ),
        "casusregisseur",
    )
    plan = {
        "beschermendeFactoren": "Betrokken oma; goed in voetbal.",
        "coach": {"organisatie": "jeugdhulp", "naam": "Forensisch coach"},
        "dagbesteding": "Entree-opleiding",
        "talentontwikkeling": "Voetbalvereniging",
        "steunfiguren": [{"naam": "Oma", "relatie": "grootmoeder"}],
    }
    put = app_client.put(f"/v1/casussen/{casus_id}/perspectiefplan", json=plan, headers=pga)
    assert put.status_code == 200, put.text
    shown = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.jongerenwerk.headers("pga"))
    assert shown.status_code == 200
    assert shown.json()["perspectiefplan"]["coach"]["naam"] == "Forensisch coach"
    assert shown.json()["plan"][0]["omschrijving"] == item["omschrijving"]
    denied(
        app_client.get(f"/v1/casussen/{casus_id}", headers=parties.jongerenwerk.headers()), "plan"
    )
    successor = caller("gemeente", "casusregisseur")
    reassigned = app_client.patch(
        f"/v1/casussen/{casus_id}",
        json={
            "casusregisseur": {
                "id": successor.client_id,
                "naam": "Joost Bakker",
                "email": "j.bakker@example.org",
            }
        },
        headers=pga,
    )
    assert reassigned.status_code == 200, reassigned.text
    assert reassigned.json()["casusregisseur"] == {
        "id": successor.client_id,
        "naam": "Joost Bakker",
        "email": "j.bakker@example.org",
    }


def test_measures_are_imposed_by_the_competent_authority(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    url = f"/v1/jongeren/{jongere_id}/maatregelen"
    ban = {
        "soort": "verblijfsontzegging",
        "ingangsdatum": "2026-12-01",
        "einddatum": "2027-02-28",
        "toelichting": "Winkelcentrum, na herhaald dealen.",
    }
    # The municipality imposes it through the case director; a policy adviser's task is not
    # the youths' cases.
    denied(
        app_client.post(url, json=ban, headers=parties.beleid.headers("pga")),
        "de taak van beleidsadviseur (gemeente) omvat voor doel 'pga' alleen de agenda",
    )
    imposed = app_client.post(url, json=ban, headers=parties.gemeente.headers("pga"))
    assert imposed.status_code == 201, imposed.text
    assert imposed.json()["grondslag"] == "APV art. 2:78"
    denied(
        app_client.post(url, json=ban, headers=parties.politie.headers("pga")),
        "alleen gemeente mag een maatregel",
    )
    prosecution = {"soort": "strafrechtelijke_vervolging", "ingangsdatum": "2026-11-20"}
    by_om = app_client.post(url, json=prosecution, headers=parties.om.headers("ico"))
    assert by_om.status_code == 201, by_om.text  # the OM's own decision, before any ICO
    denied(
        app_client.post(url, json=prosecution, headers=parties.gemeente.headers("pga")),
        "alleen om mag",
    )
    backwards = app_client.post(
        url, json={**ban, "einddatum": "2026-01-01"}, headers=parties.gemeente.headers("pga")
    )
    assert backwards.status_code == 400

    # Prosecution is justitie data: pga partners see the administrative measure only; the OM
    # sees its own decision.
    listed = app_client.get(url, headers=parties.leerplicht.headers("pga")).json()
    assert [m["soort"] for m in listed["items"]] == ["verblijfsontzegging"]
    assert listed["totaal"] == 1
    om_list = app_client.get(url, headers=parties.om.headers("ico")).json()
    assert [m["soort"] for m in om_list["items"]] == ["strafrechtelijke_vervolging"]
    emptied = app_client.patch(
        f"/v1/maatregelen/{imposed.json()['id']}",
        json={"status": None},
        headers=parties.gemeente.headers("pga"),
    )
    assert emptied.status_code == 400
    changed = app_client.patch(
        f"/v1/maatregelen/{imposed.json()['id']}",
        json={"status": "beeindigd"},
        headers=parties.gemeente.headers("pga"),
    )
    assert changed.status_code == 200 and changed.json()["status"] == "beeindigd"
    unknown = app_client.patch(
        "/v1/maatregelen/00000000-0000-0000-0000-000000000000",
        json={"status": "beeindigd"},
        headers=parties.gemeente.headers("pga"),
    )
    # No youth, so no case that switches a covenant on: an unknown id is refused like a measure
    # the caller may not see, and the answer does not tell which of the two it is.
    denied(unknown, "actieve PGA-casus")
    app_client.post(
        f"/v1/casussen/{casus_id}/statuswijzigingen",
        json={"status": "afgesloten", "reden": "Verhuisd."},
        headers=parties.gemeente.headers("pga"),
    )
    # When the case closes, the pga partners no longer see the measures (only their own: none).
    closed = app_client.get(url, headers=parties.leerplicht.headers("pga")).json()
    assert closed["totaal"] == 0 and closed["items"] == []
    still = app_client.get(url, headers=parties.gemeente.headers("pga")).json()
    assert {m["soort"] for m in still["items"]} == {"verblijfsontzegging"}  # its own
    # Whoever imposed a measure still ends it after the case closed (its own data).
    ended = app_client.patch(
        f"/v1/maatregelen/{imposed.json()['id']}",
        json={"status": "ingetrokken"},
        headers=parties.gemeente.headers("pga"),
    )
    assert ended.status_code == 200, ended.text
    denied(
        app_client.patch(
            f"/v1/maatregelen/{imposed.json()['id']}",
            json={"status": "opgelegd"},
            headers=parties.leerplicht.headers("pga"),
        ),
        "alleen gemeente",
    )


def test_the_closed_case_stays_visible_to_its_municipality_only(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    pga = parties.gemeente.headers("pga")
    app_client.post(
        f"/v1/casussen/{casus_id}/statuswijzigingen",
        json={"status": "afgesloten", "reden": "Doel bereikt."},
        headers=pga,
    )
    own = app_client.get(f"/v1/casussen/{casus_id}", headers=pga)
    assert own.status_code == 200 and own.json()["status"] == "afgesloten"
    denied(
        app_client.get(f"/v1/casussen/{casus_id}", headers=parties.politie.headers("pga")),
        "actieve PGA-casus",
    )
    caseload = app_client.get("/v1/casussen?status=afgesloten", headers=pga).json()
    assert casus_id in {c["id"] for c in caseload["items"]}
    police_list = app_client.get(
        f"/v1/casussen?jongereId={jongere_id}", headers=parties.politie.headers("pga")
    ).json()
    assert police_list["items"] == []


def test_every_kind_of_registration_makes_an_organisation_involved(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied
) -> None:
    jongere_id = youth_with_signals(app_client, parties.leerplicht, bsn, "schoolverzuim")
    app_client.post(
        f"/v1/jongeren/{jongere_id}/antecedenten",
        json={"soort": "bezit", "status": "verdachte", "feitdatum": "2026-10-03"},
        headers=parties.politie.headers(),
    )
    app_client.post(
        f"/v1/jongeren/{jongere_id}/factoren",
        json={
            "soort": "risico",
            "domein": "gezin",
            "indicator": "schulden",
            "vastgesteldOp": "2026-11-01",
        },
        headers=parties.jongerenwerk.headers(),
    )
    url = f"/v1/jongeren/{jongere_id}/betrokkenen"
    seen = app_client.get(url, headers=parties.gemeente.headers())
    assert {b["organisatie"] for b in seen.json()["items"]} == {
        "leerplicht",
        "politie",
        "jongerenwerk",
    }
    # Youth work does not learn that the police are involved.
    own = app_client.get(url, headers=parties.jongerenwerk.headers()).json()
    assert {b["organisatie"] for b in own["items"]} == {"leerplicht", "jongerenwerk"}
    denied(app_client.get(url, headers=parties.halt.headers()), "betrokken")


def test_a_casusoverleg_agenda_shows_youths_with_an_open_case(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied
) -> None:
    from tests.conftest import _unused_bsns

    jongere_id, _ = open_case(app_client, parties, bsn)
    without_case = youth_with_signals(app_client, parties.politie, _unused_bsns.pop(), "pakketjes")
    meeting = app_client.post(
        "/v1/overleggen",
        json={
            "soort": "casusoverleg",
            "datum": "2026-12-03",
            "deelnemers": ["gemeente", "politie"],
        },
        headers=parties.gemeente.headers("pga"),
    )
    assert meeting.status_code == 201, meeting.text
    agenda = f"/v1/overleggen/{meeting.json()['id']}/agenda"
    put = app_client.post(
        agenda, json={"jongereId": jongere_id}, headers=parties.gemeente.headers("pga")
    )
    assert put.status_code == 201, put.text
    # Without a case, the pga covenant does not share who the youth is: not on this agenda.
    refused = app_client.post(
        agenda, json={"jongereId": without_case}, headers=parties.gemeente.headers("pga")
    )
    denied(refused, "actieve PGA-casus")
    shown = app_client.get(
        f"/v1/overleggen/{meeting.json()['id']}", headers=parties.politie.headers("pga")
    ).json()
    assert [item["achternaam"] for item in shown["agenda"]] == ["de Vries"]


def test_a_riec_melding_is_known_only_to_the_parties_of_the_riec_covenant(
    app_client: TestClient, parties: Parties, bsn: str
) -> None:
    _, casus_id = open_case(app_client, parties, bsn)
    pga = parties.gemeente.headers("pga")
    case_url = f"/v1/casussen/{casus_id}"
    app_client.post(
        f"{case_url}/opschalingen",
        json={"soort": "riec", "reden": "Ouders kopen dure auto's contant."},
        headers=pga,
    )
    for party in (parties.jongerenwerk, parties.leerplicht, parties.halt):
        shown = app_client.get(case_url, headers=party.headers("pga"))
        assert shown.status_code == 200
        assert shown.json()["opschalingen"] == []
        assert "auto" not in shown.text
    police = app_client.get(case_url, headers=parties.politie.headers("pga")).json()
    assert [e["soort"] for e in police["opschalingen"]] == ["riec"]
    director = app_client.get(case_url, headers=pga).json()
    assert director["opschalingen"][0]["reden"] == "Ouders kopen dure auto's contant."


def test_a_closed_case_stays_closed_when_the_youth_gets_a_new_one(
    app_client: TestClient, parties: Parties, bsn: str, denied: Denied
) -> None:
    jongere_id, first = open_case(app_client, parties, bsn)
    pga = parties.gemeente.headers("pga")
    app_client.post(
        f"/v1/casussen/{first}/statuswijzigingen",
        json={"status": "afgesloten", "reden": "Doel bereikt."},
        headers=pga,
    )
    second = app_client.post(
        "/v1/casussen",
        json={"jongereId": jongere_id, "casusregisseur": REGISSEUR, "reden": "Nieuwe signalen."},
        headers=pga,
    )
    assert second.status_code == 201, second.text
    old_case = f"/v1/casussen/{first}"
    denied(app_client.get(old_case, headers=parties.jongerenwerk.headers("pga")), "actieve PGA")
    item = {
        "domein": "zorg",
        "omschrijving": "Nog iets doen.",
        "eigenaar": "gemeente",
        "deadline": "2027-01-15",
    }
    denied(app_client.post(f"{old_case}/planacties", json=item, headers=pga), "actieve PGA")
    renamed = app_client.patch(
        old_case,
        json={
            "casusregisseur": {
                "id": parties.gemeente.client_id,
                "naam": "Joost Bakker",
                "email": "j.bakker@example.org",
            }
        },
        headers=pga,
    )
    assert renamed.status_code == 409 and renamed.json()["title"] == "Casus afgesloten"
    listed = app_client.get(
        f"/v1/casussen?jongereId={jongere_id}", headers=parties.jongerenwerk.headers("pga")
    ).json()
    assert [c["id"] for c in listed["items"]] == [second.json()["id"]]
    own = app_client.get(f"/v1/casussen?jongereId={jongere_id}&status=afgesloten", headers=pga)
    assert [c["id"] for c in own.json()["items"]] == [first]
