from enum import StrEnum


class ListCasussenStatusType0(StrEnum):
    AANGEMELD = "aangemeld"
    ACTIEF = "actief"
    AFGESLOTEN = "afgesloten"
    OPGESCHAALD_ZVH = "opgeschaald_zvh"

    def __str__(self) -> str:
        return str(self.value)
