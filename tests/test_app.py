"""The app's shape: one gate for personal data, problem+json everywhere, the OpenAPI document."""

from __future__ import annotations

import json

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from sqlalchemy import inspect

import api.models
from api.db import Base, SchemaNotMigrated
from api.main import create_app
from api.security.categories import PERSONAL_CATEGORIES
from api.security.gate_routes import GateAccess, GatedRoute, open_gate
from api.settings import Settings
from api.signalen import service
from tests.conftest import BASE_URL, audit_rows, signaal_body

# Routes that handle no personal data at all, and why.
WITHOUT_PERSONAL_DATA = {
    ("POST", "/oauth/token"): "issues tokens (and writes each issue or refusal to the audit log)",
    ("GET", "/oauth/jwks"): "public signing keys",
    ("GET", "/.well-known/jwks.json"): "public signing keys",
    ("GET", "/.well-known/oauth-authorization-server"): "authorization server metadata",
    ("GET", "/.well-known/security.txt"): "where to report a vulnerability (RFC 9116)",
    ("GET", "/v1/health"): "liveness of the policy engine",
    ("GET", "/v1/signaalcategorieen"): "reference data (the signal card)",
    ("GET", "/v1/signaalcategorieen/{code}/versies"): "reference data (the signal card)",
    ("GET", "/v1/convenanten"): "covenant texts",
    ("GET", "/v1/convenanten/{code}"): "covenant texts",
    ("GET", "/v1/organisaties"): "the placemat: organisations and functional contacts",
}
# Routes that are not API operations at all.
NOT_API_ROUTES = {"/v1/openapi.json", "/v1/docs", "/docs/oauth2-redirect"}


def _depends_on(dependant: Dependant, target: object) -> bool:
    return dependant.call is target or any(_depends_on(d, target) for d in dependant.dependencies)


def test_every_route_with_personal_data_goes_through_the_gate(app_client: TestClient) -> None:
    # Included routers are resolved lazily; iter_route_contexts gives each route as served.
    contexts = list(iter_route_contexts(app_client.app.routes))
    for context in contexts:
        if not isinstance(context.original_route, APIRoute):
            assert context.path in NOT_API_ROUTES, f"{context.path}: unknown kind of route"
    contexts = [c for c in contexts if isinstance(c.original_route, APIRoute)]
    assert contexts
    seen = set()
    for context in contexts:
        for method in context.methods or ():
            key = (method, context.path)
            seen.add(key)
            if key in WITHOUT_PERSONAL_DATA:
                assert not _depends_on(context.dependant, open_gate), key
                continue
            assert _depends_on(context.dependant, open_gate), f"{key} bypasses the gate"
            # ...and is settled in its own thread (GatedRoute): without it the commit and the
            # answer each cost the request another trip through the thread pool.
            assert isinstance(context.original_route, GatedRoute), key
    assert set(WITHOUT_PERSONAL_DATA) <= seen, "the allow-list names a route that is gone"
    assert ("POST", "/v1/signalen") in seen and ("GET", "/v1/signalen/{signaalId}") in seen


def test_every_personal_column_declares_its_category() -> None:
    suspicious = ("naam", "bsn", "geboorte", "omschrijving", "adres", "telefoon", "wijk")
    for table in Base.metadata.sorted_tables:
        if table.info.get("reference_data"):
            continue
        for column in table.columns:
            category = column.info.get("category")
            if category is not None:
                assert category in PERSONAL_CATEGORIES, f"{table.name}.{column.name}"
            elif column.info.get("blind_index_of") or column.info.get("not_personal"):
                continue
            else:
                assert not any(word in column.name for word in suspicious), (
                    f"{table.name}.{column.name} looks personal but declares no category"
                )
    jongere = inspect(api.models.Jongere).columns
    for name in ("bsn", "voornamen", "achternaam", "geboortedatum"):
        assert jongere[name].info == {"category": "identiteit", "encrypted": True}


def test_openapi_is_served_without_a_token(app_client: TestClient) -> None:
    response = app_client.get("/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert response.headers["API-Version"] == document["info"]["version"]
    operations = [
        (path, method, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
    ]
    assert all(op.get("operationId") and op.get("summary") for _, _, op in operations)
    assert document["servers"][0]["url"].endswith("/v1")
    assert document["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]
    push = document["paths"]["/signalen"]["post"]
    assert {"400", "401", "403", "503"} <= set(push["responses"])
    assert "application/problem+json" in push["responses"]["422"]["content"], "ours, not FastAPI's"
    assert "HTTPValidationError" not in json.dumps(document)
    assert "API-Version" in push["responses"]["201"]["headers"]
    assert all("X-Request-ID" in answer["headers"] for answer in push["responses"].values())
    assert any(p["name"] == "Doelbinding" for p in push["parameters"])


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/v1/health"),
        ("GET", "/v1/does-not-exist"),
        ("DELETE", "/v1/signalen"),
        ("GET", "/v1/signaalcategorieen"),
    ],
)
def test_every_response_has_api_version_and_errors_are_problems(
    app_client: TestClient, method: str, path: str
) -> None:
    response = app_client.request(method, path)
    assert response.headers["API-Version"]
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["status"] == response.status_code


def test_signal_categories_are_reference_data(app_client: TestClient, caller) -> None:
    response = app_client.get(
        "/v1/signaalcategorieen", headers=caller("halt", "halt_medewerker").headers()
    )
    codes = {item["code"] for item in response.json()["items"]}
    assert {"meerdere_telefoons", "online_ronselen", "op_de_uitkijk"} <= codes
    assert len(codes) >= 12


def test_server_refuses_an_unmigrated_database(tmp_path, settings: Settings) -> None:
    empty = settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'empty.db'}"})
    with pytest.raises(SchemaNotMigrated, match="aanwas db upgrade"):
        create_app(empty)


def test_the_migrations_create_exactly_the_models(settings: Settings) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from api.db import make_engine

    with make_engine(settings.database_url).connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_gated_route_outside_a_gated_router_is_still_settled(
    settings: Settings, caller, bsn: str
) -> None:
    # GatedRoute settles the gate in the route's thread; a route added without it (a plain
    # APIRoute) is settled by the gate's dependency instead: committed with its audit record.
    app = create_app(settings)

    def plain(signaal_id: str, gate: GateAccess) -> dict[str, str | None]:
        return {"categorie": service.read(gate, signaal_id).categorie}

    app.add_api_route("/v1/plain/{signaal_id}", plain, methods=["GET"])
    with TestClient(app, base_url=BASE_URL) as client:
        politie = caller("politie", "partner_system")
        pushed = client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
        read = client.get(f"/v1/plain/{pushed.json()['id']}", headers=politie.headers())
    assert read.status_code == 200 and read.json() == {"categorie": "meerdere_telefoons"}
    (record,) = audit_rows(settings, client_id=politie.client_id, action="read")
    assert (record["decision"], record["http_status"]) == ("allow", 200)
