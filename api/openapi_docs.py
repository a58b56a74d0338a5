"""Problem responses documented on every operation that can produce them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from api import API_VERSION
from api.problems import PROBLEM_JSON

_PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "format": "uri-reference"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "reason": {"type": "string"}},
            },
        },
    },
    "required": ["type", "title", "status"],
}

_DESCRIPTIONS = {
    400: "Ongeldige invoer; invalidParams noemt elk ongeldig veld.",
    401: "Geen of geen geldig toegangstoken.",
    403: "Geen convenant staat deze toegang toe voor dit doel; detail noemt de regel.",
    404: "Niet gevonden.",
    405: "Deze methode bestaat niet voor dit pad; Allow noemt de methoden die er wel zijn.",
    406: "Geen van de gevraagde mediatypen (Accept) is er; detail noemt de mogelijke.",
    409: "Conflict: met een gelijktijdig verzoek (Retry-After zegt wanneer opnieuw), of de "
    "casus is gesloten, of een bewaarplicht verzet zich tegen wissen.",
    410: "De gegevens over deze jongere zijn vernietigd (bewaartermijn verstreken of op "
    "verzoek); detail zegt waarom en sinds wanneer.",
    413: "Het verzoek is groter dan de API aanneemt.",
    422: "De Idempotency-Key hoort bij een ander verzoek.",
    503: "De beleidsengine of de audit-log is niet beschikbaar; er is niets verstrekt.",
}

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
# What the server accepts as a BSN's form (the elfproef is a rule a schema cannot say).
BSN_PATTERN = r"^[0-9]{9}$"
IDEMPOTENCY_KEY_PATTERN = r"^[!-~]{1,255}$"
# Routes that manage reference data: no personal data, so no purpose (policies/aanwas/beheer.rego).
_WITHOUT_PURPOSE = {
    "/signaalcategorieen",
    "/signaalcategorieen/{code}",
    "/signaalcategorieen/{code}/versies",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Documented error responses, each the one Problem component."""
    return {
        status: {
            "description": _DESCRIPTIONS[status],
            "content": {PROBLEM_JSON: {"schema": PROBLEM_REF}},
        }
        for status in statuses
    }


def purposes(policies_dir: Path) -> list[str]:
    """The purposes (doelen) the policy data lists: the only values of the Doelbinding header."""
    reference = json.loads((policies_dir / "referentie" / "data.json").read_text("utf-8"))
    return sorted(reference["doelen"])


def _with_problem_refs(responses: dict[str, Any]) -> None:
    """Every problem+json answer refers to the one Problem component, none inlines it."""
    for response in responses.values():
        content = response.get("content", {})
        if PROBLEM_JSON in content:
            content[PROBLEM_JSON]["schema"] = PROBLEM_REF


def _bsn_patterns(node: Any) -> None:
    """Every property named bsn, anywhere in the schemas, gets the BSN pattern."""
    if isinstance(node, dict):
        for name, value in node.items():
            if name == "properties" and isinstance(value, dict) and "bsn" in value:
                _set_pattern(value["bsn"], BSN_PATTERN)
            _bsn_patterns(value)
    elif isinstance(node, list):
        for value in node:
            _bsn_patterns(value)


def _set_pattern(schema: dict[str, Any], pattern: str) -> None:
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "string":
            branch["pattern"] = pattern


_API_VERSION_HEADER = {
    "API-Version": {
        "description": "De volledige versie van deze API (semver).",
        "schema": {"type": "string", "example": API_VERSION},
    }
}


_REQUEST_ID_HEADER = {
    "X-Request-ID": {
        "description": "Het id van dit verzoek: het X-Request-ID van de aanroeper als dat een "
        "UUID is, anders een nieuw. De audit-records van het verzoek staan eronder, een "
        "probleem noemt het in `instance` (urn:uuid:...).",
        "schema": {"type": "string", "format": "uuid"},
    }
}


def finalize_openapi(
    document: dict[str, Any], *, server_url: str, policies_dir: Path | None = None
) -> dict[str, Any]:
    """Makes FastAPI's document say what the API does (NL API Design Rules):

    the server URL carries the major version, the token endpoint is the OAuth security scheme,
    invalid input is a 400 problem (FastAPI's default 422 never happens here), every successful
    response names the API-Version header, every response the X-Request-ID header, and the
    document names its contact.
    """
    # The major version is part of the server URL; paths are relative to it.
    document["servers"] = [{"url": f"{server_url}/v1", "description": "deze omgeving"}]
    document["paths"] = {
        path.removeprefix("/v1"): item
        for path, item in document.get("paths", {}).items()
        if path.startswith("/v1/")
    }
    components = document.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = _PROBLEM_SCHEMA
    doelen = purposes(policies_dir) if policies_dir is not None else None
    components.setdefault("securitySchemes", {})["oauth2"] = {
        "type": "oauth2",
        "description": "Client credentials met HTTP Basic; het token (RFC 9068) noemt org en "
        "rollen, en in zijn header de sleutel (`kid`) waarmee het is ondertekend. Zonder token "
        f"leesbaar: de metadata van de autorisatieserver (RFC 8414) op {server_url}"
        "/.well-known/oauth-authorization-server (schema AutorisatieServerMetadata) en de "
        f"publieke sleutels op {server_url}/.well-known/jwks.json (schema JsonWebKeySet; "
        "ook op /oauth/jwks): de huidige en oudere, nog niet ingetrokken sleutels.",
        "flows": {"clientCredentials": {"tokenUrl": f"{server_url}/oauth/token", "scopes": {}}},
        # OpenAPI 3.2's oauth2MetadataUrl, as an extension of 3.1.
        "x-oauth2-metadata-url": f"{server_url}/.well-known/oauth-authorization-server",
    }
    _well_known_schemas(components["schemas"])
    document["security"] = [{"oauth2": []}]
    document["info"]["contact"] = {
        "name": "Team informatiedeling criminele aanwas",
        "url": "https://aanwas.example/contact",
        "email": "privacy@aanwas.example",
    }
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            responses = operation.setdefault("responses", {})
            if "HTTPValidationError" in json.dumps(responses.get("422", {})):
                responses.pop("422")  # FastAPI's default; invalid input is a 400 problem here
            has_parameters = bool(operation.get("parameters")) or "requestBody" in operation
            if method in ("post", "put", "patch") or has_parameters:
                responses.setdefault("400", problems(400)[400])
            if "requestBody" in operation:
                responses.setdefault("413", problems(413)[413])
            if "404" in responses and _about_one_youth(path):
                # A youth whose data is destroyed, or an item about them (api/security/vernietigd).
                responses.setdefault("410", problems(410)[410])
            for parameter in operation.get("parameters", []):
                _say_what_the_server_enforces(parameter, path, doelen)
            _with_problem_refs(responses)
            for status, response in responses.items():
                if status.startswith(("2", "3")):
                    response.setdefault("headers", {}).update(_API_VERSION_HEADER)
                response.setdefault("headers", {}).update(_REQUEST_ID_HEADER)
    schemas = document.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    _bsn_patterns(schemas)
    return document


# Paths of items that are about one youth: a read or write of one answers 410 once the youth's
# data is destroyed.
_ABOUT_ONE_YOUTH = (
    "/signalen/{",
    "/casussen/{",
    "/riec-meldingen/{",
    "/maatregelen/{",
    "/antecedenten/{",
    "/samenvoegingen/{",
)


def _about_one_youth(path: str) -> bool:
    return "{jongereId}" in path or path.startswith(_ABOUT_ONE_YOUTH)


def _well_known_schemas(schemas: dict[str, Any]) -> None:
    """The schemas of the authorization server's public documents (api.well_known), which live
    beside the API's /v1 paths and so are not operations of this document."""
    from api.well_known import WELL_KNOWN_SCHEMAS

    for model in WELL_KNOWN_SCHEMAS:
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema


def _say_what_the_server_enforces(
    parameter: dict[str, Any], path: str, doelen: list[str] | None
) -> None:
    """Header rules the server enforces, in the schema: the purpose is required and one of the
    policy's purposes (omitting it is always a 403); an Idempotency-Key has the accepted form."""
    if parameter.get("in") != "header":
        return
    if parameter["name"] == "Doelbinding" and path not in _WITHOUT_PURPOSE:
        parameter["required"] = True
        parameter["schema"] = {"type": "string"}
        if doelen is not None:
            parameter["schema"]["enum"] = doelen
    elif parameter["name"] == "Idempotency-Key":
        parameter["schema"] = {"type": "string", "pattern": IDEMPOTENCY_KEY_PATTERN}
