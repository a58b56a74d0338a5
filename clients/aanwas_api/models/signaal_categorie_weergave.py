from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignaalCategorieWeergave")


@_attrs_define
class SignaalCategorieWeergave:
    """
    Attributes:
        code (str):
        omschrijving (str):
        actief (bool):
        indicator (None | str): De risico-indicator waarvoor een signaal van deze categorie telt; `null`: een teken om
            te bespreken, geen indicator
        versie (int): Eén hoger bij elke wijziging van de categorie
    """

    code: str
    omschrijving: str
    actief: bool
    indicator: None | str
    versie: int

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        omschrijving = self.omschrijving

        actief = self.actief

        indicator: None | str
        indicator = self.indicator

        versie = self.versie

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "omschrijving": omschrijving,
                "actief": actief,
                "indicator": indicator,
                "versie": versie,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        omschrijving = d.pop("omschrijving")

        actief = d.pop("actief")

        def _parse_indicator(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        indicator = _parse_indicator(d.pop("indicator"))

        versie = d.pop("versie")

        signaal_categorie_weergave = cls(
            code=code,
            omschrijving=omschrijving,
            actief=actief,
            indicator=indicator,
            versie=versie,
        )

        return signaal_categorie_weergave
