"""Correction requests (AVG art. 16): filed by the privacy officer, answered by the supplier of
the item; every step decided by aanwas.correctie and on record."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.correctie import schemas, service
from api.openapi_docs import problems
from api.pagination import Page, uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["toezicht"], route_class=GatedRoute)


@router.post(
    "/jongeren/{jongereId}/correctieverzoeken",
    status_code=201,
    operation_id="createCorrectieverzoek",
    summary="Een correctieverzoek (AVG art. 16) van een jongere indienen (alleen de privacy "
    "officer, doel inzage); onbekend gegeven: 404",
    response_model=schemas.Correctieverzoek,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 422, 503),
)
def dien_in(
    jongere_id: Annotated[str, uuid_path("jongereId")],
    body: schemas.CorrectieverzoekNieuw,
    gate: GateAccess,
    response: Response,
) -> schemas.Correctieverzoek:
    request = service.file(gate, jongere_id, body)
    response.headers["Location"] = f"/v1/correctieverzoeken/{request.id}"
    return request


@router.get(
    "/jongeren/{jongereId}/correctieverzoeken",
    operation_id="listCorrectieverzoekenVanJongere",
    summary="De correctieverzoeken van een jongere, met status en termijn (alleen de privacy "
    "officer, doel inzage)",
    response_model=schemas.CorrectieverzoekLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def van_jongere(
    jongere_id: Annotated[str, uuid_path("jongereId")], gate: GateAccess, page: Page
) -> schemas.CorrectieverzoekLijst:
    return service.for_youth(gate, jongere_id, page.page, page.size)


@router.get(
    "/correctieverzoeken",
    operation_id="listCorrectieverzoeken",
    summary="De correctieverzoeken over gegevens die de eigen organisatie aanleverde (doel "
    "inzage), de oudste termijn eerst",
    response_model=schemas.CorrectieverzoekLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def eigen(
    gate: GateAccess,
    page: Page,
    status: Annotated[
        Literal["open", "afgehandeld"],
        Query(description="open (standaard) of afgehandeld"),
    ] = "open",
) -> schemas.CorrectieverzoekLijst:
    return service.for_supplier(gate, status, page.page, page.size)


@router.post(
    "/correctieverzoeken/{correctieverzoekId}/afhandeling",
    operation_id="addAfhandeling",
    summary="Een correctieverzoek beantwoorden (alleen de organisatie die het gegeven "
    "aanleverde, doel inzage); al beantwoord: 409, afwijzing zonder reden: 422",
    response_model=schemas.Correctieverzoek,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 422, 503),
)
def handel_af(
    verzoek_id: Annotated[str, uuid_path("correctieverzoekId")],
    body: schemas.Afhandeling,
    gate: GateAccess,
) -> schemas.Correctieverzoek:
    return service.answer(gate, verzoek_id, body)
