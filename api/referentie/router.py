"""The signal card: reference data a municipality edits (no personal data)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from pydantic import Field, model_validator
from sqlalchemy import select

from api.openapi_docs import problems
from api.problems import Problem
from api.referentie.models import SignaalCategorie
from api.schemas import ApiModel, patch_schema
from api.security.audit import Access
from api.security.caller import current_principal, runtime_of
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["referentiegegevens"], route_class=GatedRoute)

Code = Annotated[str, Field(pattern=r"^[a-z][a-z_]{1,59}$", description="snake_case code")]


class SignaalCategorieWeergave(ApiModel):
    code: str
    omschrijving: str
    actief: bool


class SignaalCategorieLijst(ApiModel):
    items: list[SignaalCategorieWeergave]


class SignaalCategorieNieuw(ApiModel):
    code: Code = Field(examples=["crypto_wallet"])
    omschrijving: str = Field(
        min_length=3, max_length=300, examples=["Onverklaarbare cryptowallet"]
    )


class SignaalCategorieWijziging(ApiModel):
    omschrijving: str | None = Field(default=None, min_length=3, max_length=300)
    actief: bool | None = Field(
        default=None,
        description="Inactieve categorieen zijn niet meer te kiezen voor nieuwe signalen",
    )

    @model_validator(mode="after")
    def _something_to_change(self) -> SignaalCategorieWijziging:
        if not self.model_fields_set or any(
            getattr(self, name) is None for name in self.model_fields_set
        ):
            raise ValueError("noem omschrijving en/of actief")
        return self

    model_config = ApiModel.model_config | {"json_schema_extra": patch_schema()}


def _shown(row: SignaalCategorie) -> SignaalCategorieWeergave:
    return SignaalCategorieWeergave(code=row.code, omschrijving=row.omschrijving, actief=row.actief)


@router.get(
    "/signaalcategorieen",
    operation_id="listSignaalCategorieen",
    summary="De categorieen van de signalenkaart (referentiegegevens, geen persoonsgegevens)",
    response_model=SignaalCategorieLijst,
    responses=problems(401, 503),  # 503: the database is down
    dependencies=[Depends(current_principal)],
)
def list_categories(request: Request) -> SignaalCategorieLijst:
    with runtime_of(request).sessions() as session:
        rows = session.scalars(select(SignaalCategorie).order_by(SignaalCategorie.code)).all()
    return SignaalCategorieLijst(items=[_shown(r) for r in rows])


@router.post(
    "/signaalcategorieen",
    status_code=201,
    operation_id="addSignaalCategorie",
    summary="Een categorie aan de signalenkaart toevoegen (beleidsadviseur van de gemeente)",
    response_model=SignaalCategorieWeergave,
    responses=problems(400, 401, 403, 409, 503),
)
def add_category(
    body: SignaalCategorieNieuw, gate: GateAccess, request: Request, response: Response
) -> SignaalCategorieWeergave:
    gate.authorize_management(Access("create", "signaalcategorie", body.code))
    if gate.session.get(SignaalCategorie, body.code) is not None:
        raise Problem(
            409, "Bestaat al", "Deze code staat al op de signalenkaart.", type_="bestaat-al"
        )
    row = SignaalCategorie(code=body.code, omschrijving=body.omschrijving, actief=True)
    gate.session.add(row)
    gate.session.flush()
    runtime_of(request).reference.invalidate()
    response.headers["Location"] = f"/v1/signaalcategorieen/{row.code}"
    return _shown(row)


@router.patch(
    "/signaalcategorieen/{code}",
    operation_id="updateSignaalCategorie",
    summary="Een categorie van de signalenkaart wijzigen of (de)activeren",
    response_model=SignaalCategorieWeergave,
    responses=problems(400, 401, 403, 404, 503),
)
def change_category(
    code: Annotated[str, Path(pattern=r"^[a-z][a-z_]{1,59}$")],
    body: SignaalCategorieWijziging,
    gate: GateAccess,
    request: Request,
) -> SignaalCategorieWeergave:
    gate.authorize_management(Access("update", "signaalcategorie", code))
    row = gate.session.get(SignaalCategorie, code)
    if row is None:
        raise Problem(
            404, "Niet gevonden", "Deze code staat niet op de signalenkaart.", type_="niet-gevonden"
        )
    if body.omschrijving is not None:
        row.omschrijving = body.omschrijving
    if body.actief is not None:
        row.actief = body.actief
    gate.session.flush()
    runtime_of(request).reference.invalidate()
    return _shown(row)
