from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from api.schemas import ApiModel
from api.validation import IsoDate

Soort = Literal["signaaloverleg", "casusoverleg", "ketenoverleg", "ico"]


class OverlegNieuw(ApiModel):
    soort: Soort = Field(examples=["signaaloverleg"])
    datum: IsoDate = Field(examples=["2026-12-03"])
    deelnemers: list[str] = Field(
        min_length=1,
        max_length=11,
        description="Organisatiecodes; alleen organisaties die aan dit soort overleg deelnemen",
        examples=[["gemeente", "politie", "leerplicht", "jongerenwerk"]],
    )


class AgendapuntNieuw(ApiModel):
    jongere_id: str = Field(
        pattern=r"^[0-9a-f-]{36}$", examples=["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]
    )


class AgendaSignaal(ApiModel):
    categorie: str
    waargenomen_op: date
    bron_organisatie: str


class Agendapunt(ApiModel):
    """A youth on the agenda as this participant may see them: fields it may not see are absent."""

    volgorde: int
    jongere_id: str
    voornamen: str | None = None
    achternaam: str | None = None
    signalen: list[AgendaSignaal] | None = None


class Overleg(ApiModel):
    id: str
    soort: str
    datum: date
    deelnemers: list[str]
    aangemaakt_door: str
    agenda: list[Agendapunt] = Field(default_factory=list)
