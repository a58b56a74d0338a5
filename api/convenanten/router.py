"""The covenants in force, readable by every authenticated party (no personal data)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request

from api.convenanten.schemas import Convenant, ConvenantLijst, ConvenantStatus
from api.openapi_docs import problems
from api.problems import Problem
from api.security.caller import current_principal, runtime_of
from api.security.gate import policy_engine_unavailable
from api.security.policy import PolicyEngineUnavailable

router = APIRouter(tags=["convenanten"], dependencies=[Depends(current_principal)])

_FIELDS = set(Convenant.model_fields) - {"status"}


def _covenants(request: Request) -> list[Convenant]:
    policy = runtime_of(request).policy
    try:
        texts = policy.read("convenanten")
        statuses = policy.read("aanwas/convenanten/status")
    except PolicyEngineUnavailable:
        raise policy_engine_unavailable() from None
    if not isinstance(texts, dict) or not isinstance(statuses, dict):
        raise policy_engine_unavailable()
    return [_covenant(code, texts[code], statuses.get(code)) for code in sorted(texts)]


def _covenant(code: str, text: Any, status: Any) -> Convenant:
    fields = {k: v for k, v in text.items() if k in _FIELDS} if isinstance(text, dict) else {}
    state = ConvenantStatus.model_validate(
        status or {"geldig": False, "vanKracht": False, "fouten": []}
    )
    try:
        return Convenant.model_validate({**fields, "code": code, "status": state})
    except ValueError:
        # A malformed covenant is shown as such, with OPA's explanation, never half-parsed.
        return Convenant(code=code, status=state)


@router.get(
    "/convenanten",
    operation_id="listConvenanten",
    summary="De convenanten die de beleidsengine nu toepast",
    response_model=ConvenantLijst,
    responses=problems(401, 503),
)
def list_convenanten(request: Request) -> ConvenantLijst:
    return ConvenantLijst(items=_covenants(request))


@router.get(
    "/convenanten/{code}",
    operation_id="getConvenant",
    summary="Een convenant: partijen, doelen, gegevenscategorieen, geldigheid en status",
    response_model=Convenant,
    responses=problems(401, 404, 503),
)
def get_convenant(
    request: Request, code: Annotated[str, Path(pattern=r"^[a-z][a-z_]{1,39}$")]
) -> Convenant:
    for covenant in _covenants(request):
        if covenant.code == code:
            return covenant
    raise Problem(
        404, "Niet gevonden", "Er is geen convenant met deze code.", type_="niet-gevonden"
    )
