from __future__ import annotations

from datetime import datetime

from pydantic import Field

from api.schemas import ApiModel


class JeugdgroepNieuw(ApiModel):
    naam: str = Field(
        min_length=3,
        max_length=200,
        description="Werknaam naar plek of buurt, nooit naar een persoon",
        examples=["Groep winkelcentrum Toolenburg"],
    )
    omschrijving: str | None = Field(
        default=None, max_length=4000, examples=["Hangen 's avonds rond bij de ingang."]
    )


class LidNieuw(ApiModel):
    jongere_id: str = Field(
        pattern=r"^[0-9a-f-]{36}$", examples=["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]
    )


class Lid(ApiModel):
    jongere_id: str
    voornamen: str | None = None
    achternaam: str | None = None
    toegevoegd_door: str
    toegevoegd_op: datetime


class Jeugdgroep(ApiModel):
    """A group as this caller may see it; members only with the risico category."""

    id: str
    naam: str
    omschrijving: str | None = None
    aangemaakt_door: str
    aangemaakt_op: datetime
    leden: list[Lid] | None = None


class JeugdgroepLijst(ApiModel):
    items: list[Jeugdgroep]
    pagina: int
    pagina_grootte: int
    totaal: int
