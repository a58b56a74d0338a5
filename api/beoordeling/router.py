from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response

from api.beoordeling import oordelen, schemas, service
from api.openapi_docs import problems
from api.pagination import Page, uuid_path
from api.security.caller import runtime_of
from api.security.gate import policy_engine_unavailable
from api.security.gate_routes import GateAccess, GatedRoute
from api.security.policy import PolicyEngineUnavailable

router = APIRouter(tags=["beoordeling"], route_class=GatedRoute)

JongereId = Annotated[str, uuid_path("jongereId")]


@router.post(
    "/jongeren/{jongereId}/factoren",
    status_code=201,
    operation_id="addFactor",
    summary="Een risico- of beschermende factor van een jongere vastleggen",
    response_model=schemas.Factor,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def voeg_factor_toe(
    jongere_id: JongereId, body: schemas.FactorNieuw, gate: GateAccess, response: Response
) -> schemas.Factor:
    factor = service.add_factor(gate, jongere_id, body)
    response.headers["Location"] = f"/v1/jongeren/{jongere_id}/factoren"
    return factor


@router.get(
    "/jongeren/{jongereId}/factoren",
    operation_id="listFactoren",
    summary="De risico- en beschermende factoren van een jongere",
    response_model=schemas.FactorLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def list_factoren(jongere_id: JongereId, gate: GateAccess, page: Page) -> schemas.FactorLijst:
    return service.list_factors(gate, jongere_id, page.page, page.size)


@router.post(
    "/jongeren/{jongereId}/antecedenten",
    status_code=201,
    operation_id="addAntecedent",
    summary="Een Opiumwet-antecedent vastleggen (politie)",
    response_model=schemas.Antecedent,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def voeg_antecedent_toe(
    jongere_id: JongereId, body: schemas.AntecedentNieuw, gate: GateAccess, response: Response
) -> schemas.Antecedent:
    antecedent = service.add_antecedent(gate, jongere_id, body)
    response.headers["Location"] = f"/v1/jongeren/{jongere_id}/antecedenten"
    return antecedent


@router.patch(
    "/antecedenten/{antecedentId}",
    operation_id="updateAntecedent",
    summary="De status van een antecedent bijwerken (politie), bijvoorbeeld na een veroordeling",
    response_model=schemas.Antecedent,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def wijzig_antecedent(
    antecedent_id: Annotated[str, uuid_path("antecedentId")],
    body: schemas.AntecedentWijziging,
    gate: GateAccess,
) -> schemas.Antecedent:
    return service.change_antecedent(gate, antecedent_id, body)


@router.get(
    "/jongeren/{jongereId}/antecedenten",
    operation_id="listAntecedenten",
    summary="De Opiumwet-antecedenten van een jongere, of alleen soort en aantal",
    response_model=schemas.AntecedentLijst,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def list_antecedenten(
    jongere_id: JongereId, gate: GateAccess, page: Page
) -> schemas.AntecedentLijst:
    return service.list_antecedents(gate, jongere_id, page.page, page.size)


@router.get(
    "/jongeren/{jongereId}/doelgroeptoets",
    operation_id="getDoelgroeptoets",
    summary="De laatste doelgroeptoets van een jongere, met redenen",
    response_model=schemas.Doelgroeptoets,
    response_model_exclude_none=True,
    responses=problems(401, 403, 404, 503),
)
def lees_doelgroeptoets(jongere_id: JongereId, gate: GateAccess) -> schemas.Doelgroeptoets:
    return service.read_assessment(gate, jongere_id)


@router.post(
    "/jongeren/{jongereId}/doelgroeptoets",
    status_code=201,
    operation_id="runDoelgroeptoets",
    summary="De doelgroeptoets nu (opnieuw) uitvoeren",
    response_model=schemas.Doelgroeptoets,
    response_model_exclude_none=True,
    responses=problems(401, 403, 404, 503),
)
def doe_doelgroeptoets(
    jongere_id: JongereId, gate: GateAccess, response: Response
) -> schemas.Doelgroeptoets:
    toets = service.assess_on_request(gate, jongere_id)
    response.headers["Location"] = f"/v1/jongeren/{jongere_id}/doelgroeptoets"
    return toets


@router.post(
    "/jongeren/{jongereId}/professionele-oordelen",
    status_code=201,
    operation_id="addProfessioneelOordeel",
    summary="Het professionele oordeel (sterke vermoedens) van het signaaloverleg vastleggen",
    response_model=schemas.ProfessioneelOordeel,
    response_model_exclude_none=True,
    responses=problems(400, 401, 403, 404, 503),
)
def voeg_oordeel_toe(
    jongere_id: JongereId,
    body: schemas.ProfessioneelOordeelNieuw,
    gate: GateAccess,
    request: Request,
    response: Response,
) -> schemas.ProfessioneelOordeel:
    def signaaloverleg() -> set[str]:
        # Who takes part in a signaaloverleg is the policy's reference data.
        try:
            kinds = runtime_of(request).policy.read("referentie/overleggen")
        except PolicyEngineUnavailable:
            raise policy_engine_unavailable() from None
        kind = kinds.get("signaaloverleg", {}) if isinstance(kinds, dict) else {}
        return {str(name) for name in kind.get("deelnemers", [])}

    oordeel = oordelen.record(gate, jongere_id, body, signaaloverleg)
    # The judgement shows in the assessment the worker makes from it.
    response.headers["Location"] = f"/v1/jongeren/{jongere_id}/doelgroeptoets"
    return oordeel
