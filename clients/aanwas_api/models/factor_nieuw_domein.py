from enum import StrEnum


class FactorNieuwDomein(StrEnum):
    BUURT_ONLINE = "buurt_online"
    GEZIN = "gezin"
    INDIVIDU = "individu"
    SCHOOL = "school"
    VRIENDEN_VRIJE_TIJD = "vrienden_vrije_tijd"

    def __str__(self) -> str:
        return str(self.value)
