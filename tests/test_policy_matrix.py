"""The covenant matrix of DOMAIN.md through real HTTP (uvicorn) against the real OPA, on the
signal endpoints: every organisation in its role, for every purpose, reading and listing a signal
the police provided, and the police reading their own. A role axis: the same organisation in
another role gets what that role's task needs. Every denial is checked in the log."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.settings import Settings
from tests.conftest import _unused_bsns, audit_rows, register, signaal_body

ROLE = {
    "politie": "jeugdagent",
    "om": "officier",
    "jeugdreclassering": "jeugdreclasseerder",
    "rvdk": "raadsonderzoeker",
    "halt": "halt_medewerker",
    "leerplicht": "leerplichtambtenaar",
    "jongerenwerk": "jongerenwerker",
    "gemeente": "casusregisseur",
    "zvh": "procesregisseur",
    "ondermijning": "rechercheur",
    "onderwijs": "zorgcoordinator",
    "jeugdwijkteam": "wijkteammedewerker",
    "handhaving": "handhaver",
    "jeugdhulp": "coach",
    "privacy": "privacy_officer",
}
PURPOSES = [
    None,
    "signalering",
    "groepsaanpak",
    "pga",
    "ico",
    "ondermijning",
    "rapportage",
    "inzage",
    "toezicht",
    "onbekend",
]
# DOMAIN.md: the groepsaanpak covenant shares signals among these parties for these purposes.
# pga, zvh and riec need an active case, an escalation or a RIEC-melding, which no youth has
# until cases exist, so they share nothing here.
GROEPSAANPAK = {"gemeente", "politie", "jongerenwerk", "leerplicht", "halt"}
# Purposes each organisation works under in some covenant (own rows in lists, without one).
WORKS_UNDER = {
    "politie": {"signalering", "groepsaanpak", "pga", "ico", "ondermijning"},
    "om": {"ico", "ondermijning"},
    "jeugdreclassering": {"pga", "ico"},
    "rvdk": {"pga", "ico"},
    "halt": {"signalering", "groepsaanpak", "pga"},
    "leerplicht": {"signalering", "groepsaanpak", "pga"},
    "jongerenwerk": {"signalering", "groepsaanpak", "pga"},
    "gemeente": {"signalering", "groepsaanpak", "pga", "ico", "ondermijning"},
    "zvh": {"ico"},
    "ondermijning": {"ondermijning"},
    # The signalers only supply under the vroegsignalering covenant: their own rows, nothing else.
    "onderwijs": {"signalering"},
    "jeugdwijkteam": {"signalering"},
    "handhaving": {"signalering"},
    # The coach's organisation: under pga, for a case it coaches (none here).
    "jeugdhulp": {"pga"},
    "privacy": set(),
}
KNOWN = set(PURPOSES) - {None, "onbekend"}
# DOMAIN.md, "Need to know inside an organisation": a role's task narrows the purposes its
# organisation works under. The jeugdagent does not work for the RIEC (the police's system does);
# a policy adviser's task reaches covenants and meeting agendas, never a youth's signals; an
# analist sees aggregates only.
TASK_PURPOSES = {
    ("politie", "jeugdagent"): WORKS_UNDER["politie"] - {"ondermijning"},
    ("gemeente", "beleidsadviseur"): set(),
    ("gemeente", "analist"): set(),
}
# Every organisation in its role, and the other roles of the same organisation where the task
# differs.
CALLERS = [
    *sorted(ROLE.items()),
    ("politie", "partner_system"),
    ("gemeente", "beleidsadviseur"),
    ("gemeente", "analist"),
]


def purposes_of(org: str, role: str) -> set[str]:
    return TASK_PURPOSES.get((org, role), WORKS_UNDER[org])


@pytest.fixture(scope="module")
def police_signal(server: str, settings: Settings) -> Iterator[dict[str, str]]:
    client_id, secret = register(settings, "politie", "partner_system")
    token = httpx.post(
        f"{server}/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    ).json()["access_token"]
    created = httpx.post(
        f"{server}/v1/signalen",
        json=signaal_body(_unused_bsns.pop()),  # a youth of its own: one row in every list
        headers={"Authorization": f"Bearer {token}", "Doelbinding": "signalering"},
    )
    assert created.status_code == 201
    yield created.json()


def expected_read(org: str, role: str, purpose: str | None) -> bool:
    if purpose not in KNOWN or org == "privacy" or purpose not in purposes_of(org, role):
        return False
    if org == "politie":
        # A covenant, or else its own data, for a purpose the police's task works under.
        return True
    return org in GROEPSAANPAK and purpose in {"signalering", "groepsaanpak"}


def expected_list(org: str, role: str, purpose: str | None) -> tuple[int, int]:
    """(status, number of rows) for the youth's list: one row, provided by the police."""
    if purpose not in KNOWN or org == "privacy" or purpose not in purposes_of(org, role):
        return 403, 0
    if org in GROEPSAANPAK and purpose in {"signalering", "groepsaanpak"}:
        return 200, 1
    return 200, 1 if org == "politie" else 0


@pytest.mark.parametrize(("org", "role"), CALLERS)
def test_matrix_over_http(
    server: str, settings: Settings, police_signal: dict[str, str], org: str, role: str
) -> None:
    client_id, secret = register(settings, org, role)
    token = httpx.post(
        f"{server}/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    ).json()["access_token"]
    mismatches = []
    denials = 0
    for purpose in PURPOSES:
        headers = {"Authorization": f"Bearer {token}"}
        if purpose is not None:
            headers["Doelbinding"] = purpose
        read = httpx.get(f"{server}/v1/signalen/{police_signal['id']}", headers=headers)
        listed = httpx.get(
            f"{server}/v1/jongeren/{police_signal['jongereId']}/signalen", headers=headers
        )
        want_read = expected_read(org, role, purpose)
        if (read.status_code == 200) != want_read or read.status_code not in (200, 403):
            mismatches.append(("read", purpose, read.status_code))
        if want_read:
            if read.json().get("omschrijving") != signaal_body("x")["omschrijving"]:
                mismatches.append(("read content", purpose))
            covenant = org in GROEPSAANPAK and purpose in {"signalering", "groepsaanpak"}
            if ("jongere" in read.json()) != covenant:
                mismatches.append(("identity shown only under a covenant", purpose))
        elif "telefoons" in read.text or "Sem" in read.text:
            mismatches.append(("read leaked", purpose))
        want_status, want_rows = expected_list(org, role, purpose)
        got_rows = len(listed.json().get("items", [])) if listed.status_code == 200 else 0
        if (listed.status_code, got_rows) != (want_status, want_rows):
            mismatches.append(("list", purpose, listed.status_code, got_rows))
        if listed.status_code == 200 and listed.json()["totaal"] != want_rows:
            mismatches.append(("list total", purpose))
        denials += (read.status_code == 403) + (listed.status_code == 403)
    assert mismatches == []
    logged = [r for r in audit_rows(settings, client_id=client_id) if r["decision"] == "deny"]
    assert len(logged) == denials, "every denial was audit-logged"
    assert all(r["http_status"] == 403 and r["reason"] for r in logged)
