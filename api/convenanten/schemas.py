from __future__ import annotations

from datetime import date

from pydantic import Field

from api.schemas import ApiModel


class ConvenantStatus(ApiModel):
    geldig: bool = Field(description="Voldoet aan het schema; een ongeldig convenant geldt niet.")
    van_kracht: bool = Field(description="Vandaag binnen de geldigheidsperiode.")
    fouten: list[str] = Field(description="Waarom het convenant ongeldig is.")


class Convenant(ApiModel):
    """A covenant as OPA applies it right now, with its status."""

    code: str
    titel: str | None = None
    versie: str | None = None
    geldig_van: date | None = None
    geldig_tot: date | None = None
    grondslag: str | None = None
    partijen: list[str] = Field(default_factory=list)
    doelen: list[str] = Field(default_factory=list)
    categorieen: list[str] = Field(default_factory=list)
    categorieen_per_partij: dict[str, list[str]] = Field(default_factory=dict)
    beperkingen: dict[str, str] = Field(default_factory=dict)
    alleen_aanleveren: list[str] = Field(
        default_factory=list,
        description="Partijen die alleen aanleveren: zij ontvangen via dit convenant niets dan "
        "wat zij zelf aanleverden.",
    )
    voorwaarde: str | None = None
    voorwaarden_per_partij: dict[str, str] = Field(
        default_factory=dict,
        description="Een voorwaarde die een partij naast die van het convenant moet vervullen: "
        "`coach_toegewezen`, alleen zolang zij coach is in de open casus van de jongere.",
    )
    bewaartermijn: str | None = None
    status: ConvenantStatus


class ConvenantLijst(ApiModel):
    items: list[Convenant]
