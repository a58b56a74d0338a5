from enum import StrEnum


class ListAuditBeslissingType0(StrEnum):
    ALLOW = "allow"
    DENY = "deny"
    DERIVED = "derived"
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
