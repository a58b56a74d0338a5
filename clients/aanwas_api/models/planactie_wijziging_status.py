from enum import StrEnum


class PlanactieWijzigingStatus(StrEnum):
    AFGEROND = "afgerond"
    LOPEND = "lopend"
    OPEN = "open"
    VERVALLEN = "vervallen"

    def __str__(self) -> str:
        return str(self.value)
