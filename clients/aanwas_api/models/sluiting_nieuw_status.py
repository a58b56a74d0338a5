from enum import StrEnum


class SluitingNieuwStatus(StrEnum):
    BEEINDIGD = "beeindigd"
    INGETROKKEN = "ingetrokken"
    OPGELEGD = "opgelegd"
    VOORGENOMEN = "voorgenomen"

    def __str__(self) -> str:
        return str(self.value)
