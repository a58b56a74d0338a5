from enum import StrEnum


class FactorNieuwSoort(StrEnum):
    BESCHERMEND = "beschermend"
    RISICO = "risico"

    def __str__(self) -> str:
        return str(self.value)
