from enum import StrEnum


class AfhandelingUitkomst(StrEnum):
    AFGEWEZEN = "afgewezen"
    GECORRIGEERD = "gecorrigeerd"

    def __str__(self) -> str:
        return str(self.value)
