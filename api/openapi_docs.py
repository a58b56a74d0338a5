"""Problem responses documented on every operation that can produce them."""

from __future__ import annotations

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
