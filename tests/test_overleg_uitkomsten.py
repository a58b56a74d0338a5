"""Meetings decide (DOMAIN.md, "The process in more detail"): each youth on a meeting's agenda
gets one outcome, a decision with agreements (owner, date). The signaaloverleg's professional
judgement goes through the judgement path and admits the youth in the doelgroeptoets; an ICO's
agreements become plan items of the case; the ZVH sits at the ketenoverleg. Each participant sees
the outcome as far as its covenants allow; every refusal is a 403 on record that changes nothing.
"""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api.settings import Settings
from tests import test_aanpak
from tests.conftest import Caller, audit_rows, settle
from tests.test_aanpak import Parties, open_case, youth_with_signals
from tests.test_regie import refused

parties = test_aanpak.parties

SIGNAALOVERLEG = ["gemeente", "jongerenwerk", "leerplicht", "politie"]
KETENOVERLEG = ["gemeente", "politie", "om", "jeugdreclassering", "rvdk", "halt", "zvh"]
PURPOSE = {"signaaloverleg": "signalering", "ketenoverleg": "pga", "ico": "ico"}
BESLUIT = "Jongerenwerk legt contact met de jongere en de ouders."
AFSPRAAK = {"omschrijving": "Huisbezoek met de ouders.", "eigenaar": "jongerenwerk"}


def plan_meeting(
    client: TestClient, chair: Caller, soort: str, deelnemers: list[str], *youths: str
) -> str:
    headers = chair.headers(PURPOSE[soort])
    planned = client.post(
        "/v1/overleggen",
        json={"soort": soort, "datum": "2026-12-10", "deelnemers": deelnemers},
        headers=headers,
    )
    assert planned.status_code == 201, planned.text
    meeting_id: str = planned.json()["id"]
    for jongere_id in youths:
        added = client.post(
            f"/v1/overleggen/{meeting_id}/agenda", json={"jongereId": jongere_id}, headers=headers
        )
        assert added.status_code == 201, added.text
    return meeting_id


def decide(
    client: TestClient, who: Caller, meeting_id: str, jongere_id: str, purpose: str, **body: Any
) -> Any:
    return client.post(
        f"/v1/overleggen/{meeting_id}/agenda/{jongere_id}/uitkomst",
        json={"soort": "besluit", "besluit": BESLUIT, **body},
        headers=who.headers(purpose),
    )


def outcome_seen(client: TestClient, who: Caller, meeting_id: str, purpose: str) -> Any:
    """The outcome of the (only) youth on the agenda, as this participant sees it."""
    seen = client.get(f"/v1/overleggen/{meeting_id}", headers=who.headers(purpose))
    assert seen.status_code == 200, seen.text
    (item,) = seen.json()["agenda"]
    return item.get("uitkomst")


def newest(settings: Settings, who: Caller) -> dict[str, Any]:
    return audit_rows(settings, client_id=who.client_id)[-1]


def signal_round(client: TestClient, parties: Parties, bsn: str) -> tuple[str, str]:
    """A youth with one signal (one indicator: not enough for the rule) on a signaaloverleg."""
    jongere_id = youth_with_signals(client, parties.politie, bsn, "pakketjes")
    meeting_id = plan_meeting(
        client, parties.gemeente, "signaaloverleg", SIGNAALOVERLEG, jongere_id
    )
    return jongere_id, meeting_id


def test_the_signaaloverleg_judges_and_its_participants_see_the_outcome(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings
) -> None:
    jongere_id, meeting_id = signal_round(app_client, parties, bsn)
    redenen = ["Wordt door jongerenwerk en politie samen gezien bij een dealplek."]
    recorded = decide(
        app_client,
        parties.gemeente,
        meeting_id,
        jongere_id,
        "signalering",
        soort="professioneel_oordeel",
        redenen=redenen,
        afspraken=[{**AFSPRAAK, "datum": "2026-12-20"}],
    )
    assert recorded.status_code == 201, recorded.text
    assert recorded.headers["location"] == f"/v1/overleggen/{meeting_id}"
    outcome = recorded.json()
    assert (outcome["soort"], outcome["besluit"], outcome["vastgelegdDoor"]) == (
        "professioneel_oordeel",
        BESLUIT,
        "gemeente",
    )
    assert outcome["afspraken"] == [{**AFSPRAAK, "datum": "2026-12-20"}]

    # The judgement went through its own path, given by the meeting's participants, and the
    # doelgroeptoets admits the youth through it.
    settle(settings)
    toets = app_client.get(
        f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=parties.gemeente.headers()
    ).json()
    assert (toets["uitkomst"], toets["route"]) == ("criminele_aanwas", "professioneel_oordeel")
    judgement = toets["professioneelOordeel"]
    assert judgement["id"] == outcome["professioneelOordeelId"]
    assert (judgement["redenen"], judgement["overlegId"]) == (redenen, meeting_id)
    assert judgement["deelnemers"] == sorted(SIGNAALOVERLEG)

    # Every participant of the signaaloverleg sees it (signal data, under the group approach).
    for who in (parties.politie, parties.leerplicht, parties.jongerenwerk, parties.gemeente):
        seen = outcome_seen(app_client, who, meeting_id, "signalering")
        assert seen is not None and seen["besluit"] == BESLUIT, who.org
        last = newest(settings, who)
        assert (last["resource_type"], last["decision"]) == ("overleguitkomst", "allow")

    # The policy adviser sees who is on the agenda, not what the meeting decided; on record.
    seen = app_client.get(f"/v1/overleggen/{meeting_id}", headers=parties.beleid.headers())
    (item,) = seen.json()["agenda"]
    assert item["voornamen"] == "Sem" and "uitkomst" not in item
    assert BESLUIT not in seen.text and "dealplek" not in seen.text
    denial = newest(settings, parties.beleid)
    assert (denial["resource_type"], denial["decision"], denial["jongere_id"]) == (
        "overleguitkomst",
        "deny",
        jongere_id,
    )
    assert "signaal-gegevens" in denial["reason"]

    # Not a participant: no meeting, no outcome.
    refused = app_client.get(f"/v1/overleggen/{meeting_id}", headers=parties.halt.headers())
    assert refused.status_code == 403 and BESLUIT not in refused.text
    assert newest(settings, parties.halt)["decision"] == "deny"

    # One outcome per agenda item.
    again = decide(app_client, parties.gemeente, meeting_id, jongere_id, "signalering")
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert again.json()["type"].endswith("uitkomst-bestaat-al")


def test_the_chair_alone_records_and_bad_input_stores_nothing(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings
) -> None:
    jongere_id, meeting_id = signal_round(app_client, parties, bsn)
    # A participant that does not chair: refused, on record, nothing stored.
    for who in (parties.politie, parties.jongerenwerk, parties.beleid):
        refused = decide(app_client, who, meeting_id, jongere_id, "signalering")
        assert refused.status_code == 403, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        last = newest(settings, who)
        assert (last["resource_type"], last["action"], last["decision"], last["http_status"]) in (
            ("overleguitkomst", "create", "deny", 403),
            ("overleg", "read", "deny", 403),  # the adviser's task: only reading the agenda
        )
    # Not a participant at all.
    outsider = decide(app_client, parties.halt, meeting_id, jongere_id, "signalering")
    assert outsider.status_code == 403
    assert newest(settings, parties.halt)["resource_type"] == "overleg"

    # Bad input: all errors named, nothing stored.
    bad = [
        ({"soort": "professioneel_oordeel"}, {"redenen"}),
        ({"soort": "besluit", "redenen": ["Omdat het zo is."]}, {"redenen"}),
        ({"soort": "verzonnen"}, None),
        ({"besluit": ""}, None),
        ({"afspraken": [{**AFSPRAAK, "datum": "2026-02-30"}]}, None),
        ({"afspraken": [{**AFSPRAAK, "eigenaar": "bakker", "datum": "2026-12-20"}]}, None),
    ]
    for body, names in bad:
        response = decide(
            app_client, parties.gemeente, meeting_id, jongere_id, "signalering", **body
        )
        assert response.status_code == 400, (body, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        if names is not None:
            assert {p["name"] for p in response.json()["invalidParams"]} == names
    assert outcome_seen(app_client, parties.gemeente, meeting_id, "signalering") is None
    assert app_client.get(
        f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=parties.gemeente.headers()
    ).json().get("route") in (None, "indicatoren")

    # A youth not on this agenda: 404; a malformed id: 400.
    other = youth_with_signals(app_client, parties.politie, "999999990", "pakketjes")
    missing = decide(app_client, parties.gemeente, meeting_id, other, "signalering")
    assert missing.status_code == 404
    assert "Sem" not in missing.text
    malformed = decide(app_client, parties.gemeente, meeting_id, "geen-id", "signalering")
    assert malformed.status_code == 400

    # Registering for PGA is the signaaloverleg's outcome, recorded as such.
    registered = decide(
        app_client,
        parties.gemeente,
        meeting_id,
        jongere_id,
        "signalering",
        soort="aanmelden_pga",
        besluit="Aanmelden voor de persoonsgerichte aanpak.",
    )
    assert registered.status_code == 201, registered.text
    seen = outcome_seen(app_client, parties.leerplicht, meeting_id, "signalering")
    assert (seen["soort"], seen["afspraken"]) == ("aanmelden_pga", [])


def test_the_zvh_sits_at_the_ketenoverleg_and_sees_what_its_covenants_give(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings, caller
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    meeting_id = plan_meeting(
        app_client, parties.gemeente, "ketenoverleg", KETENOVERLEG, jongere_id
    )

    # The ZVH (and the OM) take part: the meeting and who is on its agenda, nothing personal.
    for who in (parties.zvh, parties.om):
        seen = app_client.get(f"/v1/overleggen/{meeting_id}", headers=who.headers("pga"))
        assert seen.status_code == 200, (who.org, seen.text)
        assert "zvh" in seen.json()["deelnemers"]
        (item,) = seen.json()["agenda"]
        assert set(item) == {"volgorde", "jongereId"}, item

    # An organisation of another kind of meeting, or the ZVH not invited: no meeting.
    without_zvh = plan_meeting(
        app_client, parties.gemeente, "ketenoverleg", ["gemeente", "politie", "om"]
    )
    not_invited = app_client.get(
        f"/v1/overleggen/{without_zvh}", headers=parties.zvh.headers("pga")
    )
    refused(settings, not_invited, parties.zvh, "alleen deelnemers, onder het doel van het overleg")
    convened = app_client.post(
        "/v1/overleggen",
        json={"soort": "ketenoverleg", "datum": "2026-12-10", "deelnemers": KETENOVERLEG},
        headers=parties.zvh.headers("pga"),
    )
    refused(settings, convened, parties.zvh, "alleen het ketenoverleg zonder persoonsgegevens")

    # The chair records the outcome; its agreements stay agreements (no ICO).
    recorded = decide(
        app_client,
        parties.gemeente,
        meeting_id,
        jongere_id,
        "pga",
        afspraken=[{**AFSPRAAK, "datum": "2027-01-10"}],
    )
    assert recorded.status_code == 201, recorded.text
    assert "casusId" not in recorded.json()
    # Only the signaaloverleg judges.
    judged = decide(
        app_client,
        parties.gemeente,
        meeting_id,
        jongere_id,
        "pga",
        soort="professioneel_oordeel",
        redenen=["Sterke vermoedens."],
    )
    assert judged.status_code == 400
    assert {p["name"] for p in judged.json()["invalidParams"]} == {"soort"}

    # pga partners see it (plan data of an active case); the ZVH and the OM, no pga party, not.
    jeugdreclassering = caller("jeugdreclassering", "jeugdreclasseerder")
    for who in (parties.halt, parties.politie, jeugdreclassering):
        assert outcome_seen(app_client, who, meeting_id, "pga")["besluit"] == BESLUIT, who.org
    for who in (parties.zvh, parties.om):
        assert outcome_seen(app_client, who, meeting_id, "pga") is None
        denial = newest(settings, who)
        assert (denial["resource_type"], denial["decision"]) == ("overleguitkomst", "deny")
    # The ZVH writes no ketenoverleg outcome.
    refused(
        settings,
        decide(app_client, parties.zvh, meeting_id, jongere_id, "pga"),
        parties.zvh,
        "alleen het ketenoverleg zonder persoonsgegevens",
    )
    # Nor does the chair change the case through it: the plan is untouched.
    plan = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.gemeente.headers("pga"))
    assert not plan.json().get("plan")


def test_ico_agreements_become_plan_items_of_the_escalated_case(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    app_client.post(
        f"/v1/casussen/{casus_id}/statuswijzigingen",
        json={"status": "actief", "reden": "Plan staat."},
        headers=parties.gemeente.headers("pga"),
    )
    escalated = app_client.post(
        f"/v1/casussen/{casus_id}/opschalingen",
        json={"soort": "zvh", "reden": "Lokale aanpak volstaat niet."},
        headers=parties.gemeente.headers("pga"),
    )
    assert escalated.status_code in (200, 201), escalated.text
    meeting_id = plan_meeting(
        app_client, parties.zvh, "ico", ["zvh", "gemeente", "om", "politie"], jongere_id
    )
    afspraken = [
        {"domein": "straf", "omschrijving": "Taakstraf afstemmen.", "eigenaar": "om"},
        {"domein": "zorg", "omschrijving": "Intake jeugdhulp.", "eigenaar": "gemeente"},
    ]
    # Every ICO agreement needs a domain, as a plan item does: all missing ones named.
    undomained = [{k: v for k, v in a.items() if k != "domein"} for a in afspraken]
    missing = decide(
        app_client,
        parties.zvh,
        meeting_id,
        jongere_id,
        "ico",
        afspraken=[{**a, "datum": "2027-02-01"} for a in undomained],
    )
    assert missing.status_code == 400
    assert {p["name"] for p in missing.json()["invalidParams"]} == {
        "afspraken.0.domein",
        "afspraken.1.domein",
    }
    recorded = decide(
        app_client,
        parties.zvh,
        meeting_id,
        jongere_id,
        "ico",
        afspraken=[{**a, "datum": "2027-02-01"} for a in afspraken],
    )
    assert recorded.status_code == 201, recorded.text
    outcome = recorded.json()
    assert outcome["casusId"] == casus_id
    item_ids = [a["planactieId"] for a in outcome["afspraken"]]
    assert len(set(item_ids)) == 2

    # They are the case's plan items, owned as agreed.
    casus = app_client.get(f"/v1/casussen/{casus_id}", headers=parties.gemeente.headers("ico"))
    plan = {item["id"]: item for item in casus.json()["plan"]}
    assert [(plan[i]["eigenaar"], plan[i]["omschrijving"]) for i in item_ids] == [
        ("om", "Taakstraf afstemmen."),
        ("gemeente", "Intake jeugdhulp."),
    ]
    creates = [
        r["resource_type"]
        for r in audit_rows(settings, client_id=parties.zvh.client_id)
        if r["action"] == "create" and r["decision"] == "allow"
    ]
    assert creates[-3:] == ["overleguitkomst", "planactie", "planactie"]

    # The zvh covenant's parties at the table see it; the OM too.
    assert outcome_seen(app_client, parties.om, meeting_id, "ico")["casusId"] == casus_id
    assert outcome_seen(app_client, parties.gemeente, meeting_id, "ico")["besluit"] == BESLUIT

    # Once the case is back to the local approach, the zvh covenant shares nothing of it.
    (opschaling,) = escalated.json()["opschalingen"]
    back = app_client.post(
        f"/v1/casussen/{casus_id}/opschalingen/{opschaling['id']}/afschaling",
        json={"reden": "Terug naar de lokale aanpak."},
        headers=parties.gemeente.headers("pga"),
    )
    assert back.status_code in (200, 201), back.text
    assert outcome_seen(app_client, parties.om, meeting_id, "ico") is None
    assert newest(settings, parties.om)["decision"] == "deny"
