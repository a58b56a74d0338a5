from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response

from api.maatregelen import schemas, service, sluitingen
from api.openapi_docs import problems
from api.pagination import Page, uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["maatregelen"], route_class=GatedRoute)


@router.post(
    "/jongeren/{jongereId}/maatregelen",
    status_code=201,
    operation_id="createMaatregel",
    summary="Een maatregel vastleggen (gemeente: APV en Opiumwet 13b; OM: vervolging)",
    response_model=schemas.Maatregel,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def leg_op(
    jongere_id: Annotated[str, uuid_path("jongereId")],
    body: schemas.MaatregelNieuw,
    gate: GateAccess,
    response: Response,
) -> schemas.Maatregel:
    measure = service.impose(gate, jongere_id, body)
    response.headers["Location"] = f"/v1/maatregelen/{measure.id}"
    return measure


@router.get(
    "/jongeren/{jongereId}/maatregelen",
    operation_id="listMaatregelen",
    summary="De maatregelen tegen een jongere",
    response_model=schemas.MaatregelLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def lijst(
    jongere_id: Annotated[str, uuid_path("jongereId")], gate: GateAccess, page: Page
) -> schemas.MaatregelLijst:
    return service.list_for_youth(gate, jongere_id, page.page, page.size)


@router.patch(
    "/maatregelen/{maatregelId}",
    operation_id="updateMaatregel",
    summary="Status, einddatum of toelichting van een maatregel wijzigen",
    response_model=schemas.Maatregel,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def wijzig(
    maatregel_id: Annotated[str, uuid_path("maatregelId")],
    body: schemas.MaatregelWijziging,
    gate: GateAccess,
) -> schemas.Maatregel:
    return service.change(gate, maatregel_id, body)


@router.post(
    "/sluitingen",
    status_code=201,
    operation_id="createSluiting",
    summary="Een sluiting van een pand (Opiumwet art. 13b) vastleggen, zonder jongere (gemeente)",
    response_model=schemas.Maatregel,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def sluit(body: schemas.SluitingNieuw, gate: GateAccess, response: Response) -> schemas.Maatregel:
    measure = sluitingen.close(gate, body)
    response.headers["Location"] = f"/v1/maatregelen/{measure.id}"
    return measure


@router.post(
    "/sluitingen/zoeken",
    operation_id="searchSluitingen",
    summary="De sluitingen van een pand, op postcode en huisnummer (in de body, nooit in de URL)",
    response_model=schemas.MaatregelLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def zoek_sluitingen(
    body: schemas.PandAdres, gate: GateAccess, page: Page
) -> schemas.MaatregelLijst:
    return sluitingen.of_premises(gate, body, page.page, page.size)
