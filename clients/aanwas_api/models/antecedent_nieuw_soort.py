from enum import StrEnum


class AntecedentNieuwSoort(StrEnum):
    BEZIT = "bezit"
    HANDEL = "handel"
    PRODUCTIE = "productie"

    def __str__(self) -> str:
        return str(self.value)
