"""The privacy officer's inzage (AVG art. 15) of one youth: found by BSN (in the body) or by
id, as JSON or as a printable HTML document in Dutch."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from api.inzage import schemas, service, weergave
from api.openapi_docs import problems
from api.pagination import uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["toezicht"], route_class=GatedRoute)

Formaat = Annotated[
    Literal["json", "html"],
    Query(description="json, of html: een afdrukbaar document om aan de jongere te geven"),
]

RESPONSES = {
    200: {
        "content": {"text/html": {"schema": {"type": "string"}}},
        "description": "Het inzagedocument (JSON, of HTML met formaat=html)",
    },
    **problems(400, 401, 403, 404, 503),
}


def _answer(document: schemas.Inzage, formaat: str) -> schemas.Inzage | HTMLResponse:
    if formaat == "html":
        return HTMLResponse(weergave.render(document))
    return document


@router.post(
    "/toezicht/inzage",
    operation_id="createInzage",
    summary="Inzage (AVG art. 15) voor een jongere, gevonden op BSN (alleen de privacy officer, "
    "doel inzage)",
    response_model=schemas.Inzage,
    responses=RESPONSES,
)
def inzage_op_bsn(
    body: schemas.InzageVraag, gate: GateAccess, formaat: Formaat = "json"
) -> schemas.Inzage | HTMLResponse:
    return _answer(service.by_bsn(gate, body.bsn, body.kenmerk), formaat)


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
    formaat: Formaat = "json",
) -> schemas.Inzage | HTMLResponse:
    return _answer(service.by_id(gate, jongere_id, kenmerk), formaat)
