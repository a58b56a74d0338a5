from enum import StrEnum


class ItemVeldType0(StrEnum):
    ACHTERNAAM = "achternaam"
    BSN = "bsn"
    GEBOORTEDATUM = "geboortedatum"
    VOORNAMEN = "voornamen"

    def __str__(self) -> str:
        return str(self.value)
