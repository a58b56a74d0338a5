"""`aanwas demo seed`: a fictional data set for trying every flow, pushed through the real API.

Demo partner systems are registered and then push their signals over HTTP, exactly as real
partners do, so every record passes the policy and lands in the audit log. All people are
invented; their BSNs lie in the range 999990000-999999999 that is reserved for testing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy.orm import Session

from api.security.tokens import register_client
from api.validation import elfproef

DEMO_PARTNERS = [
    ("politie", "partner_system"),
    ("leerplicht", "partner_system"),
    ("jongerenwerk", "jongerenwerker"),
    ("halt", "halt_medewerker"),
    ("gemeente", "casusregisseur"),
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


def seed(
    session: Session, base_url: str, *, count: int = 36, seed_value: int = 2024
) -> dict[str, Any]:
    """Registers the demo partners, pushes their signals through the API; returns a summary
    with the demo clients' credentials (development only)."""
    rng = random.Random(seed_value)  # noqa: S311  (fictional data, not security)
    today = date.today()
    credentials: dict[str, dict[str, str]] = {}
    for org, role in DEMO_PARTNERS:
        client_id, secret = register_client(session, org=org, roles=[role], name=f"demo {org}")
        credentials[org] = {"clientId": client_id, "clientSecret": secret, "role": role}
    session.commit()

    pushed: dict[str, int] = {}
    with httpx.Client(base_url=base_url, timeout=60) as http:
        for org, batch in signals_by_partner(youths(count, rng, today), rng, today).items():
            if not batch:
                continue
            creds = credentials[org]
            token = http.post(
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(creds["clientId"], creds["clientSecret"]),
            )
            token.raise_for_status()
            headers = {
                "Authorization": f"Bearer {token.json()['access_token']}",
                "Doelbinding": "signalering",
            }
            response = http.post("/v1/signalen/bulk", json={"signalen": batch}, headers=headers)
            response.raise_for_status()
            pushed[org] = response.json()["aangemaakt"]
    return {"jongeren": count, "signalen": pushed, "demoClients": credentials}
