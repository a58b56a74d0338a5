from enum import StrEnum


class ListCorrectieverzoekenStatus(StrEnum):
    AFGEHANDELD = "afgehandeld"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
