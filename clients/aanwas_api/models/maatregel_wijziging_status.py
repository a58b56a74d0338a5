from enum import StrEnum


class MaatregelWijzigingStatus(StrEnum):
    BEEINDIGD = "beeindigd"
    INGETROKKEN = "ingetrokken"
    OPGELEGD = "opgelegd"
    VOORGENOMEN = "voorgenomen"

    def __str__(self) -> str:
        return str(self.value)
