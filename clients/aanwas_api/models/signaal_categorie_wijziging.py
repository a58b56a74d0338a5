from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignaalCategorieWijziging")


@_attrs_define
class SignaalCategorieWijziging:
    """
    Attributes:
        omschrijving (str | Unset):
        actief (bool | Unset): Inactieve categorieen zijn niet meer te kiezen voor nieuwe signalen
        indicator (None | str | Unset): `null`: signalen van deze categorie tellen niet meer als risico-indicator
    """

    omschrijving: str | Unset = UNSET
    actief: bool | Unset = UNSET
    indicator: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        omschrijving = self.omschrijving

        actief = self.actief

        indicator: None | str | Unset
        if isinstance(self.indicator, Unset):
            indicator = UNSET
        else:
            indicator = self.indicator

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving
        if actief is not UNSET:
            field_dict["actief"] = actief
        if indicator is not UNSET:
            field_dict["indicator"] = indicator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        omschrijving = d.pop("omschrijving", UNSET)

        actief = d.pop("actief", UNSET)

        def _parse_indicator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicator = _parse_indicator(d.pop("indicator", UNSET))

        signaal_categorie_wijziging = cls(
            omschrijving=omschrijving,
            actief=actief,
            indicator=indicator,
        )

        return signaal_categorie_wijziging
