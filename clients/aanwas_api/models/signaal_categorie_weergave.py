from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignaalCategorieWeergave")


@_attrs_define
class SignaalCategorieWeergave:
    """
    Attributes:
        code (str):
        omschrijving (str):
        actief (bool):
    """

    code: str
    omschrijving: str
    actief: bool

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        omschrijving = self.omschrijving

        actief = self.actief

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "omschrijving": omschrijving,
                "actief": actief,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        omschrijving = d.pop("omschrijving")

        actief = d.pop("actief")

        signaal_categorie_weergave = cls(
            code=code,
            omschrijving=omschrijving,
            actief=actief,
        )

        return signaal_categorie_weergave
