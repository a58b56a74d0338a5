from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field

from api.schemas import ApiModel
from api.validation import IsoDate

Status = Literal["aangemeld", "actief", "opgeschaald_zvh", "afgesloten"]
Regie = Literal["casusregie", "procesregie"]
Domein = Literal["zorg", "onderwijs", "straf", "bestuurlijk"]
Organisatie = Literal[
    "politie",
    "om",
    "jeugdreclassering",
    "rvdk",
    "halt",
    "leerplicht",
    "jongerenwerk",
    "gemeente",
    "zvh",
    "ondermijning",
    "jeugdhulp",
]
# Who may coach a youth: a (forensic) coach of jeugdhulp, youth probation, a street coach.
CoachOrganisatie = Literal["jeugdhulp", "jeugdreclassering", "jongerenwerk"]

_REDEN = Field(min_length=3, max_length=2000, description="Waarom; vastgelegd in de casus.")


class Casusregisseur(ApiModel):
    naam: str = Field(min_length=1, max_length=200)
    email: str = Field(max_length=200, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class CasusNieuw(ApiModel):
    jongere_id: str = Field(pattern=r"^[0-9a-f-]{36}$")
    casusregisseur: Casusregisseur
    reden: str = _REDEN

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "jongereId": "3f1c2a9e-5b7d-4e2a-9c1d-0a1b2c3d4e5f",
                    "casusregisseur": {
                        "naam": "Fatima El Amrani",
                        "email": "f.elamrani@example.org",
                    },
                    "reden": "Doelgroeptoets: criminele aanwas; besproken in het signaaloverleg.",
                }
            ]
        }
    }


class NieuweCasusregisseur(Casusregisseur):
    id: str = Field(
        min_length=1,
        max_length=200,
        description="Wie de casus voortaan regisseert: de client-id van een casusregisseur "
        "van de gemeente (straks: de persoon).",
    )


class CasusWijziging(ApiModel):
    casusregisseur: NieuweCasusregisseur

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "casusregisseur": {
                        "id": "gemeente-0123456789ab",
                        "naam": "Sanne de Vries",
                        "email": "s.devries@example.org",
                    }
                }
            ]
        }
    }


class Regisseur(Casusregisseur):
    """Who directs the case (`id`: the identity the API checks) and how to reach them."""

    id: str | None = Field(
        default=None,
        description="De client-id van de casusregisseur (straks: de persoon); leeg bij een "
        "oude casus waarvan niet meer bekend is wie hem opende.",
    )


class StatuswijzigingNieuw(ApiModel):
    status: Status
    reden: str = _REDEN

    model_config = ApiModel.model_config | {
        "json_schema_extra": {"examples": [{"status": "actief", "reden": "Plan van aanpak staat."}]}
    }


class PlanactieNieuw(ApiModel):
    domein: Domein
    omschrijving: str = Field(min_length=3, max_length=2000)
    eigenaar: Organisatie
    deadline: IsoDate

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "domein": "onderwijs",
                    "omschrijving": "Terug naar school: gesprek met school en ouders.",
                    "eigenaar": "leerplicht",
                    "deadline": "2027-01-15",
                }
            ]
        }
    }


class PlanactieWijziging(ApiModel):
    status: Literal["open", "lopend", "afgerond", "vervallen"]


class Coach(ApiModel):
    organisatie: CoachOrganisatie = Field(
        description="De organisatie die coacht; `jeugdhulp` krijgt onder het pga-convenant "
        "toegang tot de casus zolang zij hier als coach staat en de casus open is."
    )
    naam: str = Field(min_length=1, max_length=200, description="De coach")
    contact: str | None = Field(default=None, max_length=200, description="Telefoon of e-mail")


class Steunfiguur(ApiModel):
    naam: str = Field(min_length=1, max_length=200)
    relatie: str = Field(
        min_length=1, max_length=100, description="Bijvoorbeeld moeder, oma, trainer, buurman"
    )
    contact: str | None = Field(default=None, max_length=200, description="Telefoon of e-mail")


class PerspectiefplanInhoud(ApiModel):
    beschermende_factoren: str | None = Field(
        default=None, max_length=2000, description="Toelichting op de beschermende factoren"
    )
    beschermende_factor_ids: list[Annotated[str, Field(pattern=r"^[0-9a-f-]{36}$")]] = Field(
        default_factory=list,
        max_length=50,
        description="Vastgelegde beschermende factoren van de jongere "
        "(/v1/jongeren/{id}/factoren) waarop het plan bouwt.",
    )
    coach: Coach | None = Field(default=None, description="De (forensisch) coach")
    dagbesteding: str | None = Field(default=None, max_length=1000, description="School of werk")
    talentontwikkeling: str | None = Field(
        default=None, max_length=1000, description="Sport, muziek, cultuur"
    )
    steunfiguren: list[Steunfiguur] = Field(
        default_factory=list,
        max_length=20,
        description="Ouders en andere belangrijke volwassenen: contacten van het plan",
    )

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "beschermendeFactoren": "Betrokken oma; goed in voetbal.",
                    "beschermendeFactorIds": ["7d2e9c41-0b6a-4f3e-8a15-2c9d4e6f7a80"],
                    "coach": {
                        "organisatie": "jeugdhulp",
                        "naam": "Forensisch coach Jeugdhulp",
                        "contact": "coach@jeugdhulp.example",
                    },
                    "dagbesteding": "Entree-opleiding mbo vanaf februari",
                    "talentontwikkeling": "Voetbalvereniging, training twee keer per week",
                    "steunfiguren": [
                        {"naam": "Oma", "relatie": "grootmoeder", "contact": "06-12345678"},
                        {"naam": "Trainer", "relatie": "voetbaltrainer"},
                    ],
                }
            ]
        }
    }


class OpschalingNieuw(ApiModel):
    soort: Literal["zvh", "riec"] = Field(
        description="`zvh`: naar het Zorg- en Veiligheidshuis (ICO, het OM schuift aan); "
        "`riec`: een RIEC-melding aan team ondermijning."
    )
    reden: str = _REDEN

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [{"soort": "zvh", "reden": "Lokale aanpak volstaat niet; ICO nodig."}]
        }
    }


class Afschaling(ApiModel):
    reden: str = _REDEN


class Planactie(ApiModel):
    id: str
    domein: str | None = None
    omschrijving: str | None = None
    eigenaar: str
    deadline: date | None = None
    status: str | None = None
    gewijzigd_op: datetime


class CoachGegevens(ApiModel):
    """The coach as stored: a plan from before the coach had an organisation has only a name."""

    organisatie: str | None = None
    naam: str | None = None
    contact: str | None = None


class SteunfiguurGegevens(ApiModel):
    """A steunfiguur as stored: one from before steunfiguren were contacts has only a name."""

    naam: str
    relatie: str | None = None
    contact: str | None = None


class Perspectiefplan(ApiModel):
    beschermende_factoren: str | None = None
    beschermende_factor_ids: list[str] = Field(default_factory=list)
    coach: CoachGegevens | None = None
    dagbesteding: str | None = None
    talentontwikkeling: str | None = None
    steunfiguren: list[SteunfiguurGegevens] = Field(default_factory=list)
    gewijzigd_op: datetime


class Opschaling(ApiModel):
    id: str
    soort: str
    reden: str | None = None
    gestart_door: str
    gestart_op: datetime
    beeindigd_op: datetime | None = None
    beeindigings_reden: str | None = None


class Statusstap(ApiModel):
    van: str | None = None
    naar: str
    reden: str | None = None
    door: str
    regie: Regie
    op: datetime


class CasusTaak(ApiModel):
    """A task on the case for the casusregisseur and the police. What it is about, and the
    decision taken on it, are police data: left out for a caller who may not see them."""

    id: str
    soort: Literal["overweeg_aanpak_ondermijning"] | None = None
    status: Literal["open", "afgehandeld"] | None = None
    voor: list[str] = Field(description="Wie de taak oppakt: de casusregisseur en de politie.")
    toelichting: str | None = None
    doelgroeptoets_id: str = Field(description="De doelgroeptoets die de taak opende.")
    aangemaakt_op: datetime
    afgehandeld_door: str | None = None
    afgehandeld_op: datetime | None = None
    afhandeling: str | None = None


class CasusTaakAfhandeling(ApiModel):
    reden: str = Field(
        min_length=3, max_length=2000, description="Wat er besloten is; vastgelegd in de casus."
    )


class Casus(ApiModel):
    """A case as this caller may see it; plan content needs the `plan` category."""

    id: str
    jongere_id: str
    status: Status
    toegestane_overgangen: list[str]
    casusregisseur: Regisseur
    regie: Regie = Field(
        description="`casusregie`, of `procesregie` zolang de casus is opgeschaald naar het "
        "Zorg- en Veiligheidshuis (de procesregisseur voegt dan ook planacties toe)."
    )
    doelgroeptoets_id: str
    geopend_op: datetime
    gewijzigd_op: datetime
    plan: list[Planactie] | None = None
    perspectiefplan: Perspectiefplan | None = None
    opschalingen: list[Opschaling] | None = None
    historie: list[Statusstap] | None = None
    taken: list[CasusTaak] | None = None
    maatregelen: list[str] | None = Field(
        default=None,
        description="De ids van de maatregelen die deze casus dienen, voor wie maatregelen van "
        "die soort mag zien (een strafrechtelijke vervolging is justitie-gegeven).",
    )


class CasusLijst(ApiModel):
    items: list[Casus]
    pagina: int
    pagina_grootte: int
    totaal: int
