from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response

from api.db import new_id
from api.openapi_docs import problems
from api.pagination import Page, uuid_path
from api.security import idempotency
from api.security.audit import Access
from api.security.gate_routes import GateAccess, GatedRoute
from api.signalen import schemas, service
from api.validation import IsoDate

router = APIRouter(tags=["signalen"], route_class=GatedRoute)


@router.post(
    "/signalen",
    status_code=201,
    operation_id="createSignaal",
    summary="Een signaal over een jongere aanleveren",
    response_model=schemas.Signaal,
    response_model_exclude_unset=True,
    responses=problems(400, 401, 403, 409, 422, 503),
)
def push_signaal(
    body: schemas.SignaalNieuw,
    gate: GateAccess,
    response: Response,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias=idempotency.HEADER,
            description="Een sleutel per signaal: een herhaald verzoek met dezelfde sleutel "
            "maakt geen tweede signaal, maar geeft het eerste terug.",
        ),
    ] = None,
) -> schemas.Signaal:
    # The purpose is part of the request: the same body under another purpose is another request.
    canonical = f"{gate.purpose}\x1f{body.model_dump_json()}"
    if idempotency_key is not None:
        key = idempotency.check_key(idempotency_key)
        earlier = idempotency.previous(gate, key, canonical, Access("create", "signaal"))
        if earlier is not None:
            response.headers["Location"] = f"/v1/signalen/{earlier}"
            response.headers["Idempotent-Replayed"] = "true"
            return service.replay(gate, earlier)
    signaal, permit = service.push(gate, body)
    if idempotency_key is not None:
        idempotency.remember(gate, idempotency_key, canonical, signaal.id)
    response.headers["Location"] = f"/v1/signalen/{signaal.id}"
    return service.present(permit, signaal, None)


@router.post(
    "/signalen/bulk",
    operation_id="createSignalenBulk",
    summary="Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal",
    response_model=schemas.BulkResultaat,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 409, 422, 503),
)
def push_signalen_bulk(
    body: schemas.SignalenBulk,
    gate: GateAccess,
    response: Response,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias=idempotency.HEADER,
            description="Een sleutel per bulk: een herhaald verzoek met dezelfde sleutel slaat "
            "niets opnieuw op, maar geeft het eerste antwoord terug.",
        ),
    ] = None,
) -> schemas.BulkResultaat:
    canonical = f"{gate.purpose}\x1f{body.model_dump_json()}"
    if idempotency_key is not None:
        key = idempotency.check_key(idempotency_key)
        earlier = idempotency.previous_answer(gate, key, canonical, Access("create", "signaal"))
        if earlier is not None:
            response.headers["Idempotent-Replayed"] = "true"
            return service.replay_many(gate, earlier)
    result = service.push_many(gate, body.signalen)
    if idempotency_key is not None:
        answer = result.model_dump_json(by_alias=True, exclude_none=True)
        idempotency.remember(gate, idempotency_key, canonical, new_id(), answer)
    return result


@router.get(
    "/signalen/{signaalId}",
    operation_id="getSignaal",
    summary="Een signaal lezen, voor zover een convenant het toestaat",
    response_model=schemas.Signaal,
    response_model_exclude_unset=True,
    responses=problems(401, 403, 404, 503),
)
def get_signaal(
    signaal_id: Annotated[str, uuid_path("signaalId")], gate: GateAccess
) -> schemas.Signaal:
    return service.read(gate, signaal_id)


async def signal_filter(
    page: Page,
    categorie: Annotated[
        str | None,
        Query(pattern=r"^[a-z_]{1,60}$", description="Code van de signalenkaart"),
    ] = None,
    waargenomen_vanaf: Annotated[
        IsoDate | None, Query(alias="waargenomenVanaf", description="Vanaf deze datum")
    ] = None,
    waargenomen_tot_en_met: Annotated[
        IsoDate | None,
        Query(alias="waargenomenTotEnMet", description="Tot en met deze datum"),
    ] = None,
) -> service.SignalFilter:
    """The query parameters of a signal list (camelCase, as every query key)."""
    return service.SignalFilter(
        categorie=categorie,
        vanaf=waargenomen_vanaf,
        tot_en_met=waargenomen_tot_en_met,
        page=page.page,
        page_size=page.size,
    )


Filters = Annotated[service.SignalFilter, Depends(signal_filter)]


@router.get(
    "/signalen",
    operation_id="listSignalen",
    summary="Signalen over alle jongeren, te filteren op categorie en periode",
    response_model=schemas.SignaalLijst,
    response_model_exclude_unset=True,
    responses=problems(400, 401, 403, 503),
)
def list_signalen(gate: GateAccess, filters: Filters) -> schemas.SignaalLijst:
    return service.list_all(gate, filters)


@router.get(
    "/jongeren/{jongereId}/signalen",
    operation_id="listSignalenVanJongere",
    summary="De signalen over een jongere, voor zover een convenant het toestaat",
    response_model=schemas.SignaalLijst,
    response_model_exclude_unset=True,
    responses=problems(400, 401, 403, 404, 503),
)
def list_signalen_van_jongere(
    jongere_id: Annotated[str, uuid_path("jongereId")], gate: GateAccess, filters: Filters
) -> schemas.SignaalLijst:
    return service.list_for_youth(gate, jongere_id, filters)
