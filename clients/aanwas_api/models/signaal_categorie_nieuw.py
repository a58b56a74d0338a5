from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignaalCategorieNieuw")


@_attrs_define
class SignaalCategorieNieuw:
    """
    Attributes:
        code (str): snake_case code
        omschrijving (str):
    """

    code: str
    omschrijving: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        omschrijving = self.omschrijving

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "omschrijving": omschrijving,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        omschrijving = d.pop("omschrijving")

        signaal_categorie_nieuw = cls(
            code=code,
            omschrijving=omschrijving,
        )

        return signaal_categorie_nieuw
