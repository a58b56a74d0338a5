from enum import StrEnum


class UitkomstNieuwSoort(StrEnum):
    AANMELDEN_PGA = "aanmelden_pga"
    BESLUIT = "besluit"
    PROFESSIONEEL_OORDEEL = "professioneel_oordeel"

    def __str__(self) -> str:
        return str(self.value)
