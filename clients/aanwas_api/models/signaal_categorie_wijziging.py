from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignaalCategorieWijziging")


@_attrs_define
class SignaalCategorieWijziging:
    """
    Attributes:
        omschrijving (str | Unset):
        actief (bool | Unset): Inactieve categorieen zijn niet meer te kiezen voor nieuwe signalen
    """

    omschrijving: str | Unset = UNSET
    actief: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        omschrijving = self.omschrijving

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
        omschrijving = d.pop("omschrijving", UNSET)

        actief = d.pop("actief", UNSET)

        signaal_categorie_wijziging = cls(
            omschrijving=omschrijving,
            actief=actief,
        )

        return signaal_categorie_wijziging
