from enum import StrEnum


class MaatregelNieuwSoort(StrEnum):
    LAST_ONDER_DWANGSOM = "last_onder_dwangsom"
    SLUITING = "sluiting"
    STRAFRECHTELIJKE_VERVOLGING = "strafrechtelijke_vervolging"
    VERBLIJFSONTZEGGING = "verblijfsontzegging"

    def __str__(self) -> str:
        return str(self.value)
