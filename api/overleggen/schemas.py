from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field

from api.casussen.schemas import Domein, Organisatie
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


UitkomstSoort = Literal["besluit", "professioneel_oordeel", "aanmelden_pga"]
RedenTekst = Annotated[str, Field(min_length=3, max_length=1000)]


class AfspraakNieuw(ApiModel):
    omschrijving: str = Field(min_length=3, max_length=2000)
    eigenaar: Organisatie = Field(description="De organisatie die de afspraak uitvoert")
    datum: IsoDate = Field(description="Wanneer de afspraak klaar is")
    domein: Domein | None = Field(
        default=None,
        description="Bij een ico verplicht: de afspraak wordt een planactie van de casus in dit "
        "domein. Bij andere overleggen niet gebruikt.",
    )


class UitkomstNieuw(ApiModel):
    """What the meeting decided about one youth on its agenda; one outcome per agenda item."""

    soort: UitkomstSoort = Field(
        description="`besluit`: een besluit met afspraken (elk overleg); "
        "`professioneel_oordeel`: het signaaloverleg heeft sterke vermoedens (met `redenen`; "
        "de deelnemers van het overleg gaven het oordeel, de doelgroeptoets neemt het mee); "
        "`aanmelden_pga`: het signaaloverleg meldt de jongere aan voor de persoonsgerichte "
        "aanpak."
    )
    besluit: str = Field(min_length=3, max_length=2000, description="Het besluit in woorden")
    afspraken: list[AfspraakNieuw] = Field(
        default_factory=list,
        max_length=20,
        description="Afspraken met een eigenaar en een datum; die van een ico worden planacties "
        "van de open casus van de jongere",
    )
    redenen: list[RedenTekst] | None = Field(
        default=None,
        min_length=1,
        max_length=10,
        description="Alleen bij `professioneel_oordeel`, en daar verplicht: waarom de "
        "professionals sterke vermoedens hebben",
    )

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "soort": "besluit",
                    "besluit": "Jongerenwerk legt contact; leerplicht spreekt de school aan.",
                    "afspraken": [
                        {
                            "omschrijving": "Gesprek met school en ouders over verzuim.",
                            "eigenaar": "leerplicht",
                            "datum": "2027-01-15",
                        }
                    ],
                }
            ]
        }
    }


class Afspraak(ApiModel):
    omschrijving: str
    eigenaar: str
    datum: date
    domein: str | None = None
    planactie_id: str | None = Field(
        default=None, description="De planactie die deze ico-afspraak werd"
    )


class Uitkomst(ApiModel):
    """An agenda item's outcome as this participant may see it."""

    id: str
    overleg_id: str
    jongere_id: str
    soort: str
    besluit: str
    afspraken: list[Afspraak]
    professioneel_oordeel_id: str | None = None
    casus_id: str | None = None
    vastgelegd_door: str = Field(description="De organisatie die de uitkomst vastlegde")
    geregistreerd_op: datetime


class Agendapunt(ApiModel):
    """A youth on the agenda as this participant may see them: fields it may not see are absent."""

    volgorde: int
    jongere_id: str
    voornamen: str | None = None
    achternaam: str | None = None
    signalen: list[AgendaSignaal] | None = None
    uitkomst: Uitkomst | None = Field(
        default=None,
        description="Wat het overleg over deze jongere besloot, als deze deelnemer dat mag zien",
    )


class Overleg(ApiModel):
    id: str
    soort: str
    datum: date
    deelnemers: list[str]
    aangemaakt_door: str
    agenda: list[Agendapunt] = Field(default_factory=list)
