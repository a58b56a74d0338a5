from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Reden")


@_attrs_define
class Reden:
    """
    Attributes:
        categorie (str):
        tekst (str):
    """

    categorie: str
    tekst: str

    def to_dict(self) -> dict[str, Any]:
        categorie = self.categorie

        tekst = self.tekst

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "categorie": categorie,
                "tekst": tekst,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categorie = d.pop("categorie")

        tekst = d.pop("tekst")

        reden = cls(
            categorie=categorie,
            tekst=tekst,
        )

        return reden
