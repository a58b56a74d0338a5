"""Routes over a youth's whole file: involvement, merging and undoing a merge."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response

from api.dossier import service
from api.jongeren import schemas
from api.openapi_docs import problems
from api.organisaties.router import placemat
from api.pagination import uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["jongeren"], route_class=GatedRoute)

JongereId = Annotated[str, uuid_path("jongereId")]


@router.get(
    "/jongeren/{jongereId}/betrokkenen",
    operation_id="listBetrokkenen",
    summary="Welke organisaties bij een jongere betrokken zijn, sinds wanneer, met contact",
    response_model=schemas.Betrokkenen,
    responses=problems(401, 403, 503),
)
def betrokkenen(jongere_id: JongereId, gate: GateAccess, request: Request) -> schemas.Betrokkenen:
    # The placemat is read only after the decision, so a refusal never depends on it.
    return service.involvement(gate, jongere_id, lambda: placemat(request))


@router.post(
    "/jongeren/{jongereId}/samenvoegingen",
    status_code=201,
    operation_id="createSamenvoeging",
    summary="Een tweede record van dezelfde jongere hierin samenvoegen (terug te draaien)",
    response_model=schemas.Samenvoeging,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def voeg_samen(
    jongere_id: JongereId, body: schemas.SamenvoegingNieuw, gate: GateAccess, response: Response
) -> schemas.Samenvoeging:
    merged = service.merge(gate, jongere_id, body.bron_jongere_id)
    response.headers["Location"] = f"/v1/samenvoegingen/{merged.id}"
    return merged


@router.post(
    "/samenvoegingen/{samenvoegingId}/terugdraaien",
    operation_id="revertSamenvoeging",
    summary="Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug",
    response_model=schemas.Samenvoeging,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def draai_terug(
    samenvoeging_id: Annotated[str, uuid_path("samenvoegingId")],
    gate: GateAccess,
) -> schemas.Samenvoeging:
    return service.reverse_merge(gate, samenvoeging_id)
