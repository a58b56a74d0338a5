from enum import StrEnum


class DoelgroeptoetsRouteType0(StrEnum):
    INDICATOREN = "indicatoren"
    PROFESSIONEEL_OORDEEL = "professioneel_oordeel"

    def __str__(self) -> str:
        return str(self.value)
