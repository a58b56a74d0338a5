"""The inzage document (AVG art. 15) as the OpenAPI document describes it."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from api.schemas import ApiModel
from api.validation import Bsn

KENMERK_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9/._-]{0,63}$"
KENMERK_DESCRIPTION = (
    "Het kenmerk van het schriftelijke inzageverzoek dat dit beantwoordt (geen persoonsgegeven; "
    "staat in de audit-record van de inzage)"
)


class InzageVraag(ApiModel):
    """Whose data: the BSN in the request of the data subject (in the body, never in a URL),
    and the reference of that documented request."""

    bsn: Bsn = Field(examples=["111222333"])
    kenmerk: str = Field(
        pattern=KENMERK_PATTERN, description=KENMERK_DESCRIPTION, examples=["AVG-2026-0042"]
    )


class Grondslag(ApiModel):
    """A covenant under which the supplier shares this kind of data, and how long it is kept."""

    convenant: str
    titel: str | None
    doelen: list[str]
    bewaartermijn: str | None = Field(description="ISO 8601-duur, uit het convenant")


class Gegeven(ApiModel):
    """One stored record about the youth."""

    id: str
    categorie: str
    geleverd_door: str | None = Field(
        description="De organisatie die het vastlegde (leeg: door het systeem afgeleid)"
    )
    geregistreerd_op: str | None = Field(description="ISO 8601")
    gegevens: dict[str, Any]
    samengevat: list[str] = Field(
        description="Categorieen waarvan de inhoud niet wordt getoond (politie, justitie, "
        "financieel): op te vragen bij de bron"
    )
    grondslag: list[Grondslag]
    bewaren_tot: date | None = Field(
        description="Registratiedatum plus de langste bewaartermijn van de grondslag"
    )


class Onderdeel(ApiModel):
    soort: str
    omschrijving: str
    categorie: str
    items: list[Gegeven]


class Verstrekking(ApiModel):
    """An allowed access that showed the youth's data to an organisation."""

    tijd: str
    organisatie: str | None
    rollen: list[str]
    actie: str
    soort: str
    categorieen: list[str]
    velden: list[str] | None
    doel: str | None
    convenanten: list[str]
    grondslag: str | None


class Ontvanger(ApiModel):
    """An organisation that received the youth's data, summed up over its accesses."""

    organisatie: str | None
    categorieen: list[str]
    doelen: list[str]
    convenanten: list[str]
    keren: int
    eerste: str
    laatste: str


class Weigering(ApiModel):
    """An attempt to access the youth's data that was refused."""

    tijd: str
    organisatie: str | None
    rollen: list[str]
    actie: str
    soort: str
    doel: str | None
    reden: str | None


class Inzage(ApiModel):
    """What is stored about one youth, for which purpose, and who received it (AVG art. 15)."""

    jongere_id: str
    kenmerk: str = Field(description=KENMERK_DESCRIPTION)
    gegenereerd_op: str = Field(description="ISO 8601")
    beleidsrevisie: str | None
    gegevens: list[Onderdeel]
    ontvangers: list[Ontvanger]
    verstrekkingen: list[Verstrekking]
    weigeringen: list[Weigering]
    toelichting: list[str]
