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


class MaatregelNieuw(_Periode):
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

    @model_validator(mode="after")
    def plan_item_of_a_case(self) -> MaatregelNieuw:
        if self.planactie_id is not None and self.casus_id is None:
            raise ValueError("planactieId hoort bij een casus: geef ook casusId")
        return self

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "soort": "verblijfsontzegging",
                    "ingangsdatum": "2026-12-01",
                    "einddatum": "2027-02-28",
                    "toelichting": "Winkelcentrum Toolenburg, na herhaald dealen.",
                }
            ]
        }
    }


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


class Maatregel(ApiModel):
    id: str
    jongere_id: str
    soort: str | None = None
    grondslag: str | None = None
    status: str | None = None
    ingangsdatum: date | None = None
    einddatum: date | None = None
    toelichting: str | None = None
    casus_id: str | None = None
    planactie_id: str | None = None
    opgelegd_door: str
    geregistreerd_op: datetime
    gewijzigd_op: datetime


class MaatregelLijst(ApiModel):
    items: list[Maatregel]
    pagina: int
    pagina_grootte: int
    totaal: int
