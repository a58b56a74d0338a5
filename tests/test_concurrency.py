"""Concurrent requests over real HTTP: merges claim their record once, bulks never deadlock."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from api.settings import Settings
from tests.conftest import register, signaal_body


def token(server: str, settings: Settings, org: str, role: str) -> dict[str, str]:
    client_id, secret = register(settings, org, role)
    access = httpx.post(
        f"{server}/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    ).json()["access_token"]
    return {"Authorization": f"Bearer {access}", "Doelbinding": "signalering"}


def test_two_concurrent_merges_of_one_record_one_wins(server: str, settings: Settings) -> None:
    from tests.conftest import _unused_bsns

    gemeente = token(server, settings, "gemeente", "casusregisseur")
    person = {"voornamen": "Noor", "achternaam": "Bakker", "geboortedatum": "2010-02-03"}
    nameless = httpx.post(f"{server}/v1/jongeren", json=person, headers=gemeente).json()["id"]
    targets = [
        httpx.post(
            f"{server}/v1/jongeren", json={**person, "bsn": _unused_bsns.pop()}, headers=gemeente
        ).json()["id"]
        for _ in range(2)
    ]

    def merge(target: str) -> int:
        return httpx.post(
            f"{server}/v1/jongeren/{target}/samenvoegingen",
            json={"bronJongereId": nameless},
            headers=gemeente,
            timeout=30,
        ).status_code

    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = sorted(pool.map(merge, targets))
    assert statuses == [201, 409]
    merged = httpx.get(f"{server}/v1/jongeren/{nameless}", headers=gemeente).json()
    assert merged["samengevoegdIn"] in targets


def test_concurrent_bulks_about_the_same_new_youths_do_not_deadlock(
    server: str, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    politie = token(server, settings, "politie", "partner_system")
    leerplicht = token(server, settings, "leerplicht", "partner_system")
    youths = [_unused_bsns.pop() for _ in range(20)]
    forward = [signaal_body(b) for b in youths]
    backward = [signaal_body(b, categorie="schoolverzuim") for b in reversed(youths)]

    def push(args: tuple[dict[str, str], list[dict[str, object]]]) -> httpx.Response:
        headers, items = args
        return httpx.post(
            f"{server}/v1/signalen/bulk", json={"signalen": items}, headers=headers, timeout=60
        )

    with ThreadPoolExecutor(max_workers=2) as pool:
        responses = list(pool.map(push, [(politie, forward), (leerplicht, backward)]))
    assert [r.status_code for r in responses] == [200, 200]
    statuses = [item["status"] for r in responses for item in r.json()["resultaten"]]
    assert set(statuses) <= {201, 409}
    assert statuses.count(201) >= 20


def test_two_case_directors_opening_a_case_at_once_get_one_case(
    server: str, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    politie = token(server, settings, "politie", "partner_system")
    bsn = _unused_bsns.pop()
    jongere_id = ""
    for categorie in ("online_ronselen", "drugsgebruik"):
        jongere_id = httpx.post(
            f"{server}/v1/signalen", json=signaal_body(bsn, categorie=categorie), headers=politie
        ).json()["jongereId"]
    directors = [
        {**token(server, settings, "gemeente", "casusregisseur"), "Doelbinding": "pga"}
        for _ in range(2)
    ]
    body = {
        "jongereId": jongere_id,
        "casusregisseur": {"naam": "Fatima El Amrani", "email": "f.elamrani@example.org"},
        "reden": "Signaaloverleg.",
    }

    def open_case(headers: dict[str, str]) -> int:
        return httpx.post(
            f"{server}/v1/casussen", json=body, headers=headers, timeout=30
        ).status_code

    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = sorted(pool.map(open_case, directors))
    assert statuses == [201, 409]
    listed = httpx.get(
        f"{server}/v1/casussen?jongereId={jongere_id}", headers=directors[0], timeout=30
    ).json()
    assert listed["totaal"] == 1
