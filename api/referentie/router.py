from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select

from api.openapi_docs import problems
from api.referentie.models import SignaalCategorie
from api.schemas import ApiModel
from api.security.gate import current_principal, runtime_of

router = APIRouter(tags=["referentiegegevens"])


class SignaalCategorieWeergave(ApiModel):
    code: str
    omschrijving: str


class SignaalCategorieLijst(ApiModel):
    items: list[SignaalCategorieWeergave]


@router.get(
    "/signaalcategorieen",
    operation_id="listSignaalCategorieen",
    summary="De categorieen van de signalenkaart (referentiegegevens, geen persoonsgegevens)",
    response_model=SignaalCategorieLijst,
    responses=problems(401),
    dependencies=[Depends(current_principal)],
)
def list_categories(request: Request) -> SignaalCategorieLijst:
    with runtime_of(request).sessions() as session:
        rows = session.scalars(
            select(SignaalCategorie).where(SignaalCategorie.actief).order_by(SignaalCategorie.code)
        ).all()
    return SignaalCategorieLijst(
        items=[SignaalCategorieWeergave(code=r.code, omschrijving=r.omschrijving) for r in rows]
    )
