"""`aanwas demo seed`: a fictional data set for trying every flow, pushed through the real API.

Demo partner systems are registered and then push their signals over HTTP, exactly as real
partners do, so every record passes the policy and lands in the audit log. All people are
invented; their BSNs lie in the range 999990000-999999999 that is reserved for testing.
"""

from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy.orm import Session

from api.demo_cases import (
    CASE_SCENARIOS,
    DemoApi,
    open_case_with_two_risk_factors,
    run_cases,
)
from api.demo_keys import key_partner
from api.security.clients import register_client
from api.validation import elfproef

DEMO_PARTNERS = [
    ("politie", "partner_system"),
    ("leerplicht", "partner_system"),
    ("jongerenwerk", "jongerenwerker"),
    ("halt", "halt_medewerker"),
    ("gemeente", "casusregisseur"),
    # A signaler of the vroegsignalering covenant: it pushes, and sees only what it pushed.
    ("onderwijs", "partner_system"),
]

VOORNAMEN = [
    "Sem",
    "Noah",
    "Liam",
    "Daan",
    "Finn",
    "Milan",
    "Mohammed",
    "Ayoub",
    "Jayden",
    "Luca",
    "Emma",
    "Julia",
    "Mila",
    "Sara",
    "Noor",
    "Yara",
    "Lina",
    "Amira",
    "Jesse",
    "Bram",
]
ACHTERNAMEN = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "El Amrani",
    "Yilmaz",
    "de Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Brouwer",
]
WIJKEN = [
    "Hoofddorp-Centrum",
    "Hoofddorp-Toolenburg",
    "Hoofddorp-Overbos",
    "Nieuw-Vennep",
    "Badhoevedorp",
    "Zwanenburg",
    "Haarlemmerliede",
    "Rijsenhout",
]
OMSCHRIJVINGEN = {
    "onverklaarbaar_geld_of_goederen": "Nieuwe merkkleding en veel contant geld op zak.",
    "meerdere_telefoons": "Bij controle drie telefoons aangetroffen.",
    "schoolverzuim": "Sinds zes weken vrijwel niet op school verschenen.",
    "nieuwe_oudere_vrienden": "Wordt opgehaald door oudere jongens in een huurauto.",
    "aanwezig_op_deallocatie": "Meermaals gezien bij het winkelcentrum waar gedeald wordt.",
    "online_ronselen": "Vertelt over een Snapchat-groep die 'snel geld' biedt.",
    "wapenbezit": "Liet een mes zien aan klasgenoten.",
    "drugsgebruik": "Ruikt regelmatig naar cannabis tijdens activiteiten.",
    "pakketjes": "Brengt 's avonds pakketjes rond op een scooter.",
    "op_de_uitkijk": "Staat 's avonds op de uitkijk bij een portiek.",
    "schulden_of_bedreiging": "Zegt geld schuldig te zijn aan oudere jongens.",
    "gedragsverandering": "Trekt zich terug, nieuwe vriendengroep, ander uiterlijk.",
}
# Which partner typically sees what on the signal card.
SIGNALS_OF = {
    "politie": ["meerdere_telefoons", "aanwezig_op_deallocatie", "op_de_uitkijk", "wapenbezit"],
    "leerplicht": ["schoolverzuim", "gedragsverandering"],
    "jongerenwerk": ["nieuwe_oudere_vrienden", "online_ronselen", "drugsgebruik", "pakketjes"],
    "halt": ["onverklaarbaar_geld_of_goederen", "schulden_of_bedreiging"],
}


@dataclass(frozen=True)
class Youth:
    bsn: str
    voornamen: str
    achternaam: str
    geboortedatum: date


def reserved_test_bsns() -> list[str]:
    """BSNs from the range reserved for testing that pass the eleven-test."""
    return [str(n) for n in range(999_990_000, 999_999_999) if elfproef(str(n))]


def youths(count: int, rng: random.Random, today: date) -> list[Youth]:
    bsns = reserved_test_bsns()
    chosen = rng.sample(bsns, count)
    return [
        Youth(
            bsn=bsn,
            voornamen=rng.choice(VOORNAMEN),
            achternaam=rng.choice(ACHTERNAMEN),
            geboortedatum=today - timedelta(days=rng.randint(12 * 365 + 10, 21 * 365)),
        )
        for bsn in chosen
    ]


def signals_by_partner(
    people: list[Youth], rng: random.Random, today: date
) -> dict[str, list[dict[str, Any]]]:
    batches: dict[str, list[dict[str, Any]]] = {org: [] for org in SIGNALS_OF}
    for youth in people:
        wijk = rng.choice(WIJKEN)
        for org in rng.sample(sorted(SIGNALS_OF), rng.randint(1, 3)):
            for _ in range(rng.randint(1, 2)):
                categorie = rng.choice(SIGNALS_OF[org])
                batches[org].append(
                    {
                        "jongere": {
                            "bsn": youth.bsn,
                            "voornamen": youth.voornamen,
                            "achternaam": youth.achternaam,
                            "geboortedatum": youth.geboortedatum.isoformat(),
                        },
                        "categorie": categorie,
                        "omschrijving": OMSCHRIJVINGEN[categorie],
                        "waargenomenOp": (today - timedelta(days=rng.randint(1, 180))).isoformat(),
                        "wijk": wijk,
                    }
                )
    return batches


# People acting in a role (besides the partner systems above), keyed for the summary.
DEMO_PERSONS = {
    "gemeente_beleidsadviseur": ("gemeente", "beleidsadviseur"),
    "om": ("om", "officier"),
    "zvh": ("zvh", "procesregisseur"),
    # The forensic coach the perspective plans assign: reads a case while it coaches it.
    "jeugdhulp": ("jeugdhulp", "coach"),
    # The RIEC (team ondermijning / RIEC Noord-Holland), who answers RIEC-meldingen.
    "ondermijning": ("ondermijning", "rechercheur"),
    # The privacy officer, who answers a youth's access request (inzage, AVG art. 15).
    "privacy": ("privacy", "privacy_officer"),
}


def seed(
    session: Session, base_url: str, *, count: int = 36, seed_value: int = 2024
) -> dict[str, Any]:
    """Registers the demo partners, pushes their signals through the API, then runs cases in
    every status; returns a summary with the demo clients' credentials (development only)."""
    rng = random.Random(seed_value)  # noqa: S311  (fictional data, not security)
    today = date.today()
    credentials: dict[str, dict[str, str]] = {}
    clients = {org: (org, role) for org, role in DEMO_PARTNERS} | DEMO_PERSONS
    for key, (org, role) in clients.items():
        client_id, secret = register_client(session, org=org, roles=[role], name=f"demo {key}")
        credentials[key] = {"clientId": client_id, "clientSecret": secret, "role": role}
    session.commit()

    pushed: dict[str, int] = {}
    youth_ids: dict[str, str] = {}
    people = youths(count, rng, today)
    with httpx.Client(base_url=base_url, timeout=60) as http:
        api = DemoApi(http, credentials)
        for org, batch in signals_by_partner(people, rng, today).items():
            if not batch:
                continue
            result = api.call(org, "signalering", "POST", "/v1/signalen/bulk", {"signalen": batch})
            pushed[org] = result["aangemaakt"]
            for item, outcome in zip(batch, result["resultaten"], strict=True):
                youth_ids[item["jongere"]["bsn"]] = outcome["jongereId"]
        ordered = [youth_ids[youth.bsn] for youth in people if youth.bsn in youth_ids]
        cases = run_cases(api, ordered, today)
        spare = [
            youth for youth in people if youth_ids.get(youth.bsn) in ordered[len(CASE_SCENARIOS) :]
        ]
        heavier = heavier_case = None
        if spare:
            heavier = youth_ids[spare[0].bsn]
            pushed["onderwijs"] = _school_signal(api, spare[0], today)
            heavier_case = _heavier_approach(api, heavier, today)
        judged = _professional_judgement(api, today)
        group = _group_approach(api, ordered[-2:], today)
        keyed = key_partner(session, http)
        signing = _signing_keys(http, api.token("politie"))
        inzage = _inzage(api, ordered[CASE_SCENARIOS.index("opgeschaald_zvh")])
    return {
        "jongeren": count,
        "signalen": pushed,
        "casussen": cases,
        "zwaardereAanpak": heavier,
        "zwaardereAanpakCasus": heavier_case,
        "professioneelOordeel": judged,
        "jeugdgroep": group,
        "tokensleutels": signing,
        "inzage": inzage,
        "demoClients": credentials,
        "sleutelPartner": keyed,
    }


def _signing_keys(http: httpx.Client, token: str) -> dict[str, Any]:
    """What a partner finds to verify our tokens (docs/keys.md): the metadata names the JWKS,
    which publishes the key (kid) the demo's tokens are signed with."""
    metadata = http.get("/.well-known/oauth-authorization-server").raise_for_status().json()
    jwks_path = metadata["jwks_uri"].removeprefix(metadata["issuer"])
    kids = [key["kid"] for key in http.get(jwks_path).raise_for_status().json()["keys"]]
    encoded = token.split(".")[0]
    header = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    return {"jwksUri": metadata["jwks_uri"], "kids": kids, "kidVanDemoTokens": header["kid"]}


def _school_signal(api: DemoApi, youth: Youth, today: date) -> int:
    """A school signals truancy (DOMAIN.md: schools, the jeugdwijkteam and handhaving push
    signals under the vroegsignalering covenant and see only what they supplied)."""
    signal = {
        "jongere": {
            "bsn": youth.bsn,
            "voornamen": youth.voornamen,
            "achternaam": youth.achternaam,
            "geboortedatum": youth.geboortedatum.isoformat(),
        },
        "categorie": "schoolverzuim",
        "omschrijving": "Drie weken niet op school; zegt 's nachts te werken.",
        "waargenomenOp": (today - timedelta(days=3)).isoformat(),
    }
    api.call("onderwijs", "signalering", "POST", "/v1/signalen", signal)
    return 1


def _heavier_approach(api: DemoApi, jongere_id: str, today: date) -> str:
    """A youth in an active case who then gets three Opiumwet antecedents: the doelgroeptoets
    says zwaardere_aanpak, and the case gets a task for the casusregisseur and the police to
    consider the aanpak ondermijning (once the worker has recomputed). Returns the case id."""
    opened = open_case_with_two_risk_factors(api, jongere_id, today - timedelta(days=60))
    step = {"status": "actief", "reden": "Plan van aanpak besproken in het casusoverleg."}
    api.call("gemeente", "pga", "POST", f"/v1/casussen/{opened['id']}/statuswijzigingen", step)
    for days, soort in ((200, "bezit"), (120, "handel"), (40, "handel")):
        feit = {
            "soort": soort,
            "status": "verdachte",
            "feitdatum": (today - timedelta(days=days)).isoformat(),
        }
        api.call("politie", "signalering", "POST", f"/v1/jongeren/{jongere_id}/antecedenten", feit)
    return str(opened["id"])


def _professional_judgement(api: DemoApi, today: date) -> str:
    """A youth without signals the signaaloverleg has strong suspicions about: its judgement,
    recorded as the meeting's outcome, admits the youth (route professioneel_oordeel)."""
    born = today.replace(year=today.year - 15, day=1) - timedelta(days=60)
    youth = api.call(
        "gemeente",
        "signalering",
        "POST",
        "/v1/jongeren",
        {"voornamen": "Rayan", "achternaam": "Demo", "geboortedatum": born.isoformat()},
    )
    meeting = api.call(
        "gemeente",
        "signalering",
        "POST",
        "/v1/overleggen",
        {
            "soort": "signaaloverleg",
            "datum": today.isoformat(),
            "deelnemers": ["gemeente", "politie", "jongerenwerk", "leerplicht"],
        },
    )
    agenda = f"/v1/overleggen/{meeting['id']}/agenda"
    api.call("gemeente", "signalering", "POST", agenda, {"jongereId": youth["id"]})
    # The meeting's outcome for the youth on its agenda records the judgement; its participants
    # are the meeting's.
    outcome = {
        "soort": "professioneel_oordeel",
        "besluit": "Sterke vermoedens: de casusregisseur bespreekt aanmelding voor de PGA.",
        "redenen": [
            "Jongerenwerk en wijkagent zien hem steeds vaker bij oudere jongens op de dealplek.",
            "Heeft sinds kort dure kleding en zegt 'klusjes' te doen.",
        ],
    }
    api.call("gemeente", "signalering", "POST", f"{agenda}/{youth['id']}/uitkomst", outcome)
    youth_id: str = youth["id"]
    return youth_id


def _group_approach(api: DemoApi, members: list[str], today: date) -> str:
    """A youth group in the groepsaanpak, three steps into the zevenstappenmodel: each step
    recorded by the party that took it (the police signal, the municipality connects and
    interprets). Returns the group's id."""
    group = api.call(
        "gemeente",
        "groepsaanpak",
        "POST",
        "/v1/jeugdgroepen",
        {"naam": "Groep winkelcentrum Toolenburg", "omschrijving": "Hangen 's avonds rond."},
    )
    path = f"/v1/jeugdgroepen/{group['id']}"
    for jongere_id in members:
        api.call("jongerenwerk", "groepsaanpak", "POST", f"{path}/leden", {"jongereId": jongere_id})
    steps = [
        ("politie", "signaleren", 42, "Meldingen van overlast en pakketjes bij het winkelcentrum."),
        ("gemeente", "verzamelen_en_verbinden", 28, "Groepsscan politie, aangevuld door partners."),
        ("gemeente", "groepsduiding", 9, "Concept plan van aanpak met politie en OM opgesteld."),
    ]
    for who, stap, days_ago, toelichting in steps:
        step = {
            "stap": stap,
            "datum": (today - timedelta(days=days_ago)).isoformat(),
            "toelichting": toelichting,
        }
        api.call(who, "groepsaanpak", "POST", f"{path}/stappen", step)
    group_id: str = group["id"]
    return group_id


def _inzage(api: DemoApi, jongere_id: str) -> dict[str, Any]:
    """The privacy officer answers the escalated youth's access request: everything stored
    (police and justice content summarised), its recipients and refusals, on record."""
    path = f"/v1/jongeren/{jongere_id}/inzage?kenmerk=DEMO-AVG-0001"
    document = api.call("privacy", "inzage", "GET", path)
    return {
        "jongereId": jongere_id,
        "ontvangers": [r["organisatie"] for r in document["ontvangers"]],
    }
