"""The heavier approach's hand-off (DOMAIN.md, "Heavier approach"): when the doelgroeptoets turns
to zwaardere_aanpak during an open case, the case gets one open task for the casusregisseur and
the police to consider the aanpak ondermijning; parties that may not see police data see that
there is a task, not what it is about; the casusregisseur or the police close it with a reason.
Through the API, on both databases, with the worker and the audit log."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.settings import Settings
from tests import test_aanpak
from tests.conftest import audit_rows, settle
from tests.test_aanpak import Denied, Parties, open_case

# The fixtures of test_aanpak: every party in its role, and the check of a refusal.
parties = test_aanpak.parties
denied = test_aanpak.denied

SOORT = "overweeg_aanpak_ondermijning"
DECISION = "Besproken in het casusoverleg: overgedragen aan de aanpak ondermijning."


def register_antecedents(client: TestClient, parties: Parties, jongere_id: str, n: int) -> None:
    for soort in ("bezit", "handel", "handel", "bezit", "productie")[:n]:
        feit = {"soort": soort, "status": "verdachte", "feitdatum": "2026-09-01"}
        registered = client.post(
            f"/v1/jongeren/{jongere_id}/antecedenten", json=feit, headers=parties.politie.headers()
        )
        assert registered.status_code == 201, registered.text


def tasks(client: TestClient, who, casus_id: str) -> list[dict]:
    case = client.get(f"/v1/casussen/{casus_id}", headers=who.headers("pga"))
    assert case.status_code == 200, case.text
    return list(case.json()["taken"])


def test_a_heavier_assessment_during_a_case_opens_one_task_closed_by_the_police(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings, denied: Denied
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    assert tasks(app_client, parties.gemeente, casus_id) == []

    # Two antecedents: still criminele aanwas, no task.
    register_antecedents(app_client, parties, jongere_id, 2)
    settle(settings)
    assert tasks(app_client, parties.gemeente, casus_id) == []

    # A third: the worker's assessment says zwaardere_aanpak, and the case gets its task.
    register_antecedents(app_client, parties, jongere_id, 3)
    settle(settings)
    (task,) = tasks(app_client, parties.gemeente, casus_id)
    assert (task["soort"], task["status"]) == (SOORT, "open")
    assert task["voor"] == ["gemeente (casusregisseur)", "politie"]
    assert "aanpak ondermijning" in task["toelichting"]
    assert tasks(app_client, parties.politie, casus_id) == [task]
    derived = audit_rows(settings, decision="derived", resource_type="casustaak")
    assert [(r["resource_id"], r["action"]) for r in derived if r["jongere_id"] == jongere_id] == [
        (task["id"], "create")
    ]  # (other tests' youths share the database)

    # Not a second one while it is open, whatever else changes.
    register_antecedents(app_client, parties, jongere_id, 1)
    settle(settings)
    assert [t["id"] for t in tasks(app_client, parties.gemeente, casus_id)] == [task["id"]]

    # Youth work may not see police data: it sees a task, for whom, open; not what it is about.
    (seen,) = tasks(app_client, parties.jongerenwerk, casus_id)
    assert seen == {
        "id": task["id"],
        "status": "open",
        "voor": task["voor"],
        "doelgroeptoetsId": task["doelgroeptoetsId"],
        "aangemaaktOp": task["aangemaaktOp"],
    }
    case_text = app_client.get(
        f"/v1/casussen/{casus_id}", headers=parties.jongerenwerk.headers("pga")
    ).text
    assert "ondermijning" not in case_text and "zwaardere" not in case_text

    # Only the casusregisseur and the police close it; others are refused, on record.
    close = f"/v1/casussen/{casus_id}/taken/{task['id']}/afhandeling"
    for other in (parties.halt, parties.jongerenwerk):
        denied(
            app_client.post(close, json={"reden": DECISION}, headers=other.headers("pga")),
            "mag een casustaak vastleggen of wijzigen",
        )
    # Bad input changes nothing.
    short = app_client.post(close, json={"reden": "x"}, headers=parties.politie.headers("pga"))
    assert short.status_code == 400, short.text
    assert short.headers["content-type"] == "application/problem+json"
    unknown = app_client.post(
        f"/v1/casussen/{casus_id}/taken/{casus_id}/afhandeling",
        json={"reden": DECISION},
        headers=parties.politie.headers("pga"),
    )
    assert unknown.status_code == 404, unknown.text
    assert tasks(app_client, parties.gemeente, casus_id)[0]["status"] == "open"

    closed = app_client.post(
        close, json={"reden": DECISION}, headers=parties.politie.headers("pga")
    )
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "afgehandeld"
    assert (closed.json()["afgehandeldDoor"], closed.json()["afhandeling"]) == ("politie", DECISION)
    (shown,) = tasks(app_client, parties.gemeente, casus_id)
    assert (shown["status"], shown["afhandeling"]) == ("afgehandeld", DECISION)
    (hidden,) = tasks(app_client, parties.jongerenwerk, casus_id)
    assert hidden["status"] == "afgehandeld" and "afhandeling" not in hidden
    record = audit_rows(settings, client_id=parties.politie.client_id)[-2]
    assert (record["resource_type"], record["action"], record["decision"]) == (
        "casustaak",
        "update",
        "allow",
    )

    again = app_client.post(
        close, json={"reden": DECISION}, headers=parties.gemeente.headers("pga")
    )
    assert again.status_code == 409, again.text

    # Still heavier after a further antecedent: the outcome did not turn again, no new task.
    register_antecedents(app_client, parties, jongere_id, 1)
    settle(settings)
    assert len(tasks(app_client, parties.gemeente, casus_id)) == 1


def test_an_assessment_on_request_opens_the_task_too(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    register_antecedents(app_client, parties, jongere_id, 3)
    # Before the worker runs, the casusregisseur asks for the assessment now.
    asked = app_client.post(
        f"/v1/jongeren/{jongere_id}/doelgroeptoets", headers=parties.gemeente.headers("pga")
    )
    assert asked.status_code == 201, asked.text
    (task,) = tasks(app_client, parties.gemeente, casus_id)
    assert (task["soort"], task["status"]) == (SOORT, "open")
    settle(settings)  # the worker finds nothing new: still the one task
    assert [t["id"] for t in tasks(app_client, parties.gemeente, casus_id)] == [task["id"]]
    closed = app_client.post(
        f"/v1/casussen/{casus_id}/taken/{task['id']}/afhandeling",
        json={"reden": "Blijft in de PGA; politie en OM volgen de zaak."},
        headers=parties.gemeente.headers("pga"),
    )
    assert closed.status_code == 200, closed.text
    assert closed.json()["afgehandeldDoor"] == "gemeente"


def test_no_task_without_an_open_case(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    closed = app_client.post(
        f"/v1/casussen/{casus_id}/statuswijzigingen",
        json={"status": "afgesloten", "reden": "Verhuisd."},
        headers=parties.gemeente.headers("pga"),
    )
    assert closed.status_code == 200, closed.text
    register_antecedents(app_client, parties, jongere_id, 3)
    settle(settings)
    # The municipality still reads its closed case: no task on it, and none opened on record.
    assert tasks(app_client, parties.gemeente, casus_id) == []
    derived = audit_rows(settings, decision="derived", resource_type="casustaak")
    assert [r for r in derived if r["jongere_id"] == jongere_id] == []
