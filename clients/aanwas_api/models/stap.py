from enum import StrEnum


class Stap(StrEnum):
    AFSCHALEN_EN_EVALUEREN = "afschalen_en_evalueren"
    BELEIDSADVIES = "beleidsadvies"
    GROEPSDUIDING = "groepsduiding"
    PLAN_VAN_AANPAK = "plan_van_aanpak"
    SIGNALEREN = "signaleren"
    UITVOERING_EN_MONITORING = "uitvoering_en_monitoring"
    VERZAMELEN_EN_VERBINDEN = "verzamelen_en_verbinden"

    def __str__(self) -> str:
        return str(self.value)
