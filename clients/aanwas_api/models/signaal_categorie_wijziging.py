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
        omschrijving (None | str | Unset):
        actief (bool | None | Unset): Inactieve categorieen zijn niet meer te kiezen voor nieuwe signalen
    """

    omschrijving: None | str | Unset = UNSET
    actief: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        actief: bool | None | Unset
        if isinstance(self.actief, Unset):
            actief = UNSET
        else:
            actief = self.actief

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving
        if actief is not UNSET:
            field_dict["actief"] = actief

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        def _parse_actief(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        actief = _parse_actief(d.pop("actief", UNSET))

        signaal_categorie_wijziging = cls(
            omschrijving=omschrijving,
            actief=actief,
        )

        return signaal_categorie_wijziging
