"""Problem responses documented on every operation that can produce them."""

from __future__ import annotations

import json
from typing import Any

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
    409: "Conflict met een gelijktijdig verzoek; Retry-After zegt wanneer opnieuw.",
    422: "De Idempotency-Key hoort bij een ander verzoek.",
    503: "De beleidsengine of de audit-log is niet beschikbaar; er is niets verstrekt.",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {
        status: {
            "description": _DESCRIPTIONS[status],
            "content": {PROBLEM_JSON: {"schema": _PROBLEM_SCHEMA}},
        }
        for status in statuses
    }


_API_VERSION_HEADER = {
    "API-Version": {
        "description": "De volledige versie van deze API (semver).",
        "schema": {"type": "string", "example": "0.1.0"},
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


def finalize_openapi(document: dict[str, Any], *, server_url: str) -> dict[str, Any]:
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
    components.setdefault("securitySchemes", {})["oauth2"] = {
        "type": "oauth2",
        "description": "Client credentials met HTTP Basic; het token (RFC 9068) noemt org en "
        "rollen. Publieke sleutels: /oauth/jwks.",
        "flows": {"clientCredentials": {"tokenUrl": f"{server_url}/oauth/token", "scopes": {}}},
    }
    document["security"] = [{"oauth2": []}]
    document["info"]["contact"] = {
        "name": "Team informatiedeling criminele aanwas",
        "url": "https://aanwas.example/contact",
        "email": "privacy@aanwas.example",
    }
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            responses = operation.setdefault("responses", {})
            if "HTTPValidationError" in json.dumps(responses.get("422", {})):
                responses.pop("422")  # FastAPI's default; invalid input is a 400 problem here
            has_parameters = bool(operation.get("parameters")) or "requestBody" in operation
            if method in ("post", "put", "patch") or has_parameters:
                responses.setdefault("400", problems(400)[400])
            for status, response in responses.items():
                if status.startswith(("2", "3")):
                    response.setdefault("headers", {}).update(_API_VERSION_HEADER)
                response.setdefault("headers", {}).update(_REQUEST_ID_HEADER)
    schemas = document.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return document
