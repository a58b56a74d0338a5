"""The privacy officer's inzage (AVG art. 15) of one youth: found by BSN (in the body) or by
id, as JSON, as a printable HTML document in Dutch or as that document in PDF (formaten.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query
from fastapi.responses import Response

from api.inzage import formaten, schemas, service
from api.openapi_docs import problems
from api.pagination import uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["toezicht"], route_class=GatedRoute)

# Without a default in the schema: absent, `Accept` decides (the routes default it to None).
Formaat = Annotated[
    Literal["json", "html", "pdf"],
    Query(
        description="json, html (een afdrukbaar document om aan de jongere te geven) of pdf "
        "(hetzelfde document als PDF). Gaat voor Accept; zonder formaat beslist Accept "
        "(application/json, text/html, application/pdf; standaard JSON)."
    ),
]
Accept = Annotated[str | None, Header(include_in_schema=False)]

RESPONSES = {
    200: {
        "content": {
            "text/html": {"schema": {"type": "string"}},
            "application/pdf": {"schema": {"type": "string", "format": "binary"}},
        },
        "description": "Het inzagedocument: JSON, HTML of PDF (formaat, anders Accept)",
    },
    **problems(400, 401, 403, 404, 406, 503),
}


@router.post(
    "/toezicht/inzage",
    operation_id="createInzage",
    summary="Inzage (AVG art. 15) voor een jongere, gevonden op BSN (alleen de privacy officer, "
    "doel inzage)",
    response_model=schemas.Inzage,
    responses=RESPONSES,
)
def inzage_op_bsn(
    body: schemas.InzageVraag,
    gate: GateAccess,
    formaat: Formaat = None,  # type: ignore[assignment]
    accept: Accept = None,
) -> schemas.Inzage | Response:
    chosen = formaten.chosen(formaat, accept)  # a 406 before anything is looked up
    return formaten.answer(service.by_bsn(gate, body.bsn, body.kenmerk), chosen)


@router.get(
    "/jongeren/{jongereId}/inzage",
    operation_id="getInzage",
    summary="Inzage (AVG art. 15) voor een jongere (alleen de privacy officer, doel inzage)",
    response_model=schemas.Inzage,
    responses=RESPONSES,
)
def inzage(
    jongere_id: Annotated[str, uuid_path("jongereId")],
    kenmerk: Annotated[
        str, Query(pattern=schemas.KENMERK_PATTERN, description=schemas.KENMERK_DESCRIPTION)
    ],
    gate: GateAccess,
    formaat: Formaat = None,  # type: ignore[assignment]
    accept: Accept = None,
) -> schemas.Inzage | Response:
    chosen = formaten.chosen(formaat, accept)  # a 406 before anything is looked up
    return formaten.answer(service.by_id(gate, jongere_id, kenmerk), chosen)
