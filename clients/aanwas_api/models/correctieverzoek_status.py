from enum import StrEnum


class CorrectieverzoekStatus(StrEnum):
    AFGEWEZEN = "afgewezen"
    GECORRIGEERD = "gecorrigeerd"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
