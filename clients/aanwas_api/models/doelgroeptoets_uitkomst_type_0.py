from enum import StrEnum


class DoelgroeptoetsUitkomstType0(StrEnum):
    CRIMINELE_AANWAS = "criminele_aanwas"
    GEEN_DOELGROEP = "geen_doelgroep"
    GEEN_VOORSTEL_PGA = "geen_voorstel_pga"
    ZWAARDERE_AANPAK = "zwaardere_aanpak"

    def __str__(self) -> str:
        return str(self.value)
