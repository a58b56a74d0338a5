from enum import StrEnum


class StatusstapRegie(StrEnum):
    CASUSREGIE = "casusregie"
    PROCESREGIE = "procesregie"

    def __str__(self) -> str:
        return str(self.value)
