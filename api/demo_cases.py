"""The demo's cases: each of the first youths walked through the plan's steps as far as its
scenario goes (aangemeld, actief, opgeschaald_zvh, riec_melding, afgesloten), through the API as
the demo clients; the ICO's outcome, the measures, the perspective plan with its coach and the
RIEC consultation on the way. `api.demo.seed` calls `run_cases`."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

REGISSEUR = {"naam": "Demo Casusregisseur", "email": "casusregie@aanwas-demo.example"}

# The case each of the first youths gets, so that every status (and escalation) is there to try.
CASE_SCENARIOS = ["aangemeld", "actief", "opgeschaald_zvh", "riec_melding", "afgesloten"]


class DemoApi:
    """The API as the demo clients see it: one token each, every call checked."""

    def __init__(self, http: httpx.Client, credentials: dict[str, dict[str, str]]) -> None:
        self._http = http
        self._credentials = credentials
        self._tokens: dict[str, str] = {}

    def token(self, who: str) -> str:
        if who not in self._tokens:
            creds = self._credentials[who]
            token = self._http.post(
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(creds["clientId"], creds["clientSecret"]),
            )
            token.raise_for_status()
            self._tokens[who] = token.json()["access_token"]
        return self._tokens[who]

    def call(
        self, who: str, purpose: str, method: str, path: str, body: Any = None
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token(who)}", "Doelbinding": purpose}
        response = self._http.request(method, path, json=body, headers=headers)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


def open_case_with_two_risk_factors(
    api: DemoApi, jongere_id: str, vastgesteld_op: date
) -> dict[str, Any]:
    """Youth work registers two risk factors (so the doelgroeptoets says criminele_aanwas) and
    the demo casusregisseur opens a PGA case; returns the case."""
    for indicator in ("geldmotief", "schulden"):
        factor = {
            "soort": "risico",
            "domein": "individu",
            "indicator": indicator,
            "vastgesteldOp": vastgesteld_op.isoformat(),
        }
        api.call(
            "jongerenwerk", "signalering", "POST", f"/v1/jongeren/{jongere_id}/factoren", factor
        )
    return api.call(
        "gemeente",
        "pga",
        "POST",
        "/v1/casussen",
        {"jongereId": jongere_id, "casusregisseur": REGISSEUR, "reden": "Signaaloverleg."},
    )


def run_cases(api: DemoApi, jongere_ids: list[str], today: date) -> dict[str, str]:
    """One case per scenario: each youth gets two risk factors (so the doelgroeptoets says
    criminele_aanwas), then the case director takes it as far as the scenario goes."""
    cases: dict[str, str] = {}
    for scenario, jongere_id in zip(CASE_SCENARIOS, jongere_ids, strict=False):
        opened = open_case_with_two_risk_factors(api, jongere_id, today - timedelta(days=14))
        casus = f"/v1/casussen/{opened['id']}"
        cases[scenario] = opened["id"]
        if scenario == "aangemeld":
            continue
        step = {"status": "actief", "reden": "Plan van aanpak besproken in het casusoverleg."}
        api.call("gemeente", "pga", "POST", f"{casus}/statuswijzigingen", step)
        _plan(api, casus, today)
        _perspective(api, jongere_id, casus, today)
        if scenario == "opgeschaald_zvh":
            escalation = {"soort": "zvh", "reden": "Lokale aanpak volstaat niet; ICO nodig."}
            api.call("gemeente", "pga", "POST", f"{casus}/opschalingen", escalation)
            # Procesregie: the ICO's agreement becomes a plan item through the meeting's outcome.
            _ico_outcome(api, jongere_id, today)
            vervolging = {"soort": "strafrechtelijke_vervolging", "ingangsdatum": today.isoformat()}
            api.call("om", "ico", "POST", f"/v1/jongeren/{jongere_id}/maatregelen", vervolging)
        elif scenario == "riec_melding":
            _riec_consultation(api, casus, answer=True)
        elif scenario == "afgesloten":
            # Its RIEC-melding, not yet answered, outlives the closure.
            _riec_consultation(api, casus, answer=False)
            done = {"status": "afgesloten", "reden": "Terug op school, geen nieuwe signalen."}
            api.call("gemeente", "pga", "POST", f"{casus}/statuswijzigingen", done)
        else:
            _measures(api, jongere_id, opened["id"], today)
    return cases


def _riec_consultation(api: DemoApi, casus: str, *, answer: bool) -> str:
    """A RIEC-melding on the case, with the wealth of youth and parents (financieel, under the
    riec covenant); with `answer`, the RIEC's answer, which closes it. Returns its id."""
    melding = {"soort": "riec", "reden": "Ouders betalen een dure auto contant."}
    case = api.call("gemeente", "pga", "POST", f"{casus}/opschalingen", melding)
    melding_id: str = next(e["id"] for e in case["opschalingen"] if e["soort"] == "riec")
    url = f"/v1/riec-meldingen/{melding_id}"
    vermogen = {
        "vermogenJongere": "Nieuwe scooter en merkkleding, geen bijbaan.",
        "vermogenOuders": "Auto van 60.000 euro contant betaald.",
    }
    api.call("gemeente", "ondermijning", "PATCH", url, vermogen)
    if answer:
        antwoord = {
            "bekend": True,
            "riecCasusGestart": False,
            "toelichting": "Vader bekend uit een eerder onderzoek; nu geen RIEC-casus.",
        }
        api.call("ondermijning", "ondermijning", "POST", f"{url}/antwoord", antwoord)
    return melding_id


def _ico_outcome(api: DemoApi, jongere_id: str, today: date) -> None:
    """Meetings decide: the ZVH holds an ICO about the escalated case, the OM at the table; its
    agreement becomes a plan item of the case, owned by the ZVH."""
    meeting = api.call(
        "zvh",
        "ico",
        "POST",
        "/v1/overleggen",
        {"soort": "ico", "datum": today.isoformat(), "deelnemers": ["zvh", "gemeente", "om"]},
    )
    agenda = f"/v1/overleggen/{meeting['id']}/agenda"
    api.call("zvh", "ico", "POST", agenda, {"jongereId": jongere_id})
    outcome = {
        "soort": "besluit",
        "besluit": "Zorg en straf samen: dagbesteding via het zorgaanbod, het OM vervolgt.",
        "afspraken": [
            {
                "domein": "zorg",
                "omschrijving": "Afspraak uit het ICO: dagbesteding via het zorgaanbod.",
                "eigenaar": "zvh",
                "datum": (today + timedelta(days=28)).isoformat(),
            }
        ],
    }
    api.call("zvh", "ico", "POST", f"{agenda}/{jongere_id}/uitkomst", outcome)


# The premises of the demo's Opiumwet 13b closure (a made-up address).
DEMO_PAND = {
    "straat": "Kruisweg",
    "huisnummer": "812-A",
    "postcode": "2132 NG",
    "plaats": "Hoofddorp",
}


def _measures(api: DemoApi, jongere_id: str, casus_id: str, today: date) -> None:
    """A measure serving an item of the case's plan of action, and a 13b closure of a premises
    (not of a youth), recorded under the riec covenant and found again by its address."""
    item = {
        "domein": "bestuurlijk",
        "omschrijving": "Verblijfsontzegging winkelcentrum Toolenburg handhaven.",
        "eigenaar": "gemeente",
        "deadline": (today + timedelta(days=90)).isoformat(),
    }
    planactie = api.call("gemeente", "pga", "POST", f"/v1/casussen/{casus_id}/planacties", item)
    ban = {
        "soort": "verblijfsontzegging",
        "ingangsdatum": today.isoformat(),
        "einddatum": (today + timedelta(days=90)).isoformat(),
        "toelichting": "Winkelcentrum Toolenburg.",
        "casusId": casus_id,
        "planactieId": planactie["id"],
    }
    # Imposed by the municipality through the case director (a policy adviser's task does not
    # reach the youths' cases).
    api.call("gemeente", "pga", "POST", f"/v1/jongeren/{jongere_id}/maatregelen", ban)
    closure = {
        "pand": DEMO_PAND,
        "ingangsdatum": today.isoformat(),
        "einddatum": (today + timedelta(days=91)).isoformat(),
        "toelichting": "Handelsvoorraad aangetroffen; sluiting drie maanden.",
    }
    api.call("gemeente", "ondermijning", "POST", "/v1/sluitingen", closure)


def _plan(api: DemoApi, casus: str, today: date) -> None:
    items = [
        ("onderwijs", "Terug naar school: gesprek met school en ouders.", "leerplicht", 30),
        ("zorg", "Forensisch coach inzetten via het jeugdhulpaanbod.", "gemeente", 21),
        ("straf", "Halt-afdoening afronden.", "halt", 60),
    ]
    for domein, omschrijving, eigenaar, days in items:
        item = {
            "domein": domein,
            "omschrijving": omschrijving,
            "eigenaar": eigenaar,
            "deadline": (today + timedelta(days=days)).isoformat(),
        }
        api.call("gemeente", "pga", "POST", f"{casus}/planacties", item)


def _perspective(api: DemoApi, jongere_id: str, casus: str, today: date) -> None:
    """The sociaal perspectiefplan: a protective factor registered for the youth and linked, a
    forensic coach of jeugdhulp (who may then read the case under pga), two steunfiguren."""
    talent = {
        "soort": "beschermend",
        "domein": "vrienden_vrije_tijd",
        "indicator": "talent",
        "omschrijving": "Speelt goed voetbal.",
        "vastgesteldOp": (today - timedelta(days=10)).isoformat(),
    }
    factor = api.call(
        "jongerenwerk", "signalering", "POST", f"/v1/jongeren/{jongere_id}/factoren", talent
    )
    perspective = {
        "beschermendeFactoren": "Betrokken oma; goed in voetbal.",
        "beschermendeFactorIds": [factor["id"]],
        "coach": {
            "organisatie": "jeugdhulp",
            "naam": "Demo Forensisch coach",
            "contact": "coach@aanwas-demo.example",
        },
        "dagbesteding": "Entree-opleiding mbo",
        "talentontwikkeling": "Voetbalvereniging",
        "steunfiguren": [
            {"naam": "Oma", "relatie": "grootmoeder", "contact": "06-00000000"},
            {"naam": "Trainer", "relatie": "voetbaltrainer"},
        ],
    }
    api.call("gemeente", "pga", "PUT", f"{casus}/perspectiefplan", perspective)
    api.call("jeugdhulp", "pga", "GET", casus)
