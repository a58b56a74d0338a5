from enum import StrEnum


class RiecMeldingStatus(StrEnum):
    BEANTWOORD = "beantwoord"
    INGETROKKEN = "ingetrokken"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
