from enum import StrEnum


class OpschalingNieuwSoort(StrEnum):
    RIEC = "riec"
    ZVH = "zvh"

    def __str__(self) -> str:
        return str(self.value)
