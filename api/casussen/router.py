from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.casussen import schemas, service
from api.openapi_docs import problems
from api.pagination import UUID_PATTERN, Page, uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["casussen"], route_class=GatedRoute)

CasusId = Annotated[str, uuid_path("casusId")]


@router.post(
    "/casussen",
    status_code=201,
    operation_id="createCasus",
    summary="Een PGA-casus openen vanuit een doelgroeptoets (casusregisseur)",
    response_model=schemas.Casus,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def open_casus(body: schemas.CasusNieuw, gate: GateAccess, response: Response) -> schemas.Casus:
    casus = service.open_case(gate, body)
    response.headers["Location"] = f"/v1/casussen/{casus.id}"
    return casus


@router.get(
    "/casussen",
    operation_id="listCasussen",
    summary="PGA-casussen: van een jongere, of de casussen die de gemeente opende",
    response_model=schemas.CasusLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def list_casussen(
    gate: GateAccess,
    page: Page,
    jongere_id: Annotated[
        str | None,
        Query(alias="jongereId", pattern=UUID_PATTERN, description="Alleen deze jongere"),
    ] = None,
    status: Annotated[schemas.Status | None, Query(description="Alleen deze status")] = None,
) -> schemas.CasusLijst:
    return service.list_cases(gate, jongere_id, status, page.page, page.size)


@router.get(
    "/casussen/{casusId}",
    operation_id="getCasus",
    summary="Een PGA-casus met plan van aanpak, perspectiefplan, opschalingen en historie",
    response_model=schemas.Casus,
    response_model_exclude_none=True,
    responses=problems(401, 403, 404, 503),
)
def lees_casus(casus_id: CasusId, gate: GateAccess) -> schemas.Casus:
    return service.read(gate, casus_id)


@router.patch(
    "/casussen/{casusId}",
    operation_id="updateCasusregisseur",
    summary="Een andere casusregisseur toewijzen",
    response_model=schemas.Casus,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def wijzig_casus(
    casus_id: CasusId, body: schemas.CasusWijziging, gate: GateAccess
) -> schemas.Casus:
    return service.reassign(gate, casus_id, body)


@router.post(
    "/casussen/{casusId}/statuswijzigingen",
    operation_id="updateCasusstatus",
    summary="De status van een casus wijzigen, volgens de toegestane overgangen",
    response_model=schemas.Casus,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def wijzig_status(
    casus_id: CasusId, body: schemas.StatuswijzigingNieuw, gate: GateAccess
) -> schemas.Casus:
    return service.change_status(gate, casus_id, body)


@router.post(
    "/casussen/{casusId}/opschalingen",
    status_code=201,
    operation_id="createOpschaling",
    summary="Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen",
    response_model=schemas.Casus,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def schaal_op(casus_id: CasusId, body: schemas.OpschalingNieuw, gate: GateAccess) -> schemas.Casus:
    return service.escalate(gate, casus_id, body)


@router.post(
    "/casussen/{casusId}/opschalingen/{opschalingId}/afschaling",
    operation_id="createAfschaling",
    summary="Een opschaling beeindigen; het convenant dat zij opende sluit weer",
    response_model=schemas.Casus,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def schaal_af(
    casus_id: CasusId,
    opschaling_id: Annotated[str, uuid_path("opschalingId")],
    body: schemas.Afschaling,
    gate: GateAccess,
) -> schemas.Casus:
    return service.deescalate(gate, casus_id, opschaling_id, body)


@router.post(
    "/casussen/{casusId}/taken/{taakId}/afhandeling",
    operation_id="createTaakAfhandeling",
    summary="Een taak van de casus afhandelen (casusregisseur of politie), met het besluit",
    response_model=schemas.CasusTaak,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def handel_taak_af(
    casus_id: CasusId,
    taak_id: Annotated[str, uuid_path("taakId")],
    body: schemas.CasusTaakAfhandeling,
    gate: GateAccess,
) -> schemas.CasusTaak:
    return service.close_task(gate, casus_id, taak_id, body)


@router.post(
    "/casussen/{casusId}/planacties",
    status_code=201,
    operation_id="addPlanactie",
    summary="Een actie aan het plan van aanpak toevoegen (domein, eigenaar, deadline)",
    response_model=schemas.Planactie,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def voeg_planactie_toe(
    casus_id: CasusId, body: schemas.PlanactieNieuw, gate: GateAccess
) -> schemas.Planactie:
    return service.add_plan_item(gate, casus_id, body)


@router.patch(
    "/casussen/{casusId}/planacties/{planactieId}",
    operation_id="updatePlanactie",
    summary="De voortgang van een planactie melden (casusregisseur of eigenaar)",
    response_model=schemas.Planactie,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def wijzig_planactie(
    casus_id: CasusId,
    planactie_id: Annotated[str, uuid_path("planactieId")],
    body: schemas.PlanactieWijziging,
    gate: GateAccess,
) -> schemas.Planactie:
    return service.update_plan_item(gate, casus_id, planactie_id, body)


@router.put(
    "/casussen/{casusId}/perspectiefplan",
    operation_id="setPerspectiefplan",
    summary="Het sociaal perspectiefplan van een casus vastleggen",
    response_model=schemas.Perspectiefplan,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def zet_perspectiefplan(
    casus_id: CasusId, body: schemas.PerspectiefplanInhoud, gate: GateAccess
) -> schemas.Perspectiefplan:
    return service.put_perspective(gate, casus_id, body)
