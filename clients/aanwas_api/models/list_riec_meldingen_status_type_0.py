from enum import StrEnum


class ListRiecMeldingenStatusType0(StrEnum):
    BEANTWOORD = "beantwoord"
    INGETROKKEN = "ingetrokken"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
