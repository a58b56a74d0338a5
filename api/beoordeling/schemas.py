from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import Field, model_validator

from api.schemas import ApiModel
from api.validation import PastDate

Domein = Literal["individu", "gezin", "school", "vrienden_vrije_tijd", "buurt_online"]

# The seed's risk factors (motives, debts, coercion, online recruitment, no diploma, lost network)
# and the protective factors of a perspective plan. Signal card codes count as indicators too.
RisicoIndicator = Literal[
    "geldmotief",
    "statusmotief",
    "erbij_horen",
    "spanning",
    "verveling",
    "verslaving",
    "schulden",
    "uitbuiting_of_dwang",
    "online_ronselen",
    "geen_diploma",
    "netwerk_kwijt",
    "criminele_omgeving",
]
BeschermendeFactor = Literal[
    "steunend_gezin",
    "school_of_werk",
    "talent",
    "prosociale_vrienden",
    "steunfiguur",
    "hulpverlening",
]


# The rule of FactorNieuw.indicator_fits_kind, said in the schema so that clients know it.
INDICATOR_FITS_KIND: Any = [
    {
        "if": {"properties": {"soort": {"const": soort}}},
        "then": {"properties": {"indicator": {"enum": list(get_args(kind))}}},
    }
    for soort, kind in (("risico", RisicoIndicator), ("beschermend", BeschermendeFactor))
]


class FactorNieuw(ApiModel):
    soort: Literal["risico", "beschermend"]
    domein: Domein
    indicator: RisicoIndicator | BeschermendeFactor = Field(
        description="Een risico-indicator bij soort `risico`, een beschermende factor bij "
        "soort `beschermend`."
    )
    omschrijving: str | None = Field(default=None, max_length=2000)
    vastgesteld_op: PastDate

    @model_validator(mode="after")
    def indicator_fits_kind(self) -> FactorNieuw:
        protective = self.indicator in BeschermendeFactor.__args__  # type: ignore[attr-defined]
        if protective != (self.soort == "beschermend"):
            raise ValueError(f"'{self.indicator}' is geen {self.soort}sfactor")
        return self

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "allOf": INDICATOR_FITS_KIND,
            "examples": [
                {
                    "soort": "risico",
                    "domein": "vrienden_vrije_tijd",
                    "indicator": "geldmotief",
                    "omschrijving": "Zegt snel geld te willen verdienen voor merkkleding.",
                    "vastgesteldOp": "2026-11-10",
                }
            ],
        }
    }


class Factor(ApiModel):
    id: str
    jongere_id: str
    soort: str | None = None
    domein: str | None = None
    indicator: str | None = None
    omschrijving: str | None = None
    vastgesteld_op: date | None = None
    bron_organisatie: str
    geregistreerd_op: datetime


class FactorLijst(ApiModel):
    items: list[Factor]
    pagina: int
    pagina_grootte: int
    totaal: int


class AntecedentNieuw(ApiModel):
    soort: Literal["bezit", "handel", "productie"]
    status: Literal["verdachte", "signaal", "veroordeling"] = Field(
        description="`verdachte` (politieregistratie) en `veroordeling` tellen als antecedent; "
        "een `signaal` wordt vastgelegd maar telt niet mee in de doelgroeptoets."
    )
    feitdatum: PastDate
    omschrijving: str | None = Field(default=None, max_length=2000)

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [{"soort": "bezit", "status": "verdachte", "feitdatum": "2026-10-03"}]
        }
    }


class AntecedentWijziging(ApiModel):
    """One fact, one record: a suspicion that led to a conviction is updated, not added."""

    status: Literal["verdachte", "signaal", "veroordeling"]


class Antecedent(ApiModel):
    id: str
    jongere_id: str
    soort: str | None = None
    status: str | None = None
    feitdatum: date | None = None
    omschrijving: str | None = None
    bron_organisatie: str
    geregistreerd_op: datetime


class AntecedentenSamenvatting(ApiModel):
    """Police data under the pga covenant: only the kind and number of antecedents."""

    aantal: int
    per_soort: dict[str, int]
    beperking: str


class AntecedentLijst(ApiModel):
    """The antecedents as this caller may see them: a list, or only a summary (pga)."""

    items: list[Antecedent] | None = None
    samenvatting: AntecedentenSamenvatting | None = None
    pagina: int
    pagina_grootte: int
    totaal: int


OrgCode = Annotated[str, Field(pattern=r"^[a-z][a-z_]{1,39}$")]
RedenTekst = Annotated[str, Field(min_length=3, max_length=1000)]


class ProfessioneelOordeelNieuw(ApiModel):
    """The signaaloverleg's judgement that there are strong suspicions ("sterke vermoedens")
    that the youth is involved, though the signals do not (yet) make two risk indicators."""

    redenen: list[RedenTekst] = Field(
        min_length=1,
        max_length=10,
        description="Waarom de professionals sterke vermoedens hebben, per reden een zin",
    )
    deelnemers: list[OrgCode] = Field(
        min_length=2,
        max_length=11,
        description="De organisaties die het oordeel gaven: deelnemers aan het signaaloverleg "
        "(en aan dit overleg, als `overlegId` is gegeven)",
    )
    overleg_id: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f-]{36}$",
        description="Het signaaloverleg waarin het oordeel viel; de jongere staat op de agenda",
    )

    model_config = ApiModel.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "redenen": [
                        "Wordt door jongerenwerk en politie samen gezien bij een dealplek.",
                        "Ouders maken zich zorgen over nieuwe, oudere vrienden.",
                    ],
                    "deelnemers": ["gemeente", "politie", "jongerenwerk"],
                }
            ]
        }
    }


class ProfessioneelOordeel(ApiModel):
    id: str
    jongere_id: str
    redenen: list[str] | None = None
    deelnemers: list[str] | None = None
    overleg_id: str | None = None
    bron_organisatie: str
    geregistreerd_op: datetime


class Reden(ApiModel):
    categorie: str
    tekst: str


class Doelgroeptoets(ApiModel):
    """An assessment as this caller may see it: fields and reasons of categories it may not see
    are left out (the number of antecedents is police data)."""

    id: str
    jongere_id: str
    peildatum: date
    uitkomst: (
        Literal["criminele_aanwas", "zwaardere_aanpak", "geen_doelgroep", "geen_voorstel_pga"]
        | None
    ) = Field(
        default=None,
        description="`geen_voorstel_pga` for a caller who may not see police data, in place of "
        "`zwaardere_aanpak` or `geen_doelgroep` (the first would reveal police antecedents).",
    )
    leeftijd: int | None = None
    aantal_antecedenten: int | None = None
    antecedenten_per_soort: dict[str, int] | None = None
    risico_indicatoren: list[str] | None = Field(
        default=None,
        description="Each distinct risk indicator once: the registered risk factors and the "
        "indicator each signal's category counts as on the signal card "
        "(GET /v1/signaalcategorieen).",
    )
    route: Literal["indicatoren", "professioneel_oordeel"] | None = Field(
        default=None,
        description="Which path admitted the youth (with `uitkomst` `criminele_aanwas`): at "
        "least two risk indicators, or a professional judgement of the signaaloverleg; the "
        "reasons say why.",
    )
    professioneel_oordeel: ProfessioneelOordeel | None = Field(
        default=None,
        description="With `route` `professioneel_oordeel`: the judgement that admitted the "
        "youth, its reasons and who gave it.",
    )
    redenen: list[Reden]
    aanleiding: str
    berekend_op: datetime
    actueel: bool = Field(
        default=True,
        description="`false` while an input changed since this assessment (a new signal, "
        "factor or antecedent) and the new one is being computed, within seconds; read it "
        "again for the new one, or ask for one now with POST.",
    )
