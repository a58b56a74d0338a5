"""The zevenstappenmodel: the national work process for the approach of problematic youth groups
(CCV, "Het 7-stappenmodel", 2023), which the seed names ("een groepsaanpak volgens het
zevenstappenmodel") without listing its steps. The steps below follow that model; a group goes
through them in order, one at a time (docs/endpoints.md, "Groepsaanpak: de zeven stappen")."""

from __future__ import annotations

from enum import StrEnum


class Stap(StrEnum):
    """A step of the zevenstappenmodel, in the model's order."""

    SIGNALEREN = "signaleren"
    VERZAMELEN_EN_VERBINDEN = "verzamelen_en_verbinden"
    GROEPSDUIDING = "groepsduiding"
    BELEIDSADVIES = "beleidsadvies"
    PLAN_VAN_AANPAK = "plan_van_aanpak"
    UITVOERING_EN_MONITORING = "uitvoering_en_monitoring"
    AFSCHALEN_EN_EVALUEREN = "afschalen_en_evalueren"

    @property
    def nummer(self) -> int:
        return list(Stap).index(self) + 1

    @property
    def omschrijving(self) -> str:
        return OMSCHRIJVINGEN[self]


OMSCHRIJVINGEN: dict[Stap, str] = {
    Stap.SIGNALEREN: "Partners delen signalen over problematisch groepsgedrag en besluiten of "
    "informatie verzameld wordt",
    Stap.VERZAMELEN_EN_VERBINDEN: "Informatie verzamelen en verbinden: is er sprake van een "
    "problematische jeugdgroep?",
    Stap.GROEPSDUIDING: "Integraal beeld van de groep (groepsduiding) en een concept plan van "
    "aanpak",
    Stap.BELEIDSADVIES: "Probleemdefinitie met advies over prioriteit en aanpak, voor de driehoek",
    Stap.PLAN_VAN_AANPAK: "Integraal plan van aanpak met de betrokken partners",
    Stap.UITVOERING_EN_MONITORING: "Partners voeren het plan uit; de uitvoering wordt gemonitord",
    Stap.AFSCHALEN_EN_EVALUEREN: "Afschalen en stoppen, evalueren, resterende acties beleggen",
}

LAATSTE = Stap.AFSCHALEN_EN_EVALUEREN


def volgende(huidige: Stap | None) -> Stap | None:
    """The step a group goes to next: the first when it has none, none after the last."""
    if huidige is None:
        return Stap.SIGNALEREN
    if huidige is LAATSTE:
        return None
    return list(Stap)[huidige.nummer]
