from enum import StrEnum


class CoachOrganisatie(StrEnum):
    JEUGDHULP = "jeugdhulp"
    JEUGDRECLASSERING = "jeugdreclassering"
    JONGERENWERK = "jongerenwerk"

    def __str__(self) -> str:
        return str(self.value)
