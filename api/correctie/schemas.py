"""Correction requests as the OpenAPI document describes them."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from api.inzage.schemas import KENMERK_PATTERN
from api.schemas import ApiModel

KENMERK_DESCRIPTION = (
    "Het kenmerk van het schriftelijke correctieverzoek van de jongere (geen persoonsgegeven)"
)
IDENTITY_FIELDS = ("bsn", "voornamen", "achternaam", "geboortedatum")


class Item(ApiModel):
    """The item to correct, as the inzage lists it: its kind and id; for the youth's own record
    (soort jongere, id the youth's id) the identity field."""

    soort: str = Field(
        max_length=40, description="Soort uit de inzage: jongere, signaal, factor, ..."
    )
    id: str = Field(pattern=r"^[0-9a-f-]{36}$", description="Het id van het gegeven")
    veld: Literal["bsn", "voornamen", "achternaam", "geboortedatum"] | None = Field(
        default=None, description="Alleen bij soort jongere: het identiteitsveld"
    )


class CorrectieverzoekNieuw(ApiModel):
    item: Item
    verzoek: str = Field(
        min_length=1,
        max_length=4000,
        description="Wat volgens de jongere onjuist is en de gevraagde correctie (versleuteld "
        "opgeslagen)",
    )
    kenmerk: str = Field(
        pattern=KENMERK_PATTERN, description=KENMERK_DESCRIPTION, examples=["AVG-2026-0043"]
    )
    ontvangen_op: date | None = Field(
        default=None,
        description="Datum van ontvangst (Europe/Amsterdam); leeg: vandaag. Niet in de toekomst",
    )


class Afhandeling(ApiModel):
    uitkomst: Literal["gecorrigeerd", "afgewezen"] = Field(
        description="gecorrigeerd: de leverancier heeft het gegeven gecorrigeerd (een "
        "identiteitsveld met PATCH /v1/jongeren/{jongereId}); afgewezen: met reden"
    )
    toelichting: str | None = Field(
        default=None,
        max_length=4000,
        description="Verplicht bij afgewezen (AVG art. 12 lid 4); versleuteld opgeslagen",
    )


class Correctieverzoek(ApiModel):
    id: str
    jongere_id: str
    kenmerk: str
    item: Item
    leverancier: str = Field(description="De organisatie die het gegeven aanleverde")
    categorie: str
    verzoek: str | None = Field(
        default=None, description="Leeg wanneer de lezer deze categorie niet mag zien"
    )
    ontvangen_op: date
    antwoord_uiterlijk: date = Field(
        description="Een maand na ontvangst (AVG art. 12 lid 3), in Europe/Amsterdam"
    )
    status: Literal["open", "gecorrigeerd", "afgewezen"]
    toelichting: str | None = None
    afgehandeld_op: str | None = Field(default=None, description="ISO 8601")


class CorrectieverzoekLijst(ApiModel):
    items: list[Correctieverzoek]
    pagina: int
    pagina_grootte: int
    totaal: int
