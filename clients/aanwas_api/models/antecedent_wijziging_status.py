from enum import StrEnum


class AntecedentWijzigingStatus(StrEnum):
    SIGNAAL = "signaal"
    VERDACHTE = "verdachte"
    VEROORDELING = "veroordeling"

    def __str__(self) -> str:
        return str(self.value)
