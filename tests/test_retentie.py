"""Retention by crypto-shredding, and erasure on request (AVG art. 17), through the API and the
job, on both databases. A youth whose every record is past its covenants' retention and who
has no open case goes: reads answer 410 with why, lists leave them out, their BSN finds nobody
(a new push makes a new youth), and the audit log keeps the history plus one record of the
destruction. A youth with an open case, or with one recent record, stays; a dry run changes
nothing. The privacy officer erases on request, nobody else may, and not while a duty keeps
the data. Records are made "old" by setting their dates in the database: the job takes the day
it judges on (`today`)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from api.casussen.models import Casus
from api.db import make_engine, session_factory
from api.inzage.soorten import SOORTEN
from api.jongeren.models import Jongere
from api.retentie.job import covenants_from, run, today_in_amsterdam
from api.retentie.timer import FIRST_AFTER_SECONDS, RetentionTimer
from api.retentie.verval import lapsed
from api.security.crypto import FieldPlace
from api.security.data_keys import DataKey
from api.security.envelope import DataKeyDestroyed, Envelope
from api.settings import Settings
from api.signalen.models import Signaal
from tests import test_aanpak
from tests.conftest import audit_rows, policies_dir, pseudonym, run_cli, signaal_body
from tests.test_aanpak import Denied, Parties, open_case

parties = test_aanpak.parties
denied = test_aanpak.denied

LONG_AGO = datetime(2015, 3, 1, 12, 0, tzinfo=UTC)
KENMERK = "AVG-2026-0043"


def sessions(settings: Settings) -> Any:
    return session_factory(make_engine(settings.database_url))


def age(settings: Settings, jongere_id: str, moment: datetime = LONG_AGO) -> None:
    """Every record about the youth registered at `moment`, as if made then."""
    with sessions(settings)() as session:
        cases = select(Casus.id).where(Casus.jongere_id == jongere_id)
        for soort in SOORTEN:
            if soort.moment is None:
                continue
            table: Any = soort.model.__table__
            if soort.model is Jongere:
                about = table.c.id == jongere_id
            elif soort.through_case:
                about = table.c.casus_id.in_(cases)
            else:
                about = table.c.jongere_id == jongere_id
            session.execute(update(table).where(about).values({soort.moment: moment}))
        session.commit()


def tombstone(settings: Settings, jongere_id: str) -> tuple[Any, Any, Any]:
    with sessions(settings)() as session:
        youth = session.get(Jongere, jongere_id)
        assert youth is not None
        return youth.vernietigd_op, youth.vernietigingsgrond, youth.bsn_index


def retentie(settings: Settings, *, dry_run: bool = False, today: date | None = None) -> Any:
    return run(
        sessions(settings),
        covenants_from(policies_dir()),
        lambda jongere_id: pseudonym(settings, jongere_id),
        today=today or today_in_amsterdam(),
        dry_run=dry_run,
    )


def of(outcomes: Any, settings: Settings, jongere_id: str) -> list[Any]:
    """This test's youth among what the job did (other tests' youths may lapse too)."""
    return [o for o in outcomes if o.pseudoniem == pseudonym(settings, jongere_id)]


def push(client: TestClient, who: Any, bsn: str, **fields: Any) -> dict[str, Any]:
    pushed = client.post("/v1/signalen", json=signaal_body(bsn, **fields), headers=who.headers())
    assert pushed.status_code == 201, pushed.text
    body: dict[str, Any] = pushed.json()
    return body


def assert_gone(response: Any, ground_words: str) -> dict[str, Any]:
    assert response.status_code == 410, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["type"].endswith("/vernietigd") and body["title"] == "Gegevens vernietigd"
    assert ground_words in body["detail"] and body["vernietigdOp"] in body["detail"]
    assert set(body) <= {"type", "title", "status", "detail", "instance", "vernietigdOp", "grond"}
    assert not [t for t in test_aanpak.PLAINTEXT if t in response.text], response.text
    return body


def envelope_of(app_client: TestClient) -> Envelope:
    found: Envelope = app_client.app.state.runtime.envelope  # type: ignore[attr-defined]
    return found


def opens(settings: Settings, envelope: Envelope, jongere_id: str) -> str:
    """The youth's first name, read from the database and opened with `envelope`."""
    with sessions(settings)() as session:
        youth = session.get(Jongere, jongere_id)
        assert youth is not None
        place = FieldPlace("jongeren", "voornamen", jongere_id)
        return envelope.keys_for(session).open(youth.voornamen, place)


def assert_sealed_for_good(
    settings: Settings, envelope: Envelope, jongere_id: str, signaal_id: str
) -> None:
    with sessions(settings)() as session:
        youth = session.get(Jongere, jongere_id)
        signal = session.get(Signaal, signaal_id)
        assert youth is not None and signal is not None and signal.omschrijving
        assert youth.voornamen.startswith("v2.")  # still stored, sealed
        keys = envelope.keys_for(session)
        with pytest.raises(DataKeyDestroyed):
            keys.open(youth.voornamen, FieldPlace("jongeren", "voornamen", jongere_id))
        with pytest.raises(DataKeyDestroyed):
            keys.open(signal.omschrijving, FieldPlace("signalen", "omschrijving", signaal_id))
        left = session.scalars(select(DataKey).where(DataKey.onderwerp_id == jongere_id)).all()
        assert left == []


def test_a_youth_whose_retention_ended_goes_and_the_log_keeps_the_history(
    app_client: TestClient, parties: Parties, caller, bsn: str, settings: Settings
) -> None:
    politie = parties.politie
    observed = "2015-02-17"
    pushed = push(app_client, politie, bsn, waargenomenOp=observed)
    jongere_id, signaal_id = pushed["jongereId"], pushed["id"]
    read = app_client.get(f"/v1/jongeren/{jongere_id}", headers=politie.headers())
    assert read.status_code == 200, read.text
    earlier = audit_rows(settings, resource_type="jongere", action="read", decision="allow")
    earlier = [r for r in earlier if r["jongere_id"] == jongere_id]
    assert earlier
    day_filter = {"waargenomenVanaf": observed, "waargenomenTotEnMet": observed}
    listed = app_client.get("/v1/signalen", params=day_filter, headers=politie.headers())
    assert signaal_id in {s["id"] for s in listed.json()["items"]}, listed.text

    # Recent: nothing lapses.
    assert not of(retentie(settings, dry_run=True), settings, jongere_id)
    age(settings, jongere_id)

    # A dry run lists the youth (pseudonym, ground, last event) and changes nothing.
    (would,) = of(retentie(settings, dry_run=True), settings, jongere_id)
    assert (would.grond, would.laatste_gebeurtenis) == ("bewaartermijn", date(2015, 3, 1))
    assert would.bewaren_tot == date(2020, 3, 1) and would.convenanten
    cli = run_cli(settings, "retentie", "--dry-run", "--json")
    assert cli.returncode == 0, cli.stderr
    lines = [json.loads(line) for line in cli.stdout.splitlines()]
    assert pseudonym(settings, jongere_id) in {line["pseudoniem"] for line in lines}
    assert jongere_id not in cli.stdout and bsn not in cli.stdout and "Sem" not in cli.stdout
    assert tombstone(settings, jongere_id)[0] is None
    assert (
        app_client.get(f"/v1/jongeren/{jongere_id}", headers=politie.headers()).status_code == 200
    )
    assert not [r for r in audit_rows(settings, action="destroy") if r["jongere_id"] == jongere_id]

    (done,) = of(retentie(settings), settings, jongere_id)
    assert done == would
    destroyed_at, ground, index = tombstone(settings, jongere_id)
    assert destroyed_at is not None and ground == "bewaartermijn" and index is None
    # Run again: nothing more to do for this youth.
    assert not of(retentie(settings), settings, jongere_id)

    # Every read of the youth, or of what is about them, answers 410 with why.
    body = assert_gone(
        app_client.get(f"/v1/jongeren/{jongere_id}", headers=politie.headers()), "bewaartermijn"
    )
    assert body["grond"] == "bewaartermijn"
    assert_gone(app_client.get(f"/v1/signalen/{signaal_id}", headers=politie.headers()), "")
    assert_gone(
        app_client.get(f"/v1/jongeren/{jongere_id}/signalen", headers=politie.headers()), ""
    )
    # Nothing new about them either: a factor is refused with the same 410, nothing stored.
    factor = {
        "soort": "risico",
        "domein": "individu",
        "indicator": "geldmotief",
        "omschrijving": "Wil snel geld.",
        "vastgesteldOp": "2026-11-01",
    }
    assert_gone(
        app_client.post(
            f"/v1/jongeren/{jongere_id}/factoren",
            json=factor,
            headers=parties.jongerenwerk.headers(),
        ),
        "bewaartermijn",
    )
    # Nor a correction request of the youth's (AVG art. 16): there is nothing left to correct.
    corrected = app_client.post(
        f"/v1/jongeren/{jongere_id}/correctieverzoeken",
        json={
            "verzoek": "Dit klopt niet.",
            "kenmerk": "AVG-16-retentie",
            "item": {"soort": "signaal", "id": signaal_id},
        },
        headers=caller("privacy", "privacy_officer").headers("inzage"),
    )
    assert_gone(corrected, "bewaartermijn")
    # Whoever may not see the youth still gets the 403 it got before: not even that they were.
    refused = app_client.get(f"/v1/jongeren/{jongere_id}", headers=parties.om.headers("pga"))
    assert refused.status_code == 403 and "vernietigd" not in refused.text
    on_record = audit_rows(settings, client_id=parties.om.client_id)[-1]
    assert (on_record["decision"], on_record["http_status"]) == ("deny", 403)
    # Who else knows the youth (the match notice): gone with them.
    assert_gone(
        app_client.get(f"/v1/jongeren/{jongere_id}/betrokkenen", headers=politie.headers()),
        "",
    )
    # Lists leave them out.
    listed = app_client.get("/v1/signalen", params=day_filter, headers=politie.headers())
    assert listed.status_code == 200
    assert signaal_id not in {s["id"] for s in listed.json()["items"]}
    # The BSN finds nobody: a new push registers a new youth.
    again = push(app_client, politie, bsn)
    assert again["jongereId"] != jongere_id
    assert (
        app_client.get(f"/v1/jongeren/{again['jongereId']}", headers=politie.headers()).json()[
            "voornamen"
        ]
        == "Sem"
    )

    # The stored values no longer open: their data keys are gone (a process without a cached
    # copy, as every process is once its cache entry expired); another youth's still open.
    fresh = Envelope(envelope_of(app_client).keks, envelope_of(app_client).legacy)
    assert_sealed_for_good(settings, fresh, jongere_id, signaal_id)
    assert opens(settings, fresh, again["jongereId"]) == "Sem"

    # The log: the earlier accesses, the destruction (allow, naming ground and covenants, no
    # content), and the refused reads after it (allowed by the policy, answered 410).
    still = [
        r for r in audit_rows(settings, resource_type="jongere") if r["jongere_id"] == jongere_id
    ]
    assert [r["id"] for r in earlier] == [
        r["id"] for r in still if r["id"] in {e["id"] for e in earlier}
    ]
    (record,) = [r for r in still if r["action"] == "destroy"]
    assert record["decision"] == "allow" and record["resource_id"] == pseudonym(
        settings, jongere_id
    )
    assert "bewaartermijn verstreken" in record["reason"] and "2015-03-01" in record["reason"]
    assert any(code in record["reason"] for code in would.convenanten)
    assert bsn not in json.dumps(record, default=str) and "Sem" not in record["reason"]
    gone_reads = [r for r in still if r["action"] == "read" and r["http_status"] == 410]
    assert gone_reads


def test_an_open_case_or_one_recent_record_keeps_the_youth(
    app_client: TestClient, parties: Parties, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    with_case, _ = open_case(app_client, parties, _unused_bsns.pop())
    age(settings, with_case)
    all_old = push(app_client, parties.politie, _unused_bsns.pop())["jongereId"]
    age(settings, all_old)
    # Every record about this youth is old but one signal, pushed a year ago.
    old_but_one_bsn = _unused_bsns.pop()
    old_but_one = push(app_client, parties.politie, old_but_one_bsn)["jongereId"]
    newer = push(app_client, parties.politie, old_but_one_bsn, categorie="pakketjes")
    assert newer["jongereId"] == old_but_one
    age(settings, old_but_one)
    with sessions(settings)() as session:
        session.execute(
            update(Signaal)
            .where(Signaal.id == newer["id"])
            .values(geregistreerd_op=datetime.now(UTC) - timedelta(days=365))
        )
        session.commit()

    went = retentie(settings)
    for stays in (with_case, old_but_one):
        assert not of(went, settings, stays)
        assert tombstone(settings, stays)[0] is None
    # The youth whose every record is old goes (the control).
    assert of(went, settings, all_old)
    case_read = app_client.get(f"/v1/jongeren/{with_case}", headers=parties.gemeente.headers("pga"))
    assert case_read.status_code == 200, case_read.text


def test_retention_ends_on_the_day_in_amsterdam(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings
) -> None:
    """Registered at 23:30 UTC on 31 December 2019: 1 January 2020 in Amsterdam. Under the
    longest of its covenants (P5Y) it is kept until 1 January 2025, and goes the day after."""
    jongere_id = push(app_client, parties.politie, bsn)["jongereId"]
    age(settings, jongere_id, datetime(2019, 12, 31, 23, 30, tzinfo=UTC))
    covenants = covenants_from(policies_dir())
    with sessions(settings)() as session:
        assert not lapsed(session, covenants, date(2025, 1, 1), only=jongere_id)
        (lapse,) = lapsed(session, covenants, date(2025, 1, 2), only=jongere_id)
    assert (lapse.laatste_gebeurtenis, lapse.bewaren_tot) == (date(2020, 1, 1), date(2025, 1, 1))


def test_erasure_on_request_by_the_privacy_officer_only_and_not_while_a_duty_applies(
    app_client: TestClient, parties: Parties, caller, settings: Settings, denied: Denied
) -> None:
    from tests.conftest import _unused_bsns

    officer = caller("privacy", "privacy_officer")
    pushed = push(app_client, parties.politie, _unused_bsns.pop())
    jongere_id = pushed["jongereId"]
    path = f"/v1/jongeren/{jongere_id}/vernietiging"
    body = {"kenmerk": KENMERK}

    # Nobody else, and the officer only for purpose inzage: refused, on record, nothing changed.
    denied(
        app_client.post(path, json=body, headers=parties.gemeente.headers("pga")),
        "alleen de privacy officer (organisatie privacy) wist gegevens",
    )
    denied(
        app_client.post(path, json=body, headers=officer.headers("toezicht")),
        "alleen voor doel inzage",
    )
    assert tombstone(settings, jongere_id)[0] is None

    # With an open case: 409 with the reason, and nothing changed.
    with_case, _ = open_case(app_client, parties, _unused_bsns.pop())
    kept = app_client.post(
        f"/v1/jongeren/{with_case}/vernietiging", json=body, headers=officer.headers("inzage")
    )
    assert kept.status_code == 409, kept.text
    assert kept.headers["content-type"] == "application/problem+json"
    assert kept.json()["type"].endswith("/bewaarplicht") and "open casus" in kept.json()["detail"]
    assert tombstone(settings, with_case) == (None, None, tombstone(settings, with_case)[2])
    assert tombstone(settings, with_case)[2] is not None
    read = app_client.get(f"/v1/jongeren/{with_case}", headers=parties.gemeente.headers("pga"))
    assert read.status_code == 200

    # Both youths in a group: after the erasure the group shows only the one that stays.
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    group = app_client.post(
        "/v1/jeugdgroepen",
        json={"naam": "Groep Toolenburg"},
        headers=jongerenwerk.headers("groepsaanpak"),
    )
    assert group.status_code == 201, group.text
    group_path = f"/v1/jeugdgroepen/{group.json()['id']}"
    for member in (jongere_id, with_case):
        added = app_client.post(
            f"{group_path}/leden",
            json={"jongereId": member},
            headers=jongerenwerk.headers("groepsaanpak"),
        )
        assert added.status_code == 201, added.text

    done = app_client.post(path, json=body, headers=officer.headers("inzage"))
    assert done.status_code == 200, done.text
    answer = done.json()
    assert (answer["jongereId"], answer["kenmerk"], answer["grond"]) == (
        jongere_id,
        KENMERK,
        "verzoek_betrokkene",
    )
    assert tombstone(settings, jongere_id)[1] == "verzoek_betrokkene"
    # The API process that erased forgot the keys at once: its own envelope no longer opens.
    assert_sealed_for_good(settings, envelope_of(app_client), jongere_id, pushed["id"])
    assert opens(settings, envelope_of(app_client), with_case) == "Sem"
    assert_gone(
        app_client.get(f"/v1/jongeren/{jongere_id}", headers=parties.politie.headers()),
        "AVG art. 17",
    )
    # The inzage too: what is destroyed cannot be handed over.
    assert_gone(
        app_client.get(
            f"/v1/jongeren/{jongere_id}/inzage",
            params={"kenmerk": KENMERK},
            headers=officer.headers("inzage"),
        ),
        "AVG art. 17",
    )
    members = app_client.get(group_path, headers=jongerenwerk.headers("groepsaanpak"))
    assert [m["jongereId"] for m in members.json()["leden"]] == [with_case], members.text
    # Again: gone already.
    assert_gone(app_client.post(path, json=body, headers=officer.headers("inzage")), "AVG art. 17")

    records = [
        r
        for r in audit_rows(settings, resource_type="vernietigingsverzoek")
        if r["jongere_id"] in (jongere_id, with_case)
    ]
    outcomes = [(r["org"], r["decision"], r["http_status"], r["jongere_id"]) for r in records]
    assert outcomes[:4] == [
        ("gemeente", "deny", 403, jongere_id),
        ("privacy", "deny", 403, jongere_id),
        ("privacy", "allow", 409, with_case),
        ("privacy", "allow", 200, jongere_id),
    ], outcomes
    destroyed = records[3]
    assert destroyed["action"] == "destroy" and destroyed["resource_id"] == KENMERK
    assert "AVG art. 17" in destroyed["reason"]


def test_erasure_of_an_unknown_youth_is_404_and_bad_input_400(
    app_client: TestClient, caller
) -> None:
    officer = caller("privacy", "privacy_officer")
    unknown = app_client.post(
        "/v1/jongeren/00000000-0000-0000-0000-000000000000/vernietiging",
        json={"kenmerk": KENMERK},
        headers=officer.headers("inzage"),
    )
    assert unknown.status_code == 404, unknown.text
    bad = app_client.post(
        "/v1/jongeren/00000000-0000-0000-0000-000000000000/vernietiging",
        json={"kenmerk": "met spaties en ; tekens"},
        headers=officer.headers("inzage"),
    )
    assert bad.status_code == 400
    assert bad.json()["invalidParams"][0]["name"] == "kenmerk"
    assert "spaties" not in bad.text


def test_the_worker_runs_the_job_on_its_timer(
    app_client: TestClient, parties: Parties, bsn: str, settings: Settings
) -> None:
    jongere_id = push(app_client, parties.politie, bsn)["jongereId"]
    age(settings, jongere_id)
    now = [1000.0]
    timer = RetentionTimer(
        sessions(settings),
        policies_dir(),
        lambda youth: pseudonym(settings, youth),
        every_seconds=24 * 3600,
        clock=lambda: now[0],
    )
    assert timer.work() == 0  # not yet: a while after the worker starts
    assert tombstone(settings, jongere_id)[0] is None
    now[0] += FIRST_AFTER_SECONDS
    assert timer.work() >= 1
    assert tombstone(settings, jongere_id)[1] == "bewaartermijn"
    now[0] += 60
    assert timer.work() == 0  # the next run is a day later
    off = RetentionTimer(
        sessions(settings), policies_dir(), str, every_seconds=0, clock=lambda: 10.0**9
    )
    assert off.work() == 0


def test_the_cli_refuses_to_destroy_ahead_of_time(settings: Settings) -> None:
    ahead = (today_in_amsterdam() + timedelta(days=1)).isoformat()
    refused = run_cli(settings, "retentie", "--peildatum", ahead)
    assert refused.returncode == 2
    assert "--dry-run" in refused.stderr
    dry = run_cli(settings, "retentie", "--peildatum", ahead, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "zou vernietigen" in dry.stderr
