"""The sociaal perspectiefplan over the API: protective factors linked to the factors registered
for the youth, a coach that is an organisation and a person, steunfiguren as contacts. The
organisation assigned as coach (jeugdhulp) reads the case under the pga covenant while it is
assigned and the case is open; before, after the coach changes and after the case closes it is
refused (403, on record), and nothing changes for the other parties.
"""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.security.crypto import FieldPlace
from api.settings import Settings
from tests.conftest import Caller, audit_rows
from tests.test_aanpak import Parties, open_case
from tests.test_regie import refused

UNASSIGNED = (
    "convenant pga geldt voor deze partij alleen zolang zij coach is in de open casus van de "
    "jongere"
)


def factor(client: TestClient, who: Caller, jongere_id: str, soort: str, indicator: str) -> str:
    body = {
        "soort": soort,
        "domein": "vrienden_vrije_tijd",
        "indicator": indicator,
        "vastgesteldOp": "2026-11-01",
    }
    added = client.post(f"/v1/jongeren/{jongere_id}/factoren", json=body, headers=who.headers())
    assert added.status_code == 201, added.text
    return str(added.json()["id"])


def plan(coach_org: str | None, *factor_ids: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "beschermendeFactoren": "Goed in voetbal; betrokken oma.",
        "beschermendeFactorIds": list(factor_ids),
        "dagbesteding": "Entree-opleiding",
        "steunfiguren": [
            {"naam": "Oma Jansen", "relatie": "grootmoeder", "contact": "06-12345678"},
            {"naam": "Trainer Bakker", "relatie": "voetbaltrainer"},
        ],
    }
    if coach_org is not None:
        body["coach"] = {"organisatie": coach_org, "naam": "Coach Yara", "contact": "06-1111"}
    return body


def test_the_plan_links_protective_factors_and_names_coach_and_steunfiguren(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    parties = Parties(caller)
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    talent = factor(app_client, parties.leerplicht, jongere_id, "beschermend", "talent")
    risk = factor(app_client, parties.jongerenwerk, jongere_id, "risico", "geldmotief")
    url = f"/v1/casussen/{casus_id}/perspectiefplan"
    pga = parties.gemeente.headers("pga")

    put = app_client.put(url, json=plan("jeugdhulp", talent, talent), headers=pga)
    assert put.status_code == 200, put.text
    stored = put.json()
    assert stored["beschermendeFactorIds"] == [talent]  # each factor once
    assert stored["coach"] == {
        "organisatie": "jeugdhulp",
        "naam": "Coach Yara",
        "contact": "06-1111",
    }
    assert stored["steunfiguren"] == [
        {"naam": "Oma Jansen", "relatie": "grootmoeder", "contact": "06-12345678"},
        {"naam": "Trainer Bakker", "relatie": "voetbaltrainer"},
    ]

    # A risk factor, an id nobody registered and another youth's factor: 400, all listed, and
    # the plan as it was.
    other_youth, _ = open_case(app_client, parties, _another_bsn())
    elsewhere = factor(app_client, parties.leerplicht, other_youth, "beschermend", "talent")
    unknown = "00000000-0000-4000-8000-000000000000"
    wrong = app_client.put(
        url, json=plan("jongerenwerk", talent, risk, unknown, elsewhere), headers=pga
    )
    assert wrong.status_code == 400, wrong.text
    assert wrong.headers["content-type"] == "application/problem+json"
    assert [p["name"] for p in wrong.json()["invalidParams"]] == [
        "beschermendeFactorIds[1]",
        "beschermendeFactorIds[2]",
        "beschermendeFactorIds[3]",
    ]
    assert unknown not in wrong.text and risk not in wrong.text
    shown = app_client.get(f"/v1/casussen/{casus_id}", headers=pga).json()["perspectiefplan"]
    assert shown["coach"]["organisatie"] == "jeugdhulp"
    assert shown["beschermendeFactorIds"] == [talent]

    # The coach is no longer free text (a breaking change): a string is invalid input.
    free_text = app_client.put(url, json={"coach": "Forensisch coach"}, headers=pga)
    assert free_text.status_code == 400
    incomplete = app_client.put(url, json={"steunfiguren": [{"naam": "Oma"}]}, headers=pga)
    assert incomplete.status_code == 400

    # Other parties of the pga covenant see the plan as before, the coach and contacts with it.
    seen = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.jongerenwerk.headers("pga"))
    assert seen.status_code == 200, seen.text
    assert seen.json()["perspectiefplan"]["steunfiguren"][0]["naam"] == "Oma Jansen"


def test_the_assigned_coach_reads_the_case_while_assigned_and_open(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    parties = Parties(caller)
    coach = caller("jeugdhulp", "coach")
    system = caller("jeugdhulp", "partner_system")
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    url = f"/v1/casussen/{casus_id}"
    pga = parties.gemeente.headers("pga")
    perspective = f"{url}/perspectiefplan"

    # Not (yet) the coach: jeugdhulp is a pga party, but only for a case it coaches.
    refused(settings, app_client.get(url, headers=coach.headers("pga")), coach, UNASSIGNED)
    assign = app_client.put(perspective, json=plan("jeugdhulp"), headers=pga)
    assert assign.status_code == 200, assign.text

    for who in (coach, system):
        read = app_client.get(url, headers=who.headers("pga"))
        assert read.status_code == 200, read.text
        assert read.json()["perspectiefplan"]["coach"]["naam"] == "Coach Yara"
        assert read.json()["status"] == "aangemeld"
        youth = app_client.get(f"/v1/jongeren/{jongere_id}", headers=who.headers("pga"))
        assert youth.status_code == 200, youth.text
        assert youth.json()["achternaam"] == "de Vries"
    granted = audit_rows(settings, client_id=coach.client_id)[-2]
    assert (granted["action"], granted["resource_type"], granted["decision"]) == (
        "read",
        "casus",
        "allow",
    )
    assert granted["covenants"] == ["pga"]
    # Under pga it gets what the covenant lists for it: no signals and no police data (a list
    # of them holds only what jeugdhulp supplied itself: none).
    for kind, category in (("signalen", "signaal"), ("antecedenten", "antecedent")):
        rows = app_client.get(f"/v1/jongeren/{jongere_id}/{kind}", headers=coach.headers("pga"))
        assert rows.status_code == 200 and rows.json()["totaal"] == 0, rows.text
        listed = audit_rows(settings, client_id=coach.client_id)[-1]
        assert (listed["resource_type"], listed["basis"]) == (category, "eigen_gegevens")
    # A plan item it owns, it reports progress on.
    item = {
        "domein": "zorg",
        "omschrijving": "Wekelijks coachgesprek.",
        "eigenaar": "jeugdhulp",
        "deadline": "2027-03-01",
    }
    added = app_client.post(f"{url}/planacties", json=item, headers=pga)
    assert added.status_code == 201, added.text
    progress = app_client.patch(
        f"{url}/planacties/{added.json()['id']}",
        json={"status": "lopend"},
        headers=coach.headers("pga"),
    )
    assert progress.status_code == 200 and progress.json()["status"] == "lopend", progress.text
    # Otherwise reading is all: the plan stays the casusregisseur's.
    refused(
        settings,
        app_client.put(perspective, json=plan("jeugdhulp"), headers=coach.headers("pga")),
        coach,
        "alleen gemeente (casusregisseur) mag een perspectiefplan",
    )
    # Under another purpose it has nothing.
    refused(
        settings,
        app_client.get(url, headers=coach.headers("signalering")),
        coach,
        "geen geldend convenant geeft organisatie 'jeugdhulp' toegang voor doel 'signalering'",
    )

    # Another organisation becomes the coach: jeugdhulp is refused again.
    moved = app_client.put(perspective, json=plan("jeugdreclassering"), headers=pga)
    assert moved.status_code == 200, moved.text
    refused(settings, app_client.get(url, headers=coach.headers("pga")), coach, UNASSIGNED)
    refused(
        settings,
        app_client.get(f"/v1/jongeren/{jongere_id}", headers=system.headers("pga")),
        system,
        UNASSIGNED,
    )
    # The other parties' view is the same whoever coaches.
    other = app_client.get(url, headers=parties.leerplicht.headers("pga"))
    assert other.status_code == 200
    assert other.json()["perspectiefplan"]["coach"]["organisatie"] == "jeugdreclassering"

    # Assigned again, then the case closes: a closed case gives the coach nothing.
    assert app_client.put(perspective, json=plan("jeugdhulp"), headers=pga).status_code == 200
    assert app_client.get(url, headers=coach.headers("pga")).status_code == 200
    closed = app_client.post(
        f"{url}/statuswijzigingen",
        json={"status": "afgesloten", "reden": "Doelen bereikt."},
        headers=pga,
    )
    assert closed.status_code == 200, closed.text
    refused(
        settings,
        app_client.get(url, headers=coach.headers("pga")),
        coach,
        "convenant pga geldt alleen voor jongeren met een actieve PGA-casus",
    )
    denials = [
        r for r in audit_rows(settings, client_id=coach.client_id) if r["decision"] == "deny"
    ]
    assert len(denials) == 5
    assert all(r["jongere_id"] == jongere_id for r in denials)


def test_the_placemat_and_the_covenant_name_the_coach(app_client: TestClient, caller) -> None:
    privacy = caller("privacy", "privacy_officer")
    pga = app_client.get("/v1/convenanten/pga", headers=privacy.headers(None)).json()
    assert "jeugdhulp" in pga["partijen"]
    assert pga["voorwaardenPerPartij"] == {"jeugdhulp": "coach_toegewezen"}
    assert "politie" not in pga["categorieenPerPartij"]["jeugdhulp"]
    assert pga["versie"] == "1.1"
    placemat = app_client.get("/v1/organisaties", headers=privacy.headers(None)).json()
    assert "jeugdhulp" in {o["code"] for o in placemat["items"]}


def _another_bsn() -> str:
    from tests.conftest import _unused_bsns

    return _unused_bsns.pop()


def test_a_plan_from_before_0018_reads_its_free_text_as_names(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    """Before migration 0018 the coach and the steunfiguren were free text, sealed to their
    columns: the coach's text reads as its name (no organisation: nobody coaches under pga), the
    steunfiguren text as one steunfiguur of that name."""
    parties = Parties(caller)
    coach = caller("jeugdhulp", "coach")
    _, casus_id = open_case(app_client, parties, bsn)
    pga = parties.gemeente.headers("pga")
    url = f"/v1/casussen/{casus_id}"
    written = app_client.put(f"{url}/perspectiefplan", json=plan("jeugdhulp"), headers=pga)
    assert written.status_code == 200, written.text
    # Sealed before envelope encryption, too: with the legacy key (a v1 token).
    cipher = app_client.app.state.runtime.envelope.legacy  # type: ignore[attr-defined]
    engine = make_engine(settings.database_url)
    with engine.begin() as connection:
        plan_id = connection.execute(
            text("SELECT id FROM perspectiefplannen WHERE casus_id = :id"), {"id": casus_id}
        ).scalar_one()
        old = {
            column: cipher.seal(value, FieldPlace("perspectiefplannen", column, plan_id))
            for column, value in (("coach", "Forensisch coach"), ("steunfiguren", "Trainer en oma"))
        }
        # What 0018 finds: the old columns, the new ones empty.
        connection.execute(
            text(
                "UPDATE perspectiefplannen SET coach = :coach, steunfiguren = :steunfiguren, "
                "coach_organisatie = NULL, coach_contact = NULL, beschermende_factor_ids = NULL "
                "WHERE id = :id"
            ),
            {**old, "id": plan_id},
        )
    engine.dispose()
    shown = app_client.get(url, headers=pga).json()["perspectiefplan"]
    assert shown["coach"] == {"naam": "Forensisch coach"}
    assert shown["steunfiguren"] == [{"naam": "Trainer en oma"}]
    assert shown["beschermendeFactorIds"] == []
    refused(settings, app_client.get(url, headers=coach.headers("pga")), coach, UNASSIGNED)
