"""The contract tells the truth: what the server answers is what the OpenAPI document says."""

from __future__ import annotations

import re
from collections import defaultdict

from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

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
