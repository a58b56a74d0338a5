from enum import StrEnum


class FactorNieuwIndicatorType1(StrEnum):
    HULPVERLENING = "hulpverlening"
    PROSOCIALE_VRIENDEN = "prosociale_vrienden"
    SCHOOL_OF_WERK = "school_of_werk"
    STEUNEND_GEZIN = "steunend_gezin"
    STEUNFIGUUR = "steunfiguur"
    TALENT = "talent"

    def __str__(self) -> str:
        return str(self.value)
