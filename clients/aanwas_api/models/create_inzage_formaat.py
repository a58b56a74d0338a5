from enum import StrEnum


class CreateInzageFormaat(StrEnum):
    HTML = "html"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
