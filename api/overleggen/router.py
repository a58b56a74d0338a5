from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response

from api.openapi_docs import problems
from api.overleggen import schemas, service, uitkomsten
from api.pagination import uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["overleggen"], route_class=GatedRoute)

OverlegId = Annotated[str, uuid_path("overlegId")]


@router.post(
    "/overleggen",
    status_code=201,
    operation_id="createOverleg",
    summary="Een overleg plannen (signaaloverleg, casusoverleg, ketenoverleg, ico)",
    response_model=schemas.Overleg,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def plan(body: schemas.OverlegNieuw, gate: GateAccess, response: Response) -> schemas.Overleg:
    meeting = service.create(gate, body)
    response.headers["Location"] = f"/v1/overleggen/{meeting.id}"
    return meeting


@router.get(
    "/overleggen/{overlegId}",
    operation_id="getOverleg",
    summary="Een overleg met de agenda zoals deze deelnemer die mag zien",
    response_model=schemas.Overleg,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def lees(overleg_id: OverlegId, gate: GateAccess) -> schemas.Overleg:
    return service.read(gate, overleg_id)


@router.post(
    "/overleggen/{overlegId}/agenda",
    status_code=201,
    operation_id="addAgendapunt",
    summary="Een jongere op de agenda van een overleg zetten",
    response_model=schemas.Overleg,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def zet_op_agenda(
    overleg_id: OverlegId, body: schemas.AgendapuntNieuw, gate: GateAccess
) -> schemas.Overleg:
    return service.add_to_agenda(gate, overleg_id, body.jongere_id)


@router.post(
    "/overleggen/{overlegId}/agenda/{jongereId}/uitkomst",
    status_code=201,
    operation_id="addUitkomst",
    summary="De uitkomst van een agendapunt vastleggen: besluit en afspraken (de voorzitter)",
    response_model=schemas.Uitkomst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def leg_uitkomst_vast(
    overleg_id: OverlegId,
    jongere_id: Annotated[str, uuid_path("jongereId")],
    body: schemas.UitkomstNieuw,
    gate: GateAccess,
    response: Response,
) -> schemas.Uitkomst:
    meeting = service.participate(gate, overleg_id)
    uitkomst = uitkomsten.record(gate, meeting, jongere_id, body)
    # The outcome shows on the meeting's agenda, to each participant as far as it may see it.
    response.headers["Location"] = f"/v1/overleggen/{overleg_id}"
    return uitkomst
