from enum import StrEnum


class CasusTaakStatusType0(StrEnum):
    AFGEHANDELD = "afgehandeld"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
