from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from api.schemas import ApiModel
from api.validation import Bsn, PastDate, check_signal_category


class JongereIdentiteit(ApiModel):
    bsn: Bsn = Field(description="Burgerservicenummer; alleen gebruikt om de jongere te vinden.")
    voornamen: str = Field(min_length=1, max_length=200)
    achternaam: str = Field(min_length=1, max_length=200)
    geboortedatum: PastDate


class SignaalNieuw(ApiModel):
    jongere: JongereIdentiteit
    categorie: Annotated[str, AfterValidator(check_signal_category)] = Field(
        description="Code van de signalenkaart, zie GET /v1/signaalcategorieen."
    )
    omschrijving: str | None = Field(default=None, max_length=4000)
    waargenomen_op: PastDate
    wijk: str | None = Field(default=None, max_length=100)

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "jongere": {
                        "bsn": "111222333",
                        "voornamen": "Sem",
                        "achternaam": "de Vries",
                        "geboortedatum": "2009-04-17",
                    },
                    "categorie": "meerdere_telefoons",
                    "omschrijving": "Heeft bij staandehouding drie telefoons op zak.",
                    "waargenomenOp": "2026-11-02",
                    "wijk": "Hoofddorp-Centrum",
                }
            ]
        }
    }


class JongereWeergave(ApiModel):
    """The youth as this caller may see them; fields of categories not permitted are absent."""

    id: str
    voornamen: str | None = None
    achternaam: str | None = None
    geboortedatum: date | None = None


class Signaal(ApiModel):
    """A signal as this caller may see it. Fields the caller may not see are left out."""

    id: str
    jongere_id: str
    categorie: str | None = None
    omschrijving: str | None = None
    waargenomen_op: date | None = None
    wijk: str | None = None
    bron_organisatie: str
    geregistreerd_op: datetime
    jongere: JongereWeergave | None = None


class SignaalLijst(ApiModel):
    """One page of the signals this caller may see; `totaal` counts only those."""

    items: list[Signaal]
    pagina: int
    pagina_grootte: int
    totaal: int


class SignalenBulk(ApiModel):
    """Up to 1,000 signals; each is validated, decided and stored on its own."""

    signalen: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=1000,
        description="Signalen zoals bij POST /signalen",
        examples=[
            [
                {
                    "jongere": {
                        "bsn": "111222333",
                        "voornamen": "Sem",
                        "achternaam": "de Vries",
                        "geboortedatum": "2009-04-17",
                    },
                    "categorie": "pakketjes",
                    "waargenomenOp": "2026-11-02",
                }
            ]
        ],
    )


class BulkItemResultaat(ApiModel):
    index: int = Field(description="Positie van het signaal in het verzoek, vanaf 0")
    status: int = Field(description="201, of de status van het probleem met dit signaal")
    id: str | None = None
    jongere_id: str | None = None
    probleem: dict[str, Any] | None = Field(
        default=None, description="RFC 9457 problem details voor dit signaal"
    )


class BulkResultaat(ApiModel):
    resultaten: list[BulkItemResultaat]
    aangemaakt: int
    geweigerd: int
