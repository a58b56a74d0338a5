"""Envelope encryption end to end: each youth's fields under a data key of their own, wrapped by
the KEK; a destroyed key hides the youth's fields; a rolled-back request leaves no key behind."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine, session_factory
from api.security.crypto import FieldPlace
from api.security.data_keys import data_key_binding, destroy_data_keys
from api.security.envelope import DataKeyDestroyed, Envelope
from api.security.kek import WrappedKeyDamaged
from api.settings import Settings
from tests import test_fail_closed
from tests.conftest import _unused_bsns, audit_rows, signaal_body
from tests.test_concurrency import token
from tests.test_storage import _swap, raw_rows

SEEN_ON = "2014-07-19"  # a day no other test's signals are seen on: the list holds ours only


def envelope_of(app_client: TestClient) -> Envelope:
    found: Envelope = app_client.app.state.runtime.envelope  # type: ignore[attr-defined]
    return found


def dek_of(token_value: object) -> str:
    kind, dek_id, _ = str(token_value).split(".", 2)
    assert kind == "v2"
    return dek_id


def data_keys(settings: Settings, **where: str) -> list[dict[str, Any]]:
    clause = " AND ".join(f"{column} = :{column}" for column in where)
    with make_engine(settings.database_url).connect() as connection:
        rows = connection.execute(text(f"SELECT * FROM datasleutels WHERE {clause}"), where)
        return [dict(row._mapping) for row in rows]


def push(
    app_client: TestClient, who: Any, bsn: str, seen_on: str = "2026-11-02", **overrides: Any
) -> dict[str, Any]:
    body = signaal_body(bsn, waargenomenOp=seen_on, **overrides)
    created = app_client.post("/v1/signalen", json=body, headers=who.headers())
    assert created.status_code == 201, created.text
    result: dict[str, Any] = created.json()
    return result


@pytest.fixture
def politie(caller: Any) -> Any:
    return caller("politie", "partner_system")


def test_each_youth_has_a_data_key_of_their_own_stored_wrapped_by_the_primary_kek(
    app_client: TestClient, politie: Any, settings: Settings
) -> None:
    first = push(app_client, politie, _unused_bsns.pop(), omschrijving="Eerste")
    second = push(app_client, politie, _unused_bsns.pop(), omschrijving="Tweede")
    deks = []
    for created in (first, second):
        youth = raw_rows(settings, "jongeren", created["jongereId"])
        signal = raw_rows(settings, "signalen", created["id"])
        used = {dek_of(youth[c]) for c in ("bsn", "voornamen", "achternaam", "geboortedatum")}
        used.add(dek_of(signal["omschrijving"]))
        assert len(used) == 1, "a youth's fields and signals share the youth's data key"
        deks.append(used.pop())
    assert deks[0] != deks[1]

    keks = envelope_of(app_client).keks
    for created, dek_id in zip((first, second), deks, strict=True):
        [row] = data_keys(settings, id=dek_id)
        assert (row["onderwerp_soort"], row["onderwerp_id"]) == ("jongere", created["jongereId"])
        assert row["kek_id"] == keks.primary()
        binding = data_key_binding(dek_id, "jongere", created["jongereId"])
        dek = keks.unwrap(row["kek_id"], bytes(row["verpakt"]), binding)
        assert len(dek) == 32 and dek not in bytes(row["verpakt"]), "stored wrapped, not raw"
        # A wrapped key copied to another youth's row does not unwrap there.
        other = "jongere", second["jongereId"] if created is first else first["jongereId"]
        with pytest.raises(WrappedKeyDamaged):
            keks.unwrap(row["kek_id"], bytes(row["verpakt"]), data_key_binding(dek_id, *other))


def test_a_value_moved_to_another_youths_row_does_not_open(
    app_client: TestClient, politie: Any, settings: Settings, caller: Any
) -> None:
    # Seen long ago: last in any list, so another test's list does not meet them.
    first = push(app_client, politie, _unused_bsns.pop(), "2013-01-05", omschrijving="Geheim een")
    second = push(app_client, politie, _unused_bsns.pop(), "2013-01-05", omschrijving="Geheim 2")
    _swap(settings, "signalen", "omschrijving", first["id"], "omschrijving", second["id"])
    reader = caller("jongerenwerk", "jongerenwerker")
    for moved in (first, second):
        response = app_client.get(f"/v1/signalen/{moved['id']}", headers=reader.headers())
        assert response.status_code == 500
        assert response.json()["type"].endswith("/gegevens-niet-intact")
        assert "Geheim" not in response.text


def test_a_youth_whose_data_keys_are_destroyed_is_hidden_and_the_list_still_answers(
    app_client: TestClient, politie: Any, settings: Settings
) -> None:
    gone = push(app_client, politie, _unused_bsns.pop(), SEEN_ON, omschrijving="Vergeten signaal")
    kept = push(app_client, politie, _unused_bsns.pop(), SEEN_ON, omschrijving="Blijvend signaal")
    subject = ("jongere", gone["jongereId"])
    deks = [row["id"] for row in data_keys(settings, onderwerp_id=gone["jongereId"])]
    with session_factory(make_engine(settings.database_url))() as session:
        assert destroy_data_keys(session, *subject) == len(deks) >= 1
        session.commit()
    # What another process sees once its cached key has expired (the TTL, see docs/keys.md).
    envelope_of(app_client).forget(subject, deks)

    listed = app_client.get(
        "/v1/signalen",
        params={"waargenomenVanaf": SEEN_ON, "waargenomenTotEnMet": SEEN_ON, "limit": 100},
        headers=politie.headers(),
    )
    assert listed.status_code == 200, listed.text
    by_id = {item["id"]: item for item in listed.json()["items"]}
    assert "omschrijving" not in by_id[gone["id"]]
    assert "voornamen" not in by_id[gone["id"]].get("jongere", {})
    assert by_id[kept["id"]]["omschrijving"] == "Blijvend signaal"
    assert "Vergeten" not in listed.text
    one = app_client.get(f"/v1/signalen/{gone['id']}", headers=politie.headers())
    assert one.status_code == 200 and "omschrijving" not in one.json()
    # The record of that read names no field it could not show.
    record = audit_rows(settings, client_id=politie.client_id)[-1]
    assert "signalen.omschrijving" not in (record["fields"] or [])


def test_a_rolled_back_request_leaves_no_data_key_to_seal_under(
    app_client: TestClient, politie: Any, settings: Settings
) -> None:
    bsn = _unused_bsns.pop()
    with make_engine(settings.database_url).connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM datasleutels")).scalar_one()
    with test_fail_closed.audit_refuses_writes(settings):
        refused = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    assert refused.status_code == 503
    with make_engine(settings.database_url).connect() as connection:
        after = connection.execute(text("SELECT count(*) FROM datasleutels")).scalar_one()
    assert after == before, "the data key of the youth never stored is not stored either"
    stored = push(app_client, politie, bsn, omschrijving="Nu wel")
    assert data_keys(
        settings, id=dek_of(raw_rows(settings, "signalen", stored["id"])["omschrijving"])
    )
    assert (
        app_client.get(f"/v1/signalen/{stored['id']}", headers=politie.headers()).json()[
            "omschrijving"
        ]
        == "Nu wel"
    )


def test_a_key_made_in_a_rolled_back_transaction_is_not_used_again(
    app_client: TestClient, settings: Settings
) -> None:
    # The same youth id twice: the key the undone transaction made is gone with it.
    envelope = envelope_of(app_client)
    subject = ("jongere", "00000000-0000-4000-8000-00000000e0e1")
    place = FieldPlace("signalen", "omschrijving", "00000000-0000-4000-8000-00000000e0e2")
    sessions = session_factory(make_engine(settings.database_url))
    with sessions() as session:
        undone = envelope.keys_for(session)
        sealed = undone.seal("Teruggedraaid", place, subject)
        undone.rolled_back()
        session.rollback()
    with sessions() as session:
        keys = envelope.keys_for(session)
        again = keys.seal("Opgeslagen", place, subject)
        assert dek_of(again) != dek_of(sealed)
        with pytest.raises(DataKeyDestroyed):
            keys.open(sealed, place)
        keys.write_new()
        session.commit()
        keys.committed()
    with sessions() as session:
        assert envelope.keys_for(session).open(again, place) == "Opgeslagen"
        assert destroy_data_keys(session, *subject) == 1
        session.commit()


def test_after_a_kek_rotation_new_keys_name_the_new_kek_and_old_values_still_open(
    app_client: TestClient, politie: Any, settings: Settings
) -> None:
    envelope = envelope_of(app_client)
    old = push(app_client, politie, _unused_bsns.pop(), omschrijving="Van voor de rotatie")
    old_kek = envelope.keks.primary()
    new_kek = envelope.keks.rotate()
    assert new_kek != old_kek
    held = envelope.keks.keys()
    assert [(k.kid, k.primary) for k in held][:2] == [
        (new_kek, True),
        (old_kek, False),
    ]
    new = push(app_client, politie, _unused_bsns.pop(), omschrijving="Na de rotatie")
    [row] = data_keys(settings, onderwerp_id=new["jongereId"])
    assert row["kek_id"] == new_kek
    old_deks = [r["id"] for r in data_keys(settings, onderwerp_id=old["jongereId"])]
    assert {r["kek_id"] for r in data_keys(settings, onderwerp_id=old["jongereId"])} == {old_kek}
    envelope.forget(("jongere", old["jongereId"]), old_deks)  # unwrapped again, by the old KEK
    shown = app_client.get(f"/v1/signalen/{old['id']}", headers=politie.headers())
    assert shown.json()["omschrijving"] == "Van voor de rotatie"


def test_values_sealed_before_envelope_encryption_still_open(
    app_client: TestClient, politie: Any, settings: Settings
) -> None:
    created = push(app_client, politie, _unused_bsns.pop())
    legacy = envelope_of(app_client).legacy
    old = legacy.seal(
        "Van voor de datasleutels", FieldPlace("signalen", "omschrijving", created["id"])
    )
    assert old.startswith("v1.")
    with make_engine(settings.database_url).begin() as connection:
        connection.execute(
            text("UPDATE signalen SET omschrijving = :v WHERE id = :id"),
            {"v": old, "id": created["id"]},
        )
    shown = app_client.get(f"/v1/signalen/{created['id']}", headers=politie.headers())
    assert shown.json()["omschrijving"] == "Van voor de datasleutels"


def test_two_pushes_at_once_about_the_same_new_youth_both_store_and_open(
    server: str, settings: Settings
) -> None:
    headers = token(server, settings, "politie", "partner_system")
    bsn = _unused_bsns.pop()

    def send(text_: str) -> httpx.Response:
        body = signaal_body(bsn, omschrijving=text_)
        return httpx.post(f"{server}/v1/signalen", json=body, headers=headers, timeout=30)

    with ThreadPoolExecutor(max_workers=2) as pool:
        responses = list(pool.map(send, ["Gelijktijdig een", "Gelijktijdig twee"]))
    assert [r.status_code for r in responses] == [201, 201], [r.text for r in responses]
    youth = {r.json()["jongereId"] for r in responses}
    assert len(youth) == 1
    for response, expected in zip(
        responses, ["Gelijktijdig een", "Gelijktijdig twee"], strict=True
    ):
        shown = httpx.get(f"{server}/v1/signalen/{response.json()['id']}", headers=headers)
        assert shown.status_code == 200
        assert shown.json()["omschrijving"] == expected
        assert shown.json()["jongere"]["voornamen"] == "Sem"


def test_a_cases_fields_are_sealed_under_its_youths_data_key(
    app_client: TestClient, caller: Any, settings: Settings
) -> None:
    from tests.test_aanpak import Parties, open_case

    # The case and its first status change are made in one request: the change's reason is
    # sealed under the youth of a case not yet written.
    jongere_id, casus_id = open_case(app_client, Parties(caller), _unused_bsns.pop())
    youth_dek = dek_of(raw_rows(settings, "jongeren", jongere_id)["voornamen"])
    with make_engine(settings.database_url).connect() as connection:
        reasons = connection.execute(
            text("SELECT reden FROM casus_statuswijzigingen WHERE casus_id = :id"),
            {"id": casus_id},
        ).scalars()
        assert {dek_of(reason) for reason in reasons if reason} == {youth_dek}


def test_rows_about_no_youth_have_a_subject_of_their_own_and_others_have_none(
    app_client: TestClient, settings: Settings
) -> None:
    from api.casussen.models import Casus, Planactie
    from api.jeugdgroepen.models import Groepsstap, Jeugdgroep
    from api.maatregelen.models import Maatregel
    from api.security.envelope import NoDataSubject
    from api.security.models import OAuthClient

    with session_factory(make_engine(settings.database_url))() as session:
        keys = envelope_of(app_client).keys_for(session)
        case = Casus(id="c-1", jongere_id="j-7")
        assert keys.subject_of(Planactie(id="p-1", casus_id="c-1"), [case]) == ("jongere", "j-7")
        assert keys.subject_of(Jeugdgroep(id="g-1")) == ("jeugdgroep", "g-1")
        assert keys.subject_of(Groepsstap(id="s-1", jeugdgroep_id="g-1")) == ("jeugdgroep", "g-1")
        assert keys.subject_of(Maatregel(id="m-1")) == ("maatregel", "m-1")
        assert keys.subject_of(Maatregel(id="m-2", jongere_id="j-8")) == ("jongere", "j-8")
        with pytest.raises(NoDataSubject):
            keys.subject_of(Planactie(id="p-2", casus_id="c-unknown"))
        with pytest.raises(NoDataSubject):
            keys.subject_of(OAuthClient(client_id="x"))


def test_a_cached_data_key_expires_after_its_time() -> None:
    from api.security.envelope import _Expiring

    now = [0.0]
    cache = _Expiring(2, 300.0, lambda: now[0])
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)  # bounded: the least recently used goes
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (None, 2, 3)
    now[0] = 299.0
    assert cache.get("b") == 2
    now[0] = 300.0
    assert cache.get("b") is None, "a destroyed key stops opening within the TTL"


def test_reseal_moves_values_from_before_the_data_keys_under_their_youths_key(
    app_client: TestClient, politie: Any, settings: Settings
) -> None:
    from tests.conftest import run_cli

    created = push(app_client, politie, _unused_bsns.pop(), omschrijving="Nieuw")
    legacy = envelope_of(app_client).legacy
    old = {
        ("signalen", "omschrijving", created["id"]): "Oud signaal",
        ("jongeren", "voornamen", created["jongereId"]): "Oude Sem",
    }
    with make_engine(settings.database_url).begin() as connection:
        for (table, column, row_id), value in old.items():
            sealed = legacy.seal(value, FieldPlace(table, column, row_id))
            connection.execute(
                text(f"UPDATE {table} SET {column} = :v WHERE id = :id"),
                {"v": sealed, "id": row_id},
            )
    done = run_cli(settings, "keys", "reseal", "--batch", "2")
    assert done.returncode == 0, done.stderr
    assert "Oud" not in done.stderr, done.stderr
    youth_dek = dek_of(raw_rows(settings, "jongeren", created["jongereId"])["achternaam"])
    for table, column, row_id in old:
        assert dek_of(raw_rows(settings, table, row_id)[column]) == youth_dek
    shown = app_client.get(f"/v1/signalen/{created['id']}", headers=politie.headers()).json()
    assert (shown["omschrijving"], shown["jongere"]["voornamen"]) == ("Oud signaal", "Oude Sem")
    # Run again (an interrupted run is resumed so): nothing is left to do.
    again = run_cli(settings, "keys", "reseal")
    assert again.returncode == 0 and "resealed: 0 values" in again.stderr, again.stderr
