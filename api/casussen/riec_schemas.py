"""Bodies of the RIEC consultation (DOMAIN.md, "RIEC consultation"): a RIEC-melding as team
ondermijning and the RIEC read it, its financial details, and the RIEC's answer."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, StrictBool, model_validator

from api.schemas import ApiModel, patch_schema

RiecStatus = Literal["open", "beantwoord", "ingetrokken"]

# The two questions every RIEC-melding asks (the seed: "afstemmen of de casus bekend is en
# afwegen of er een RIEC casus opgestart moet worden").
VRAGEN = [
    "Is de jongere of het gezin bekend bij team ondermijning of het RIEC?",
    "Start het RIEC een RIEC-casus?",
]


class RiecAntwoord(ApiModel):
    bekend: bool | None = Field(default=None, description="Is de jongere of het gezin bekend?")
    riec_casus_gestart: bool | None = Field(
        default=None, description="Is er een RIEC-casus gestart?"
    )
    toelichting: str | None = None
    beantwoord_door: str
    beantwoord_op: datetime


class RiecMelding(ApiModel):
    """A RIEC-melding as this caller may see it; fields of categories not permitted are absent
    (the reason is `signaal`, the financial details `financieel`, the answer `politie`)."""

    id: str
    casus_id: str
    jongere_id: str
    status: RiecStatus = Field(
        description="`open` tot het RIEC antwoordt (ook na het sluiten van de casus); "
        "`beantwoord`; `ingetrokken` als de casusregisseur de melding voor een antwoord beeindigde."
    )
    reden: str | None = None
    vragen: list[str] = Field(description="De twee vragen van elke RIEC-melding.")
    vermogen_jongere: str | None = None
    vermogen_ouders: str | None = None
    gemeld_door: str
    gemeld_op: datetime
    antwoord: RiecAntwoord | None = None


class RiecMeldingLijst(ApiModel):
    items: list[RiecMelding]
    pagina: int
    pagina_grootte: int
    totaal: int


class RiecVermogen(ApiModel):
    """The financial details of a RIEC-melding (`financieel`: only the riec covenant shares
    them); fields left out stay as they are."""

    vermogen_jongere: str | None = Field(
        default=None,
        description="Onverklaarbaar vermogen van de jongere (geld, goederen).",
        min_length=3,
        max_length=2000,
    )
    vermogen_ouders: str | None = Field(
        default=None,
        description="Onverklaarbaar vermogen van de ouders of het gezin.",
        min_length=3,
        max_length=2000,
    )

    @model_validator(mode="after")
    def _something_to_record(self) -> RiecVermogen:
        if not self.model_fields_set:
            raise ValueError("noem ten minste een veld om vast te leggen")
        if any(getattr(self, name) is None for name in self.model_fields_set):
            raise ValueError("een vermogensveld kan niet worden gewist")
        return self

    model_config = ApiModel.model_config | {
        "json_schema_extra": patch_schema(),
    }


class RiecAntwoordNieuw(ApiModel):
    """The RIEC's answer to the two questions; given once."""

    bekend: StrictBool = Field(description="Is de jongere of het gezin bekend?")
    riec_casus_gestart: StrictBool = Field(description="Start het RIEC een RIEC-casus?")
    toelichting: str = Field(
        min_length=3, max_length=2000, description="Toelichting; vastgelegd bij de melding."
    )

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "bekend": True,
                    "riecCasusGestart": False,
                    "toelichting": "Vader bekend uit een eerder onderzoek; geen nieuwe casus.",
                }
            ]
        }
    }
