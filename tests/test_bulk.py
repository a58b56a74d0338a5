"""Bulk push: up to 1,000 signals, each validated, decided, audited and stored on its own."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import VALID_BSNS, audit_rows, signaal_body
from tests.test_signalen import count_signals


def test_each_item_gets_its_own_result_and_only_valid_ones_are_stored(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    first, second = _unused_bsns.pop(), _unused_bsns.pop()
    items = [
        signaal_body(first),
        signaal_body("111222334"),  # fails the eleven-test
        signaal_body(first, categorie="pakketjes"),  # the same youth as item 0
        {**signaal_body(second), "categorie": "bestaat_niet", "waargenomenOp": "2999-01-01"},
        signaal_body(second, categorie="wapenbezit"),
    ]
    politie = caller("politie", "partner_system")
    before = count_signals(settings)
    response = app_client.post(
        "/v1/signalen/bulk", json={"signalen": items}, headers=politie.headers()
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert [r["status"] for r in body["resultaten"]] == [201, 400, 201, 400, 201]
    assert (body["aangemaakt"], body["geweigerd"]) == (3, 2)
    results = body["resultaten"]
    assert results[0]["jongereId"] == results[2]["jongereId"] != results[4]["jongereId"]
    assert {p["name"] for p in results[3]["probleem"]["invalidParams"]} == {
        "categorie",
        "waargenomenOp",
    }
    assert "111222334" not in response.text
    assert count_signals(settings) == before + 3

    records = audit_rows(settings, client_id=politie.client_id)
    assert [(r["action"], r["decision"]) for r in records] == [("create", "allow")] * 3
    assert {r["resource_id"] for r in records} == {results[i]["id"] for i in (0, 2, 4)}
    assert len({r["decision_id"] for r in records}) == 1, "one policy decision for the bulk"

    reader = caller("jongerenwerk", "jongerenwerker")
    stored = app_client.get(f"/v1/signalen/{results[4]['id']}", headers=reader.headers())
    assert stored.json()["categorie"] == "wapenbezit"


def test_a_party_without_a_covenant_gets_a_denial_per_item_and_each_is_audited(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    om = caller("om", "officier")
    before = count_signals(settings)
    response = app_client.post(
        "/v1/signalen/bulk",
        json={"signalen": [signaal_body(bsn), signaal_body(bsn, categorie="pakketjes")]},
        headers=om.headers(),
    )
    assert response.status_code == 200
    results = response.json()["resultaten"]
    assert [r["status"] for r in results] == [403, 403]
    assert all("om" in r["probleem"]["detail"] for r in results)
    assert count_signals(settings) == before
    denials = audit_rows(settings, client_id=om.client_id)
    assert [(r["decision"], r["http_status"]) for r in denials] == [("deny", 403)] * 2


def test_a_bulk_is_limited_to_a_thousand(app_client: TestClient, caller) -> None:
    politie = caller("politie", "partner_system")
    too_many = [signaal_body(VALID_BSNS[0])] * 1001
    response = app_client.post(
        "/v1/signalen/bulk", json={"signalen": too_many}, headers=politie.headers()
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "signalen"
    empty = app_client.post("/v1/signalen/bulk", json={"signalen": []}, headers=politie.headers())
    assert empty.status_code == 400


def test_a_thousand_signals_in_one_request(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    youths = [_unused_bsns.pop() for _ in range(50)]
    items = [
        signaal_body(youths[i % 50], waargenomenOp=f"2026-10-{1 + i % 28:02d}") for i in range(1000)
    ]
    politie = caller("politie", "partner_system")
    before = count_signals(settings)
    response = app_client.post(
        "/v1/signalen/bulk", json={"signalen": items}, headers=politie.headers()
    )
    assert response.status_code == 200
    assert response.json()["aangemaakt"] == 1000
    assert count_signals(settings) == before + 1000
    assert len({r["jongereId"] for r in response.json()["resultaten"]}) == 50


def test_a_database_error_in_one_item_leaves_the_others_stored(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns, database_fault, on_postgresql

    if on_postgresql(settings):
        create = [
            "CREATE FUNCTION refuse_weapons() RETURNS trigger AS $$ BEGIN "
            "IF NEW.categorie = 'wapenbezit' THEN RAISE EXCEPTION 'disk full'; END IF; "
            "RETURN NEW; END; $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_weapons BEFORE INSERT ON signalen "
            "FOR EACH ROW EXECUTE FUNCTION refuse_weapons()",
        ]
        drop = ["DROP TRIGGER refuse_weapons ON signalen", "DROP FUNCTION refuse_weapons()"]
    else:
        create = [
            "CREATE TRIGGER refuse_weapons BEFORE INSERT ON signalen "
            "WHEN NEW.categorie = 'wapenbezit' BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        ]
        drop = ["DROP TRIGGER refuse_weapons"]
    bsn = _unused_bsns.pop()
    items = [
        signaal_body(bsn),
        signaal_body(bsn, categorie="wapenbezit"),
        signaal_body(bsn, categorie="pakketjes"),
    ]
    politie = caller("politie", "partner_system")
    before = count_signals(settings)
    with database_fault(settings, create=create, drop=drop):
        response = app_client.post(
            "/v1/signalen/bulk", json={"signalen": items}, headers=politie.headers()
        )
    assert response.status_code == 200
    results = response.json()["resultaten"]
    assert [r["status"] for r in results] == [201, 500, 201]
    assert "disk full" not in response.text
    assert count_signals(settings) == before + 2
    records = audit_rows(settings, client_id=politie.client_id)
    # Each item's decision (with the request's status), and for the failed item a second
    # record saying it came to nothing (with that item's status).
    assert [(r["decision"], r["http_status"]) for r in records] == [
        ("allow", 200),
        ("allow", 200),
        ("allow", 500),
        ("allow", 200),
    ]


def test_a_bulk_without_one_valid_item_is_a_400_problem_on_record(
    app_client: TestClient, caller, settings: Settings
) -> None:
    politie = caller("politie", "partner_system")
    before = count_signals(settings)
    response = app_client.post(
        "/v1/signalen/bulk", json={"signalen": [{}, {"categorie": 0}]}, headers=politie.headers()
    )
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert {"signalen.0.jongere", "signalen.1.categorie"} <= names
    assert count_signals(settings) == before
    records = audit_rows(settings, client_id=politie.client_id)
    assert [(r["action"], r["decision"], r["http_status"]) for r in records] == [
        ("create", "deny", 400)
    ]


def test_a_bulk_without_doelbinding_is_refused_as_a_whole_by_the_policy(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    before = count_signals(settings)
    for items in ([{}], [signaal_body(bsn)]):
        response = app_client.post(
            "/v1/signalen/bulk", json={"signalen": items}, headers=politie.headers(purpose=None)
        )
        assert response.status_code == 403, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert "doelbinding" in response.json()["detail"]
    assert count_signals(settings) == before
    records = audit_rows(settings, client_id=politie.client_id)
    assert [(r["action"], r["decision"], r["http_status"]) for r in records] == [
        ("create", "deny", 403)
    ] * 2


def test_a_bulk_with_an_idempotency_key_is_stored_once_and_its_answer_replayed(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    items = [signaal_body(_unused_bsns.pop()), signaal_body("111222334")]
    politie = caller("politie", "partner_system")
    headers = {**politie.headers(), "Idempotency-Key": "bulk-2026-12-05-001"}
    before = count_signals(settings)
    first = app_client.post("/v1/signalen/bulk", json={"signalen": items}, headers=headers)
    assert first.status_code == 200, first.text
    assert [r["status"] for r in first.json()["resultaten"]] == [201, 400]
    again = app_client.post("/v1/signalen/bulk", json={"signalen": items}, headers=headers)
    assert again.status_code == 200, again.text
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert count_signals(settings) == before + 1

    other = app_client.post("/v1/signalen/bulk", json={"signalen": items[:1]}, headers=headers)
    assert other.status_code == 422, other.text
    assert other.headers["content-type"] == "application/problem+json"
    bad_key = app_client.post(
        "/v1/signalen/bulk",
        json={"signalen": items},
        headers={**politie.headers(), "Idempotency-Key": "met spatie"},
    )
    assert bad_key.status_code == 400
    assert count_signals(settings) == before + 1
    records = audit_rows(settings, client_id=politie.client_id)
    assert [(r["decision"], r["http_status"]) for r in records][-2:] == [
        ("allow", 200),
        ("deny", 422),
    ]
