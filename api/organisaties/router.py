"""The placemat: the participating organisations and their functional contacts (no personal
data), kept with the policy's reference data so one reviewed file names every party."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from api.openapi_docs import problems
from api.schemas import ApiModel
from api.security.caller import current_principal, runtime_of
from api.security.gate import policy_engine_unavailable
from api.security.policy import PolicyEngineUnavailable

router = APIRouter(tags=["organisaties"], dependencies=[Depends(current_principal)])


class Contact(ApiModel):
    team: str
    email: str


class Organisatie(ApiModel):
    code: str
    naam: str
    contact: Contact


class OrganisatieLijst(ApiModel):
    items: list[Organisatie]


def placemat(request: Request) -> dict[str, Organisatie]:
    try:
        entries: Any = runtime_of(request).policy.read("referentie/organisaties")
    except PolicyEngineUnavailable:
        raise policy_engine_unavailable() from None
    if not isinstance(entries, dict):
        raise policy_engine_unavailable()
    return {
        code: Organisatie.model_validate({"code": code, **entry})
        for code, entry in sorted(entries.items())
    }


@router.get(
    "/organisaties",
    operation_id="listOrganisaties",
    summary="De placemat: deelnemende organisaties en hun contact",
    response_model=OrganisatieLijst,
    responses=problems(401, 503),
)
def list_organisaties(request: Request) -> OrganisatieLijst:
    return OrganisatieLijst(items=list(placemat(request).values()))
