from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response

from api.jongeren import schemas, service
from api.openapi_docs import problems
from api.pagination import uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["jongeren"], route_class=GatedRoute)

JongereId = Annotated[str, uuid_path("jongereId")]


@router.post(
    "/jongeren",
    status_code=201,
    operation_id="createJongere",
    summary="Een jongere registreren (met BSN: een jongere per BSN)",
    response_model=schemas.Jongere,
    response_model_exclude_unset=True,
    responses=problems(400, 401, 403, 409, 503),
)
def registreer(body: schemas.JongereNieuw, gate: GateAccess, response: Response) -> schemas.Jongere:
    jongere, permit = service.register(gate, body)
    response.headers["Location"] = f"/v1/jongeren/{jongere.id}"
    return service.present(permit, jongere)


@router.post(
    "/jongeren/zoeken",
    operation_id="searchJongere",
    summary="Een jongere vinden op BSN (het BSN staat in de body, nooit in de URL)",
    response_model=schemas.Jongere,
    response_model_exclude_unset=True,
    responses=problems(400, 401, 403, 404, 503),
)
def zoek(body: schemas.JongereZoekvraag, gate: GateAccess) -> schemas.Jongere:
    return service.search(gate, body.bsn)


@router.get(
    "/jongeren/{jongereId}",
    operation_id="getJongere",
    summary="Een jongere lezen, voor zover een convenant het toestaat",
    response_model=schemas.Jongere,
    response_model_exclude_unset=True,
    responses=problems(401, 403, 404, 503),
)
def lees(jongere_id: JongereId, gate: GateAccess) -> schemas.Jongere:
    return service.read(gate, jongere_id)


@router.patch(
    "/jongeren/{jongereId}",
    operation_id="updateJongere",
    summary="Identiteitsgegevens van een jongere corrigeren",
    response_model=schemas.Jongere,
    response_model_exclude_unset=True,
    responses=problems(400, 401, 403, 404, 503),
)
def corrigeer(
    jongere_id: JongereId, body: schemas.JongereCorrectie, gate: GateAccess
) -> schemas.Jongere:
    return service.correct(gate, jongere_id, body)
