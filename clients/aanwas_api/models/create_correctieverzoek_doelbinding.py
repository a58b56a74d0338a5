from enum import StrEnum


class CreateCorrectieverzoekDoelbinding(StrEnum):
    GROEPSAANPAK = "groepsaanpak"
    ICO = "ico"
    INZAGE = "inzage"
    ONDERMIJNING = "ondermijning"
    PGA = "pga"
    RAPPORTAGE = "rapportage"
    SIGNALERING = "signalering"
    TOEZICHT = "toezicht"

    def __str__(self) -> str:
        return str(self.value)
