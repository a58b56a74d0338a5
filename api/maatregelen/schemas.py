from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field, model_validator

from api.schemas import ApiModel, patch_schema
from api.validation import IsoDate

Soort = Literal[
    "verblijfsontzegging", "last_onder_dwangsom", "sluiting", "strafrechtelijke_vervolging"
]
Status = Literal["voorgenomen", "opgelegd", "beeindigd", "ingetrokken"]

# The legal basis follows from the kind of measure (DOMAIN.md, "Maatregel").
GRONDSLAG: dict[str, str] = {
    "verblijfsontzegging": "APV art. 2:78",
    "last_onder_dwangsom": "APV art. 2:74",
    "sluiting": "Opiumwet art. 13b",
    "strafrechtelijke_vervolging": "Wetboek van Strafvordering (OM)",
}


class _Periode(ApiModel):
    @model_validator(mode="after")
    def ends_after_it_starts(self):  # type: ignore[no-untyped-def]
        start = getattr(self, "ingangsdatum", None)
        end = getattr(self, "einddatum", None)
        if start is not None and end is not None and end < start:
            raise ValueError("einddatum ligt voor de ingangsdatum")
        return self


UUID = r"^[0-9a-f-]{36}$"
POSTCODE = r"^[1-9][0-9]{3} ?[A-Za-z]{2}$"
HUISNUMMER = r"^[1-9][0-9]{0,4}( ?-? ?[A-Za-z0-9]{1,4})?$"
SLUITING = "sluiting"


class PandAdres(ApiModel):
    """Where a premises is: postcode and house number (with any addition) find it again."""

    postcode: str = Field(pattern=POSTCODE, examples=["2132 AB"])
    huisnummer: str = Field(
        pattern=HUISNUMMER, description="Met een eventuele toevoeging", examples=["12-A"]
    )


class Pand(PandAdres):
    """The premises an Opiumwet 13b closure concerns."""

    straat: str = Field(min_length=1, max_length=200)
    plaats: str = Field(min_length=1, max_length=100)


class _Pandregel(ApiModel):
    @model_validator(mode="after")
    def a_closure_concerns_a_premises(self):  # type: ignore[no-untyped-def]
        soort = getattr(self, "soort", SLUITING)
        pand = getattr(self, "pand", None)
        if soort == SLUITING and pand is None:
            raise ValueError("een sluiting (Opiumwet art. 13b) betreft een pand: geef pand")
        if soort != SLUITING and pand is not None:
            raise ValueError("alleen een sluiting (Opiumwet art. 13b) betreft een pand")
        return self


class MaatregelNieuw(_Periode, _Pandregel):
    soort: Soort
    status: Status = "opgelegd"
    ingangsdatum: IsoDate
    einddatum: IsoDate | None = None
    toelichting: str | None = Field(default=None, max_length=2000)
    casus_id: str | None = Field(
        default=None,
        pattern=UUID,
        description="De PGA-casus van deze jongere die de maatregel dient (niet afgesloten).",
    )
    planactie_id: str | None = Field(
        default=None,
        pattern=UUID,
        description="De planactie van die casus die de maatregel dient; vraagt om `casusId`.",
    )
    pand: Pand | None = Field(
        default=None, description="Het pand van een sluiting; alleen en altijd bij een sluiting."
    )

    @model_validator(mode="after")
    def plan_item_of_a_case(self) -> MaatregelNieuw:
        if self.planactie_id is not None and self.casus_id is None:
            raise ValueError("planactieId hoort bij een casus: geef ook casusId")
        return self

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            # What the validators above say, as far as JSON Schema can: a sluiting and only a
            # sluiting names its premises; a plan item comes with its case.
            "allOf": [
                {
                    "if": {"properties": {"soort": {"const": SLUITING}}, "required": ["soort"]},
                    "then": {"required": ["pand"], "properties": {"pand": {"type": "object"}}},
                    "else": {"properties": {"pand": {"type": "null"}}},
                },
                {
                    "if": {
                        "properties": {"planactieId": {"type": "string"}},
                        "required": ["planactieId"],
                    },
                    "then": {
                        "required": ["casusId"],
                        "properties": {"casusId": {"type": "string"}},
                    },
                },
            ],
            "examples": [
                {
                    "soort": "verblijfsontzegging",
                    "ingangsdatum": "2026-12-01",
                    "einddatum": "2027-02-28",
                    "toelichting": "Winkelcentrum Toolenburg, na herhaald dealen.",
                }
            ],
        }
    }


class SluitingNieuw(_Periode):
    """An Opiumwet 13b closure of a premises that names no youth."""

    pand: Pand
    status: Status = "opgelegd"
    ingangsdatum: IsoDate
    einddatum: IsoDate | None = None
    toelichting: str | None = Field(default=None, max_length=2000)
    # No example body: the NL API Design Rules lint (nlgov:problem-invalid-input) reads every
    # key under a path that contains "post" as an operation, and an example's `postcode` is one.


class MaatregelWijziging(ApiModel):
    status: Status | None = None
    einddatum: IsoDate | None = Field(default=None, description="`null` maakt de maatregel open")
    toelichting: str | None = Field(default=None, max_length=2000)

    @model_validator(mode="after")
    def status_is_never_empty(self) -> MaatregelWijziging:
        if "status" in self.model_fields_set and self.status is None:
            raise ValueError("status mag niet leeg zijn")
        return self

    model_config = ApiModel.model_config | {
        "json_schema_extra": patch_schema("einddatum", "toelichting", something_to_change=False)
    }


class PandWeergave(ApiModel):
    straat: str
    huisnummer: str
    postcode: str
    plaats: str


class Maatregel(ApiModel):
    id: str
    jongere_id: str | None = Field(
        default=None, description="Geen bij een sluiting van een pand zonder jongere"
    )
    soort: str | None = None
    grondslag: str | None = None
    status: str | None = None
    ingangsdatum: date | None = None
    einddatum: date | None = None
    toelichting: str | None = None
    casus_id: str | None = None
    planactie_id: str | None = None
    pand: PandWeergave | None = None
    opgelegd_door: str
    geregistreerd_op: datetime
    gewijzigd_op: datetime


class MaatregelLijst(ApiModel):
    items: list[Maatregel]
    pagina: int
    pagina_grootte: int
    totaal: int
