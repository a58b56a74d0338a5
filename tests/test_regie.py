"""Regie over the API: a case is directed by the casusregisseur that opened it (an identity, not
a name in the body); only that director reads the case's content and changes the case, and hands
it over; escalated to the ZVH the case is in procesregie, and the ZVH's procesregisseur adds plan
items. Every refusal is a 403 naming the rule, on record, and changes nothing.
"""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import Caller, audit_rows
from tests.test_aanpak import PLAINTEXT, REGISSEUR, Parties, open_case, youth_with_signals

OTHER_DIRECTOR = "deze casus wordt geregisseerd door een andere casusregisseur"

ITEM = {
    "domein": "zorg",
    "omschrijving": "Intake bij de jeugdhulp.",
    "eigenaar": "gemeente",
    "deadline": "2027-02-01",
}


def refused(settings: Settings, response: Any, who: Caller, reason_part: str) -> None:
    """A 403 problem naming the rule, and the refusal as the caller's newest audit record."""
    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert reason_part in body["detail"]
    # Nothing but the problem's own fields, and nothing of the youth or the case in them.
    assert set(body) <= {"type", "title", "status", "detail", "instance"}, body
    assert "Intake" not in response.text and "Signaaloverleg" not in response.text
    assert not [text for text in PLAINTEXT if text in response.text], response.text
    newest = audit_rows(settings, client_id=who.client_id)[-1]
    assert (newest["decision"], newest["http_status"]) == ("deny", 403), newest
    assert newest["reason"] == response.json()["detail"]


def handover(to: Caller, naam: str = "Joost Bakker") -> dict[str, Any]:
    return {"casusregisseur": {"id": to.client_id, "naam": naam, "email": "j.bakker@example.org"}}


def test_only_the_director_reads_and_changes_its_case_until_it_hands_it_over(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    parties = Parties(caller)
    first = parties.gemeente
    second = caller("gemeente", "casusregisseur")
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    url = f"/v1/casussen/{casus_id}"

    # The director is whoever opened it, not the name in the body (contact details only).
    opened = app_client.get(url, headers=first.headers("pga")).json()
    assert opened["casusregisseur"] == {**REGISSEUR, "id": first.client_id}
    assert opened["regie"] == "casusregie"

    # Another casusregisseur of the same municipality: no plan item, no status change, no
    # handing over (not even to itself), no perspective plan, no escalation, no reading.
    attempts = [
        app_client.post(f"{url}/planacties", json=ITEM, headers=second.headers("pga")),
        app_client.post(
            f"{url}/statuswijzigingen",
            json={"status": "actief", "reden": "Plan staat."},
            headers=second.headers("pga"),
        ),
        app_client.patch(url, json=handover(second), headers=second.headers("pga")),
        app_client.put(
            f"{url}/perspectiefplan", json={"dagbesteding": "School"}, headers=second.headers("pga")
        ),
        app_client.post(
            f"{url}/opschalingen",
            json={"soort": "zvh", "reden": "Lokaal volstaat niet."},
            headers=second.headers("pga"),
        ),
        app_client.get(url, headers=second.headers("pga")),
    ]
    for response in attempts:
        refused(settings, response, second, OTHER_DIRECTOR)
    denials = [
        r for r in audit_rows(settings, client_id=second.client_id) if r["decision"] == "deny"
    ]
    assert [(r["action"], r["resource_type"]) for r in denials] == [
        ("create", "planactie"),
        ("update", "casus"),
        ("update", "casus"),
        ("update", "perspectiefplan"),
        ("create", "opschaling"),
        ("read", "casus"),
    ]

    # Nothing changed.
    unchanged = app_client.get(url, headers=first.headers("pga")).json()
    assert unchanged["status"] == "aangemeld"
    assert unchanged["casusregisseur"]["id"] == first.client_id
    assert unchanged["plan"] == [] and "perspectiefplan" not in unchanged
    assert unchanged["opschalingen"] == [] and len(unchanged["historie"]) == 1

    # It still learns which case the youth has and who directs it: whom to call.
    listed = app_client.get(f"/v1/casussen?jongereId={jongere_id}", headers=second.headers("pga"))
    assert listed.status_code == 200, listed.text
    [summary] = listed.json()["items"]
    assert summary["casusregisseur"]["id"] == first.client_id and "plan" not in summary

    # Handing over names a casusregisseur of the municipality, or nothing changes.
    adviser = caller("gemeente", "beleidsadviseur")
    for body in (handover(adviser), handover(parties.politie)):
        bad = app_client.patch(url, json=body, headers=first.headers("pga"))
        assert bad.status_code == 400, bad.text
        assert bad.json()["invalidParams"][0]["name"] == "casusregisseur.id"
    unknown = {"casusregisseur": {**handover(second)["casusregisseur"], "id": "gemeente-0"}}
    assert app_client.patch(url, json=unknown, headers=first.headers("pga")).status_code == 400
    nameless = {"casusregisseur": REGISSEUR}
    assert app_client.patch(url, json=nameless, headers=first.headers("pga")).status_code == 400
    assert app_client.get(url, headers=first.headers("pga")).json()["casusregisseur"]["id"] == (
        first.client_id
    )

    # No other role of the municipality hands a case over: it has no team lead, and neither its
    # policy adviser nor its partner system directs cases.
    refused(
        settings,
        app_client.patch(url, json=handover(second), headers=adviser.headers("pga")),
        adviser,
        "alleen gemeente (casusregisseur) mag een casus vastleggen of wijzigen",
    )
    system = caller("gemeente", "partner_system")
    refused(
        settings,
        app_client.patch(url, json=handover(second), headers=system.headers("pga")),
        system,
        "alleen gemeente (casusregisseur) mag een casus vastleggen of wijzigen",
    )

    # The director hands it over (on record): now the other one directs it, and the first is
    # refused as the second was.
    handed = app_client.patch(url, json=handover(second), headers=first.headers("pga"))
    assert handed.status_code == 200, handed.text
    assert handed.json()["casusregisseur"]["id"] == second.client_id
    on_record = audit_rows(settings, client_id=first.client_id)[-1]
    assert (on_record["action"], on_record["resource_type"], on_record["decision"]) == (
        "update",
        "casus",
        "allow",
    )
    assert on_record["resource_id"] == casus_id
    added = app_client.post(f"{url}/planacties", json=ITEM, headers=second.headers("pga"))
    assert added.status_code == 201, added.text
    moved = app_client.post(
        f"{url}/statuswijzigingen",
        json={"status": "actief", "reden": "Plan staat."},
        headers=second.headers("pga"),
    )
    assert moved.status_code == 200 and moved.json()["status"] == "actief"
    read = app_client.get(url, headers=second.headers("pga")).json()
    assert [item["omschrijving"] for item in read["plan"]] == [ITEM["omschrijving"]]
    # The handover is in the history: a step that keeps the status, naming the new director.
    assert [(step.get("van"), step["naar"], step["reden"]) for step in read["historie"]] == [
        (None, "aangemeld", "Signaaloverleg."),
        ("aangemeld", "aangemeld", "Overgedragen aan casusregisseur Joost Bakker."),
        ("aangemeld", "actief", "Plan staat."),
    ]
    refused(
        settings,
        app_client.post(f"{url}/planacties", json=ITEM, headers=first.headers("pga")),
        first,
        OTHER_DIRECTOR,
    )
    refused(settings, app_client.get(url, headers=first.headers("pga")), first, OTHER_DIRECTOR)

    # The other parties' views do not depend on who directs: the police read it under pga.
    police = app_client.get(url, headers=parties.politie.headers("pga"))
    assert police.status_code == 200 and len(police.json()["plan"]) == 1


def test_procesregie_while_escalated_and_the_zvh_adds_plan_items_then_only(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    parties = Parties(caller)
    director, zvh = parties.gemeente, parties.zvh
    _, casus_id = open_case(app_client, parties, bsn)
    url = f"/v1/casussen/{casus_id}"
    pga = director.headers("pga")
    step = {"status": "actief", "reden": "Plan staat."}
    assert app_client.post(f"{url}/statuswijzigingen", json=step, headers=pga).status_code == 200

    # Not escalated: the ZVH has no part in the case.
    refused(
        settings,
        app_client.post(f"{url}/planacties", json=ITEM, headers=zvh.headers("ico")),
        zvh,
        "convenant zvh geldt alleen voor casussen die zijn opgeschaald",
    )

    escalation = {"soort": "zvh", "reden": "Lokale aanpak volstaat niet; ICO nodig."}
    escalated = app_client.post(f"{url}/opschalingen", json=escalation, headers=pga)
    assert escalated.status_code == 201, escalated.text
    assert escalated.json()["regie"] == "procesregie"

    # In procesregie the ZVH's procesregisseur adds agreements of the ICO to the plan...
    agreed = {**ITEM, "omschrijving": "Afspraak uit het ICO: dagbesteding.", "eigenaar": "zvh"}
    added = app_client.post(f"{url}/planacties", json=agreed, headers=zvh.headers("ico"))
    assert added.status_code == 201, added.text
    # ...but the case itself, its perspective plan and escalations stay the director's.
    refused(
        settings,
        app_client.put(
            f"{url}/perspectiefplan", json={"dagbesteding": "X"}, headers=zvh.headers("ico")
        ),
        zvh,
        "alleen gemeente (casusregisseur) mag een perspectiefplan",
    )
    refused(
        settings,
        app_client.post(
            f"{url}/statuswijzigingen",
            json={"status": "actief", "reden": "Terug."},
            headers=zvh.headers("ico"),
        ),
        zvh,
        "alleen gemeente (casusregisseur) mag een casus",
    )
    # The director still adds items; everyone at the ICO table sees the ZVH's item.
    own = app_client.post(f"{url}/planacties", json=ITEM, headers=pga)
    assert own.status_code == 201, own.text
    om_view = app_client.get(url, headers=parties.om.headers("ico")).json()
    assert {item["eigenaar"] for item in om_view["plan"]} == {"zvh", "gemeente"}

    # Back to the local approach: casusregie again, and the ZVH no longer writes.
    zvh_id = next(e["id"] for e in om_view["opschalingen"] if e["soort"] == "zvh")
    back = app_client.post(
        f"{url}/opschalingen/{zvh_id}/afschaling", json={"reden": "ICO afgerond."}, headers=pga
    )
    assert back.status_code == 200 and back.json()["regie"] == "casusregie"
    assert [(s["naar"], s["regie"]) for s in back.json()["historie"]] == [
        ("aangemeld", "casusregie"),
        ("actief", "casusregie"),
        ("opgeschaald_zvh", "procesregie"),
        ("actief", "casusregie"),
    ]
    refused(
        settings,
        app_client.post(f"{url}/planacties", json=agreed, headers=zvh.headers("ico")),
        zvh,
        "convenant zvh geldt alleen voor casussen die zijn opgeschaald",
    )
    assert len(app_client.get(url, headers=pga).json()["plan"]) == 2


OLD_CASE = "00000000-0000-4000-8000-000000000014"


def test_the_migration_gives_an_existing_case_the_director_on_record_as_its_opener(
    settings: Settings, tmp_path
) -> None:
    """A case opened before 0014 gets as director the client its opening is on record with;
    one whose opening is no longer in the audit log gets none (and is not narrowed)."""
    from alembic import command
    from sqlalchemy import text

    from api.db import alembic_config, make_engine, migrate, migration_connection
    from tests.conftest import _postgres_database, _unused_bsns, app_on, settle

    def walk(url: str) -> None:
        with app_on(settings, url, tmp_path) as (client, make, fresh):
            parties = Parties(make)
            jongere_id = youth_with_signals(
                client,
                parties.politie,
                _unused_bsns.pop(),
                "online_ronselen",
                "schulden_of_bedreiging",
            )
            settle(fresh)
            opened = client.post(
                "/v1/casussen",
                json={"jongereId": jongere_id, "casusregisseur": REGISSEUR, "reden": "SO."},
                headers=parties.gemeente.headers("pga"),
            )
            assert opened.status_code == 201, opened.text
            casus_id = opened.json()["id"]
        engine = make_engine(url)
        config = alembic_config(url)
        with migration_connection(url) as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0013")
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE casussen SET status = 'opgeschaald_zvh' WHERE id = :id"),
                {"id": casus_id},
            )
            # A closed case whose opening has left the log (a retention cut, say).
            connection.execute(
                text(
                    "INSERT INTO casussen (id, jongere_id, status, casusregisseur_naam, "
                    "casusregisseur_email, doelgroeptoets_id, geopend_door, geopend_op, "
                    "gewijzigd_op) SELECT :old, jongere_id, 'afgesloten', casusregisseur_naam, "
                    "casusregisseur_email, doelgroeptoets_id, geopend_door, geopend_op, "
                    "gewijzigd_op FROM casussen WHERE id = :id"
                ),
                {"id": casus_id, "old": OLD_CASE},
            )
        migrate(url)
        with engine.connect() as connection:
            rows = dict(
                connection.execute(
                    text("SELECT id, casusregisseur_id || '/' || regie FROM casussen")
                ).all()
            )
            nameless = connection.execute(
                text("SELECT casusregisseur_id, regie FROM casussen WHERE id = :id"),
                {"id": OLD_CASE},
            ).one()
        engine.dispose()
        assert rows[casus_id] == f"{parties.gemeente.client_id}/procesregie"
        assert tuple(nameless) == (None, "casusregie")

    if make_engine(settings.database_url).dialect.name == "sqlite":
        walk(f"sqlite:///{tmp_path / 'before_0014.db'}")
    else:
        for url in _postgres_database():
            walk(url)


def test_what_the_case_opens_of_the_youth_is_for_its_director(
    app_client: TestClient, caller, bsn: str, settings: Settings
) -> None:
    parties = Parties(caller)
    first = parties.gemeente
    second = caller("gemeente", "casusregisseur")
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    youth = f"/v1/jongeren/{jongere_id}"

    # Under pga (the covenant the case switches on) the youth is the director's...
    shown = app_client.get(youth, headers=first.headers("pga"))
    assert shown.status_code == 200, shown.text
    refused(
        settings,
        app_client.get(youth, headers=second.headers("pga")),
        second,
        "deze jongere heeft een casus van een andere casusregisseur",
    )
    # ...while what holds without a case (the signaaloverleg's signalering) is not narrowed.
    signals = app_client.get(f"{youth}/signalen", headers=second.headers())
    assert signals.status_code == 200 and signals.json()["totaal"] == 2, signals.text

    # Handed over, it follows the case.
    handed = app_client.patch(
        f"/v1/casussen/{casus_id}", json=handover(second), headers=first.headers("pga")
    )
    assert handed.status_code == 200, handed.text
    assert app_client.get(youth, headers=second.headers("pga")).status_code == 200
    refused(
        settings,
        app_client.get(youth, headers=first.headers("pga")),
        first,
        "deze jongere heeft een casus van een andere casusregisseur",
    )
