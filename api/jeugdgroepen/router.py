from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response

from api.jeugdgroepen import schemas, service
from api.openapi_docs import problems
from api.pagination import Page, uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["jeugdgroepen"], route_class=GatedRoute)

GroepId = Annotated[str, uuid_path("jeugdgroepId")]


@router.post(
    "/jeugdgroepen",
    status_code=201,
    operation_id="createJeugdgroep",
    summary="Een problematische jeugdgroep vastleggen voor de groepsaanpak",
    response_model=schemas.Jeugdgroep,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def maak(body: schemas.JeugdgroepNieuw, gate: GateAccess, response: Response) -> schemas.Jeugdgroep:
    group = service.create(gate, body)
    response.headers["Location"] = f"/v1/jeugdgroepen/{group.id}"
    return group


@router.get(
    "/jeugdgroepen",
    operation_id="listJeugdgroepen",
    summary="De jeugdgroepen",
    response_model=schemas.JeugdgroepLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def lijst(
    gate: GateAccess,
    page: Page,
) -> schemas.JeugdgroepLijst:
    return service.list_groups(gate, page.page, page.size)


@router.get(
    "/jeugdgroepen/{jeugdgroepId}",
    operation_id="getJeugdgroep",
    summary="Een jeugdgroep met haar leden, voor zover een convenant het toestaat",
    response_model=schemas.Jeugdgroep,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def lees(groep_id: GroepId, gate: GateAccess) -> schemas.Jeugdgroep:
    return service.read(gate, groep_id)


@router.post(
    "/jeugdgroepen/{jeugdgroepId}/leden",
    status_code=201,
    operation_id="addLid",
    summary="Een jongere aan een jeugdgroep koppelen",
    response_model=schemas.Jeugdgroep,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def voeg_lid_toe(groep_id: GroepId, body: schemas.LidNieuw, gate: GateAccess) -> schemas.Jeugdgroep:
    return service.add_member(gate, groep_id, body.jongere_id)


@router.delete(
    "/jeugdgroepen/{jeugdgroepId}/leden/{jongereId}",
    status_code=204,
    operation_id="deleteLid",
    summary="Een jongere van een jeugdgroep ontkoppelen",
    responses=problems(400, 401, 403, 404, 503),
)
def verwijder_lid(
    groep_id: GroepId,
    jongere_id: Annotated[str, uuid_path("jongereId")],
    gate: GateAccess,
) -> Response:
    service.remove_member(gate, groep_id, jongere_id)
    return Response(status_code=204)


@router.post(
    "/jeugdgroepen/{jeugdgroepId}/stappen",
    status_code=201,
    operation_id="addGroepsstap",
    summary="Vastleggen dat een jeugdgroep de volgende stap van het zevenstappenmodel bereikte",
    description=(
        "Stappen worden in volgorde vastgelegd, één voor één: een stap overslaan, herhalen of "
        "na stap 7 nog een stap geeft 409 en legt niets vast; zo ook een datum vóór die van de "
        "vorige stap. De organisatie van de aanroeper is wie de stap vastlegde. Het antwoord is "
        "de groep met haar huidige stap en de geschiedenis."
    ),
    response_model=schemas.Jeugdgroep,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def leg_stap_vast(
    groep_id: GroepId, body: schemas.StapNieuw, gate: GateAccess
) -> schemas.Jeugdgroep:
    return service.record_step(gate, groep_id, body)
