"""The contract tells the truth: what the server answers is what the OpenAPI document says."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import signaal_body

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
SAMPLE_ID = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"


def test_a_method_a_path_does_not_have_is_405_naming_every_method_it_has(
    app_client: TestClient, caller
) -> None:
    """DELETE /v1/casussen said `Allow: POST` though GET exists; GET /v1/signalen/bulk was a 400
    (an invalid signal id) instead of a 405."""
    paths: dict[str, set[str]] = defaultdict(set)
    for route in iter_route_contexts(app_client.app.routes):  # type: ignore[attr-defined]
        if isinstance(route.original_route, APIRoute) and route.path and route.methods:
            paths[route.path] |= route.methods
    assert len(paths) > 40
    headers = caller("politie", "partner_system").headers()
    checked = 0
    for template, methods in paths.items():
        path = re.sub(r"\{[^}]+\}", SAMPLE_ID, template)
        for method in set(METHODS) - methods:
            response = app_client.request(method, path, headers=headers)
            assert response.status_code == 405, (method, template, response.status_code)
            assert response.headers["content-type"] == "application/problem+json"
            allow = {m.strip() for m in response.headers["Allow"].split(",")}
            assert allow == methods, (method, template, allow)
            checked += 1
    assert checked > 100
    bulk = app_client.get("/v1/signalen/bulk", headers=headers)
    assert (bulk.status_code, bulk.headers["Allow"]) == (405, "POST")
    casussen = app_client.delete("/v1/casussen", headers=headers)
    assert (casussen.status_code, casussen.headers["Allow"]) == (405, "GET, POST")


def _document(app_client: TestClient) -> dict[str, Any]:
    response = app_client.get("/v1/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_every_error_response_refers_to_the_one_problem_component(app_client: TestClient) -> None:
    document = _document(app_client)
    problem = document["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status"}
    errors = 0
    for path, method, operation in _operations(document):
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                schema = response["content"]["application/problem+json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Problem"}, (path, method, status)
                errors += 1
    assert errors > 200
    # Nothing anywhere inlines the problem shape (a schema with the problem's own properties).
    inlined = [
        node
        for node in _walk(document["paths"])
        if {"type", "title", "status", "detail"} <= set(node.get("properties", {}))
    ]
    assert inlined == []


def test_operation_ids_are_one_verb_and_a_dutch_noun(app_client: TestClient) -> None:
    ids = [operation["operationId"] for _, _, operation in _operations(_document(app_client))]
    assert len(ids) == len(set(ids)) > 50
    style = re.compile(
        r"^(create|get|list|add|update|delete|run|search|revert|set|verify|export)[A-Z][A-Za-z]+$"
    )
    assert [i for i in ids if not style.fullmatch(i)] == []
    for wanted in ("createSignaal", "createSignalenBulk", "addFactor", "runDoelgroeptoets"):
        assert wanted in ids
    documented = (Path(__file__).parents[1] / "docs" / "endpoints.md").read_text("utf-8")
    assert [i for i in ids if f"`{i}`" not in documented] == []


def test_doelbinding_is_required_and_one_of_the_policys_purposes(
    app_client: TestClient, settings: Settings
) -> None:
    reference = json.loads((settings.policies_dir / "referentie" / "data.json").read_text())
    purposes = sorted(reference["doelen"])
    required = 0
    for path, method, operation in _operations(_document(app_client)):
        for parameter in operation.get("parameters", []):
            if parameter["name"] != "Doelbinding":
                continue
            if path.startswith("/signaalcategorieen"):  # reference data: no purpose
                assert not parameter.get("required"), (path, method)
                continue
            assert parameter["required"] is True, (path, method)
            assert parameter["schema"]["enum"] == purposes, (path, method)
            required += 1
    assert required > 40


def test_bsn_and_idempotency_key_have_the_form_the_server_enforces(
    app_client: TestClient, caller, bsn: str
) -> None:
    document = _document(app_client)
    bsns = [
        node["properties"]["bsn"]
        for node in _walk(document["components"]["schemas"])
        if "bsn" in node.get("properties", {})
    ]
    assert len(bsns) >= 3
    for schema in bsns:
        branches = [b for b in schema.get("anyOf", [schema]) if b.get("type") == "string"]
        assert branches and all(b["pattern"] == "^[0-9]{9}$" for b in branches), schema
    push = document["paths"]["/signalen"]["post"]
    (key,) = [p for p in push["parameters"] if p["name"] == "Idempotency-Key"]
    pattern = re.compile(key["schema"]["pattern"])
    politie = caller("politie", "partner_system")
    for candidate in ("a" * 255, "a" * 256, "sleutel met spatie", "", "!~"):
        response = app_client.post(
            "/v1/signalen",
            json=signaal_body(bsn),
            headers={**politie.headers(), "Idempotency-Key": candidate},
        )
        accepted = response.status_code == 201
        assert accepted == bool(pattern.fullmatch(candidate)), (candidate, response.text)


def test_health_needs_no_token_and_every_body_has_413(app_client: TestClient) -> None:
    document = _document(app_client)
    health = document["paths"]["/health"]["get"]
    assert health["security"] == []
    assert "503" in health["responses"]
    assert app_client.get("/v1/health").status_code == 200
    for path, method, operation in _operations(document):
        if "requestBody" in operation:
            assert "413" in operation["responses"], (path, method)


def test_every_change_to_a_case_documents_the_409_of_a_closed_case(
    app_client: TestClient,
) -> None:
    """A closed case refuses every change with 409 (casussen/service.py _open_for_changes);
    four of the operations that raise it did not say so."""
    changes = [
        (path, method)
        for path, method, operation in _operations(_document(app_client))
        if path.startswith("/casussen/{casusId}") and method != "get"
    ]
    assert len(changes) == 8  # with closing a task of the case
    document = _document(app_client)
    for path, method in changes:
        assert "409" in document["paths"][path][method]["responses"], (path, method)


def test_patch_fields_the_server_refuses_as_null_are_not_nullable(
    app_client: TestClient, caller, bsn: str
) -> None:
    document = _document(app_client)
    schemas = document["components"]["schemas"]

    def body_of(path: str) -> dict[str, Any]:
        ref = document["paths"][path]["patch"]["requestBody"]["content"]["application/json"]
        name = ref["schema"]["$ref"].rsplit("/", 1)[1]
        body: dict[str, Any] = schemas[name]
        return body

    correctie = body_of("/jongeren/{jongereId}")
    assert correctie["minProperties"] == 1
    assert "null" not in json.dumps(correctie["properties"])
    categorie = body_of("/signaalcategorieen/{code}")
    assert categorie["minProperties"] == 1
    fields = categorie["properties"]
    assert "null" not in json.dumps([fields["omschrijving"], fields["actief"]])
    assert {"type": "null"} in fields["indicator"]["anyOf"]  # null: no longer an indicator
    maatregel = body_of("/maatregelen/{maatregelId}")["properties"]
    assert "null" not in json.dumps(maatregel["status"])
    assert {"type": "null"} in maatregel["einddatum"]["anyOf"]  # null opens the measure

    # What the schema says is what the server does.
    gemeente = caller("gemeente", "casusregisseur")
    youth = app_client.post(
        "/v1/jongeren",
        json={
            "voornamen": "Sem",
            "achternaam": "de Vries",
            "geboortedatum": "2009-04-17",
            "bsn": bsn,
        },
        headers=gemeente.headers(),
    ).json()
    for body in ({}, {"voornamen": None}, {"geboortedatum": None}):
        refused = app_client.patch(
            f"/v1/jongeren/{youth['id']}", json=body, headers=gemeente.headers()
        )
        assert refused.status_code == 400, (body, refused.text)


def test_the_audit_reports_have_a_response_schema(app_client: TestClient, caller) -> None:
    document = _document(app_client)
    for path in ("/audit/sleutel", "/audit/bijzonderheden"):
        ok = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        assert ok["schema"].get("$ref", "").startswith("#/components/schemas/"), path
    sleutel = document["components"]["schemas"]["AuditSleutel"]
    assert set(sleutel["required"]) == {"keyId", "publicKey", "verificationKeys"}
    officer = caller("privacy", "privacy_officer").headers("toezicht")
    answer = app_client.get("/v1/audit/sleutel", headers=officer)
    assert answer.status_code == 200 and set(answer.json()) == set(sleutel["properties"])
    report = app_client.get("/v1/audit/bijzonderheden", headers=officer)
    schema = document["components"]["schemas"]["AuditBijzonderheden"]
    assert report.status_code == 200 and set(report.json()) == set(schema["properties"])
    record = document["components"]["schemas"]["AuditRecordWeergave"]
    listed = app_client.get("/v1/audit", params={"limiet": 5}, headers=officer)
    assert listed.status_code == 200 and listed.json()["items"]
    for item in listed.json()["items"]:
        assert set(item) == set(record["properties"])


def test_every_operation_that_needs_the_database_or_the_policy_documents_503(
    app_client: TestClient,
) -> None:
    missing = [
        (path, method)
        for path, method, operation in _operations(_document(app_client))
        if "503" not in operation["responses"]
    ]
    assert missing == []


def test_the_factor_schema_says_which_indicators_belong_to_which_kind(
    app_client: TestClient, caller, bsn: str
) -> None:
    """`indicator` was one enum of risk and protective values together, so a client could send
    a protective factor as `risico` by the schema and get a 400: the schema now ties each
    `soort` to its own list, and the server accepts exactly what the schema allows."""
    factor = _document(app_client)["components"]["schemas"]["FactorNieuw"]
    allowed = {
        rule["if"]["properties"]["soort"]["const"]: set(
            rule["then"]["properties"]["indicator"]["enum"]
        )
        for rule in factor["allOf"]
    }
    assert set(allowed) == {"risico", "beschermend"}
    assert "geldmotief" in allowed["risico"] and "talent" in allowed["beschermend"]
    assert not allowed["risico"] & allowed["beschermend"]
    pushed = app_client.post(
        "/v1/signalen", json=signaal_body(bsn), headers=caller("politie", "jeugdagent").headers()
    )
    assert pushed.status_code == 201, pushed.text
    url = f"/v1/jongeren/{pushed.json()['jongereId']}/factoren"
    youth_work = caller("jongerenwerk", "jongerenwerker")
    for soort in ("risico", "beschermend"):
        for indicator in ("geldmotief", "talent"):
            body = {
                "soort": soort,
                "domein": "individu",
                "indicator": indicator,
                "vastgesteldOp": "2026-11-01",
            }
            answer = app_client.post(url, json=body, headers=youth_work.headers())
            assert (answer.status_code == 201) == (indicator in allowed[soort]), answer.text
