from enum import StrEnum


class AntecedentNieuwStatus(StrEnum):
    SIGNAAL = "signaal"
    VERDACHTE = "verdachte"
    VEROORDELING = "veroordeling"

    def __str__(self) -> str:
        return str(self.value)
