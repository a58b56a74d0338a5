from enum import StrEnum


class AfspraakNieuwEigenaar(StrEnum):
    GEMEENTE = "gemeente"
    HALT = "halt"
    JEUGDHULP = "jeugdhulp"
    JEUGDRECLASSERING = "jeugdreclassering"
    JONGERENWERK = "jongerenwerk"
    LEERPLICHT = "leerplicht"
    OM = "om"
    ONDERMIJNING = "ondermijning"
    POLITIE = "politie"
    RVDK = "rvdk"
    ZVH = "zvh"

    def __str__(self) -> str:
        return str(self.value)
