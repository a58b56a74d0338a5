from enum import StrEnum


class FactorNieuwIndicatorType0(StrEnum):
    CRIMINELE_OMGEVING = "criminele_omgeving"
    ERBIJ_HOREN = "erbij_horen"
    GEEN_DIPLOMA = "geen_diploma"
    GELDMOTIEF = "geldmotief"
    NETWERK_KWIJT = "netwerk_kwijt"
    ONLINE_RONSELEN = "online_ronselen"
    SCHULDEN = "schulden"
    SPANNING = "spanning"
    STATUSMOTIEF = "statusmotief"
    UITBUITING_OF_DWANG = "uitbuiting_of_dwang"
    VERSLAVING = "verslaving"
    VERVELING = "verveling"

    def __str__(self) -> str:
        return str(self.value)
