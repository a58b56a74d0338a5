"""Erasure on request (AVG art. 17), for the privacy officer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api.openapi_docs import problems
from api.pagination import uuid_path
from api.retentie import schemas, wissen
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["toezicht"], route_class=GatedRoute)


@router.post(
    "/jongeren/{jongereId}/vernietiging",
    operation_id="createVernietiging",
    summary="De gegevens van een jongere vernietigen op diens verzoek (AVG art. 17; alleen de "
    "privacy officer, doel inzage; 409 zolang een bewaarplicht geldt)",
    response_model=schemas.Vernietiging,
    responses=problems(400, 401, 403, 404, 409, 410, 503),
)
def vernietig(
    jongere_id: Annotated[str, uuid_path("jongereId")],
    body: schemas.VernietigingVraag,
    gate: GateAccess,
) -> schemas.Vernietiging:
    return wissen.erase(gate, jongere_id, body.kenmerk)
