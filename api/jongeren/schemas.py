from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, model_validator

from api.schemas import ApiModel, patch_schema
from api.validation import Bsn, PastDate


class JongereNieuw(ApiModel):
    """A youth to register. With a BSN, one youth per BSN; without, by name and birth date."""

    bsn: Bsn | None = Field(
        default=None, description="Burgerservicenummer; alleen om de jongere terug te vinden."
    )
    voornamen: str = Field(min_length=1, max_length=200)
    achternaam: str = Field(min_length=1, max_length=200)
    geboortedatum: PastDate

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "bsn": "111222333",
                    "voornamen": "Sem",
                    "achternaam": "de Vries",
                    "geboortedatum": "2009-04-17",
                }
            ]
        }
    }


class JongereZoekvraag(ApiModel):
    """Finding a youth by BSN. The BSN travels in the body, never in a URL."""

    bsn: Bsn = Field(examples=["111222333"])


class JongereCorrectie(ApiModel):
    """A correction of identity fields; fields left out stay as they are."""

    voornamen: str | None = Field(default=None, min_length=1, max_length=200, examples=["Sem Jan"])
    achternaam: str | None = Field(default=None, min_length=1, max_length=200)
    geboortedatum: PastDate | None = None

    @model_validator(mode="after")
    def _something_to_correct(self) -> JongereCorrectie:
        if not self.model_fields_set:
            raise ValueError("noem ten minste een veld om te corrigeren")
        if any(getattr(self, name) is None for name in self.model_fields_set):
            raise ValueError("een identiteitsveld kan niet worden gewist")
        return self

    model_config = ApiModel.model_config | {"json_schema_extra": patch_schema()}


class Jongere(ApiModel):
    """A youth as this caller may see them; fields of categories not permitted are absent."""

    id: str
    voornamen: str | None = None
    achternaam: str | None = None
    geboortedatum: date | None = None
    heeft_bsn: bool | None = Field(default=None, description="Of de jongere met een BSN bekend is.")
    geregistreerd_door: str
    geregistreerd_op: datetime
    samengevoegd_in: str | None = Field(
        default=None, description="Dit record is samengevoegd in deze jongere"
    )


class Betrokkene(ApiModel):
    """An organisation involved with a youth: who, since when, whom to call. Never content."""

    organisatie: str
    naam: str
    sinds: date = Field(description="Datum van het eerste signaal van deze organisatie")
    contact: dict[str, str]


class Betrokkenen(ApiModel):
    items: list[Betrokkene]


class SamenvoegingNieuw(ApiModel):
    """Merge another record of the same youth into this one (e.g. one registered without BSN)."""

    bron_jongere_id: str = Field(
        pattern=r"^[0-9a-f-]{36}$",
        description="Het op te heffen record",
        examples=["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"],
    )


class Samenvoeging(ApiModel):
    id: str
    doel_jongere_id: str
    bron_jongere_id: str
    verplaatste_signalen: int
    samengevoegd_op: datetime
    teruggedraaid_op: datetime | None = None
