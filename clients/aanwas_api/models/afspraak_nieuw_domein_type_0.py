from enum import StrEnum


class AfspraakNieuwDomeinType0(StrEnum):
    BESTUURLIJK = "bestuurlijk"
    ONDERWIJS = "onderwijs"
    STRAF = "straf"
    ZORG = "zorg"

    def __str__(self) -> str:
        return str(self.value)
