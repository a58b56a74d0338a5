"""`aanwas demo seed` fills a running API with fictional youths and signals, through the API."""

from __future__ import annotations

import json
import time

import httpx

from api.demo import reserved_test_bsns
from api.settings import Settings
from tests.conftest import audit_rows, run_cli


def _token(server: str, client: dict[str, str]) -> str:
    """An access token for one of the demo clients of the summary."""
    answer = httpx.post(
        f"{server}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client["clientId"], client["clientSecret"]),
    )
    token: str = answer.json()["access_token"]
    return token


def test_demo_seed_pushes_signals_and_runs_cases_in_every_status_through_the_api(
    server: str, settings: Settings
) -> None:
    result = run_cli(settings, "demo", "seed", "--url", server, "--jongeren", "8")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["jongeren"] == 8
    assert sum(summary["signalen"].values()) >= 8
    assert set(summary["signalen"]) <= {
        "politie",
        "leerplicht",
        "jongerenwerk",
        "halt",
        "onderwijs",
    }
    assert summary["signalen"]["onderwijs"] == 1  # a school, under the vroegsignalering covenant
    # A partner that authenticates with its key (private_key_jwt) got its token and read.
    keyed = summary["sleutelPartner"]
    assert keyed["signalenGezien"] >= 1
    assert "clientSecret" not in keyed
    issued = audit_rows(settings, resource_type="token", client_id=keyed["clientId"])
    assert [(row["decision"], row["http_status"]) for row in issued] == [("allow", 200)]
    # A partner finds the signing keys through the metadata; the demo's tokens carry one of them.
    signing = summary["tokensleutels"]
    assert signing["jwksUri"].endswith("/.well-known/jwks.json")
    assert signing["kidVanDemoTokens"] == signing["kids"][0]
    politie = summary["demoClients"]["politie"]["clientId"]
    records = audit_rows(settings, client_id=politie)
    assert records and all(r["decision"] == "allow" for r in records)

    # Cases in every status (and both escalations), each readable by its case director.
    cases = summary["casussen"]
    assert set(cases) == {"aangemeld", "actief", "opgeschaald_zvh", "riec_melding", "afgesloten"}
    director = summary["demoClients"]["gemeente"]
    token = _token(server, director)
    headers = {"Authorization": f"Bearer {token}", "Doelbinding": "pga"}
    seen = {
        scenario: httpx.get(f"{server}/v1/casussen/{casus_id}", headers=headers).json()
        for scenario, casus_id in cases.items()
    }
    assert {scenario: case["status"] for scenario, case in seen.items()} == {
        "aangemeld": "aangemeld",
        "actief": "actief",
        "opgeschaald_zvh": "opgeschaald_zvh",
        "riec_melding": "actief",
        "afgesloten": "afgesloten",
    }
    assert [e["soort"] for e in seen["riec_melding"]["opschalingen"]] == ["riec"]
    # The RIEC answered the one melding; the other, on the closed case, waits for its answer.
    # (Read one by one: other tests' meldingen share this database.)
    riec_token = _token(server, summary["demoClients"]["ondermijning"])
    meldingen = [
        httpx.get(
            f"{server}/v1/riec-meldingen/{escalation['id']}",
            headers={"Authorization": f"Bearer {riec_token}", "Doelbinding": "ondermijning"},
        ).json()
        for case in ("riec_melding", "afgesloten")
        for escalation in seen[case]["opschalingen"]
        if escalation["soort"] == "riec"
    ]
    status = {m["casusId"]: m["status"] for m in meldingen}
    assert status == {cases["riec_melding"]: "beantwoord", cases["afgesloten"]: "open"}
    assert all(m["vermogenOuders"] for m in meldingen)
    # The director is the demo casusregisseur's identity; escalated to the ZVH, procesregie,
    # with the ZVH's agreement from the ICO in the plan.
    assert {case["casusregisseur"]["id"] for case in seen.values()} == {director["clientId"]}
    assert {scenario: case["regie"] for scenario, case in seen.items()} == {
        **dict.fromkeys(cases, "casusregie"),
        "opgeschaald_zvh": "procesregie",
    }
    ico_items = [i for i in seen["opgeschaald_zvh"]["plan"] if i["eigenaar"] == "zvh"]
    assert [i["omschrijving"] for i in ico_items] == [
        "Afspraak uit het ICO: dagbesteding via het zorgaanbod."
    ]
    assert len(seen["actief"]["plan"]) == 4 and seen["actief"]["perspectiefplan"]["coach"]
    perspective = seen["actief"]["perspectiefplan"]
    assert perspective["coach"]["organisatie"] == "jeugdhulp"
    assert len(perspective["beschermendeFactorIds"]) == 1 and len(perspective["steunfiguren"]) == 2
    # The ban serves the case's bestuurlijk plan item; a 13b closure concerns a premises.
    (ban,) = seen["actief"]["maatregelen"]
    served = httpx.get(
        f"{server}/v1/jongeren/{seen['actief']['jongereId']}/maatregelen", headers=headers
    ).json()["items"]
    bestuurlijk = [i["id"] for i in seen["actief"]["plan"] if i["domein"] == "bestuurlijk"]
    assert [(m["id"], m["planactieId"]) for m in served] == [(ban, bestuurlijk[0])]
    riec = {**headers, "Doelbinding": "ondermijning"}
    adres = {"postcode": "2132ng", "huisnummer": "812a"}
    closures = httpx.post(f"{server}/v1/sluitingen/zoeken", json=adres, headers=riec).json()
    assert [c["pand"]["straat"] for c in closures["items"]] == ["Kruisweg"]
    # The coach of jeugdhulp reads the case it coaches while it is open, not after it closed.
    coach = summary["demoClients"]["jeugdhulp"]
    coach_token = _token(server, coach)
    as_coach = {"Authorization": f"Bearer {coach_token}", "Doelbinding": "pga"}
    coached = httpx.get(f"{server}/v1/casussen/{cases['actief']}", headers=as_coach)
    assert coached.status_code == 200, coached.text
    closed = httpx.get(f"{server}/v1/casussen/{cases['afgesloten']}", headers=as_coach)
    assert closed.status_code == 403
    # The heavier approach means police antecedents: the police see it, others do not.
    police = summary["demoClients"]["politie"]
    police_token = _token(server, police)
    assessment = f"{server}/v1/jongeren/{summary['zwaardereAanpak']}/doelgroeptoets"
    heavier = httpx.get(
        assessment,
        headers={"Authorization": f"Bearer {police_token}", "Doelbinding": "signalering"},
    ).json()
    assert heavier["uitkomst"] == "zwaardere_aanpak"
    shown = httpx.get(assessment, headers={**headers, "Doelbinding": "signalering"}).json()
    assert shown["uitkomst"] == "geen_voorstel_pga"

    # The heavier youth was in an active case: once the worker has recomputed, the case has the
    # task to consider the aanpak ondermijning.
    case_url = f"{server}/v1/casussen/{summary['zwaardereAanpakCasus']}"
    for _ in range(100):
        tasks = httpx.get(case_url, headers=headers).json()["taken"]
        if tasks:
            break
        time.sleep(0.1)
    assert [(t["soort"], t["status"]) for t in tasks] == [("overweeg_aanpak_ondermijning", "open")]

    # A youth without signals, admitted by the signaaloverleg's professional judgement once the
    # worker beside the server has assessed it.
    judged = f"{server}/v1/jongeren/{summary['professioneelOordeel']}/doelgroeptoets"
    signalering = {**headers, "Doelbinding": "signalering"}
    for _ in range(100):
        toets = httpx.get(judged, headers=signalering)
        if toets.status_code == 200 and toets.json()["actueel"]:
            break
        time.sleep(0.1)
    assert toets.status_code == 200, toets.text
    assert (toets.json()["uitkomst"], toets.json()["route"]) == (
        "criminele_aanwas",
        "professioneel_oordeel",
    )
    assert len(toets.json()["professioneelOordeel"]["redenen"]) == 2

    # A youth group three steps into the zevenstappenmodel, as youth work reads it.
    jw_token = _token(server, summary["demoClients"]["jongerenwerk"])
    group = httpx.get(
        f"{server}/v1/jeugdgroepen/{summary['jeugdgroep']}",
        headers={"Authorization": f"Bearer {jw_token}", "Doelbinding": "groepsaanpak"},
    ).json()
    assert [(s["stap"], s["vastgelegdDoor"]) for s in group["stappen"]] == [
        ("signaleren", "politie"),
        ("verzamelen_en_verbinden", "gemeente"),
        ("groepsduiding", "gemeente"),
    ]
    assert group["huidigeStap"]["nummer"] == 3 and group["volgendeStap"] == "beleidsadvies"
    assert len(group["leden"]) == 2

    # The escalated youth's access request, answered by the privacy officer: its recipients, and
    # the OM's prosecution summarised (justice content is the OM's to give).
    inzage = summary["inzage"]
    assert {"jeugdhulp", "zvh"} <= set(inzage["ontvangers"])  # the coach; the ICO's chair
    officer = _token(server, summary["demoClients"]["privacy"])
    document = httpx.get(
        f"{server}/v1/jongeren/{inzage['jongereId']}/inzage?kenmerk=DEMO-AVG-0002",
        headers={"Authorization": f"Bearer {officer}", "Doelbinding": "inzage"},
    ).json()
    (prosecution,) = [
        item
        for part in document["gegevens"]
        if part["soort"] == "maatregel"
        for item in part["items"]
        if item["categorie"] == "justitie"
    ]
    assert prosecution["samengevat"] == ["justitie"]
    assert prosecution["gegevens"]["soort"] == "strafrechtelijke_vervolging"
    assert "toelichting" not in prosecution["gegevens"]


def test_demo_bsns_are_test_numbers() -> None:
    numbers = reserved_test_bsns()
    assert len(numbers) > 100
    assert all(n.startswith("99999") for n in numbers)


def test_no_demo_data_in_production(settings: Settings) -> None:
    production = settings.model_copy(update={"environment": "production"})
    refused = run_cli(production, "demo", "seed", "--url", "http://127.0.0.1:9")
    assert refused.returncode == 2
    assert "development only" in refused.stderr
