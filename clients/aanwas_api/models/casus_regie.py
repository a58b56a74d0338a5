from enum import StrEnum


class CasusRegie(StrEnum):
    CASUSREGIE = "casusregie"
    PROCESREGIE = "procesregie"

    def __str__(self) -> str:
        return str(self.value)
