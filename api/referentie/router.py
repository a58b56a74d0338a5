"""The signal card: reference data a municipality edits (no personal data).

Each category says which risk indicator a signal of it counts as in the doelgroeptoets. Every
edit is decided and audited (policies/aanwas/beheer.rego) and leaves a new version of the
category with who made it; a changed indicator has the worker assess again every youth with a
signal of that category (api/worker/jobs.py), after the edit commits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from pydantic import Field, model_validator
from sqlalchemy import select

from api import outbox
from api.openapi_docs import problems
from api.problems import Problem
from api.referentie.models import SignaalCategorie, SignaalCategorieVersie
from api.schemas import ApiModel, patch_schema
from api.security.audit import Access
from api.security.caller import current_principal, runtime_of
from api.security.gate import Gate
from api.security.gate_routes import GateAccess, GatedRoute

router = APIRouter(tags=["referentiegegevens"], route_class=GatedRoute)

Code = Annotated[str, Field(pattern=r"^[a-z][a-z_]{1,59}$", description="snake_case code")]
Indicator = Annotated[
    str,
    Field(
        pattern=r"^[a-z][a-z_]{1,59}$",
        description="De risico-indicator waarvoor een signaal van deze categorie telt in de "
        "doelgroeptoets (elke verschillende indicator telt een keer)",
        examples=["geldmotief"],
    ),
]


class SignaalCategorieWeergave(ApiModel):
    code: str
    omschrijving: str
    actief: bool
    indicator: str | None = Field(
        description="De risico-indicator waarvoor een signaal van deze categorie telt; `null`: "
        "een teken om te bespreken, geen indicator"
    )
    versie: int = Field(description="Eén hoger bij elke wijziging van de categorie")


class SignaalCategorieVersieWeergave(ApiModel):
    versie: int
    omschrijving: str
    actief: bool
    indicator: str | None
    gewijzigd_door: str | None = Field(
        description="De organisatie die de wijziging maakte; `null` voor de standaardkaart"
    )
    gewijzigd_op: datetime


class SignaalCategorieVersieLijst(ApiModel):
    items: list[SignaalCategorieVersieWeergave]


class SignaalCategorieLijst(ApiModel):
    items: list[SignaalCategorieWeergave]


class SignaalCategorieNieuw(ApiModel):
    code: Code = Field(examples=["crypto_wallet"])
    omschrijving: str = Field(
        min_length=3, max_length=300, examples=["Onverklaarbare cryptowallet"]
    )
    indicator: Indicator | None = None


class SignaalCategorieWijziging(ApiModel):
    omschrijving: str | None = Field(default=None, min_length=3, max_length=300)
    actief: bool | None = Field(
        default=None,
        description="Inactieve categorieen zijn niet meer te kiezen voor nieuwe signalen",
    )
    indicator: Indicator | None = Field(
        default=None,
        description="`null`: signalen van deze categorie tellen niet meer als risico-indicator",
    )

    @model_validator(mode="after")
    def _something_to_change(self) -> SignaalCategorieWijziging:
        if not self.model_fields_set or any(
            getattr(self, name) is None for name in self.model_fields_set - {"indicator"}
        ):
            raise ValueError("noem omschrijving, actief en/of indicator")
        return self

    model_config = ApiModel.model_config | {"json_schema_extra": patch_schema("indicator")}


def _shown(row: SignaalCategorie) -> SignaalCategorieWeergave:
    return SignaalCategorieWeergave(
        code=row.code,
        omschrijving=row.omschrijving,
        actief=row.actief,
        indicator=row.indicator,
        versie=row.versie,
    )


def _new_version(gate: Gate, row: SignaalCategorie) -> SignaalCategorieVersie:
    """The category as this edit leaves it, kept with who made the edit."""
    version = SignaalCategorieVersie(
        code=row.code,
        versie=row.versie,
        omschrijving=row.omschrijving,
        actief=row.actief,
        indicator=row.indicator,
        gewijzigd_door_org=gate.principal.org,
        gewijzigd_door_client=gate.principal.client_id,
    )
    gate.session.add(version)
    gate.session.flush()
    return version


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
    row = SignaalCategorie(
        code=body.code,
        omschrijving=body.omschrijving,
        actief=True,
        indicator=body.indicator,
        versie=1,
    )
    gate.session.add(row)
    gate.session.flush()
    _new_version(gate, row)  # a new category has no signals yet: nobody to assess again
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
    # Locked: two edits at once each make their own next version, one after the other.
    row = gate.session.get(SignaalCategorie, code, with_for_update=True)
    if row is None:
        raise Problem(
            404, "Niet gevonden", "Deze code staat niet op de signalenkaart.", type_="niet-gevonden"
        )
    if body.omschrijving is not None:
        row.omschrijving = body.omschrijving
    if body.actief is not None:
        row.actief = body.actief
    indicator_changed = "indicator" in body.model_fields_set and body.indicator != row.indicator
    if indicator_changed:
        row.indicator = body.indicator
    row.versie += 1
    gate.session.flush()
    version = _new_version(gate, row)
    if indicator_changed:
        # Off the request path: the worker assesses every youth with such a signal again.
        aanleiding = f"signalenkaart: {row.code}"[:40]
        gate.store(outbox.job(outbox.SIGNAALCATEGORIE, version.id, aanleiding, gate.cause()))
    runtime_of(request).reference.invalidate()
    return _shown(row)


@router.get(
    "/signaalcategorieen/{code}/versies",
    operation_id="listSignaalCategorieVersies",
    summary="Elke versie van een categorie van de signalenkaart, met wie haar wijzigde",
    response_model=SignaalCategorieVersieLijst,
    responses=problems(400, 401, 404, 503),
    dependencies=[Depends(current_principal)],
)
def list_versions(
    code: Annotated[str, Path(pattern=r"^[a-z][a-z_]{1,59}$")], request: Request
) -> SignaalCategorieVersieLijst:
    with runtime_of(request).sessions() as session:
        rows = session.scalars(
            select(SignaalCategorieVersie)
            .where(SignaalCategorieVersie.code == code)
            .order_by(SignaalCategorieVersie.versie)
        ).all()
    if not rows:
        raise Problem(
            404, "Niet gevonden", "Deze code staat niet op de signalenkaart.", type_="niet-gevonden"
        )
    return SignaalCategorieVersieLijst(
        items=[
            SignaalCategorieVersieWeergave(
                versie=row.versie,
                omschrijving=row.omschrijving,
                actief=row.actief,
                indicator=row.indicator,
                gewijzigd_door=row.gewijzigd_door_org,
                gewijzigd_op=row.gewijzigd_op,
            )
            for row in rows
        ]
    )
