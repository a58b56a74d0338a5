from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from api.schemas import ApiModel

Soort = Literal["signaaloverleg", "casusoverleg", "ketenoverleg", "ico"]


class OverlegNieuw(ApiModel):
    soort: Soort
    datum: date
    deelnemers: list[str] = Field(
        min_length=1,
        max_length=11,
        description="Organisatiecodes; alleen organisaties die aan dit soort overleg deelnemen",
    )


class AgendapuntNieuw(ApiModel):
    jongere_id: str = Field(pattern=r"^[0-9a-f-]{36}$")


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
