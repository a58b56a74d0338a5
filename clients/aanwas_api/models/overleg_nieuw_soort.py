from enum import StrEnum


class OverlegNieuwSoort(StrEnum):
    CASUSOVERLEG = "casusoverleg"
    ICO = "ico"
    KETENOVERLEG = "ketenoverleg"
    SIGNAALOVERLEG = "signaaloverleg"

    def __str__(self) -> str:
        return str(self.value)
