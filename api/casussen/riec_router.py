"""The RIEC consultation's routes: team ondermijning and the RIEC read RIEC-meldingen, the RIEC
answers them (api/casussen/riec.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.casussen import riec
from api.casussen import riec_schemas as schemas
from api.openapi_docs import problems
from api.pagination import Page, uuid_path
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["riec-meldingen"], route_class=GatedRoute)

MeldingId = Annotated[str, uuid_path("meldingId")]


@router.get(
    "/riec-meldingen",
    operation_id="listRiecMeldingen",
    summary="RIEC-meldingen met reden, vragen, status en antwoord (team ondermijning, RIEC)",
    response_model=schemas.RiecMeldingLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 503),
)
def list_riec_meldingen(
    gate: GateAccess,
    page: Page,
    status: Annotated[schemas.RiecStatus | None, Query(description="Alleen deze status")] = None,
) -> schemas.RiecMeldingLijst:
    return riec.list_meldingen(gate, status, page.page, page.size)


@router.get(
    "/riec-meldingen/{meldingId}",
    operation_id="getRiecMelding",
    summary="Een RIEC-melding met reden, vragen, status en antwoord (team ondermijning, RIEC)",
    response_model=schemas.RiecMelding,
    response_model_exclude_none=True,
    responses=problems(401, 403, 404, 503),
)
def lees_riec_melding(melding_id: MeldingId, gate: GateAccess) -> schemas.RiecMelding:
    return riec.read(gate, melding_id)


@router.patch(
    "/riec-meldingen/{meldingId}",
    operation_id="updateRiecMelding",
    summary="Het vermogen van jongere en ouders bij een open RIEC-melding vastleggen",
    response_model=schemas.RiecMelding,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def wijzig_riec_melding(
    melding_id: MeldingId, body: schemas.RiecVermogen, gate: GateAccess
) -> schemas.RiecMelding:
    return riec.record_vermogen(gate, melding_id, body)


@router.post(
    "/riec-meldingen/{meldingId}/antwoord",
    operation_id="createRiecAntwoord",
    summary="Een RIEC-melding beantwoorden (het RIEC); eenmalig, het antwoord sluit de melding",
    response_model=schemas.RiecMelding,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 409, 503),
)
def beantwoord_riec_melding(
    melding_id: MeldingId, body: schemas.RiecAntwoordNieuw, gate: GateAccess
) -> schemas.RiecMelding:
    return riec.answer(gate, melding_id, body)
