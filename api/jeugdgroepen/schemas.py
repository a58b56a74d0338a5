from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from api.jeugdgroepen.zevenstappen import Stap
from api.schemas import ApiModel
from api.validation import PastDate


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


class StapNieuw(ApiModel):
    stap: Stap = Field(
        description="De stap van het zevenstappenmodel die de groep bereikte: de volgende, "
        "in volgorde (zonder overslaan of herhalen)",
        examples=["verzamelen_en_verbinden"],
    )
    datum: PastDate = Field(
        description="Wanneer de groep de stap bereikte; niet in de toekomst en niet voor de "
        "vorige stap",
        examples=["2026-11-20"],
    )
    toelichting: str | None = Field(
        default=None,
        min_length=1,
        max_length=4000,
        examples=["Groepsscan van de politie ontvangen; jongerenwerk en leerplicht vullen aan."],
    )


class Groepsstap(ApiModel):
    nummer: int = Field(ge=1, le=7, description="De plaats van de stap in het model (1 tot 7)")
    stap: Stap
    omschrijving: str
    datum: date
    toelichting: str | None = None
    vastgelegd_door: str = Field(description="De organisatie die de stap vastlegde")
    vastgelegd_op: datetime


class Jeugdgroep(ApiModel):
    """A group as this caller may see it; members and steps only with the risico category."""

    id: str
    naam: str
    omschrijving: str | None = None
    aangemaakt_door: str
    aangemaakt_op: datetime
    leden: list[Lid] | None = None
    huidige_stap: Groepsstap | None = Field(
        default=None, description="De laatst bereikte stap van het zevenstappenmodel"
    )
    volgende_stap: Stap | None = Field(
        default=None, description="De stap die als volgende vastgelegd kan worden (geen na stap 7)"
    )
    stappen: list[Groepsstap] | None = Field(
        default=None, description="Alle bereikte stappen, oudste eerst"
    )


class JeugdgroepLijst(ApiModel):
    items: list[Jeugdgroep]
    pagina: int
    pagina_grootte: int
    totaal: int
